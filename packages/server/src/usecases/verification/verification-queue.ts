/**
 * 核验队列 for reviewers and administrators: orders in verification, waiting for mailed documents or for their
 * push to the bureau, masked, those waiting for the actor first (photos to review, curtains to ship, documents
 * to confirm, pushes that failed), then by their due time.
 */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { OrderRow } from '../orders/access.js';
import { orderView } from '../orders/order-view.js';
import { readVerification } from './verification-state.js';
import { verificationView, type VerificationResponse } from './verification-view.js';

export async function verificationQueue(deps: Deps, actor: Actor): Promise<VerificationResponse[]> {
  if (actor.role !== 'reviewer' && actor.role !== 'admin')
    throw new AppError('FORBIDDEN', '核验队列只对初审员和管理员开放。');
  const { rows } = await deps.db.query<OrderRow>(
    `SELECT * FROM orders WHERE state IN ('verifying', 'awaiting_documents', 'pending_bureau_push')
     ORDER BY due_at ASC NULLS LAST, updated_at ASC LIMIT 500`,
  );
  const now = deps.clock.now();
  const items: VerificationResponse[] = [];
  for (const order of rows) {
    const v = await readVerification(deps.db, deps.sealer, order, now);
    items.push({
      order: orderView(order, actor, deps.sealer, { unmasked: false }),
      verification: verificationView(v, actor, deps, { unmasked: false }),
    });
  }
  // stable: within each group the database order (due time) stays
  return [
    ...items.filter((i) => i.verification.nextActions.length > 0),
    ...items.filter((i) => i.verification.nextActions.length === 0),
  ];
}
