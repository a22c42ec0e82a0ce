/**
 * Stage deadlines in working days (China's holidays and 调休), computed with the server's calendar: the data
 * package's table with an admin's years merged over it (`deps.calendar`, usecases/calendar/server-calendar.ts).
 */
import { ServerCalendar } from '../calendar/server-calendar.js';

/** 初审: within 1 working day of submission (seeds 000, 002, 003). */
export const INITIAL_REVIEW_WORKING_DAYS = 1;

/** 管局审核: at most 20 working days (seeds 001/002: 3–20). */
export const BUREAU_REVIEW_WORKING_DAYS = 20;

/** Without a calendar: the package's table alone (an admin's years ignored). Pass `deps.calendar`. */
let packageOnly: ServerCalendar | undefined;

/**
 * The due instant `workingDays` working days after `start`, the same China time of day. Pass `deps.calendar`:
 * without it the admin's years are ignored.
 */
export function dueAfterWorkingDays(start: Date, workingDays: number, calendar?: ServerCalendar): Date {
  return (calendar ?? (packageOnly ??= ServerCalendar.packageOnly())).dueAt(start, workingDays);
}
