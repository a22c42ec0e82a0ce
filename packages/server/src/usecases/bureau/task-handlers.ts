/**
 * The bureau simulator's deadlines, run by the worker (jobs/handlers.ts imports this module):
 * - bureau.sms_lapse: 48 hours after the codes were sent, a filing still waiting for 短信核验 is returned;
 * - bureau.auto_approve: the demo policy approves a filing still under review N working days after its review began.
 * Each runs in the worker's transaction; the order row is locked before the filing's (as in the console).
 */
import { findFiling, TASK_AUTO_APPROVE, TASK_SMS_LAPSE } from '../../adapters/bureau/simulator.js';
import type { Queryable } from '../../db/db.js';
import { registerTaskHandler } from '../../jobs/worker.js';
import type { OrderRow } from '../orders/access.js';
import { SYSTEM_ACTOR } from '../../auth/actor.js';
import { approveFilingTx } from './approve-filing.js';
import { returnForSmsTx } from './verify-sms.js';

async function lockOrder(tx: Queryable, orderId: string | null): Promise<OrderRow | undefined> {
  if (!orderId) return undefined;
  const { rows } = await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
  return rows[0];
}

registerTaskHandler(TASK_SMS_LAPSE, async (deps, tx, task, now) => {
  const order = await lockOrder(tx, task.order_id);
  if (!order) return;
  const filing = await findFiling(tx, order.id, Number(order.round), { forUpdate: true });
  // verified in time, returned already, or a later round: nothing lapses
  if (!filing || filing.id !== task.payload.filingId || filing.status !== 'sms_pending') return;
  if (order.state !== 'sms_verification')
    throw new Error(`order ${order.id} is ${order.state}: its push to the bureau is not recorded yet`);
  await returnForSmsTx(deps, tx, order, filing, 'lapsed', now);
});

registerTaskHandler(TASK_AUTO_APPROVE, async (deps, tx, task, now) => {
  const order = await lockOrder(tx, task.order_id);
  if (!order) return;
  const filing = await findFiling(tx, order.id, Number(order.round), { forUpdate: true });
  if (!filing || filing.id !== task.payload.filingId || filing.status !== 'under_review') return;
  if (order.state !== 'bureau_review')
    throw new Error(`order ${order.id} is ${order.state}: its push to the bureau is not recorded yet`);
  await approveFilingTx(deps, tx, order, filing, SYSTEM_ACTOR, now);
});
