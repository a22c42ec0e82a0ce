/**
 * 检查一个已备案网站 (issue 4 item 9): fetch its home page, judge it by the rules of its province (the core's
 * judgeSiteCheck), record the result — with no transaction open while the site answers (server README):
 *
 * 1. read the website (live, accessed here) from the registry;
 * 2. fetch through the site fetcher (http, then https; bounded time, size and redirects; private addresses refused);
 * 3. record in one short transaction: the website's registry row is locked (two checks of one website record one
 *    after the other), the check is inserted, and when it finds a problem where the latest check found none (or
 *    there was none) the accounts that see the filing get a notice, written into the outbox in the same transaction.
 *
 * A website cancelled or no longer accessed here by then records nothing.
 */
import { judgeSiteCheck } from '@beian/core';
import { siteFetcherOf } from '../../adapters/site-fetch/index.js';
import type { Deps } from '../../deps.js';
import { enqueueSiteCheckNotices } from '../../notices/site-check-notices.js';
import {
  accountsOfSubject,
  loadCheckedWebsite,
  siteCheckView,
  type CheckedWebsite,
  type SiteCheckRow,
  type SiteCheckTrigger,
  type SiteCheckView,
} from './site-check-view.js';

export type CheckResult = { check: SiteCheckView; notified: boolean };

/** Check one website; undefined when it is not a live website accessed here (nothing to check). */
export async function checkWebsite(
  deps: Deps,
  icpNumber: string,
  trigger: SiteCheckTrigger,
): Promise<CheckResult | undefined> {
  const website = await loadCheckedWebsite(deps.db, icpNumber);
  if (!website || website.cancelled || !website.accessedHere) return undefined;
  return checkLoadedWebsite(deps, website, trigger);
}

export async function checkLoadedWebsite(
  deps: Deps,
  website: CheckedWebsite,
  trigger: SiteCheckTrigger,
): Promise<CheckResult | undefined> {
  const fetched = await siteFetcherOf(deps).fetchHome(website.domain);
  const judgement = judgeSiteCheck({
    icpNumber: website.icpNumber,
    province: website.province,
    scope: website.scope,
    filingType: website.filingType,
    fetch: fetched,
  });
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const live = await tx.query(
      `SELECT 1 FROM registry_websites WHERE icp_number = $1 AND accessed_here AND NOT cancelled FOR UPDATE`,
      [website.icpNumber],
    );
    if (live.rowCount === 0) return undefined;
    const { rows: previous } = await tx.query<{ ok: boolean }>(
      `SELECT ok FROM site_checks WHERE website_icp_number = $1 ORDER BY checked_at DESC, id DESC LIMIT 1`,
      [website.icpNumber],
    );
    const notify = !judgement.ok && (previous[0]?.ok ?? true);
    const { rows } = await tx.query<SiteCheckRow>(
      `INSERT INTO site_checks (website_icp_number, domain, checked_at, trigger, url, reachable, http_status,
         footer_found, shown_number, required_by_province, rule_ids, ok, problem, notified)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING *`,
      [
        website.icpNumber,
        website.domain,
        now,
        trigger,
        fetched.url.slice(0, 2000),
        judgement.reachable,
        fetched.httpStatus,
        judgement.footerFound,
        judgement.shownText,
        judgement.requiredByProvince,
        judgement.rules.map((r) => r.ruleId),
        judgement.ok,
        judgement.problem,
        notify,
      ],
    );
    const row = rows[0]!;
    if (notify)
      for (const accountId of await accountsOfSubject(tx, website.subjectIcpNumber))
        await enqueueSiteCheckNotices(tx, {
          accountId,
          website,
          judgement,
          checkId: Number(row.id),
          at: now,
        });
    return { check: siteCheckView(row), notified: notify };
  });
}
