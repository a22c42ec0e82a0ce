/** Stage deadlines in working days (China's holidays and 调休), computed with the core's calendar. */
import { WorkingCalendar } from '@beian/core';

const calendar = new WorkingCalendar();

/** 初审: within 1 working day of submission (seeds 000, 002, 003). */
export const INITIAL_REVIEW_WORKING_DAYS = 1;

export function dueAfterWorkingDays(start: Date, workingDays: number): Date {
  return new Date(calendar.dueAt(start.toISOString(), workingDays));
}
