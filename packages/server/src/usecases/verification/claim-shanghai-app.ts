/**
 * 上海管局App核验 (seeds 000/002 step 6: 上海地区所有备案用户必须使用上海通信管理局app进行网站负责人核验): the
 * applicant confirms the website leaders completed the check in the Shanghai bureau's app; a reviewer then
 * confirms it (review-verification.ts). Confirming twice records it once.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { assertMethod, lockOrderForStep, readVerification, touchOrder } from './verification-state.js';
import { verificationResponse, type VerificationResponse } from './verification-view.js';

export const claimShanghaiAppInput = z.object({
  completed: z.literal(true, { error: '请在上海通信管理局App完成网站负责人核验后，勾选“已完成”再确认' }),
});

export async function claimShanghaiApp(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: z.infer<typeof claimShanghaiAppInput>,
): Promise<VerificationResponse> {
  if (input.completed !== true) throw new AppError('INVALID_INPUT', '请先在上海管局App完成核验', 'completed');
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const order = await lockOrderForStep(tx, actor, orderId, 'verifying', '确认上海管局App核验');
    const v = await readVerification(tx, deps.sealer, order, now);
    assertMethod(v, 'shanghai_app');
    if (v.shanghaiClaimAt) return;
    await tx.query(
      'INSERT INTO shanghai_app_claims (order_id, round, claimed_by, claimed_at) VALUES ($1, $2, $3, $4)',
      [order.id, Number(order.round), actor.accountId, now],
    );
    await touchOrder(tx, order, now);
  });
  return verificationResponse(deps, actor, orderId);
}
