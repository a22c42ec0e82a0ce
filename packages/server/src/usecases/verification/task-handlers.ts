/**
 * The automatic push to the bureau, run by the worker (jobs/handlers.ts imports this module): an outside task,
 * so no transaction is open while the bureau answers (push-to-bureau.ts). A bureau that cannot be reached makes
 * the task fail; the worker retries it with backoff.
 */
import { registerOutsideTaskHandler } from '../../jobs/worker.js';
import { TASK_BUREAU_PUSH } from './push-stage.js';
import { SYSTEM_ACTOR } from '../../auth/actor.js';
import { pushOrder } from './push-to-bureau.js';

registerOutsideTaskHandler(TASK_BUREAU_PUSH, async (deps, task) => {
  if (!task.order_id) return;
  await pushOrder(deps, SYSTEM_ACTOR, task.order_id, { taskId: task.id });
});
