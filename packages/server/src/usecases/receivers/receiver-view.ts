/**
 * 消息接收人 as the API shows them, and what every receiver action shares: the limit of 15 per account, the
 * confirmation token (the link carries it, the database its SHA-256) and the confirmation email.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Config } from '../../config.js';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import { enqueueMessage } from '../outbox/enqueue-message.js';

/** Seed 004 §3: 您最多可设置15个消息接收人. */
export const MAX_RECEIVERS = 15;
/** A confirmation link works once, for 24 hours. */
export const CONFIRM_TTL_MS = 24 * 3_600_000;

export const receiverIdParams = z.object({ receiverId: z.uuid('接收人编号格式不正确') });

export const receiverViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  position: z.string(),
  /** confirmed: receives notices; pending: the link was sent; expired: the link lapsed, send a new one. */
  status: z.enum(['confirmed', 'pending', 'expired']),
  confirmedAt: z.string().nullable(),
  /** When the pending link lapses. */
  confirmExpiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ReceiverView = z.infer<typeof receiverViewSchema>;

export type ReceiverRow = {
  id: string;
  account_id: string;
  name: string;
  email: string;
  position: string;
  confirm_expires_at: Date | null;
  confirmed_at: Date | null;
  created_at: Date;
};

export const RECEIVER_COLUMNS =
  'id, account_id, name, email, position, confirm_expires_at, confirmed_at, created_at';

export function receiverView(r: ReceiverRow, now: Date): ReceiverView {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    position: r.position,
    status: r.confirmed_at
      ? 'confirmed'
      : r.confirm_expires_at && r.confirm_expires_at > now
        ? 'pending'
        : 'expired',
    confirmedAt: r.confirmed_at?.toISOString() ?? null,
    confirmExpiresAt: r.confirmed_at ? null : (r.confirm_expires_at?.toISOString() ?? null),
    createdAt: r.created_at.toISOString(),
  };
}

export const tokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new confirmation token and the columns that hold it. */
export function newConfirmation(now: Date): { token: string; hash: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenDigest(token), expiresAt: new Date(now.getTime() + CONFIRM_TTL_MS) };
}

/** The link in the email, at the address people reach Beian at (PUBLIC_URL). */
export function confirmLink(config: Pick<Config, 'publicUrl'>, token: string): string {
  return `${config.publicUrl}/api/v1/receivers/confirm?token=${encodeURIComponent(token)}`;
}

/** The confirmation email, into the outbox in the caller's transaction. */
export async function sendConfirmation(
  tx: Queryable,
  config: Pick<Config, 'publicUrl'>,
  actor: Actor,
  receiver: { name: string; email: string },
  token: string,
  now: Date,
): Promise<void> {
  await enqueueMessage(
    tx,
    {
      channel: 'email',
      recipient: receiver.email,
      accountId: actor.accountId,
      kind: 'receiver.confirm',
      subject: '请验证您的备案消息接收人邮箱',
      body: [
        `${receiver.name}，您好：`,
        '',
        `${actor.displayName}将您设置为 ICP 备案消息接收人。验证后，您将通过邮件收到备案进度、审核结果和备案信息核查等通知。`,
        '',
        '请在24小时内打开以下链接完成验证（链接只能使用一次）：',
        confirmLink(config, token),
        '',
        '如果您不认识该账号，或不希望接收这些通知，请忽略本邮件。',
      ].join('\n'),
    },
    now,
  );
}

/** The actor's own receiver, locked for the rest of the transaction; another account's is NOT_FOUND. */
export async function loadOwnReceiver(tx: Queryable, actor: Actor, receiverId: string): Promise<ReceiverRow> {
  const { rows } = await tx.query<ReceiverRow>(
    `SELECT ${RECEIVER_COLUMNS} FROM notice_receivers WHERE id = $1 AND account_id = $2 FOR UPDATE`,
    [receiverId, actor.accountId],
  );
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', '找不到该消息接收人。', 'receiverId');
  return row;
}

export const duplicateEmail = () =>
  new AppError('ALREADY_EXISTS', '该邮箱已是您的消息接收人：请勿重复添加。', 'email');
