/**
 * The filed-site checks' tasks, run by the worker (jobs/handlers.ts imports this module): the sweep in the
 * worker's transaction; each fetch as an outside task (leased, run after commit with no transaction open while
 * the site answers). A site that does not answer is a result, not a failure: only a database error retries.
 */
import { registerOutsideTaskHandler, registerTaskHandler } from '../../jobs/worker.js';
import { checkWebsite } from './check-website.js';
import { sweepSiteChecks, TASK_SITE_CHECK_FETCH, TASK_SITE_CHECK_SWEEP } from './sweep-site-checks.js';

registerTaskHandler(TASK_SITE_CHECK_SWEEP, async (deps, tx, task, now) => {
  await sweepSiteChecks(deps, tx, task.id, now);
});

registerOutsideTaskHandler(TASK_SITE_CHECK_FETCH, async (deps, task) => {
  const icpNumber = task.payload.icpNumber;
  if (typeof icpNumber !== 'string') return;
  await checkWebsite(deps, icpNumber, 'sweep');
});
