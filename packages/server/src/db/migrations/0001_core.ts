/** Accounts, sessions, orders with their audit trail, and the audit of personal-data reads. */
export default /* sql */ `
CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('applicant', 'reviewer', 'admin', 'bureau_operator')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- One filing order (备案订单). data: the order as the applicant wrote it (precheck input shape), with
-- personal data sealed (encrypted) field by field; precheck: the last precheck result.
CREATE TABLE orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id),
  kind text NOT NULL DEFAULT 'filing',
  state text NOT NULL,
  province text NOT NULL,
  filing_type text,
  data jsonb NOT NULL,
  precheck jsonb,
  version integer NOT NULL DEFAULT 1,
  submitted_at timestamptz,
  due_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_account ON orders (account_id);
CREATE INDEX orders_state_due ON orders (state, due_at);

-- Every state change, with who did it: written in the same transaction as the change.
CREATE TABLE order_events (
  id bigserial PRIMARY KEY,
  order_id uuid NOT NULL REFERENCES orders (id),
  at timestamptz NOT NULL DEFAULT now(),
  actor_account_id uuid REFERENCES accounts (id),
  actor_role text NOT NULL,
  event text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX order_events_order ON order_events (order_id, id);

-- Every read of personal data (certificate images, unmasked numbers) by whom, of what.
CREATE TABLE audit_reads (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  account_id uuid NOT NULL REFERENCES accounts (id),
  object_type text NOT NULL,
  object_id text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
`;
