/**
 * Punycode (RFC 3492) for one domain label, without Node's deprecated `node:punycode` or any URL API, so the
 * browser runs it too. `encodeLabel('例子')` → 'fsqu00a'; the caller adds or strips the 'xn--' prefix.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** 0–25 → 'a'–'z', 26–35 → '0'–'9'. */
function digitChar(digit: number): string {
  return String.fromCharCode(digit < 26 ? 97 + digit : 22 + digit);
}

function digitValue(char: string): number | undefined {
  const c = char.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 22; // 0–9
  if (c >= 65 && c <= 90) return c - 65; // A–Z
  if (c >= 97 && c <= 122) return c - 97; // a–z
  return undefined;
}

const threshold = (k: number, bias: number): number =>
  k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;

/** Punycode of a Unicode label (no 'xn--' prefix). Returns undefined for a lone surrogate. */
export function encodeLabel(label: string): string | undefined {
  const input = Array.from(label, (ch) => ch.codePointAt(0)!);
  if (input.some((cp) => cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  let output = input
    .filter((cp) => cp < 0x80)
    .map((cp) => String.fromCharCode(cp))
    .join('');
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < input.length) {
    let m = MAX_CODE_POINT;
    for (const cp of input) if (cp >= n && cp < m) m = cp;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of input) {
      if (cp < n) delta++;
      if (cp === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          output += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

/** The Unicode label of a Punycode string (no 'xn--' prefix); undefined when it is not valid Punycode. */
export function decodeLabel(encoded: string): string | undefined {
  const output: number[] = [];
  const lastDelimiter = encoded.lastIndexOf('-');
  const basic = lastDelimiter < 0 ? 0 : lastDelimiter;
  for (let j = 0; j < basic; j++) {
    const c = encoded.charCodeAt(j);
    if (c >= 0x80) return undefined;
    output.push(c);
  }
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let index = basic > 0 ? basic + 1 : 0; index < encoded.length;) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= encoded.length) return undefined;
      const digit = digitValue(encoded[index++]!);
      if (digit === undefined) return undefined;
      i += digit * w;
      if (i > 0x7fffffff) return undefined; // overflow guard (RFC 3492 6.2); no real label gets near it
      const t = threshold(k, bias);
      if (digit < t) break;
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}
