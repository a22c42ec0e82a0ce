/**
 * The bureau's 短信核验 message: written to the outbox (channel 'sms') in the transaction that records the code,
 * so it is sent once after commit by the outbox's drainer through the SMS adapter (in the embedded default it
 * lands in the outbox the web app shows). The idempotency key makes a repeated receipt one message.
 */
import type { Queryable } from '../../db/db.js';

export type SmsCodeMessage = {
  readonly accountId: string | null;
  readonly orderId: string;
  readonly mobile: string;
  readonly code: string;
  readonly reference: string;
  readonly expiresAt: Date;
  readonly idempotencyKey: string;
};

export const SMS_CODE_KIND = 'bureau.sms_code';

export function smsCodeBody(m: Pick<SmsCodeMessage, 'code' | 'reference'>): string {
  return (
    `【工信部ICP备案】您的短信核验码为${m.code}，48小时内有效。请登录备案平台，输入验证码、本手机号码及负责人` +
    `证件号码后6位完成核验（受理编号${m.reference}）。连续输错5次或逾期未核验，备案申请将被退回。`
  );
}

export async function sendSmsCode(tx: Queryable, m: SmsCodeMessage, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO outbox_messages (channel, recipient, subject, body, created_at, account_id, order_id, kind,
       next_attempt_at, idempotency_key)
     VALUES ('sms', $1, '', $2, $3, $4, $5, $6, $3, $7)
     ON CONFLICT (idempotency_key) DO NOTHING`,
    [m.mobile.trim(), smsCodeBody(m), at, m.accountId, m.orderId, SMS_CODE_KIND, m.idempotencyKey],
  );
}
