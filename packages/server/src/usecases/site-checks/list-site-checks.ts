/** 网站检查记录: one website of mine, what the check asks of it (its province's rules) and its latest checks. */
import { footerNumberRules } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { siteCheckView, siteCheckViewSchema, type SiteCheckRow } from './site-check-view.js';
import { websiteOfActor } from './website-access.js';

/** How many checks the list shows, newest first. */
export const SITE_CHECK_HISTORY = 30;

export const siteCheckListSchema = z.object({
  website: z.object({
    icpNumber: z.string(),
    domain: z.string(),
    name: z.string(),
    /** Only websites accessed here are checked. */
    accessedHere: z.boolean(),
    /** A rule of the province asks for the number at the bottom of the home page. */
    requiredByProvince: z.boolean(),
    rules: z.array(z.object({ ruleId: z.string(), citation: z.string(), quote: z.string() })),
  }),
  checks: z.array(siteCheckViewSchema),
});
export type SiteCheckList = z.infer<typeof siteCheckListSchema>;

export async function listSiteChecks(deps: Deps, actor: Actor, icpNumber: string): Promise<SiteCheckList> {
  const website = await websiteOfActor(deps.db, actor, icpNumber);
  const rules = footerNumberRules(website.province, website.scope, website.filingType);
  const { rows } = await deps.db.query<SiteCheckRow>(
    `SELECT * FROM site_checks WHERE website_icp_number = $1 ORDER BY checked_at DESC, id DESC LIMIT $2`,
    [website.icpNumber, SITE_CHECK_HISTORY],
  );
  return {
    website: {
      icpNumber: website.icpNumber,
      domain: website.domain,
      name: website.name,
      accessedHere: website.accessedHere,
      requiredByProvince: rules.length > 0,
      rules: rules.map((r) => ({ ruleId: r.ruleId, citation: r.citation, quote: r.quote })),
    },
    checks: rows.map(siteCheckView),
  };
}
