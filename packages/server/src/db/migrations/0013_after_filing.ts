/**
 * 备案后的业务 (issue 4 item 8): the filed record as this platform holds it, for changes (变更), cancellations
 * (注销) and cancelled access (取消接入); and the registry simulator's cancelled subjects and websites accessed
 * by other providers.
 */
export default /* sql */ `
-- The subject filing of an account as approved (主体备案号), its data sealed as in orders.data.subject. Written by
-- the bureau's approval of a filing, rewritten by an approved change; order_id: the order that last wrote it.
CREATE TABLE filed_subjects (
  icp_number text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  province text NOT NULL,
  subject jsonb NOT NULL,
  order_id uuid NOT NULL REFERENCES orders (id),
  approved_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  cancelled_at timestamptz
);
CREATE INDEX filed_subjects_account ON filed_subjects (account_id);

-- Each website filing (网站备案号, one domain) approved here, its data sealed as one of orders.data.websites with
-- that one domain. cancelled_at: 注销; access_cancelled_at: 取消接入 (no longer accessed here). public_security_*:
-- the 公安联网备案 number the applicant recorded (the 30-day reminder stops then).
CREATE TABLE filed_websites (
  icp_number text PRIMARY KEY,
  subject_icp_number text NOT NULL REFERENCES filed_subjects (icp_number),
  domain text NOT NULL,
  website jsonb NOT NULL,
  order_id uuid NOT NULL REFERENCES orders (id),
  approved_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  cancelled_at timestamptz,
  access_cancelled_at timestamptz,
  public_security_number text,
  public_security_recorded_at timestamptz,
  CHECK ((public_security_number IS NULL) = (public_security_recorded_at IS NULL))
);
CREATE INDEX filed_websites_subject ON filed_websites (subject_icp_number);

-- An after-filing order's target: the record's numbers, the websites concerned, the applicant's declarations and
-- the concerned parts as filed before (sealed). NULL for filing orders.
ALTER TABLE orders ADD COLUMN target jsonb;

-- The registry simulator: a cancelled subject (注销主体) keeps its row and number for history; a website filing
-- can be accessed by other providers besides (or instead of) this one.
ALTER TABLE registry_subjects ADD COLUMN cancelled boolean NOT NULL DEFAULT false;
ALTER TABLE registry_websites ADD COLUMN accessed_elsewhere boolean NOT NULL DEFAULT false;
UPDATE registry_websites SET accessed_elsewhere = NOT accessed_here;

-- What earlier approvals filed (numbers this platform issued), so existing records can be changed.
INSERT INTO filed_subjects (icp_number, account_id, province, subject, order_id, approved_at, updated_at)
SELECT DISTINCT ON (f.subject_icp_number) f.subject_icp_number, o.account_id, o.province, o.data -> 'subject',
       o.id, f.decided_at, f.decided_at
FROM bureau_filings f JOIN orders o ON o.id = f.order_id
WHERE f.status = 'approved'
ORDER BY f.subject_icp_number, f.decided_at DESC;
INSERT INTO filed_websites (icp_number, subject_icp_number, domain, website, order_id, approved_at, updated_at)
SELECT n.icp_number, f.subject_icp_number, n.domain,
       jsonb_set(o.data -> 'websites' -> n.website_index, '{domains}', jsonb_build_array(n.domain)),
       o.id, f.decided_at, f.decided_at
FROM bureau_icp_numbers n JOIN bureau_filings f ON f.id = n.filing_id JOIN orders o ON o.id = f.order_id
WHERE n.kind = 'website' AND f.status = 'approved';
`;
