/**
 * GB 11714-1997 organisation code (组织机构代码): 8 body characters [0-9A-Z] and a check character, printed as
 * 'XXXXXXXX-X'. Check = 11 − (Σ value × weight mod 11), with 10 → 'X' and 11 → '0'; letters count A = 10 … Z = 35.
 *
 * Mod 11 over a 36-character alphabet cannot see every typo: swapping a body character for one whose value
 * differs by a multiple of 11 (0 ↔ B ↔ M ↔ X, 1 ↔ C ↔ N ↔ Y, …) keeps the check character. That is the
 * standard's weakness, not this code's.
 */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const BODY = /^[0-9A-Z]{8}$/;
const CODE = /^([0-9A-Z]{8})-?([0-9X])$/;

/** The value of a body character: '0'–'9' → 0–9, 'A'–'Z' → 10–35. */
export function orgCodeCharValue(char: string): number {
  const c = char.charCodeAt(0);
  return c <= 57 ? c - 48 : c - 55;
}

/** The check character of an 8-character body ('D2143569' → '1'). Throws a RangeError for a malformed body. */
export function orgCodeCheckChar(body8: string): string {
  if (!BODY.test(body8)) throw new RangeError(`not an organisation code body: ${body8}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCodeCharValue(body8[i]!) * WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** True for a well-formed organisation code with the right check character, 'XXXXXXXX-X' or 'XXXXXXXXX'. Upper case only. */
export function isValidOrgCode(code: string): boolean {
  const m = CODE.exec(code);
  return m !== null && orgCodeCheckChar(m[1]!) === m[2];
}
