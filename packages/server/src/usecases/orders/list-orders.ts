/** 我的备案订单 and 初审队列: masked lists. The queue is ordered by its deadline (1 working day, seeds 000–003). */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { OrderRow } from './access.js';
import { orderView, type OrderView } from './order-view.js';

export async function listMyOrders(deps: Deps, actor: Actor): Promise<OrderView[]> {
  const { rows } = await deps.db.query<OrderRow>(
    'SELECT * FROM orders WHERE account_id = $1 ORDER BY created_at DESC',
    [actor.accountId],
  );
  return rows.map((o) => orderView(o, actor, deps.sealer, { unmasked: false }));
}

export async function reviewQueue(deps: Deps, actor: Actor): Promise<OrderView[]> {
  if (actor.role !== 'reviewer' && actor.role !== 'admin')
    throw new AppError('FORBIDDEN', '初审队列只对初审员开放。');
  const { rows } = await deps.db.query<OrderRow>(
    "SELECT * FROM orders WHERE state = 'submitted' ORDER BY due_at ASC NULLS LAST, submitted_at ASC",
  );
  return rows.map((o) => orderView(o, actor, deps.sealer, { unmasked: false }));
}
