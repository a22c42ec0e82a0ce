/**
 * The simulated national registry (工信部备案系统): existing subject filings (主体备案号) and website filings
 * (网站备案号) with where they are accessed, and the captchas of 验证备案类型.
 */
export default /* sql */ `
-- A subject at the registry, identified by certificate type + number (not by name). icp_number is NULL while
-- the subject's first filing is still at a bureau (in_flight); in_flight: an order for the subject is in a
-- bureau's review at any provider (主办者冲突). accessed_here: a filing of the subject is accessed here.
CREATE TABLE registry_subjects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  icp_number text UNIQUE CHECK (icp_number ~ '^.ICP备[0-9]{6,10}号$'),
  certificate_type text NOT NULL,
  certificate_number text NOT NULL,
  name text NOT NULL,
  nature text NOT NULL,
  province text NOT NULL,
  leader_name text NOT NULL,
  accessed_here boolean NOT NULL DEFAULT false,
  in_flight boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (icp_number IS NOT NULL OR in_flight),
  UNIQUE (certificate_type, certificate_number)
);
CREATE INDEX registry_subjects_number ON registry_subjects (certificate_number);

-- A website filing: one domain (its ASCII form, punycode for IDN), one 网站备案号 (<subject number>-N). A
-- cancelled filing (注销) frees its domain.
CREATE TABLE registry_websites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  icp_number text NOT NULL UNIQUE CHECK (icp_number ~ '^.ICP备[0-9]{6,10}号-[0-9]+$'),
  subject_id uuid NOT NULL REFERENCES registry_subjects (id),
  domain text NOT NULL,
  name text NOT NULL,
  accessed_here boolean NOT NULL DEFAULT false,
  cancelled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX registry_websites_live_domain ON registry_websites (domain) WHERE NOT cancelled;
CREATE INDEX registry_websites_subject ON registry_websites (subject_id);

-- 验证码: the answer is stored as a digest; single use (used_at), valid until expires_at.
CREATE TABLE captchas (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  answer_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX captchas_expires ON captchas (expires_at);
`;
