/**
 * 工作日历状态: which years the server's calendar covers and where each comes from, and a warning when this
 * year or next is missing (the data package ends in 2026; deadlines in a missing year ignore holidays and 调休).
 */
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import type { CalendarStatus } from './server-calendar.js';

export const calendarStatusSchema = z.object({
  today: z.string(),
  years: z.array(z.object({ year: z.number(), source: z.enum(['admin', 'package']) })),
  packageSource: z.string(),
  missing: z.array(z.number()),
  warnings: z.array(z.string()),
  ok: z.boolean(),
});

export function calendarStatus(deps: Pick<Deps, 'calendar' | 'clock'>): CalendarStatus & { ok: boolean } {
  const status = deps.calendar.status(deps.clock.now());
  return { ...status, ok: status.warnings.length === 0 };
}
