/**
 * The outbox (mail, SMS and in-site messages): a message is a row written in the same transaction as the change
 * it announces, so it is never lost and never sent for a change that rolled back. The drainer
 * (notices/drain-outbox.ts) sends email and SMS after commit; an in-site message is delivered when its
 * transaction commits. Nothing here sends.
 */
import type { Queryable } from '../../db/db.js';

export type OutboxChannel = 'email' | 'sms' | 'site';

export type OutboxMessage = {
  readonly channel: OutboxChannel;
  /**
   * An email address; a mobile number, preferably sealed as it is stored in the order ('v1:…', opened with
   * deps.sealer when sent); or an account id for in-site messages.
   */
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  /** The account the message concerns: its owner sees it (GET /api/v1/outbox, /notices). */
  readonly accountId?: string | null;
  readonly orderId?: string | null;
  /** What it announces: 'order.submit', 'receiver.confirm', … */
  readonly kind?: string;
  /**
   * Unique: enqueueing the same key again does nothing, so a message is enqueued once per event and recipient.
   * Also the SMTP Message-ID. Absent = a fresh random key.
   */
  readonly key?: string;
};

/** Enqueue in the caller's transaction; false when a message with this key was already enqueued. */
export async function enqueueMessage(tx: Queryable, message: OutboxMessage, at: Date): Promise<boolean> {
  const site = message.channel === 'site';
  const { rowCount } = await tx.query(
    `INSERT INTO outbox_messages (channel, recipient, subject, body, created_at, account_id, order_id, kind,
       idempotency_key, status, next_attempt_at, sent_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, gen_random_uuid()::text), $10, $5, $11)
     ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      message.channel,
      message.recipient,
      message.subject,
      message.body,
      at,
      message.accountId ?? null,
      message.orderId ?? null,
      message.kind ?? '',
      message.key ?? null,
      site ? 'delivered' : 'pending',
      site ? at : null,
    ],
  );
  return rowCount > 0;
}
