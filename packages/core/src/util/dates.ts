/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') without the wall clock or the Date object: the core's
 * results depend only on the input's `asOf`. Day numbers count from 1970-01-01 (proleptic Gregorian).
 */
export type YMD = { y: number; m: number; d: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function isValidYMD(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

export function parseIsoDate(s: string): YMD | undefined {
  // hand-parsed: this runs many times per precheck (ISO_DATE documents the accepted shape)
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = digit(s, i);
    if (c < 0 || c > 9) return undefined;
    y = y * 10 + c;
  }
  const m1 = digit(s, 5), m2 = digit(s, 6), d1 = digit(s, 8), d2 = digit(s, 9); // prettier-ignore
  if ([m1, m2, d1, d2].some((c) => c < 0 || c > 9)) return undefined;
  const ymd = { y, m: m1 * 10 + m2, d: d1 * 10 + d2 };
  return isValidYMD(ymd.y, ymd.m, ymd.d) ? ymd : undefined;
}

/** The accepted shape of an ISO date (parseIsoDate checks it by hand). */
export const ISO_DATE_PATTERN = ISO_DATE;

export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== undefined;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber({ y, m, d }: YMD): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whole days from `from` to `to` (positive when `to` is later). Both must be valid ISO dates. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(parseIsoDate(to)!) - dayNumber(parseIsoDate(from)!);
}

/** The date `months` calendar months after `date`, clamped to the month's end (2026-11-30 + 3 → 2027-02-28). */
export function addMonths(date: YMD, months: number): YMD {
  const total = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function compareYMD(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function formatYMD({ y, m, d }: YMD): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole years of age on `asOf` for someone born on `birth` (decisions.md 5). */
export function ageOn(birth: YMD, asOf: YMD): number {
  let age = asOf.y - birth.y;
  if (asOf.m < birth.m || (asOf.m === birth.m && asOf.d < birth.d)) age -= 1;
  return age;
}
