/**
 * The server's working-day calendar (issue 4 item 6): the data package's table (chinese-days, 2004–2026) with
 * the years an admin entered (holiday_calendar) merged over it. Built at start into `deps.calendar`, reloaded
 * when an admin saves a year and by the worker when another process saved one. Deadlines use `current`.
 */
import {
  calendarTableProblems,
  chinaDateOf,
  DEFAULT_CALENDAR_SOURCE,
  defaultCalendarTable,
  mergeCalendarTables,
  WorkingCalendar,
  type CalendarTable,
} from '@beian/core';
import type { Queryable } from '../../db/db.js';

export type AdminYear = {
  year: number;
  holidays: string[];
  workdays: string[];
  updatedBy: string | null;
  updatedAt: Date;
};

type Row = {
  year: number;
  holidays: string[];
  workdays: string[];
  updated_by: string | null;
  updated_at: Date;
};

/** The package's table, computed once: it is data, the same for every server. */
let defaultTable: CalendarTable | undefined;
export function packageTable(): CalendarTable {
  return (defaultTable ??= defaultCalendarTable());
}

export type CalendarYearSource = 'admin' | 'package';

export type CalendarStatus = {
  /** Today's date in China. */
  today: string;
  /** Every covered year, ascending, and where its dates come from. */
  years: Array<{ year: number; source: CalendarYearSource }>;
  packageSource: string;
  /** This year and next, when not covered (deadlines there ignore holidays and 调休). */
  missing: number[];
  /** zh-CN warnings for an admin: missing years, stored years that could not be used. */
  warnings: string[];
};

export class ServerCalendar {
  private calendar: WorkingCalendar;
  private adminYears = new Map<number, AdminYear>();
  private stamp = '';
  /** Stored years that failed validation (edited by hand in the database): left out, with the reason. */
  private rejected: Array<{ year: number; problem: string }> = [];

  private constructor() {
    this.calendar = new WorkingCalendar(packageTable());
  }

  /** The calendar of the package's table with the stored years merged over it. */
  static async load(db: Queryable): Promise<ServerCalendar> {
    const c = new ServerCalendar();
    await c.reload(db);
    return c;
  }

  /** A calendar over the package's table only (no database), e.g. for a one-off computation. */
  static packageOnly(): ServerCalendar {
    return new ServerCalendar();
  }

  get current(): WorkingCalendar {
    return this.calendar;
  }

  /** The year as an admin entered it, if they did. */
  adminYear(year: number): AdminYear | undefined {
    return this.adminYears.get(year);
  }

  /** Reload from holiday_calendar (always). */
  async reload(db: Queryable): Promise<void> {
    const stamp = await stampOf(db);
    const { rows } = await db.query<Row>(
      'SELECT year, holidays, workdays, updated_by, updated_at FROM holiday_calendar ORDER BY year',
    );
    const years = new Map<number, AdminYear>();
    const rejected: Array<{ year: number; problem: string }> = [];
    for (const r of rows) {
      const table = { years: [r.year], holidays: r.holidays, workdays: r.workdays };
      const problems = calendarTableProblems(table);
      if (problems.length > 0) {
        rejected.push({ year: r.year, problem: `${problems[0]!.path}: ${problems[0]!.message}` });
        continue;
      }
      years.set(r.year, {
        year: r.year,
        holidays: [...r.holidays].sort(),
        workdays: [...r.workdays].sort(),
        updatedBy: r.updated_by,
        updatedAt: r.updated_at,
      });
    }
    const stored = [...years.values()];
    const override: CalendarTable = {
      years: stored.map((y) => y.year),
      holidays: stored.flatMap((y) => y.holidays),
      workdays: stored.flatMap((y) => y.workdays),
    };
    this.calendar = new WorkingCalendar(mergeCalendarTables(packageTable(), override));
    this.adminYears = years;
    this.rejected = rejected;
    this.stamp = stamp;
  }

  /** Reload when holiday_calendar changed since the last load (the worker calls it: other processes save too). */
  async refresh(db: Queryable): Promise<boolean> {
    if ((await stampOf(db)) === this.stamp) return false;
    await this.reload(db);
    return true;
  }

  /** The due instant of a deadline of `workingDays` working days from `start` (China time of day kept). */
  dueAt(start: Date, workingDays: number): Date {
    return new Date(this.calendar.dueAt(start.toISOString(), workingDays));
  }

  status(now: Date): CalendarStatus {
    const today = chinaDateOf(now.toISOString());
    const year = Number(today.slice(0, 4));
    const missing = [year, year + 1].filter((y) => !this.calendar.covers(y));
    const warnings = missing.map(
      (y) =>
        `${y}年的法定节假日和调休安排尚未录入：该年的工作日暂按周一至周五计算，期限可能不准确。请管理员在“工作日历”中录入${y}年的放假和调休上班日期。`,
    );
    for (const r of this.rejected)
      warnings.push(`数据库中${r.year}年的日历数据有误，未被采用（${r.problem}）：请管理员重新保存该年。`);
    return {
      today,
      years: this.calendar.years.map((y) => ({
        year: y,
        source: this.adminYears.has(y) ? ('admin' as const) : ('package' as const),
      })),
      packageSource: DEFAULT_CALENDAR_SOURCE,
      missing,
      warnings,
    };
  }
}

/** A digest of the table's content: equal digests, equal calendars. */
async function stampOf(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ stamp: string }>(
    `SELECT md5(coalesce(string_agg(
       year::text || ':' || array_to_string(holidays, ',') || ':' || array_to_string(workdays, ','),
       ';' ORDER BY year), '')) AS stamp
     FROM holiday_calendar`,
  );
  return rows[0]!.stamp;
}
