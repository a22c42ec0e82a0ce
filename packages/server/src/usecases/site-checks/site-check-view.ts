/**
 * 网站检查 (issue 4 item 9): a check as the applicant sees it, the website as the check sees it (its province,
 * scope and how it came to be accessed here decide which rules apply), and who is told about it.
 */
import { findRule, isProvinceCode, type FilingType, type ProvinceCode, type Scope } from '@beian/core';
import { z } from 'zod';
import type { Queryable } from '../../db/db.js';

export const SITE_CHECK_TRIGGERS = ['sweep', 'applicant'] as const;
export type SiteCheckTrigger = (typeof SITE_CHECK_TRIGGERS)[number];

/** 网站备案号 as a path parameter. */
export const websiteIcpNumberSchema = z
  .string()
  .regex(/^.ICP备[0-9]{6,10}号-[0-9]+$/, '应为网站备案号，如“京ICP备26000001号-1”');

export const siteCheckViewSchema = z.object({
  id: z.number(),
  checkedAt: z.string(),
  trigger: z.enum(SITE_CHECK_TRIGGERS),
  /** No problem: the page answered and, where the province asks for it, shows the number at the bottom. */
  ok: z.boolean(),
  /** The home page answered with a page (2xx, after redirects). */
  reachable: z.boolean(),
  /** The last HTTP status received; null when nothing answered. */
  httpStatus: z.number().nullable(),
  /** The website's (or its subject's) number at the bottom of the page; null without a page. */
  footerFound: z.boolean().nullable(),
  /** The ICP number the page shows, as found. */
  shownNumber: z.string().nullable(),
  /** A rule of the province asks for the number at the bottom (rules: which, with the seed citation). */
  requiredByProvince: z.boolean(),
  rules: z.array(z.object({ ruleId: z.string(), citation: z.string() })),
  /** What is wrong and what to do (zh-CN); null when ok. */
  problem: z.string().nullable(),
  /** Where the page came from (after redirects), or the last address tried. */
  url: z.string(),
});
export type SiteCheckView = z.infer<typeof siteCheckViewSchema>;

export type SiteCheckRow = {
  id: number;
  website_icp_number: string;
  domain: string;
  checked_at: Date;
  trigger: SiteCheckTrigger;
  url: string;
  reachable: boolean;
  http_status: number | null;
  footer_found: boolean | null;
  shown_number: string | null;
  required_by_province: boolean;
  rule_ids: string[];
  ok: boolean;
  problem: string | null;
  notified: boolean;
};

export function siteCheckView(r: SiteCheckRow): SiteCheckView {
  return {
    id: Number(r.id),
    checkedAt: new Date(r.checked_at).toISOString(),
    trigger: r.trigger,
    ok: r.ok,
    reachable: r.reachable,
    httpStatus: r.http_status === null ? null : Number(r.http_status),
    footerFound: r.footer_found,
    shownNumber: r.shown_number,
    requiredByProvince: r.required_by_province,
    rules: r.rule_ids.map((ruleId) => ({ ruleId, citation: findRule(ruleId)?.citation ?? '' })),
    problem: r.problem,
    url: r.url,
  };
}

/** The latest check of each of these websites. */
export async function latestSiteChecks(
  db: Queryable,
  icpNumbers: readonly string[],
): Promise<Map<string, SiteCheckView>> {
  if (icpNumbers.length === 0) return new Map();
  const { rows } = await db.query<SiteCheckRow>(
    `SELECT DISTINCT ON (website_icp_number) * FROM site_checks
     WHERE website_icp_number = ANY($1::text[])
     ORDER BY website_icp_number, checked_at DESC, id DESC`,
    [icpNumbers],
  );
  return new Map(rows.map((r) => [r.website_icp_number, siteCheckView(r)]));
}

export type CheckedWebsite = {
  icpNumber: string;
  subjectIcpNumber: string;
  domain: string;
  name: string;
  province: ProvinceCode;
  scope: Scope;
  /**
   * How it came to be accessed here: the type of the filing that issued its number here; a number issued
   * elsewhere and accessed here came by an access filing (接入备案).
   */
  filingType: FilingType;
  accessedHere: boolean;
  cancelled: boolean;
};

/** A website filing as the check needs it; undefined when the registry has no such number. */
export async function loadCheckedWebsite(
  db: Queryable,
  icpNumber: string,
): Promise<CheckedWebsite | undefined> {
  const { rows } = await db.query<{
    icp_number: string;
    subject_icp_number: string;
    domain: string;
    name: string;
    province: string;
    nature: string;
    accessed_here: boolean;
    cancelled: boolean;
    issued_by: string | null;
  }>(
    `SELECT w.icp_number, s.icp_number AS subject_icp_number, w.domain, w.name, s.province, s.nature,
       w.accessed_here, w.cancelled,
       (SELECT f.filing_type FROM bureau_icp_numbers n JOIN bureau_filings f ON f.id = n.filing_id
        WHERE n.icp_number = w.icp_number) AS issued_by
     FROM registry_websites w JOIN registry_subjects s ON s.id = w.subject_id
     WHERE w.icp_number = $1`,
    [icpNumber],
  );
  const r = rows[0];
  if (!r || !isProvinceCode(r.province)) return undefined;
  return {
    icpNumber: r.icp_number,
    subjectIcpNumber: r.subject_icp_number,
    domain: r.domain,
    name: r.name,
    province: r.province,
    scope: r.nature === 'individual' ? 'individual' : 'unit',
    filingType: (r.issued_by as FilingType | null) ?? 'access_filing',
    accessedHere: r.accessed_here,
    cancelled: r.cancelled,
  };
}

/** The accounts that see the subject's filing in 我的备案 (their approved orders filed it): told about its checks. */
export async function accountsOfSubject(db: Queryable, subjectIcpNumber: string): Promise<string[]> {
  const { rows } = await db.query<{ account_id: string }>(
    `SELECT DISTINCT o.account_id FROM bureau_filings f JOIN orders o ON o.id = f.order_id
     WHERE f.status = 'approved' AND f.subject_icp_number = $1 ORDER BY o.account_id`,
    [subjectIcpNumber],
  );
  return rows.map((r) => r.account_id);
}
