/**
 * The filed record of an account (我的备案 as filed): its live subject filing with the data it was approved with
 * (or last changed to), and every live website filing of the subject — those approved here with their data, those
 * filed through other providers as the registry knows them. After-filing orders start from it; approvals write it.
 */
import { chinaDateOf, type FiledRecord, type FiledWebsite, type Subject, type Website } from '@beian/core';
import { subjectWebsites } from '../../adapters/registry/filings.js';
import type { Sealer } from '../../crypto/sealer.js';
import type { Queryable } from '../../db/db.js';
import { scheduleTask } from '../../jobs/tasks.js';
import type { OrderRow } from '../orders/access.js';
import { openOrderData, type OrderData } from '../orders/order-data.js';

export type FiledSubjectRow = {
  icp_number: string;
  account_id: string;
  province: string;
  subject: Subject;
  order_id: string;
  approved_at: Date;
  updated_at: Date;
  cancelled_at: Date | null;
};

export type FiledWebsiteRow = {
  icp_number: string;
  subject_icp_number: string;
  domain: string;
  website: Website;
  order_id: string;
  approved_at: Date;
  updated_at: Date;
  cancelled_at: Date | null;
  access_cancelled_at: Date | null;
  public_security_number: string | null;
  public_security_recorded_at: Date | null;
};

export type LoadedRecord = {
  subjectRow: FiledSubjectRow;
  /** Opened (personal numbers in clear): for the owner and the checks only. */
  record: FiledRecord;
  /** The rows of the websites approved here, by number. */
  websiteRows: Map<string, FiledWebsiteRow>;
};

/** The 30-day 公安联网备案 reminder (research/domain-notes.md §6): sent 25 days after a website's approval. */
export const TASK_PUBLIC_SECURITY_REMINDER = 'filing.public_security_reminder';
export const PUBLIC_SECURITY_DAYS = 30;
export const PUBLIC_SECURITY_REMINDER_DAYS = 25;
const DAY_MS = 86_400_000;

const openSubject = (subject: Subject, sealer: Sealer): Subject =>
  openOrderData({ subject, websites: [] } as OrderData, sealer).subject;
const openWebsite = (subject: Subject, website: Website, sealer: Sealer): Website =>
  openOrderData({ subject, websites: [website] } as OrderData, sealer).websites[0]!;

/** The account's live filed subject, or undefined when it has none. */
export async function loadFiledRecord(
  db: Queryable,
  sealer: Sealer,
  accountId: string,
): Promise<LoadedRecord | undefined> {
  const { rows } = await db.query<FiledSubjectRow>(
    `SELECT * FROM filed_subjects WHERE account_id = $1 AND cancelled_at IS NULL ORDER BY approved_at DESC LIMIT 1`,
    [accountId],
  );
  const subjectRow = rows[0];
  if (!subjectRow) return undefined;
  const [live, filed] = await Promise.all([
    subjectWebsites(db, subjectRow.icp_number),
    db.query<FiledWebsiteRow>('SELECT * FROM filed_websites WHERE subject_icp_number = $1', [
      subjectRow.icp_number,
    ]),
  ]);
  const websiteRows = new Map(filed.rows.map((w) => [w.icp_number, w]));
  const websites: FiledWebsite[] = live.map((w) => {
    const row = websiteRows.get(w.icpNumber);
    const website: Website = row
      ? openWebsite(subjectRow.subject, row.website, sealer)
      : { name: w.name, domains: [w.domain], serviceContent: '', leader: 'subject_leader' };
    return {
      icpNumber: w.icpNumber,
      website,
      accessedHere: w.accessedHere,
      accessedElsewhere: w.accessedElsewhere,
    };
  });
  return {
    subjectRow,
    record: { icpNumber: subjectRow.icp_number, subject: openSubject(subjectRow.subject, sealer), websites },
    websiteRows,
  };
}

/**
 * A filing order approved (approve-filing.ts, in its transaction): the subject's data and each website number's
 * data as approved (sealed as in the order), and the 公安联网备案 reminder of the new websites.
 */
export async function recordApprovedFiling(
  tx: Queryable,
  order: OrderRow,
  numbers: {
    subject: string;
    websites: ReadonlyArray<{ websiteIndex: number; domain: string; icpNumber: string }>;
  },
  now: Date,
): Promise<void> {
  const data = order.data as OrderData;
  await tx.query(
    `INSERT INTO filed_subjects (icp_number, account_id, province, subject, order_id, approved_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)
     ON CONFLICT (icp_number) DO UPDATE SET subject = EXCLUDED.subject, order_id = EXCLUDED.order_id,
       updated_at = EXCLUDED.updated_at`,
    [numbers.subject, order.account_id, order.province, JSON.stringify(data.subject), order.id, now],
  );
  for (const w of numbers.websites) {
    const website = { ...data.websites[w.websiteIndex]!, domains: [w.domain] };
    await tx.query(
      `INSERT INTO filed_websites (icp_number, subject_icp_number, domain, website, order_id, approved_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (icp_number) DO UPDATE SET website = EXCLUDED.website, order_id = EXCLUDED.order_id,
         updated_at = EXCLUDED.updated_at, access_cancelled_at = NULL`,
      [w.icpNumber, numbers.subject, w.domain, JSON.stringify(website), order.id, now],
    );
  }
  if (numbers.websites.length > 0)
    await scheduleTask(
      tx,
      {
        kind: TASK_PUBLIC_SECURITY_REMINDER,
        orderId: order.id,
        dueAt: new Date(now.getTime() + PUBLIC_SECURITY_REMINDER_DAYS * DAY_MS),
        payload: { websites: numbers.websites.map((w) => w.icpNumber) },
      },
      now,
    );
}

/** The 公安联网备案 due date of a website approved at `approvedAt`, as China's calendar says it: 2026年12月23日. */
export function publicSecurityDueZh(approvedAt: Date): string {
  const [y, m, d] = chinaDateOf(publicSecurityDueAt(approvedAt).toISOString()).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The sentence added to an approval's notice. */
export function publicSecurityNote(now: Date): string {
  return `请在网站开通之日起30日内（${publicSecurityDueZh(now)}前）到全国互联网安全管理服务平台（beian.mps.gov.cn）办理公安联网备案，并在“我的备案”中登记公安备案号。`;
}

export function publicSecurityDueAt(approvedAt: Date): Date {
  return new Date(new Date(approvedAt).getTime() + PUBLIC_SECURITY_DAYS * DAY_MS);
}
