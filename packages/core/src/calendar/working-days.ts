/**
 * The working-day calendar (工作日): China's statutory holidays (法定节假日放假) and make-up working days
 * (调休上班, weekend days worked in exchange), for deadlines counted in working days (初审 within 1 working
 * day, push to the bureau within 1, bureau review 3–20).
 *
 * A `WorkingCalendar` is built from a table: the years it covers, the holiday dates and the make-up working
 * days. In a covered year a day is a working day when it is a make-up working day, or a Monday–Friday that is
 * not a holiday. **Outside the covered years it falls back to a plain Monday–Friday week**: `covers(year)` is
 * false there, and every function still answers, so callers (the server) warn that the answer ignores holidays.
 *
 * The default table is generated from chinese-days (src/data/cn-holidays.ts, 2004–2026 in 1.5.7); the server
 * passes an admin-edited table for later years, merged over the default with `mergeCalendarTables`. The
 * constructor takes the table it is given and merges nothing on its own.
 *
 * Pure: dates are ISO 'YYYY-MM-DD' strings and day numbers (util/dates.ts), instants are parsed by hand; no
 * `Date` and no clock.
 */
import { CN_HOLIDAYS, CN_HOLIDAYS_SOURCE } from '../data/cn-holidays.js';
import { dayNumber, formatYMD, isValidYMD, parseIsoDate, type YMD } from '../util/dates.js';

/** Where the default table comes from ('chinese-days@1.5.7'). */
export const DEFAULT_CALENDAR_SOURCE = CN_HOLIDAYS_SOURCE;

/** China time is UTC+8 all year (no daylight saving time). */
export const CHINA_UTC_OFFSET_MINUTES = 480;

/**
 * A calendar table. `holidays` are the days off (放假; weekend days may be listed too, they change nothing),
 * `workdays` the make-up working days (调休上班; each a Saturday or a Sunday); every date lies in one of
 * `years`, and a year listed with no dates is a year without holidays, not an unknown one.
 */
export type CalendarTable = {
  readonly years: readonly number[];
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
};

/** One problem of a calendar table: the JSON path of the entry ('holidays[3]') and a zh-CN message. */
export type CalendarTableProblem = { path: string; message: string };

export class CalendarTableError extends Error {
  readonly code = 'INVALID_CALENDAR_TABLE';
  constructor(readonly problems: readonly CalendarTableProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    this.name = 'CalendarTableError';
  }
}

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** Day of the week of a day number: 0 Sunday … 6 Saturday (day 0, 1970-01-01, was a Thursday). */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** The date of a day number (Howard Hinnant's civil_from_days, the inverse of util/dates.ts dayNumber). */
function dateOfDay(day: number): YMD {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function isoOfDay(day: number): string {
  return formatYMD(dateOfDay(day));
}

function dayOfIso(iso: string, what = 'date'): number {
  const ymd = typeof iso === 'string' ? parseIsoDate(iso) : undefined;
  if (!ymd) throw new RangeError(`${what} is not an ISO date 'YYYY-MM-DD': ${String(iso)}`);
  return dayNumber(ymd);
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`the number of working days must be a whole number ≥ 0: ${n}`);
}

/** Sorted day numbers: how many are ≤ `day`. */
function countUpTo(sorted: readonly number[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Monday–Friday days from 1969-12-29 (day −3, a Monday) up to and including `day`, continued below it as a
 * monotone count: only differences are used.
 */
function weekdaysUpTo(day: number): number {
  const k = day + 4;
  const weeks = Math.floor(k / 7);
  return 5 * weeks + Math.min(k - 7 * weeks, 5);
}

// ---------------------------------------------------------------------------------------------------------
// Tables

/** Problems of a table (empty when it is valid): what `new WorkingCalendar` and `mergeCalendarTables` check. */
export function calendarTableProblems(table: CalendarTable): CalendarTableProblem[] {
  const problems: CalendarTableProblem[] = [];
  const years = new Set<number>();
  table.years.forEach((year, i) => {
    if (!Number.isInteger(year) || year < 1 || year > 9999)
      problems.push({ path: `years[${i}]`, message: `年份无效：${year}` });
    else if (years.has(year)) problems.push({ path: `years[${i}]`, message: `年份重复：${year}` });
    else years.add(year);
  });
  const holidays = new Set<string>();
  const check = (list: readonly string[], name: 'holidays' | 'workdays', seen: Set<string>): void => {
    list.forEach((iso, i) => {
      const path = `${name}[${i}]`;
      const ymd = typeof iso === 'string' ? parseIsoDate(iso) : undefined;
      if (!ymd) return void problems.push({ path, message: `日期格式应为 YYYY-MM-DD：${String(iso)}` });
      if (!years.has(ymd.y)) problems.push({ path, message: `${iso} 所在年份 ${ymd.y} 不在 years 中` });
      if (seen.has(iso)) problems.push({ path, message: `日期重复：${iso}` });
      seen.add(iso);
      if (name === 'workdays') {
        if (holidays.has(iso)) problems.push({ path, message: `${iso} 不能既是放假日又是调休上班日` });
        if (!isWeekend(dayNumber(ymd)))
          problems.push({ path, message: `调休上班日应为周六或周日：${iso} 本就是工作日` });
      }
    });
  };
  check(table.holidays, 'holidays', holidays);
  check(table.workdays, 'workdays', new Set());
  return problems;
}

function assertValid(table: CalendarTable): void {
  const problems = calendarTableProblems(table);
  if (problems.length > 0) throw new CalendarTableError(problems);
}

/** Expands 'MMDD MMDD-MMDD …' of cn-holidays.ts into ISO dates of `year`. */
function decodeDays(year: number, text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(' ')) {
    if (part === '') continue;
    const [from, to = from] = part.split('-') as [string, string?];
    const day = (mmdd: string): number =>
      dayNumber({ y: year, m: Number(mmdd.slice(0, 2)), d: Number(mmdd.slice(2)) });
    for (let d = day(from); d <= day(to); d++) out.push(isoOfDay(d));
  }
  return out;
}

/** The generated table (chinese-days, see DEFAULT_CALENDAR_SOURCE): a fresh copy on every call. */
export function defaultCalendarTable(): CalendarTable {
  return {
    years: CN_HOLIDAYS.map(([year]) => year),
    holidays: CN_HOLIDAYS.flatMap(([year, holidays]) => decodeDays(year, holidays)),
    workdays: CN_HOLIDAYS.flatMap(([year, , workdays]) => decodeDays(year, workdays)),
  };
}

/**
 * `base` with each year of `override` replaced by the override's dates for that year (a year the override
 * lists with no dates becomes a year without holidays). Both tables must be valid (CalendarTableError).
 * Years and dates come out sorted.
 */
export function mergeCalendarTables(base: CalendarTable, override: CalendarTable): CalendarTable {
  assertValid(base);
  assertValid(override);
  const replaced = new Set(override.years);
  const keep = (iso: string): boolean => !replaced.has(Number(iso.slice(0, 4)));
  return {
    years: [...new Set([...base.years, ...override.years])].sort((a, b) => a - b),
    holidays: [...base.holidays.filter(keep), ...override.holidays].sort(),
    workdays: [...base.workdays.filter(keep), ...override.workdays].sort(),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Instants

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * Milliseconds since 1970-01-01T00:00:00Z of an ISO instant 'YYYY-MM-DDTHH:MM[:SS[.sss]](Z|±HH:MM)', or
 * undefined when malformed (a time zone is required; digits past milliseconds are dropped).
 */
export function parseInstant(s: string): number | undefined {
  const m = typeof s === 'string' ? INSTANT.exec(s) : null;
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const sec = Number(m[6] ?? 0);
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (!isValidYMD(y, mo, d) || h > 23 || mi > 59 || sec > 59) return undefined;
  let offset = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return dayNumber({ y, m: mo, d }) * MS_PER_DAY + ((h * 60 + mi - offset) * 60 + sec) * 1000 + ms;
}

/** 'YYYY-MM-DDTHH:MM:SS.sssZ' of milliseconds since the epoch (what `Date.prototype.toISOString` gives). */
export function formatInstant(ms: number): string {
  if (!Number.isSafeInteger(ms)) throw new RangeError(`not a whole number of milliseconds: ${ms}`);
  const day = Math.floor(ms / MS_PER_DAY);
  const t = ms - day * MS_PER_DAY;
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const time = `${pad(Math.floor(t / 3_600_000))}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)}`;
  return `${isoOfDay(day)}T${time}.${pad(t % 1000, 3)}Z`;
}

function parseInstantOrThrow(s: string): number {
  const ms = parseInstant(s);
  if (ms === undefined)
    throw new RangeError(`not an ISO instant 'YYYY-MM-DDTHH:MM[:SS[.sss]](Z|±HH:MM)': ${String(s)}`);
  return ms;
}

/** The China-local date (UTC+8) of an ISO instant: '2026-09-30T17:00:00Z' → '2026-10-01'. */
export function chinaDateOf(instant: string): string {
  return isoOfDay(
    Math.floor((parseInstantOrThrow(instant) + CHINA_UTC_OFFSET_MINUTES * MS_PER_MINUTE) / MS_PER_DAY),
  );
}

// ---------------------------------------------------------------------------------------------------------
// The calendar

export class WorkingCalendar {
  /** The covered years, ascending. */
  readonly years: readonly number[];
  private readonly covered: ReadonlySet<number>;
  /** Covered Monday–Friday holidays (days off on a working weekday), sorted day numbers. */
  private readonly offDays: readonly number[];
  private readonly offSet: ReadonlySet<number>;
  /** Covered make-up working days (all on weekends), sorted day numbers. */
  private readonly onDays: readonly number[];
  private readonly onSet: ReadonlySet<number>;

  /** A calendar of exactly `table` (default: the generated one). Throws CalendarTableError when invalid. */
  constructor(table: CalendarTable = defaultCalendarTable()) {
    assertValid(table);
    this.years = [...table.years].sort((a, b) => a - b);
    this.covered = new Set(this.years);
    const days = (list: readonly string[]): number[] =>
      [...new Set(list.map((iso) => dayOfIso(iso)))].sort((a, b) => a - b);
    this.offDays = days(table.holidays).filter((d) => !isWeekend(d));
    this.onDays = days(table.workdays);
    this.offSet = new Set(this.offDays);
    this.onSet = new Set(this.onDays);
  }

  /** Whether the table covers `year`; outside it every answer is a plain Monday–Friday week. */
  covers(year: number): boolean {
    return this.covered.has(year);
  }

  private isWorking(day: number): boolean {
    return isWeekend(day) ? this.onSet.has(day) : !this.offSet.has(day);
  }

  /** Working days in the days after `from` up to and including `to` (day numbers, from ≤ to). */
  private countAfter(from: number, to: number): number {
    return (
      weekdaysUpTo(to) -
      weekdaysUpTo(from) -
      (countUpTo(this.offDays, to) - countUpTo(this.offDays, from)) +
      (countUpTo(this.onDays, to) - countUpTo(this.onDays, from))
    );
  }

  private addDays(from: number, n: number): number {
    let day = from;
    if (n === 0) {
      while (!this.isWorking(day)) day++;
      return day;
    }
    // Far away, jump `left − 1` days at a time: they hold at most `left − 1` working days, so at least one is
    // still to find and the walk below ends on a working day.
    let left = n;
    while (left > 14) {
      const jump = left - 1;
      left -= this.countAfter(day, day + jump);
      day += jump;
    }
    while (left > 0) {
      day++;
      if (this.isWorking(day)) left--;
    }
    return day;
  }

  /** Whether `iso` is a working day: a 调休 Saturday is, a holiday Monday is not. */
  isWorkingDay(iso: string): boolean {
    return this.isWorking(dayOfIso(iso));
  }

  /**
   * The `n`-th working day after `iso` (n ≥ 0). With n = 0: `iso` itself when it is a working day, else the
   * next working day. 2026-09-30 + 5 → 2026-10-13 (National Day week, then the 调休 Saturday 2026-10-10).
   */
  addWorkingDays(iso: string, n: number): string {
    checkCount(n);
    return isoOfDay(this.addDays(dayOfIso(iso), n));
  }

  /** The first working day after `iso` (= addWorkingDays(iso, 1)). */
  nextWorkingDay(iso: string): string {
    return this.addWorkingDays(iso, 1);
  }

  /**
   * Working days after `fromIso` up to and including `toIso`; negative, the same count, when `toIso` is
   * earlier. So workingDaysBetween(d, addWorkingDays(d, n)) = n for n ≥ 1, and
   * addWorkingDays(d, workingDaysBetween(d, t)) = t for every working day t on or after d.
   */
  workingDaysBetween(fromIso: string, toIso: string): number {
    const from = dayOfIso(fromIso, 'fromIso');
    const to = dayOfIso(toIso, 'toIso');
    return from <= to ? this.countAfter(from, to) : 0 - this.countAfter(to, from) || 0; // never -0
  }

  /**
   * The due instant of a deadline of `workingDays` working days started at `startInstant` (an ISO instant
   * with 'Z' or an offset): the same China-local time of day (UTC+8) on the `workingDays`-th working day after
   * the China-local start date, as 'YYYY-MM-DDTHH:MM:SS.sssZ'. "Within 1 working day" therefore means by the
   * same time on the next working day; a start on a non-working day counts from that day too (Saturday 10:00
   * + 1 → Monday 10:00), and 0 working days gives the start itself on a working day, else the same time on
   * the next working day. '2026-09-30T17:00:00Z' is 2026-10-01 01:00 in China, so + 1 → 2026-10-08 01:00
   * China time = '2026-10-07T17:00:00.000Z'.
   */
  dueAt(startInstant: string, workingDays: number): string {
    checkCount(workingDays);
    const local = parseInstantOrThrow(startInstant) + CHINA_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
    const day = Math.floor(local / MS_PER_DAY);
    const timeOfDay = local - day * MS_PER_DAY;
    const due = this.addDays(day, workingDays);
    return formatInstant(due * MS_PER_DAY + timeOfDay - CHINA_UTC_OFFSET_MINUTES * MS_PER_MINUTE);
  }
}
