/**
 * GET /filings/record: the account's filed record for its owner — the subject and each live website filing with
 * its data as filed (personal numbers in clear: it is the owner's own), where it is accessed, and the
 * 公安联网备案 number or its due date. After-filing forms start from it.
 */
import { isProvinceCode, PROVINCES, subjectSchema, websiteSchema } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { loadFiledRecord, publicSecurityDueAt } from './filed-record.js';

export const filedRecordViewSchema = z.object({
  icpNumber: z.string(),
  province: z.string(),
  provinceZh: z.string(),
  subject: subjectSchema,
  approvedAt: z.string(),
  websites: z.array(
    z.object({
      icpNumber: z.string(),
      domain: z.string(),
      name: z.string(),
      accessedHere: z.boolean(),
      accessedElsewhere: z.boolean(),
      /** The website as filed here; null for a website filed through another provider. */
      website: websiteSchema.nullable(),
      approvedAt: z.string().nullable(),
      publicSecurityNumber: z.string().nullable(),
      /** 30 days after approval, while no 公安联网备案号 is recorded. */
      publicSecurityDueAt: z.string().nullable(),
    }),
  ),
});
export type FiledRecordView = z.infer<typeof filedRecordViewSchema>;

export async function filedRecordView(deps: Deps, actor: Actor): Promise<FiledRecordView | null> {
  if (actor.role !== 'applicant') throw new AppError('FORBIDDEN', '只有申请人可以查看自己的备案信息。');
  const loaded = await loadFiledRecord(deps.db, deps.sealer, actor.accountId);
  if (!loaded) return null;
  const { record, subjectRow, websiteRows } = loaded;
  return {
    icpNumber: record.icpNumber,
    province: subjectRow.province,
    provinceZh: isProvinceCode(subjectRow.province) ? PROVINCES[subjectRow.province].zh : subjectRow.province,
    subject: record.subject,
    approvedAt: new Date(subjectRow.approved_at).toISOString(),
    websites: record.websites.map((w) => {
      const row = websiteRows.get(w.icpNumber);
      const mine = row && !row.cancelled_at ? row : undefined;
      return {
        icpNumber: w.icpNumber,
        domain: w.website.domains[0] ?? '',
        name: w.website.name,
        accessedHere: w.accessedHere,
        accessedElsewhere: w.accessedElsewhere,
        website: mine ? w.website : null,
        approvedAt: mine ? new Date(mine.approved_at).toISOString() : null,
        publicSecurityNumber: mine?.public_security_number ?? null,
        publicSecurityDueAt:
          mine && !mine.public_security_number ? publicSecurityDueAt(mine.approved_at).toISOString() : null,
      };
    }),
  };
}
