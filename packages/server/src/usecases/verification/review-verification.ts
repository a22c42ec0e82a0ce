/**
 * 核验审核 by a reviewer: the curtain photos (one per website leader) approved, or rejected with a reason per
 * photo — the order stays 核验中 and the applicant uploads again; for Shanghai the 上海管局App check the applicant
 * says they completed is confirmed (a simulated check), or rejected so they complete it and confirm again.
 * Approval moves the order on: to 待邮寄资料 when documents go by post (西藏 党政机关确认函, seed 004 §7.8.4), else
 * to 待提交管局 with the push due 1 working day later.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { applyTransition } from '../orders/apply-transition.js';
import {
  assertMethod,
  assertVersion,
  lockOrderForStep,
  readVerification,
  slotOfPath,
  type VerificationMethod,
  type VerificationState,
} from './verification-state.js';
import { verificationResponse, type VerificationResponse } from './verification-view.js';
import { bureauPushDue, schedulePush } from './push-stage.js';

const version = z
  .number({ error: '版本号须为数字' })
  .int('版本号须为整数')
  .positive('版本号须为正整数')
  .optional();

export const approveVerificationInput = z.object({ version }).nullish();

export const rejectVerificationInput = z.object({
  reasons: z
    .array(
      z.object({
        path: z
          .string({ error: '照片归属须为文本' })
          .trim()
          .regex(/^websites\[\d{1,2}\]$/, '照片归属须为 websites[序号]')
          .optional(),
        message: z
          .string({ error: '请写明不通过的原因' })
          .trim()
          .min(4, '请写明不通过的原因和重拍要求（至少4个字）')
          .max(500, '原因最多500字'),
      }),
      { error: '请填写不通过的原因' },
    )
    .min(1, '核验不通过须至少填写一条原因')
    .max(20, '原因最多20条'),
  version,
});

function assertReviewer(actor: Actor): void {
  if (actor.role !== 'reviewer') throw new AppError('FORBIDDEN', '核验审核需要初审员身份。');
}

/** What must be there before a reviewer decides: every photo (again, after a rejection), or the app claim. */
function assertReviewable(v: VerificationState): void {
  if (v.method === 'curtain_photo' && v.photosMissing.length)
    throw new AppError(
      'INVALID_STATE',
      `申请人尚未上传${v.review?.decision === 'rejected' ? '重新拍摄的' : ''}幕布照片（${v.photosMissing.join('、')}）：上传后才能审核。`,
      'orderId',
    );
  if (v.method === 'shanghai_app' && !v.shanghaiClaimAt)
    throw new AppError('INVALID_STATE', '申请人尚未确认完成上海管局App核验：确认后才能审核。', 'orderId');
}

export async function approveVerification(
  deps: Deps,
  actor: Actor,
  orderId: string,
  method: VerificationMethod,
  input: z.infer<typeof approveVerificationInput>,
): Promise<VerificationResponse> {
  assertReviewer(actor);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const order = await lockOrderForStep(tx, actor, orderId, 'verifying', '审核核验');
    assertVersion(order, input?.version ?? undefined);
    const v = await readVerification(tx, deps.sealer, order, now);
    assertMethod(v, method);
    assertReviewable(v);
    const mailDocuments = v.steps.includes('mail_documents');
    const dueAt = mailDocuments ? null : bureauPushDue(deps, now);
    const materialIds = v.photos.map((p) => p.id);
    const updated = await applyTransition(tx, order, 'approve_verification', actor, now, {
      facts: { mailDocuments },
      patch: { due_at: dueAt },
      detail: { method, photos: materialIds.length },
    });
    await tx.query(
      `INSERT INTO verification_reviews (order_id, round, method, decision, material_ids, reviewer_id, reviewed_at)
       VALUES ($1, $2, $3, 'approved', $4, $5, $6)`,
      [order.id, Number(order.round), method, JSON.stringify(materialIds), actor.accountId, now],
    );
    if (updated.state === 'pending_bureau_push') await schedulePush(tx, order.id, dueAt!, now);
  });
  return verificationResponse(deps, actor, orderId);
}

export async function rejectVerification(
  deps: Deps,
  actor: Actor,
  orderId: string,
  method: VerificationMethod,
  input: z.infer<typeof rejectVerificationInput>,
): Promise<VerificationResponse> {
  assertReviewer(actor);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const order = await lockOrderForStep(tx, actor, orderId, 'verifying', '审核核验');
    assertVersion(order, input.version);
    const v = await readVerification(tx, deps.sealer, order, now);
    assertMethod(v, method);
    assertReviewable(v);
    const reasons = input.reasons.map((r, i) => {
      if (method === 'shanghai_app' || !r.path) return { path: null, message: r.message };
      const slot = slotOfPath(v.slots, r.path);
      if (!slot)
        throw new AppError(
          'INVALID_INPUT',
          `照片归属“${r.path}”不是本订单的幕布照片：请填写 ${v.slots.map((s) => s.path).join('、')} 之一，或不填（全部重拍）。`,
          `reasons[${i}].path`,
        );
      return { path: slot.path, message: r.message };
    });
    await applyTransition(tx, order, 'reject_verification', actor, now, {
      detail: { method, reasons: reasons.length },
    });
    await tx.query(
      `INSERT INTO verification_reviews (order_id, round, method, decision, reasons, material_ids, reviewer_id,
         reviewed_at)
       VALUES ($1, $2, $3, 'rejected', $4, $5, $6, $7)`,
      [
        order.id,
        Number(order.round),
        method,
        JSON.stringify(reasons),
        JSON.stringify(v.photos.map((p) => p.id)),
        actor.accountId,
        now,
      ],
    );
  });
  return verificationResponse(deps, actor, orderId);
}
