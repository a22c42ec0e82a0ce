/**
 * 邮寄资料 (seed 004 §7.8.4: 阿里云审核通过后“党政机关确认函”需要邮寄至管局): after verification the order waits
 * until the documents reach the bureau. The applicant enters the courier and tracking number (and may correct
 * them until they are received); a reviewer marks them received, and the order waits for its push to the bureau.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { applyTransition } from '../orders/apply-transition.js';
import { bureauPushDue, schedulePush } from './push-stage.js';
import { shipmentFields } from './ship-curtain.js';
import { assertVersion, lockOrderForStep, readVerification, touchOrder } from './verification-state.js';
import { verificationResponse, type VerificationResponse } from './verification-view.js';

export const sendDocumentsInput = z.object(shipmentFields);

export async function sendDocuments(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: z.infer<typeof sendDocumentsInput>,
): Promise<VerificationResponse> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const order = await lockOrderForStep(tx, actor, orderId, 'awaiting_documents', '登记邮寄资料');
    const v = await readVerification(tx, deps.sealer, order, now);
    if (v.mailed)
      await tx.query(
        `UPDATE mailed_documents SET carrier = $2, tracking_number = $3, updated_at = $4
         WHERE id = $1 AND received_at IS NULL`,
        [v.mailed.id, input.carrier, input.trackingNumber, now],
      );
    else
      await tx.query(
        `INSERT INTO mailed_documents (order_id, round, materials, carrier, tracking_number, sent_by, sent_at,
           updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [
          order.id,
          Number(order.round),
          JSON.stringify(v.mailedMaterials),
          input.carrier,
          input.trackingNumber,
          actor.accountId,
          now,
        ],
      );
    await touchOrder(tx, order, now);
  });
  return verificationResponse(deps, actor, orderId);
}

export const documentsReceivedInput = z
  .object({
    version: z
      .number({ error: '版本号须为数字' })
      .int('版本号须为整数')
      .positive('版本号须为正整数')
      .optional(),
  })
  .nullish();

export async function markDocumentsReceived(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: z.infer<typeof documentsReceivedInput>,
): Promise<VerificationResponse> {
  if (actor.role !== 'reviewer') throw new AppError('FORBIDDEN', '确认资料已收到需要初审员身份。');
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const order = await lockOrderForStep(tx, actor, orderId, 'awaiting_documents', '确认资料已收到');
    assertVersion(order, input?.version ?? undefined);
    const v = await readVerification(tx, deps.sealer, order, now);
    if (!v.mailed)
      throw new AppError(
        'INVALID_STATE',
        '申请人尚未登记邮寄资料的快递单号：登记后才能确认收到。',
        'orderId',
      );
    const dueAt = bureauPushDue(deps, now);
    await applyTransition(tx, order, 'documents_received', actor, now, {
      patch: { due_at: dueAt },
      detail: { trackingNumber: v.mailed.tracking_number },
    });
    await tx.query('UPDATE mailed_documents SET received_by = $2, received_at = $3 WHERE id = $1', [
      v.mailed.id,
      actor.accountId,
      now,
    ]);
    await schedulePush(tx, order.id, dueAt, now);
  });
  return verificationResponse(deps, actor, orderId);
}
