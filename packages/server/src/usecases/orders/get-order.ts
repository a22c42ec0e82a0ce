/**
 * 查看订单: the owner sees it whole; reviewers and admins see it whole (the read is audited); a bureau operator
 * sees it masked here — the bureau console (usecases/bureau) shows what the bureau needs, with its own audit.
 */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { auditRead, loadOrderForActor } from './access.js';
import { orderView, type OrderView } from './order-view.js';
import { currentReasons } from './reasons.js';

export async function getOrder(deps: Deps, actor: Actor, orderId: string): Promise<OrderView> {
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const owner = order.account_id === actor.accountId;
  const unmasked = owner || actor.role === 'reviewer' || actor.role === 'admin';
  if (!owner && unmasked)
    await auditRead(deps.db, actor, 'order', order.id, { fields: 'personal numbers' }, deps.clock.now());
  return orderView(order, actor, deps.sealer, { unmasked, reasons: await currentReasons(deps.db, order.id) });
}
