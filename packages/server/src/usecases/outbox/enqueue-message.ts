/**
 * The outbox (embedded default for mail, SMS and in-site messages): a message is a row written in the same
 * transaction as the change it announces, so it is never lost and never sent for a change that rolled back.
 * A worker drains unsent rows after commit and retries (a later issue); nothing here sends.
 */
import type { Queryable } from '../../db/db.js';

export type OutboxChannel = 'email' | 'sms' | 'site';

export type OutboxMessage = {
  readonly channel: OutboxChannel;
  /** An email address, a mobile number, or an account id for in-site messages. */
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
};

export async function enqueueMessage(tx: Queryable, message: OutboxMessage, at: Date): Promise<void> {
  await tx.query(
    'INSERT INTO outbox_messages (channel, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5)',
    [message.channel, message.recipient, message.subject, message.body, at],
  );
}
