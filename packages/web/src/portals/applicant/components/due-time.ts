/** The due time of an order's current step, in China time, with the working days left (holidays and 调休 counted). */
import { chinaDateOf, WorkingCalendar } from '@beian/core';
import dayjs from 'dayjs';

let calendar: WorkingCalendar | undefined;

export function formatChinaTime(iso: string): string {
  // China time is UTC+8 all year (no daylight saving)
  return dayjs(new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19)).format(
    'YYYY-MM-DD HH:mm',
  );
}

export type Due = { at: string; workingDaysLeft: number; overdue: boolean };

export function dueOf(dueAt: string | null, now: Date = new Date()): Due | undefined {
  if (!dueAt) return undefined;
  calendar ??= new WorkingCalendar();
  const overdue = Date.parse(dueAt) < now.getTime();
  const left = overdue ? 0 : calendar.workingDaysBetween(chinaDateOf(now.toISOString()), chinaDateOf(dueAt));
  return { at: formatChinaTime(dueAt), workingDaysLeft: left, overdue };
}
