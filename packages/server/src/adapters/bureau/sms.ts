/**
 * The bureau's 短信核验 message: written to the outbox (channel 'sms', the number sealed) in the transaction that
 * records the code, so it is sent once after commit by the outbox's drainer through the SMS gateway (in the embedded default it
 * lands in the outbox the web app shows). The idempotency key makes a repeated receipt one message.
 */
import type { Queryable } from '../../db/db.js';
import { enqueueMessage } from '../../usecases/outbox/enqueue-message.js';

export type SmsCodeMessage = {
  readonly accountId: string | null;
  readonly orderId: string;
  /** The mobile number, sealed (the outbox keeps it sealed; the drainer opens it to send). */
  readonly sealedMobile: string;
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
  await enqueueMessage(
    tx,
    {
      channel: 'sms',
      recipient: m.sealedMobile,
      subject: '工信部ICP备案短信核验',
      body: smsCodeBody(m),
      accountId: m.accountId,
      orderId: m.orderId,
      kind: SMS_CODE_KIND,
      key: m.idempotencyKey,
    },
    at,
  );
}
