/**
 * 申请幕布 (seeds 000/002 step 6: 单击“填写邮寄地址”申请幕布): outside Shanghai, the applicant gives the address
 * the provider mails the curtain to — province, address, recipient, mobile. The address is personal data: sealed
 * at rest. Until the curtain is shipped the applicant may correct it (the same request is updated).
 */
import { isMainlandMobile, isProvinceCode, PROVINCE_CODES, PROVINCES, type ProvinceCode } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { assertMethod, lockOrderForStep, readVerification, touchOrder } from './verification-state.js';
import { verificationResponse, type VerificationResponse } from './verification-view.js';

export const requestCurtainInput = z.object({
  province: z
    .string({ error: '请选择收件地址所在省份' })
    .refine((p) => isProvinceCode(p), { message: `省份须为 ${PROVINCE_CODES.join('、')} 之一` }),
  address: z
    .string({ error: '请填写详细收件地址' })
    .trim()
    .min(8, '收件地址须具体到街道和门牌号（至少8个字）')
    .max(200, '收件地址最多200字'),
  recipient: z
    .string({ error: '请填写收件人姓名' })
    .trim()
    .min(2, '请填写收件人姓名（至少2个字）')
    .max(30, '收件人姓名最多30字'),
  mobile: z
    .string({ error: '请填写收件人手机号码' })
    .trim()
    .refine((m) => isMainlandMobile(m), { message: '收件人手机号码须为11位中国内地手机号码' }),
});
export type RequestCurtainInput = z.infer<typeof requestCurtainInput>;

export async function requestCurtain(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: RequestCurtainInput,
): Promise<VerificationResponse> {
  const province = input.province as ProvinceCode;
  const sealed = {
    address: deps.sealer.seal(input.address),
    recipient: deps.sealer.seal(input.recipient),
    mobile: deps.sealer.seal(input.mobile),
  };
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const order = await lockOrderForStep(tx, actor, orderId, 'verifying', '申请幕布');
    const v = await readVerification(tx, deps.sealer, order, now);
    assertMethod(v, 'curtain_photo');
    if (v.curtain && !v.curtain.shipped_at)
      await tx.query(
        `UPDATE curtain_requests SET province = $2, address = $3, recipient = $4, mobile = $5, updated_at = $6
         WHERE id = $1 AND shipped_at IS NULL`,
        [v.curtain.id, province, sealed.address, sealed.recipient, sealed.mobile, now],
      );
    else if (v.curtain)
      throw new AppError(
        'INVALID_STATE',
        `幕布已寄往${PROVINCES[v.curtain.province as ProvinceCode]?.zh ?? v.curtain.province}（${v.curtain.carrier ?? '快递'}，运单号 ${v.curtain.tracking_number}）：收到后请拍照上传；如未收到，请联系客服。`,
        'orderId',
      );
    else
      await tx.query(
        `INSERT INTO curtain_requests (order_id, round, province, address, recipient, mobile, requested_by,
           requested_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
        [
          order.id,
          Number(order.round),
          province,
          sealed.address,
          sealed.recipient,
          sealed.mobile,
          actor.accountId,
          now,
        ],
      );
    await touchOrder(tx, order, now);
  });
  return verificationResponse(deps, actor, orderId);
}
