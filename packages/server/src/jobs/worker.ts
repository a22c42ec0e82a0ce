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

/**
 * A handler that calls an outside system (the bureau): it must not run inside the worker's transaction
 * (server README: never hold a transaction across a bureau call). The worker leases the task first (attempts + 1,
 * due again after LEASE_MS in case the process dies mid-call), commits, then runs the handler, which opens its
 * own short transactions; success marks the task done (unless the handler already did, or cancelled it), a
 * failure keeps the error and retries with backoff.
 */
export type OutsideTaskHandler = (deps: Deps, task: TaskRow, now: Date) => Promise<void>;

const handlers = new Map<string, TaskHandler>();
const outsideHandlers = new Map<string, OutsideTaskHandler>();

export function registerTaskHandler(kind: string, handler: TaskHandler): void {
  if (handlers.has(kind) || outsideHandlers.has(kind))
    throw new Error(`a handler for ${kind} is already registered`);
  handlers.set(kind, handler);
}

export function registerOutsideTaskHandler(kind: string, handler: OutsideTaskHandler): void {
  if (handlers.has(kind) || outsideHandlers.has(kind))
    throw new Error(`a handler for ${kind} is already registered`);
  outsideHandlers.set(kind, handler);
}

/** How long a leased outside task is left alone before another worker may take it again. */
export const LEASE_MS = 10 * 60_000;

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
      const leased: TaskRow[] = [];
      for (const task of rows) {
        if (outsideHandlers.has(task.kind)) {
          await tx.query('UPDATE scheduled_tasks SET attempts = attempts + 1, due_at = $2 WHERE id = $1', [
            task.id,
            new Date(now.getTime() + LEASE_MS),
          ]);
          leased.push(task);
          continue;
        }
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
      return { taken: rows.length, done, leased };
    });
    applied += ids.done.length;
    for (const task of ids.leased) if (await runOutside(deps, task, now)) applied++;
    if (ids.taken < batch) return applied;
  }
}

/** Runs a leased outside task with no transaction open; records success or the error (with backoff). */
async function runOutside(deps: Deps, task: TaskRow, now: Date): Promise<boolean> {
  try {
    await outsideHandlers.get(task.kind)!(deps, task, now);
  } catch (e) {
    await deps.db.query(
      `UPDATE scheduled_tasks SET last_error = $2, due_at = $3
       WHERE id = $1 AND done_at IS NULL AND cancelled_at IS NULL`,
      [
        task.id,
        String((e as Error).message ?? e).slice(0, 500),
        new Date(now.getTime() + backoffMs(task.attempts)),
      ],
    );
    return false;
  }
  await deps.db.query(
    'UPDATE scheduled_tasks SET done_at = $2 WHERE id = $1 AND done_at IS NULL AND cancelled_at IS NULL',
    [task.id, now],
  );
  return true;
}
