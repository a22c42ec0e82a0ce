/**
 * GB 11643-1999 citizen identity number (公民身份号码, on the 居民身份证): 6-digit GB/T 2260 area code, 8-digit
 * birth date YYYYMMDD, 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check character
 * (0–9 or X). Only the province part of the area code is checked: its first two digits must be one of the 31.
 *
 * A lower-case 'x' is accepted as the check character and means 'X' (people type it); `normalized` gives the
 * number with 'X'.
 */
import { provinceOfRegion, type ProvinceCode } from '../codes/provinces.js';
import { ageOn, isValidYMD, parseIsoDate, type YMD } from '../util/dates.js';

export type ResidentIdParse =
  | {
      ok: true;
      /** The number with an upper-case 'X'. */
      normalized: string;
      province: ProvinceCode;
      /** Digits 1–6, the GB/T 2260 area code of the first registration. */
      regionCode: string;
      birth: YMD;
      sex: 'male' | 'female';
    }
  | { ok: false; reason: 'format' | 'region' | 'birth_date' | 'checksum' };

const FORMAT = /^\d{17}[\dXx]$/;
const FIRST17 = /^\d{17}$/;
/** 2^(17 − i) mod 11 for positions i = 0 … 16. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character by weighted sum mod 11. */
const CHECK_CHARS = '10X98765432';
/** Birth years outside this range are typing errors, not people. */
const MIN_BIRTH_YEAR = 1800;
const MAX_BIRTH_YEAR = 2099;

/** ISO 7064 MOD 11-2 check character of 17 digits. Throws a RangeError for anything else. */
export function residentIdCheckChar(first17: string): string {
  if (!FIRST17.test(first17)) throw new RangeError(`not 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Parses an 18-character resident ID number. Checked in order: format, region, birth date, checksum. */
export function parseResidentId(n: string): ResidentIdParse {
  if (!FORMAT.test(n)) return { ok: false, reason: 'format' };
  const normalized = n.toUpperCase();
  const regionCode = n.slice(0, 6);
  const province = provinceOfRegion(regionCode);
  if (province === undefined) return { ok: false, reason: 'region' };
  const birth = { y: Number(n.slice(6, 10)), m: Number(n.slice(10, 12)), d: Number(n.slice(12, 14)) };
  if (birth.y < MIN_BIRTH_YEAR || birth.y > MAX_BIRTH_YEAR || !isValidYMD(birth.y, birth.m, birth.d)) {
    return { ok: false, reason: 'birth_date' };
  }
  if (residentIdCheckChar(n.slice(0, 17)) !== normalized[17]) return { ok: false, reason: 'checksum' };
  return {
    ok: true,
    normalized,
    province,
    regionCode,
    birth,
    sex: Number(n[16]) % 2 === 1 ? 'male' : 'female',
  };
}

export function isValidResidentId(n: string): boolean {
  return parseResidentId(n).ok;
}

/**
 * Whole years of age on `asOf` ('YYYY-MM-DD') from the number's birth date (decisions.md 5). Undefined when the
 * number is invalid or `asOf` is not an ISO date; negative when `asOf` is before the birth date.
 */
export function ageOnDate(n: string, asOf: string): number | undefined {
  const parsed = parseResidentId(n);
  const on = parseIsoDate(asOf);
  return parsed.ok && on !== undefined ? ageOn(parsed.birth, on) : undefined;
}
