/**
 * The worker: takes due tasks with FOR UPDATE SKIP LOCKED in bounded batches, runs each task's handler in the
 * same short transaction that marks it done (so a task is applied once, even with several workers), and on
 * failure records the error and retries later with backoff. Time comes from the clock: tests move it and call
 * runDueTasks; the server calls it on an interval.
 */
import type { Queryable } from '../db/db.js';
import type { Deps } from '../deps.js';
import type { TaskRow } from './tasks.js';

export type TaskHandler = (deps: Deps, tx: Queryable, task: TaskRow, now: Date) => Promise<void>;

const handlers = new Map<string, TaskHandler>();

export function registerTaskHandler(kind: string, handler: TaskHandler): void {
  if (handlers.has(kind)) throw new Error(`a handler for ${kind} is already registered`);
  handlers.set(kind, handler);
}

export const MAX_ATTEMPTS = 8;
const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** attempts, 6 * 3_600_000);

/** Run every task due at the clock's now, in batches; returns how many were applied. */
export async function runDueTasks(deps: Deps, opts: { batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 20;
  let applied = 0;
  for (;;) {
    const now = deps.clock.now();
    const ids = await deps.db.transaction(async (tx) => {
      const { rows } = await tx.query<TaskRow>(
        `SELECT id, kind, order_id, due_at, payload, attempts FROM scheduled_tasks
         WHERE done_at IS NULL AND cancelled_at IS NULL AND due_at <= $1 AND attempts < $2
         ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [now, MAX_ATTEMPTS, batch],
      );
      const done: string[] = [];
      for (const task of rows) {
        const handler = handlers.get(task.kind);
        try {
          if (!handler) throw new Error(`no handler for task kind ${task.kind}`);
          await tx.exec('SAVEPOINT task');
          await handler(deps, tx, task, now);
          await tx.query('UPDATE scheduled_tasks SET done_at = $2, attempts = attempts + 1 WHERE id = $1', [
            task.id,
            now,
          ]);
          await tx.exec('RELEASE SAVEPOINT task');
          done.push(task.id);
        } catch (e) {
          await tx.exec('ROLLBACK TO SAVEPOINT task').catch(() => {});
          await tx.query(
            'UPDATE scheduled_tasks SET attempts = attempts + 1, last_error = $2, due_at = $3 WHERE id = $1',
            [
              task.id,
              String((e as Error).message ?? e).slice(0, 500),
              new Date(now.getTime() + backoffMs(task.attempts)),
            ],
          );
        }
      }
      return { taken: rows.length, done };
    });
    applied += ids.done.length;
    if (ids.taken < batch) return applied;
  }
}
