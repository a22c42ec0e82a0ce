/**
 * GB 32100-2015 unified social credit code (统一社会信用代码), 18 characters from 0-9A-HJ-NPQRTUWXY (no I, O, S,
 * V, Z): 1 registration authority (登记管理部门), 2 entity type (机构类别), 3–8 GB/T 2260 region code,
 * 9–17 the GB 11714 organisation code (主体标识码, its own check character included), 18 the check character:
 * (31 − Σ value × weight mod 31) mod 31 with weights 3^i mod 31.
 */
import { provinceOfRegion, type ProvinceCode } from '../codes/provinces.js';
import { isValidOrgCode } from './org-code.js';

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const FIRST17 = /^[0-9A-HJ-NPQRTUWXY]{17}$/;

export type UsccParse =
  | {
      ok: true;
      /** Undefined when the region code is not one of the 31 provinces (national-level '100000' and the like). */
      province?: ProvinceCode;
      /** Characters 3–8, the GB/T 2260 region code of the registering authority. */
      regionCode: string;
      /** Characters 9–17, the GB 11714 organisation code (no hyphen). */
      orgCode: string;
      /** Character 1, 登记管理部门代码 ('9' = market regulation, '5' = civil affairs, '1' = staffing office …). */
      registrationAuthority: string;
      /** Character 2, 机构类别代码 within the authority (under '9': '1' enterprise, '2' individual business …). */
      entityType: string;
    }
  | { ok: false; reason: 'format' | 'checksum' | 'org_code' };

/** The check character of the first 17 characters. Throws a RangeError when they are not 17 charset characters. */
export function usccCheckChar(first17: string): string {
  if (!FIRST17.test(first17)) throw new RangeError(`not the first 17 characters of a USCC: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/**
 * Parses a USCC (upper case, no spaces). Checked in order: format (charset, digits 3–8), the GB 32100 check
 * character, then the embedded GB 11714 organisation code's own check character.
 */
export function parseUscc(code: string): UsccParse {
  if (!FORMAT.test(code)) return { ok: false, reason: 'format' };
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, reason: 'checksum' };
  const orgCode = code.slice(8, 17);
  if (!isValidOrgCode(orgCode)) return { ok: false, reason: 'org_code' };
  const regionCode = code.slice(2, 8);
  const province = provinceOfRegion(regionCode);
  return {
    ok: true,
    ...(province === undefined ? {} : { province }),
    regionCode,
    orgCode,
    registrationAuthority: code[0]!,
    entityType: code[1]!,
  };
}

export function isValidUscc(code: string): boolean {
  return parseUscc(code).ok;
}
