/**
 * The filed-site checks' schedule (issue 4 item 9), as tasks (jobs/): one pending sweep at a time
 * (`site_check.sweep`, every SITE_CHECK_INTERVAL_HOURS, re-scheduling itself), which adds one fetch task
 * (`site_check.fetch`, an outside task: no transaction open while a site answers) per live website accessed here
 * whose filing an account holds, spaced SITE_CHECK_SPACING_MS apart so that a worker round fetches few sites.
 * A website whose fetch from an earlier sweep is still waiting gets no second one (a unique index), so a sweep
 * that outgrows its interval does not pile up. Checks older than KEEP_DAYS are deleted, a bounded batch per sweep.
 */
import type { Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';

export const TASK_SITE_CHECK_SWEEP = 'site_check.sweep';
export const TASK_SITE_CHECK_FETCH = 'site_check.fetch';

/** How long check results are kept. */
export const KEEP_DAYS = 180;
const PRUNE_BATCH = 10_000;
const DAY_MS = 86_400_000;

/** Schedule a sweep at `dueAt` unless one is pending; true when this call scheduled it. */
export async function scheduleSiteCheckSweep(db: Queryable, dueAt: Date, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO scheduled_tasks (kind, due_at, payload, created_at) VALUES ($1, $2, '{}'::jsonb, $3)
     ON CONFLICT DO NOTHING`,
    [TASK_SITE_CHECK_SWEEP, dueAt, now],
  );
  return rowCount > 0;
}

/** At start: a sweep due now unless one is pending, or nothing when the checks are off (interval 0). */
export async function ensureSiteCheckSweep(deps: Pick<Deps, 'db' | 'clock' | 'config'>): Promise<boolean> {
  if (deps.config.siteCheck.intervalHours <= 0) return false;
  const now = deps.clock.now();
  return scheduleSiteCheckSweep(deps.db, now, now);
}

/** The sweep, in the worker's transaction: returns how many fetches it scheduled. */
export async function sweepSiteChecks(
  deps: Pick<Deps, 'config'>,
  tx: Queryable,
  taskId: string,
  now: Date,
): Promise<number> {
  // this sweep is over as far as the one-pending-sweep rule goes: the next may be scheduled
  await tx.query('UPDATE scheduled_tasks SET done_at = $2 WHERE id = $1', [taskId, now]);
  const { rows } = await tx.query<{ icp_number: string }>(
    `SELECT w.icp_number FROM registry_websites w JOIN registry_subjects s ON s.id = w.subject_id
     WHERE w.accessed_here AND NOT w.cancelled
       AND EXISTS (SELECT 1 FROM bureau_filings f WHERE f.status = 'approved' AND f.subject_icp_number = s.icp_number)
     ORDER BY w.created_at, w.icp_number`,
  );
  const spacing = deps.config.siteCheck.spacingMs;
  let scheduled = 0;
  for (const [i, w] of rows.entries()) {
    const added = await tx.query(
      `INSERT INTO scheduled_tasks (kind, due_at, payload, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [
        TASK_SITE_CHECK_FETCH,
        new Date(now.getTime() + i * spacing),
        JSON.stringify({ icpNumber: w.icp_number }),
        now,
      ],
    );
    scheduled += added.rowCount;
  }
  const hours = deps.config.siteCheck.intervalHours;
  if (hours > 0) await scheduleSiteCheckSweep(tx, new Date(now.getTime() + hours * 3_600_000), now);
  await tx.query(
    `DELETE FROM site_checks WHERE id IN (SELECT id FROM site_checks WHERE checked_at < $1 ORDER BY id LIMIT $2)`,
    [new Date(now.getTime() - KEEP_DAYS * DAY_MS), PRUNE_BATCH],
  );
  return scheduled;
}
