/**
 * The embedded outbox (no SMTP server, the SMS simulator): my emails and SMS as they would have been sent, newest
 * first, so the web app can show them. Only channels whose adapter keeps messages in the outbox are listed
 * (emails not when SMTP_URL sends them for real). Admins see every account's, or one account's with
 * `accountId`. Mobile numbers are masked.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import {
  emailText,
  mailSenderOf,
  messageIdOf,
  smsGatewayOf,
  smsRecipient,
  type OutboxRow,
} from '../../notices/drain-outbox.js';
import { maskNumber } from '../orders/order-data.js';

export const listOutboxQuery = z.object({
  channel: z.enum(['email', 'sms'], { error: '渠道应为 email 或 sms' }).optional(),
  /** Admins only: one account's messages. */
  accountId: z.uuid('账号编号格式不正确').optional(),
  limit: z.coerce
    .number({ error: '每页条数应为数字' })
    .int('每页条数应为整数')
    .min(1, '每页至少1条')
    .max(200, '每页最多200条')
    .default(50),
  before: z.coerce
    .number({ error: '翻页参数应为数字' })
    .int('翻页参数应为整数')
    .positive('翻页参数应为正整数')
    .optional(),
});
export type ListOutboxQuery = z.infer<typeof listOutboxQuery>;

export const outboxViewSchema = z.object({
  id: z.number(),
  channel: z.enum(['email', 'sms']),
  /** The email address, or the mobile number masked. */
  to: z.string(),
  subject: z.string(),
  /** The text as sent (an email with its link and footer). */
  text: z.string(),
  /** pending / sending: not yet drained; outbox: delivered to the outbox; failed: gave up. */
  status: z.string(),
  kind: z.string(),
  orderId: z.string().nullable(),
  accountId: z.string().nullable(),
  messageId: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxView = z.infer<typeof outboxViewSchema>;

export const outboxListSchema = z.object({
  /** Where each channel goes in this deployment. */
  mode: z.object({ email: z.enum(['smtp', 'outbox']), sms: z.enum(['gateway', 'simulator']) }),
  messages: z.array(outboxViewSchema),
  nextBefore: z.number().nullable(),
});
export type OutboxList = z.infer<typeof outboxListSchema>;

export async function listOutbox(
  deps: Pick<Deps, 'db' | 'config' | 'sealer' | 'mail' | 'sms'>,
  actor: Actor,
  query: ListOutboxQuery,
): Promise<OutboxList> {
  if (query.accountId && actor.role !== 'admin' && query.accountId !== actor.accountId)
    throw new AppError('FORBIDDEN', '只有管理员可以查看其他账号的消息。', 'accountId');
  const mode = { email: mailSenderOf(deps).kind, sms: smsGatewayOf(deps).kind };
  const channels = [
    ...(mode.email === 'outbox' ? ['email'] : []),
    ...(mode.sms === 'simulator' ? ['sms'] : []),
  ].filter((c) => !query.channel || c === query.channel);
  const account = actor.role === 'admin' ? (query.accountId ?? null) : actor.accountId;
  const { rows } =
    channels.length === 0
      ? { rows: [] as OutboxRow[] }
      : await deps.db.query<OutboxRow>(
          `SELECT * FROM outbox_messages
           WHERE channel = ANY($1::text[]) AND ($2::uuid IS NULL OR account_id = $2)
             AND ($3::bigint IS NULL OR id < $3)
           ORDER BY id DESC LIMIT $4`,
          [channels, account, query.before ?? null, query.limit + 1],
        );
  const page = rows.slice(0, query.limit);
  return {
    mode,
    messages: page.map((r) => ({
      id: Number(r.id),
      channel: r.channel as 'email' | 'sms',
      to: r.channel === 'sms' ? maskedMobile(deps, r.recipient) : r.recipient,
      subject: r.subject,
      text: r.channel === 'email' ? emailText(deps.config, r) : r.body,
      status: r.status,
      kind: r.kind,
      orderId: r.order_id,
      accountId: r.account_id,
      messageId: r.channel === 'email' ? messageIdOf(deps.config, r.idempotency_key) : null,
      createdAt: new Date(r.created_at).toISOString(),
      sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
    })),
    nextBefore: rows.length > query.limit ? Number(page[page.length - 1]!.id) : null,
  };
}

function maskedMobile(deps: Pick<Deps, 'sealer'>, recipient: string): string {
  try {
    return maskNumber(smsRecipient(deps.sealer, recipient));
  } catch {
    return '***';
  }
}
