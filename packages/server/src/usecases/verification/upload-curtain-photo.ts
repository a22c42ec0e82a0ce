/**
 * 上传幕布照片 (seeds 000/002 step 6: 收到幕布后，自行拍照并上传照片进行审核): the photo of each website leader in
 * front of the curtain, one per leader (verification-state.ts `photoSlots`), stored through the materials
 * pipeline (decoded, sealed, audited reads) as the server-side material `curtain_photo`. A new photo replaces
 * the slot's previous one; after a rejection the rejected slots need a new photo before the next review, and a
 * new submission round needs new photos (never an earlier round's image again).
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { materialView, type MaterialView } from '../materials/material-view.js';
import { storeMaterialImage } from '../materials/upload-material.js';
import { loadOrderForActor } from '../orders/access.js';
import { openOrderData, type OrderData } from '../orders/order-data.js';
import {
  assertMethod,
  assertStep,
  CURTAIN_PHOTO,
  earlierRoundPhotoIds,
  lockOrderForStep,
  methodOf,
  photoSlots,
  slotOfPath,
  touchOrder,
} from './verification-state.js';
import { verificationResponse, type VerificationResponse } from './verification-view.js';

const WHAT = '上传幕布照片';

export const curtainPhotoFields = z.object({
  path: z
    .string({ error: '照片归属须为文本' })
    .trim()
    .regex(/^websites\[\d{1,2}\]$/, '照片归属须为 websites[序号]（该网站负责人的照片）')
    .optional(),
});

/** Who may upload, checked before the body is read: another applicant's order is NOT_FOUND, not a bad file. */
export async function assertCurtainPhotoUpload(
  deps: Pick<Deps, 'db'>,
  actor: Actor,
  orderId: string,
): Promise<void> {
  if (actor.role !== 'applicant') throw new AppError('FORBIDDEN', '只有申请人可以上传幕布照片。');
  const order = await loadOrderForActor(deps.db, actor, orderId);
  assertStep(order, actor, 'verifying', WHAT);
  assertMethod({ method: methodOf(order) }, 'curtain_photo');
}

export async function uploadCurtainPhoto(
  deps: Deps,
  actor: Actor,
  orderId: string,
  fields: Record<string, string | undefined>,
  file: Buffer | undefined,
): Promise<VerificationResponse & { material: MaterialView }> {
  await assertCurtainPhotoUpload(deps, actor, orderId);
  const parsed = curtainPhotoFields.safeParse({ path: fields.path });
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', `path：${parsed.error.issues[0]!.message}`, 'path');
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const slots = photoSlots(openOrderData(order.data as OrderData, deps.sealer));
  let path: string;
  if (parsed.data.path) {
    const slot = slotOfPath(slots, parsed.data.path);
    if (!slot)
      throw new AppError(
        'INVALID_INPUT',
        `path：订单中没有${parsed.data.path}：请填写 ${slots.map((s) => s.path).join('、')} 之一。`,
        'path',
      );
    path = slot.path;
  } else if (slots.length === 1) path = slots[0]!.path;
  else
    throw new AppError(
      'INVALID_INPUT',
      `path：本订单有${slots.length}位网站负责人，每人一张照片：请用 path 指明是谁的照片（${slots
        .map((s) => `${s.path} ${s.leaderName}`)
        .join('、')}）。`,
      'path',
    );
  const { row } = await storeMaterialImage(
    deps,
    actor,
    order.id,
    { code: CURTAIN_PHOTO, path, side: null },
    file,
    {
      lock: async (tx) => {
        const locked = await lockOrderForStep(tx, actor, orderId, 'verifying', WHAT);
        assertMethod({ method: methodOf(locked) }, 'curtain_photo');
        return locked;
      },
      // a new round takes its photos anew (verification-state.ts, earlierRoundPhotoIds: seeds 000/002 step 6)
      check: async (tx, img, locked) => {
        const earlier = await earlierRoundPhotoIds(tx, locked);
        if (earlier.size === 0) return;
        const { rows } = await tx.query<{ id: string }>(
          'SELECT id FROM materials WHERE order_id = $1 AND code = $2 AND sha256 = $3',
          [locked.id, CURTAIN_PHOTO, img.sha256],
        );
        if (rows.some((r) => earlier.has(r.id)))
          throw new AppError(
            'INVALID_INPUT',
            '这张幕布照片已在之前的核验中使用过：重新提交的订单须重新拍摄网站负责人的幕布照片后上传。',
            'file',
          );
      },
      within: (tx, _row, _replaced, locked) => touchOrder(tx, locked, deps.clock.now()),
    },
  );
  return { ...(await verificationResponse(deps, actor, orderId)), material: materialView(row) };
}
