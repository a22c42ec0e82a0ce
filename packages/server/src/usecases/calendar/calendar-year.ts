/**
 * 工作日历 by year, for an admin: what the server uses for a year (an admin's entry, the data package's, or
 * nothing: a plain Monday–Friday week), and saving a year (issue 4 item 6). A saved year replaces the package's
 * dates for that year; the server's calendar is reloaded at once, so the next deadline computed uses it.
 */
import { calendarTableProblems } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { packageTable } from './server-calendar.js';

export const calendarYearParams = z.object({
  year: z.coerce
    .number({ error: '年份应为数字，如 2027' })
    .int('年份应为整数，如 2027')
    .min(2000, '年份应在2000至2100之间')
    .max(2100, '年份应在2000至2100之间'),
});

const dates = (what: string) =>
  z
    .array(z.string({ error: `${what}应为 YYYY-MM-DD 格式的日期` }), { error: `请填写${what}列表（可为空）` })
    .max(366, `${what}最多366个`);

export const saveCalendarYearInput = z.object({
  /** 放假日期 (weekend days may be listed too). */
  holidays: dates('放假日期'),
  /** 调休上班日期: each a Saturday or a Sunday. */
  workdays: dates('调休上班日期'),
});
export type SaveCalendarYearInput = z.infer<typeof saveCalendarYearInput>;

export const calendarYearViewSchema = z.object({
  year: z.number(),
  /** admin: entered here; package: the data package's (chinese-days); none: unknown, Monday–Friday assumed. */
  source: z.enum(['admin', 'package', 'none']),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type CalendarYearView = z.infer<typeof calendarYearViewSchema>;

function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', '编辑工作日历需要管理员身份。');
}

export function calendarYear(deps: Pick<Deps, 'calendar'>, actor: Actor, year: number): CalendarYearView {
  assertAdmin(actor);
  const stored = deps.calendar.adminYear(year);
  if (stored)
    return {
      year,
      source: 'admin',
      holidays: stored.holidays,
      workdays: stored.workdays,
      updatedAt: stored.updatedAt.toISOString(),
      updatedBy: stored.updatedBy,
    };
  const table = packageTable();
  const inYear = (iso: string) => iso.startsWith(`${year}-`);
  return {
    year,
    source: table.years.includes(year) ? 'package' : 'none',
    holidays: table.holidays.filter(inYear),
    workdays: table.workdays.filter(inYear),
    updatedAt: null,
    updatedBy: null,
  };
}

export async function saveCalendarYear(
  deps: Pick<Deps, 'db' | 'clock' | 'calendar'>,
  actor: Actor,
  year: number,
  input: SaveCalendarYearInput,
): Promise<CalendarYearView> {
  assertAdmin(actor);
  const holidays = input.holidays.map((d) => d.trim());
  const workdays = input.workdays.map((d) => d.trim());
  const problem = calendarTableProblems({ years: [year], holidays, workdays })[0];
  if (problem) {
    const message = problem.message.replace(/所在年份 (\d+) 不在 years 中/, `不在${year}年内`);
    throw new AppError('INVALID_INPUT', `${message}：请改正后重新保存。`, problem.path);
  }
  await deps.db.query(
    `INSERT INTO holiday_calendar (year, holidays, workdays, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (year) DO UPDATE SET holidays = $2, workdays = $3, updated_by = $4, updated_at = $5`,
    [year, [...new Set(holidays)].sort(), [...new Set(workdays)].sort(), actor.accountId, deps.clock.now()],
  );
  await deps.calendar.reload(deps.db);
  return calendarYear(deps, actor, year);
}
