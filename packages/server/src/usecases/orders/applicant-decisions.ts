/** 撤回 (before the initial review ends) and 放弃备案: the applicant's own decisions on a submitted or draft order. */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { loadOrderForActor } from './access.js';
import { voidClaims } from '../servers/void-claims.js';
import { applyTransition } from './apply-transition.js';
import { orderView, type OrderView } from './order-view.js';

async function decide(
  deps: Deps,
  actor: Actor,
  orderId: string,
  event: 'withdraw' | 'abandon',
): Promise<OrderView> {
  const order = await loadOrderForActor(deps.db, actor, orderId);
  if (order.account_id !== actor.accountId)
    throw new AppError('FORBIDDEN', '只有订单的申请人可以执行此操作。');
  const now = deps.clock.now();
  const updated = await deps.db.transaction(async (tx) => {
    const u = await applyTransition(tx, order, event, actor, now, { patch: { due_at: null } });
    // an abandoned order's numbers went into a filing attempt: they are used for good (void-claims.ts)
    if (event === 'abandon') await voidClaims(tx, order.id, now);
    return u;
  });
  return orderView(updated, actor, deps.sealer, { unmasked: true });
}

export const withdrawOrder = (deps: Deps, actor: Actor, orderId: string) =>
  decide(deps, actor, orderId, 'withdraw');
export const abandonOrder = (deps: Deps, actor: Actor, orderId: string) =>
  decide(deps, actor, orderId, 'abandon');
