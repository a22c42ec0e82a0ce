/**
 * Filed-site checks (issue 4 item 9): a task fetches each live website accessed here and records whether its home
 * page answers and shows its ICP number at the bottom (seed 004: required in 上海, 广东, 河南, 西藏, and for 天津
 * individuals' access filings — the rule packs say which). One row per check; the latest one per website is what
 * the applicant sees, and a change from ok to a problem sends a notice.
 */
export default /* sql */ `
-- One check of one website. trigger: the daily sweep's task or the applicant's 立即检测. url: where the page came
-- from after redirects (or the last address tried). reachable: a page answered (2xx after redirects); http_status:
-- the last status received, NULL when nothing answered. footer_found: the website's (or the subject's) number at
-- the bottom of the page, NULL without a page. shown_number: the number the page shows, as found. rule_ids: the
-- province's rules that ask for the number (empty: none does). problem: what is wrong and what to do (zh-CN), NULL
-- when ok. notified: this check turned the website from ok to a problem and sent the notice.
CREATE TABLE site_checks (
  id bigserial PRIMARY KEY,
  website_icp_number text NOT NULL REFERENCES registry_websites (icp_number),
  domain text NOT NULL,
  checked_at timestamptz NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('sweep', 'applicant')),
  url text NOT NULL,
  reachable boolean NOT NULL,
  http_status integer CHECK (http_status BETWEEN 100 AND 999),
  footer_found boolean,
  shown_number text,
  required_by_province boolean NOT NULL,
  rule_ids text[] NOT NULL DEFAULT '{}',
  ok boolean NOT NULL,
  problem text,
  notified boolean NOT NULL DEFAULT false,
  CHECK (ok = (problem IS NULL)),
  CHECK (reachable OR footer_found IS NULL),
  CHECK (NOT (ok AND notified))
);
CREATE INDEX site_checks_website ON site_checks (website_icp_number, checked_at DESC, id DESC);
CREATE INDEX site_checks_checked_at ON site_checks (checked_at);

-- One pending sweep, and one pending fetch per website: a sweep that finds a fetch still waiting adds none.
CREATE UNIQUE INDEX scheduled_tasks_one_site_sweep ON scheduled_tasks (kind)
  WHERE kind = 'site_check.sweep' AND done_at IS NULL AND cancelled_at IS NULL;
CREATE UNIQUE INDEX scheduled_tasks_one_site_fetch ON scheduled_tasks ((payload ->> 'icpNumber'))
  WHERE kind = 'site_check.fetch' AND done_at IS NULL AND cancelled_at IS NULL;
`;
