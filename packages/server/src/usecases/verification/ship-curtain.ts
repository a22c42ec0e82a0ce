/**
 * 寄出幕布: a reviewer or an administrator marks the applicant's curtain shipped, with the courier and the
 * tracking number the applicant then sees.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { assertMethod, lockOrderForStep, readVerification, touchOrder } from './verification-state.js';
import { verificationResponse, type VerificationResponse } from './verification-view.js';

/** Courier and tracking number, as shipments everywhere are written (also used for mailed documents). */
export const shipmentFields = {
  carrier: z
    .string({ error: '请填写快递公司' })
    .trim()
    .min(2, '请填写快递公司名称（至少2个字）')
    .max(40, '快递公司名称最多40字'),
  trackingNumber: z
    .string({ error: '请填写快递单号' })
    .trim()
    .regex(/^[A-Za-z0-9-]{6,40}$/, '快递单号须为6～40位字母、数字或连字符'),
};

export const shipCurtainInput = z.object(shipmentFields);

export async function shipCurtain(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: z.infer<typeof shipCurtainInput>,
): Promise<VerificationResponse> {
  if (actor.role !== 'reviewer' && actor.role !== 'admin')
    throw new AppError('FORBIDDEN', '寄出幕布需要初审员或管理员身份。');
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const order = await lockOrderForStep(tx, actor, orderId, 'verifying', '登记寄出幕布');
    const v = await readVerification(tx, deps.sealer, order, now);
    assertMethod(v, 'curtain_photo');
    if (!v.curtain || v.curtain.shipped_at)
      throw new AppError('INVALID_STATE', '没有待寄出的幕布申请：申请人填写邮寄地址后才能寄出。', 'orderId');
    await tx.query(
      `UPDATE curtain_requests SET carrier = $2, tracking_number = $3, shipped_by = $4, shipped_at = $5,
         updated_at = $5
       WHERE id = $1 AND shipped_at IS NULL`,
      [v.curtain.id, input.carrier, input.trackingNumber, actor.accountId, now],
    );
    await touchOrder(tx, order, now);
  });
  return verificationResponse(deps, actor, orderId);
}
