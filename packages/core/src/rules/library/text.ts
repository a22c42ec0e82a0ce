/** Small text helpers shared by the rule library: names as people type them, province names in messages. */
import { PROVINCES, type ProvinceCode } from '../../codes/provinces.js';

const NORMALIZED = new Map<string, string>();

/** Compare names as written on certificates: trim, drop inner spaces, unify full-width brackets. */
export function normalizeName(s: string): string {
  let n = NORMALIZED.get(s);
  if (n === undefined) {
    n = normalizeNameUncached(s);
    if (NORMALIZED.size >= 1024) NORMALIZED.clear();
    NORMALIZED.set(s, n);
  }
  return n;
}

function normalizeNameUncached(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

export function sameName(a: string | undefined, b: string | undefined): boolean {
  return (
    a !== undefined && b !== undefined && normalizeName(a) !== '' && normalizeName(a) === normalizeName(b)
  );
}

export function provinceName(code: ProvinceCode): string {
  return PROVINCES[code].zh;
}

/** 'subject.leader' → '主体负责人', 'websites[1].leader' → '网站2的负责人'. */
export function personLabel(path: string, websiteIndex?: number): string {
  return websiteIndex === undefined ? '主体负责人' : `网站${websiteIndex + 1}的负责人`;
}
