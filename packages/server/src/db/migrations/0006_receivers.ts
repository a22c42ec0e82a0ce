/**
 * 消息接收人 (seed 004 §3: at most 15 per account, each confirmed through an email link) and the outbox of the
 * embedded default: messages written in the same transaction as the change they announce, sent after commit by a
 * worker that drains the table (a later issue).
 */
export default /* sql */ `
-- confirm_token_hash: SHA-256 of the link's token while a confirmation is pending; cleared when used.
-- seq: the order they were added in (the list's order, also when added in the same instant).
CREATE TABLE notice_receivers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigserial NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text NOT NULL,
  position text NOT NULL DEFAULT '',
  confirm_token_hash text UNIQUE,
  confirm_expires_at timestamptz,
  confirmed_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (account_id, email)
);

CREATE TABLE outbox_messages (
  id bigserial PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'site')),
  recipient text NOT NULL,
  subject text NOT NULL DEFAULT '',
  body text NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0
);
CREATE INDEX outbox_messages_unsent ON outbox_messages (created_at) WHERE sent_at IS NULL;
`;
