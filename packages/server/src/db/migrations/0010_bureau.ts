/**
 * The simulated provincial bureaus (管局, 31 of them): the bureau's own records, apart from the platform's orders.
 * A filing received per order and submission round with its status; the 短信核验 codes it sent (digests only,
 * one per distinct phone) and the wrong entries; the decisions with their reasons; the ICP numbers it issued,
 * from sequences that only ever grow, so a number is never issued twice.
 */
export default /* sql */ `
-- A filing as a bureau received it (受理). status: sms_pending (waiting for 短信核验) → under_review → approved |
-- rejected; sms_pending → returned (the 48 hours lapsed or 5 wrong entries). One per order and round.
CREATE TABLE bureau_filings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE,
  order_id uuid NOT NULL REFERENCES orders (id),
  round integer NOT NULL,
  province text NOT NULL,
  filing_type text NOT NULL,
  status text NOT NULL CHECK (status IN ('sms_pending', 'under_review', 'approved', 'rejected', 'returned')),
  received_at timestamptz NOT NULL,
  review_started_at timestamptz,
  sms_wrong_entries integer NOT NULL DEFAULT 0 CHECK (sms_wrong_entries >= 0),
  sms_expires_at timestamptz,
  decided_at timestamptz,
  decided_by uuid REFERENCES accounts (id),
  -- the subject's 主体备案号 once approved (kept from the registry, or issued here)
  subject_icp_number text,
  UNIQUE (order_id, round),
  CHECK ((status IN ('approved', 'rejected', 'returned')) = (decided_at IS NOT NULL)),
  CHECK ((status = 'approved') = (subject_icp_number IS NOT NULL))
);
CREATE INDEX bureau_filings_status ON bureau_filings (status, province, received_at);
CREATE INDEX bureau_filings_order ON bureau_filings (order_id, round);

-- 短信核验: one code per distinct phone (联系方式1) of the people who must verify. mobile_index: a blind index of
-- the number; mobile: sealed; paths: the order fields the phone stands in; tail_digests: keyed digests of the
-- last 6 characters of each such person's certificate number; code_digest: a keyed digest of the 6-digit code.
CREATE TABLE bureau_sms_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  filing_id uuid NOT NULL REFERENCES bureau_filings (id),
  mobile_index text NOT NULL,
  mobile text NOT NULL,
  paths jsonb NOT NULL,
  tail_digests jsonb NOT NULL,
  code_digest text NOT NULL,
  sent_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  verified_at timestamptz,
  UNIQUE (filing_id, mobile_index)
);

-- What the bureau said when it rejected or returned a filing, per field (the platform copies them beside the fields).
CREATE TABLE bureau_reasons (
  id bigserial PRIMARY KEY,
  filing_id uuid NOT NULL REFERENCES bureau_filings (id),
  path text NOT NULL,
  message text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX bureau_reasons_filing ON bureau_reasons (filing_id, id);

-- 主体备案号 sequences, one per province and two-digit year of first approval: an atomic increment hands out
-- each value once.
CREATE TABLE bureau_icp_sequences (
  province text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 0 AND 99),
  last_value integer NOT NULL CHECK (last_value > 0),
  PRIMARY KEY (province, year)
);

-- 网站备案号 suffixes (-N) per subject number: continues after the subject's existing websites, never goes back.
CREATE TABLE bureau_website_sequences (
  subject_icp_number text PRIMARY KEY,
  last_value integer NOT NULL CHECK (last_value >= 0)
);

-- Every number a bureau issued: unique, never changed, never deleted.
CREATE TABLE bureau_icp_numbers (
  icp_number text PRIMARY KEY CHECK (icp_number ~ '^.ICP备[0-9]{6,10}号(-[0-9]+)?$'),
  filing_id uuid NOT NULL REFERENCES bureau_filings (id),
  kind text NOT NULL CHECK (kind IN ('subject', 'website')),
  website_index integer CHECK (website_index >= 0),
  domain text,
  issued_at timestamptz NOT NULL,
  CHECK ((kind = 'website') = (website_index IS NOT NULL AND domain IS NOT NULL))
);
CREATE INDEX bureau_icp_numbers_filing ON bureau_icp_numbers (filing_id);
CREATE FUNCTION bureau_icp_numbers_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'an issued ICP number is never changed or deleted' USING ERRCODE = 'check_violation';
END
$fn$;
CREATE TRIGGER bureau_icp_numbers_immutable BEFORE UPDATE OR DELETE ON bureau_icp_numbers
  FOR EACH ROW EXECUTE FUNCTION bureau_icp_numbers_immutable();
`;
