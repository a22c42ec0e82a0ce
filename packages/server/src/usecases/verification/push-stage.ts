/**
 * 待提交管局: when verification (and any mailed documents) is done the order waits for its push to the bureau,
 * due 1 working day later (seeds 000/002: 照片通过审核后，阿里云将在 1 个工作日内将您的备案信息提交省通信管理局审核).
 * The due time is on the order's row and a task applies it (push-to-bureau.ts); a reviewer may push earlier.
 */
import type { Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { scheduleTask } from '../../jobs/tasks.js';
import { dueAfterWorkingDays } from '../orders/deadlines.js';

export const BUREAU_PUSH_WORKING_DAYS = 1;

/** The task kind of the automatic push (registered in verification/tasks.ts). */
export const TASK_BUREAU_PUSH = 'order.bureau_push';

export function bureauPushDue(deps: Pick<Deps, 'calendar'>, now: Date): Date {
  return dueAfterWorkingDays(now, BUREAU_PUSH_WORKING_DAYS, deps.calendar);
}

/** In the transaction that moved the order to pending_bureau_push (its due_at already set to `dueAt`). */
export async function schedulePush(tx: Queryable, orderId: string, dueAt: Date, now: Date): Promise<void> {
  await scheduleTask(tx, { kind: TASK_BUREAU_PUSH, orderId, dueAt }, now);
}
