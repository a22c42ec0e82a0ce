/**
 * 我的备案 (issue 4 item 5): the subject the applicant's approved orders filed, with its 主体备案号 and its live
 * website filings (网站备案号), as the national registry holds them — websites filed through another provider
 * included, marked as not accessed here.
 */
import { isProvinceCode, PROVINCES } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { latestSiteChecks, siteCheckViewSchema } from '../site-checks/site-check-view.js';

export const filingViewSchema = z.object({
  icpNumber: z.string(),
  name: z.string(),
  nature: z.string(),
  province: z.string(),
  provinceZh: z.string(),
  accessedHere: z.boolean(),
  firstApprovedAt: z.string(),
  websites: z.array(
    z.object({
      icpNumber: z.string(),
      name: z.string(),
      domain: z.string(),
      accessedHere: z.boolean(),
      /** The order of this account that filed it; null when it was filed elsewhere. */
      orderId: z.string().nullable(),
      /** The latest filed-site check (home page answers, number at the bottom); null before the first one. */
      siteCheck: siteCheckViewSchema.nullable(),
    }),
  ),
});
export type FilingView = z.infer<typeof filingViewSchema>;

export async function listFilings(deps: Deps, actor: Actor): Promise<FilingView[]> {
  const { rows: subjects } = await deps.db.query<{
    id: string;
    icp_number: string;
    name: string;
    nature: string;
    province: string;
    accessed_here: boolean;
    first_approved_at: Date;
  }>(
    `SELECT s.id, s.icp_number, s.name, s.nature, s.province, s.accessed_here, mine.first_approved_at
     FROM registry_subjects s
     JOIN (SELECT f.subject_icp_number, min(f.decided_at) AS first_approved_at
           FROM bureau_filings f JOIN orders o ON o.id = f.order_id
           WHERE o.account_id = $1 AND f.status = 'approved'
           GROUP BY f.subject_icp_number) mine ON mine.subject_icp_number = s.icp_number
     WHERE NOT s.cancelled
     ORDER BY mine.first_approved_at`,
    [actor.accountId],
  );
  const out: FilingView[] = [];
  for (const s of subjects) {
    const { rows: websites } = await deps.db.query<{
      icp_number: string;
      name: string;
      domain: string;
      accessed_here: boolean;
      order_id: string | null;
    }>(
      `SELECT w.icp_number, w.name, w.domain, w.accessed_here,
         (SELECT f.order_id FROM bureau_icp_numbers n JOIN bureau_filings f ON f.id = n.filing_id
            JOIN orders o ON o.id = f.order_id
          WHERE n.icp_number = w.icp_number AND o.account_id = $2) AS order_id
       FROM registry_websites w
       WHERE w.subject_id = $1 AND NOT w.cancelled
       ORDER BY split_part(w.icp_number, '-', 2)::int`,
      [s.id, actor.accountId],
    );
    const checks = await latestSiteChecks(
      deps.db,
      websites.map((w) => w.icp_number),
    );
    out.push({
      icpNumber: s.icp_number,
      name: s.name,
      nature: s.nature,
      province: s.province,
      provinceZh: isProvinceCode(s.province) ? PROVINCES[s.province].zh : s.province,
      accessedHere: s.accessed_here,
      firstApprovedAt: new Date(s.first_approved_at).toISOString(),
      websites: websites.map((w) => ({
        icpNumber: w.icp_number,
        name: w.name,
        domain: w.domain,
        accessedHere: w.accessed_here,
        orderId: w.order_id,
        siteCheck: checks.get(w.icp_number) ?? null,
      })),
    });
  }
  return out;
}
