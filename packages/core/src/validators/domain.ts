/**
 * Domain names for filing (网站域名): host-name syntax (RFC 1123 LDH labels, RFC 5890 IDNA A-labels through
 * RFC 3492 Punycode) and the ICANN section of the Public Suffix List (tldts, private domains off), which gives the
 * public suffix, the registrable domain and the prefix left of the suffix (decisions.md 10).
 *
 * Input is trimmed, NFKC-normalised, lower-cased, ideographic full stops (。 ．) read as dots, and one trailing
 * dot dropped. Unicode labels must be letters, marks, digits and hyphens; this is a practical subset of IDNA 2008,
 * not its full code point table.
 */
import { parse } from 'tldts';
import { decodeLabel, encodeLabel } from '../util/punycode.js';

export type DomainAnalysis =
  | { ok: false; reason: 'empty' | 'syntax' | 'no_suffix' }
  | {
      ok: true;
      /** The whole name in ASCII (A-labels): 'shop.xn--fsqu00a.xn--fiqs8s'. */
      ascii: string;
      /** The whole name in Unicode (U-labels): 'shop.例子.中国'. */
      unicode: string;
      /** The public suffix, Unicode: '中国', 'com.cn'. */
      suffix: string;
      /** The public suffix, ASCII: 'xn--fiqs8s'. */
      asciiSuffix: string;
      /** The registrable domain in Unicode ('例子.中国'); null for a bare suffix. */
      registrable: string | null;
      /** True when the input is the registrable domain itself: not a sub-domain, not a bare suffix. */
      isRegistrable: boolean;
      /** The label left of the public suffix, Unicode ('例子'; '' for a bare suffix). */
      prefix: string;
    };

const MAX_NAME = 253;
const MAX_LABEL = 63;
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const UNICODE_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
const ALL_DIGITS = /^\d+$/;
// U+3002 IDEOGRAPHIC FULL STOP (NFKC turns U+FF0E into '.' and U+FF61 into U+3002 first)
const IDEOGRAPHIC_FULL_STOP = /\u3002/g;

type Label = { ascii: string; unicode: string };

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function label(text: string): Label | undefined {
  if (isAscii(text)) {
    if (!LDH_LABEL.test(text) || text.length > MAX_LABEL) return undefined;
    if (!text.startsWith('xn--')) return { ascii: text, unicode: text };
    // an A-label must decode to a valid U-label that encodes back to the same A-label
    const unicode = decodeLabel(text.slice(4));
    if (unicode === undefined || isAscii(unicode) || !UNICODE_LABEL.test(unicode)) return undefined;
    return encodeLabel(unicode) === text.slice(4) ? { ascii: text, unicode } : undefined;
  }
  if (!UNICODE_LABEL.test(text)) return undefined;
  const encoded = encodeLabel(text);
  if (encoded === undefined) return undefined;
  const ascii = `xn--${encoded}`;
  return ascii.length <= MAX_LABEL ? { ascii, unicode: text } : undefined;
}

/** Trim, NFKC, lower case, ideographic full stops as dots, one trailing dot dropped. */
export function normalizeDomainInput(input: string): string {
  if (PLAIN_ASCII_HOST.test(input)) return input;
  const s = input
    .trim()
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKC')
    .replace(IDEOGRAPHIC_FULL_STOP, '.');
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

/** A whole host name of plain LDH labels (no A-labels): the common case, checked with one expression. */
const PLAIN_ASCII_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The labels of a normalised name when it is a syntactically valid host name; the top label may not be all digits. */
function hostLabels(name: string): Label[] | undefined {
  if (name.length <= MAX_NAME && !name.includes('xn--') && PLAIN_ASCII_HOST.test(name)) {
    const labels = name.split('.').map((t) => ({ ascii: t, unicode: t }));
    return ALL_DIGITS.test(labels[labels.length - 1]!.ascii) ? undefined : labels;
  }
  const labels: Label[] = [];
  for (const text of name.split('.')) {
    const l = label(text);
    if (l === undefined) return undefined;
    labels.push(l);
  }
  const ascii = labels.map((l) => l.ascii).join('.');
  return ascii.length > MAX_NAME || ALL_DIGITS.test(labels[labels.length - 1]!.ascii) ? undefined : labels;
}

/**
 * The ASCII form of a syntactically valid host name ('例子.中国' → 'xn--fsqu00a.xn--fiqs8s'), or undefined.
 * Syntax only: no public-suffix check, a single label passes.
 */
export function domainToAscii(input: string): string | undefined {
  const name = normalizeDomainInput(input);
  return name === ''
    ? undefined
    : hostLabels(name)
        ?.map((l) => l.ascii)
        .join('.');
}

export function analyzeDomain(input: string): DomainAnalysis {
  const name = normalizeDomainInput(input);
  if (name === '') return { ok: false, reason: 'empty' };
  const labels = hostLabels(name);
  if (labels === undefined) return { ok: false, reason: 'syntax' };
  const ascii = labels.map((l) => l.ascii).join('.');
  const parsed = parse(ascii, { allowPrivateDomains: false, extractHostname: false });
  const asciiSuffix = parsed.publicSuffix;
  // tldts falls back to the implicit '*' rule (isIcann false) for names under no listed suffix
  if (asciiSuffix === null || parsed.isIcann !== true) return { ok: false, reason: 'no_suffix' };
  const unicodeOfLast = (count: number) =>
    labels
      .slice(labels.length - count)
      .map((l) => l.unicode)
      .join('.');
  const suffixLength = asciiSuffix.split('.').length;
  const registrable = parsed.domain === null ? null : unicodeOfLast(parsed.domain.split('.').length);
  return {
    ok: true,
    ascii,
    unicode: unicodeOfLast(labels.length),
    suffix: unicodeOfLast(suffixLength),
    asciiSuffix,
    registrable,
    isRegistrable: parsed.domain === ascii,
    prefix: labels.length > suffixLength ? labels[labels.length - suffixLength - 1]!.unicode : '',
  };
}
