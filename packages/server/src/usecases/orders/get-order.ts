/** 查看订单: the owner sees it whole; staff see it whole when their role and the stage allow, and the read is audited. */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { auditRead, loadOrderForActor } from './access.js';
import { orderView, type OrderView } from './order-view.js';
import { currentReasons } from './reasons.js';

export async function getOrder(deps: Deps, actor: Actor, orderId: string): Promise<OrderView> {
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const owner = order.account_id === actor.accountId;
  if (!owner)
    await auditRead(deps.db, actor, 'order', order.id, { fields: 'personal numbers' }, deps.clock.now());
  return orderView(order, actor, deps.sealer, {
    unmasked: true,
    reasons: await currentReasons(deps.db, order.id),
  });
}
