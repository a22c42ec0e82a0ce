/**
 * Scheduled tasks: a stage that has a deadline schedules a task in the transaction that starts the stage;
 * the worker (worker.ts) applies it when it falls due. Handlers are registered by kind (handlers.ts).
 */
import type { Queryable } from '../db/db.js';

export type TaskRow = {
  id: string;
  kind: string;
  order_id: string | null;
  due_at: Date;
  payload: Record<string, unknown>;
  attempts: number;
};

export async function scheduleTask(
  tx: Queryable,
  task: { kind: string; orderId?: string; dueAt: Date; payload?: Record<string, unknown> },
  now: Date,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO scheduled_tasks (kind, order_id, due_at, payload, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [task.kind, task.orderId ?? null, task.dueAt, JSON.stringify(task.payload ?? {}), now],
  );
  return rows[0]!.id;
}

/** Cancel an order's pending tasks of a kind (the stage ended before its deadline). */
export async function cancelTasks(tx: Queryable, orderId: string, kind: string, now: Date): Promise<number> {
  const { rowCount } = await tx.query(
    `UPDATE scheduled_tasks SET cancelled_at = $3 WHERE order_id = $1 AND kind = $2 AND done_at IS NULL AND cancelled_at IS NULL`,
    [orderId, kind, now],
  );
  return rowCount;
}
