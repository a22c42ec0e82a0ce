/**
 * Verification (核验) and the push to the bureau (提交管局), seeds 000–002 steps 6–7 and decisions.md 17:
 * curtain (幕布) requests with the address they are mailed to and their shipment, the reviewers' decisions on
 * the curtain photos or on the Shanghai bureau app check, the documents mailed to the bureau (西藏 党政机关确认函),
 * and each attempt to push an order to its bureau with the reference the bureau gave.
 */
export default /* sql */ `
-- the bureau's reference for the order's latest accepted submission (its 受理编号), and when it was pushed
ALTER TABLE orders ADD COLUMN bureau_reference text;
ALTER TABLE orders ADD COLUMN pushed_at timestamptz;

-- 申请幕布: the applicant's mailing address (recipient, mobile and address text sealed: personal data) and the
-- shipment the provider sends (carrier, tracking number). At most one request waits for shipment per order.
CREATE TABLE curtain_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders (id),
  round integer NOT NULL,
  province text NOT NULL,
  address text NOT NULL,
  recipient text NOT NULL,
  mobile text NOT NULL,
  requested_by uuid NOT NULL REFERENCES accounts (id),
  requested_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  carrier text,
  tracking_number text,
  shipped_by uuid REFERENCES accounts (id),
  shipped_at timestamptz,
  CHECK ((shipped_at IS NULL) = (tracking_number IS NULL))
);
CREATE UNIQUE INDEX curtain_requests_unshipped ON curtain_requests (order_id) WHERE shipped_at IS NULL;
CREATE INDEX curtain_requests_order ON curtain_requests (order_id, requested_at);

-- 上海管局App核验: the applicant says the website leaders completed it (a reviewer then checks it).
CREATE TABLE shanghai_app_claims (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders (id),
  round integer NOT NULL,
  claimed_by uuid NOT NULL REFERENCES accounts (id),
  claimed_at timestamptz NOT NULL
);
CREATE INDEX shanghai_app_claims_order ON shanghai_app_claims (order_id, round, claimed_at);

-- A reviewer's decision on the verification of a round: the curtain photos it saw (material ids) or the
-- Shanghai app check; a rejection carries reasons per website ([{ path, message }]).
CREATE TABLE verification_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders (id),
  round integer NOT NULL,
  method text NOT NULL CHECK (method IN ('curtain_photo', 'shanghai_app')),
  decision text NOT NULL CHECK (decision IN ('approved', 'rejected')),
  reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  material_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  reviewer_id uuid NOT NULL REFERENCES accounts (id),
  reviewed_at timestamptz NOT NULL
);
CREATE INDEX verification_reviews_order ON verification_reviews (order_id, round, reviewed_at);

-- 邮寄资料: what the applicant mailed to the bureau (courier and tracking number, correctable until received)
-- and when a reviewer confirmed it arrived. One per order and round.
CREATE TABLE mailed_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders (id),
  round integer NOT NULL,
  materials jsonb NOT NULL,
  carrier text NOT NULL,
  tracking_number text NOT NULL,
  sent_by uuid NOT NULL REFERENCES accounts (id),
  sent_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  received_by uuid REFERENCES accounts (id),
  received_at timestamptz,
  UNIQUE (order_id, round)
);

-- 提交管局 attempts: taken (pending, with a lease) before the bureau is called, outside any transaction, then
-- recorded as accepted (with the bureau's reference) or failed; a pending attempt whose lease ran out (a crash
-- mid-call) expires and the push is retried with the same submission id. One pending attempt per order.
CREATE TABLE bureau_pushes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders (id),
  round integer NOT NULL,
  submission_id text NOT NULL,
  actor_role text NOT NULL,
  actor_account_id uuid REFERENCES accounts (id),
  started_at timestamptz NOT NULL,
  lease_until timestamptz NOT NULL,
  outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'accepted', 'failed', 'expired')),
  finished_at timestamptz,
  bureau_reference text,
  error text,
  CHECK ((outcome = 'accepted') = (bureau_reference IS NOT NULL))
);
CREATE UNIQUE INDEX bureau_pushes_pending ON bureau_pushes (order_id) WHERE outcome = 'pending';
CREATE INDEX bureau_pushes_order ON bureau_pushes (order_id, started_at);
`;
