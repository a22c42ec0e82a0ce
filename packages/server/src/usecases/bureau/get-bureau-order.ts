/** One order at the bureau, for its operator: the certificate numbers open (the read is audited), phones masked. */
import { findFiling } from '../../adapters/bureau/simulator.js';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { auditRead, loadOrderForActor } from '../orders/access.js';
import { assertBureauOperator } from './approve-filing.js';
import { bureauOrderView, type BureauOrderView } from './bureau-order-view.js';

export async function getBureauOrder(deps: Deps, actor: Actor, orderId: string): Promise<BureauOrderView> {
  assertBureauOperator(actor);
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const filing = await findFiling(deps.db, order.id, Number(order.round));
  if (!filing) throw new AppError('NOT_FOUND', '找不到该备案订单。', 'orderId');
  await auditRead(
    deps.db,
    actor,
    'order',
    order.id,
    { fields: 'certificate numbers', bureau: filing.reference },
    deps.clock.now(),
  );
  return bureauOrderView(deps, actor, order, filing, { unmasked: true });
}
