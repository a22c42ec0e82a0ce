/**
 * Notices (issue 4 item 7) and the admin-edited working-day calendar (item 6).
 *
 * outbox_messages (0006) becomes a drained outbox: every row says whom it concerns (account, order), what it
 * announces (kind) and where it is in its delivery:
 *   pending   → written in the transaction of the change, waiting for the drainer (next_attempt_at)
 *   sending   → leased by a drainer until sending_until; a lease that lapses means the drainer died, and the
 *               row is taken again (with the same idempotency key, the SMTP Message-ID)
 *   sent      → accepted by the SMTP server or the SMS gateway (sent_at, provider_id)
 *   outbox    → delivered to the embedded outbox (no SMTP server or SMS gateway configured): the web app shows it
 *   delivered → an in-site message: delivered when its transaction commits
 *   failed    → gave up after the last retry (last_error says why)
 * idempotency_key is unique: a message is enqueued once per event and recipient, whatever retries the caller.
 *
 * holiday_calendar: the years an admin entered (a year the data package does not cover, or a correction of one
 * it does); the server's calendar is the package's table with these years merged over it.
 */
export default /* sql */ `
ALTER TABLE outbox_messages
  ADD COLUMN account_id uuid REFERENCES accounts (id),
  ADD COLUMN order_id uuid REFERENCES orders (id),
  ADD COLUMN kind text NOT NULL DEFAULT '',
  ADD COLUMN status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sending', 'sent', 'outbox', 'delivered', 'failed')),
  ADD COLUMN next_attempt_at timestamptz,
  ADD COLUMN sending_until timestamptz,
  ADD COLUMN last_error text,
  ADD COLUMN provider_id text,
  ADD COLUMN idempotency_key text,
  ADD COLUMN read_at timestamptz;

UPDATE outbox_messages SET
  idempotency_key = 'legacy-' || id,
  next_attempt_at = created_at,
  status = CASE WHEN channel = 'site' THEN 'delivered' WHEN sent_at IS NOT NULL THEN 'sent' ELSE 'pending' END;

ALTER TABLE outbox_messages
  ALTER COLUMN idempotency_key SET DEFAULT gen_random_uuid()::text,
  ALTER COLUMN idempotency_key SET NOT NULL,
  ADD CONSTRAINT outbox_messages_idempotency_key UNIQUE (idempotency_key);

DROP INDEX outbox_messages_unsent;
CREATE INDEX outbox_messages_due ON outbox_messages (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_messages_account ON outbox_messages (account_id, channel, id);
CREATE INDEX outbox_messages_order ON outbox_messages (order_id);

CREATE TABLE holiday_calendar (
  year integer PRIMARY KEY CHECK (year BETWEEN 1 AND 9999),
  holidays text[] NOT NULL DEFAULT '{}',
  workdays text[] NOT NULL DEFAULT '{}',
  updated_by uuid REFERENCES accounts (id),
  updated_at timestamptz NOT NULL
);
`;
