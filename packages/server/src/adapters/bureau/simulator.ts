/**
 * The built-in simulator of the 31 provincial bureaus (管局) behind the bureau adapter. It keeps the bureau's own
 * records (migration 0010): the filings it received per province with their status, the 短信核验 codes it sent
 * (digests only), the wrong entries, its decisions with reasons and the ICP numbers it issued.
 *
 * On receipt of a filing that goes through 短信核验 (decisions.md 1–2, domain-notes §7.4) it sends a 6-digit code
 * to 联系方式1 of each person who must verify — a first filing: the subject leader and the website leaders;
 * every other type: the website leaders — one SMS per distinct phone, valid 48 hours (a task returns the order
 * when they lapse). A filing without SMS goes straight into review; the demo policy (config
 * BUREAU_AUTO_APPROVE_WORKING_DAYS) then approves it that many working days later.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  AFTER_FILING_KIND_CODES,
  afterFilingSmsVerifiers,
  chinaDateOf,
  type AfterFilingKind,
  type FilingType,
} from '@beian/core';
import type { Sealer } from '../../crypto/sealer.js';
import type { Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { scheduleTask } from '../../jobs/tasks.js';
import { dueAfterWorkingDays } from '../../usecases/orders/deadlines.js';
import type { OrderData } from '../../usecases/orders/order-data.js';
import { markSubjectInFlight, type RegistrySubjectInput } from '../registry/filings.js';
import type { BureauAdapter, BureauSubmission, OrderSnapshot } from './bureau.js';
import { sendSmsCode } from './sms.js';

/** 短信核验: 48 hours from the code being sent (decisions.md 2); 5 wrong entries return the order (domain-notes §7.4). */
export const SMS_VALID_MS = 48 * 3_600_000;
export const SMS_MAX_WRONG_ENTRIES = 5;

/** Task kinds (jobs/handlers.ts registers their handlers). */
export const TASK_SMS_LAPSE = 'bureau.sms_lapse';
export const TASK_AUTO_APPROVE = 'bureau.auto_approve';

export type BureauFilingStatus = 'sms_pending' | 'under_review' | 'approved' | 'rejected' | 'returned';

export type BureauFilingRow = {
  id: string;
  reference: string;
  order_id: string;
  round: number;
  province: string;
  filing_type: string;
  status: BureauFilingStatus;
  received_at: Date;
  review_started_at: Date | null;
  sms_wrong_entries: number;
  sms_expires_at: Date | null;
  decided_at: Date | null;
  decided_by: string | null;
  subject_icp_number: string | null;
};

type SimulatorDeps = Pick<Deps, 'db' | 'clock' | 'sealer' | 'config' | 'calendar'>;

export class SimulatedBureau implements BureauAdapter {
  constructor(private readonly deps: SimulatorDeps) {}

  submitFiling(snapshot: OrderSnapshot): Promise<BureauSubmission> {
    const now = this.deps.clock.now();
    return this.deps.db.transaction((tx) => receiveFiling(this.deps, tx, snapshot, now));
  }
}

/** The filing of an order's submission round, optionally locked. */
export async function findFiling(
  db: Queryable,
  orderId: string,
  round: number,
  opts: { forUpdate?: boolean } = {},
): Promise<BureauFilingRow | undefined> {
  const { rows } = await db.query<BureauFilingRow>(
    `SELECT * FROM bureau_filings WHERE order_id = $1 AND round = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [orderId, round],
  );
  const r = rows[0];
  return r ? { ...r, round: Number(r.round), sms_wrong_entries: Number(r.sms_wrong_entries) } : undefined;
}

/** 受理编号: the province, the China date and a random part (ZJ20261123-7F3A09C2). */
function newReference(province: string, at: Date): string {
  return `${province}${chinaDateOf(at.toISOString()).replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

export function registrySubjectOf(data: OrderData, province: string): RegistrySubjectInput {
  return {
    certificateType: data.subject.certificate.type,
    certificateNumber: data.subject.certificate.number,
    name: data.subject.name,
    nature: data.subject.nature,
    province,
    leaderName: data.subject.leader.name,
  };
}

async function receiveFiling(
  deps: SimulatorDeps,
  tx: Queryable,
  snapshot: OrderSnapshot,
  now: Date,
): Promise<BureauSubmission> {
  const known = await findFiling(tx, snapshot.orderId, snapshot.round);
  if (known) return { bureauReference: known.reference };
  const sms = snapshot.smsVerification;
  const { rows } = await tx.query<BureauFilingRow>(
    `INSERT INTO bureau_filings (reference, order_id, round, province, filing_type, status, received_at,
       review_started_at, sms_expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (order_id, round) DO NOTHING RETURNING *`,
    [
      newReference(snapshot.province, now),
      snapshot.orderId,
      snapshot.round,
      snapshot.province,
      // an after-filing order is received as what it is (cancel_website …)
      snapshot.filingType ?? snapshot.kind,
      sms ? 'sms_pending' : 'under_review',
      now,
      sms ? null : now,
      sms ? new Date(now.getTime() + SMS_VALID_MS) : null,
    ],
  );
  const filing = rows[0];
  if (!filing) {
    const raced = await findFiling(tx, snapshot.orderId, snapshot.round);
    return { bureauReference: raced!.reference };
  }
  await markSubjectInFlight(tx, registrySubjectOf(snapshot.data, snapshot.province), now);
  if (sms) {
    await sendCodes(deps, tx, filing, snapshot, now);
    await scheduleTask(
      tx,
      {
        kind: TASK_SMS_LAPSE,
        orderId: snapshot.orderId,
        dueAt: filing.sms_expires_at!,
        payload: { filingId: filing.id },
      },
      now,
    );
  } else await scheduleAutoApproval(deps, tx, filing, now);
  return { bureauReference: filing.reference };
}

/** The demo policy: approve a filing that many working days after its review began (off when not configured). */
export async function scheduleAutoApproval(
  deps: Pick<Deps, 'config' | 'calendar'>,
  tx: Queryable,
  filing: Pick<BureauFilingRow, 'id' | 'order_id'>,
  reviewStartedAt: Date,
): Promise<void> {
  const days = deps.config.bureau.autoApproveWorkingDays;
  if (days === null) return;
  await scheduleTask(
    tx,
    {
      kind: TASK_AUTO_APPROVE,
      orderId: filing.order_id,
      dueAt: dueAfterWorkingDays(reviewStartedAt, days, deps.calendar),
      payload: { filingId: filing.id },
    },
    reviewStartedAt,
  );
}

// ---------------------------------------------------------------------------------------------------------
// 短信核验

export type SmsRecipient = {
  readonly mobile: string;
  /** The order fields this phone is 联系方式1 of ('subject.leader.mobile', 'websites[0].leader.mobile'). */
  readonly paths: readonly string[];
  /** The last 6 characters of the certificate number of each person using this phone. */
  readonly tails: readonly string[];
};

export function certificateTail(certificateNumber: string): string {
  return certificateNumber.trim().toUpperCase().slice(-6);
}

/**
 * Who verifies (domain-notes §7.4): a first filing — the subject leader and each website leader; any other
 * filing type — each website leader; an after-filing order — the subject leader for a subject change or
 * cancellation, each concerned website's leader otherwise (core afterFilingSmsVerifiers). A website whose leader
 * is the subject leader answers with the subject leader's phone. One entry per distinct phone.
 */
export function smsRecipients(
  data: OrderData,
  filingType: FilingType | string | null,
  kind = 'filing',
): SmsRecipient[] {
  const byMobile = new Map<string, { mobile: string; paths: string[]; tails: string[] }>();
  const add = (mobile: string, path: string, certificateNumber: string) => {
    const key = mobile.trim();
    const entry = byMobile.get(key) ?? { mobile: key, paths: [], tails: [] };
    if (!entry.paths.includes(path)) entry.paths.push(path);
    const tail = certificateTail(certificateNumber);
    if (!entry.tails.includes(tail)) entry.tails.push(tail);
    byMobile.set(key, entry);
  };
  const leader = data.subject.leader;
  const afterFiling = (AFTER_FILING_KIND_CODES as string[]).includes(kind)
    ? afterFilingSmsVerifiers(kind as AfterFilingKind)
    : undefined;
  if (
    afterFiling === 'subject_leader' ||
    (!afterFiling && (filingType === 'first_filing' || filingType === null))
  )
    add(leader.mobile, 'subject.leader.mobile', leader.certificateNumber);
  if (afterFiling === undefined || afterFiling === 'website_leaders')
    data.websites.forEach((w, i) => {
      if (w.leader === 'subject_leader')
        add(leader.mobile, 'subject.leader.mobile', leader.certificateNumber);
      else add(w.leader.mobile, `websites[${i}].leader.mobile`, w.leader.certificateNumber);
    });
  return [...byMobile.values()];
}

/** Keyed digests (the sealer's blind index), separated by purpose and filing: none can be read back. */
export const smsDigest = {
  mobile: (sealer: Sealer, mobile: string) => sealer.index(`bureau-sms-mobile:${mobile.trim()}`),
  code: (sealer: Sealer, filingId: string, mobileIndex: string, code: string) =>
    sealer.index(`bureau-sms-code:${filingId}:${mobileIndex}:${code.trim()}`),
  tail: (sealer: Sealer, filingId: string, tail: string) =>
    sealer.index(`bureau-sms-tail:${filingId}:${tail.trim().toUpperCase()}`),
};

export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function sendCodes(
  deps: SimulatorDeps,
  tx: Queryable,
  filing: BureauFilingRow,
  snapshot: OrderSnapshot,
  now: Date,
): Promise<void> {
  const { rows } = await tx.query<{ account_id: string }>('SELECT account_id FROM orders WHERE id = $1', [
    snapshot.orderId,
  ]);
  const accountId = rows[0]?.account_id ?? null;
  const expires = filing.sms_expires_at!;
  for (const r of smsRecipients(snapshot.data, snapshot.filingType, snapshot.kind)) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const mobileIndex = smsDigest.mobile(deps.sealer, r.mobile);
    await tx.query(
      `INSERT INTO bureau_sms_codes (filing_id, mobile_index, mobile, paths, tail_digests, code_digest, sent_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        filing.id,
        mobileIndex,
        deps.sealer.seal(r.mobile),
        JSON.stringify(r.paths),
        JSON.stringify(r.tails.map((t) => smsDigest.tail(deps.sealer, filing.id, t))),
        smsDigest.code(deps.sealer, filing.id, mobileIndex, code),
        now,
        expires,
      ],
    );
    await sendSmsCode(
      tx,
      {
        accountId,
        orderId: snapshot.orderId,
        sealedMobile: deps.sealer.seal(r.mobile),
        code,
        reference: filing.reference,
        expiresAt: expires,
        idempotencyKey: `bureau-sms:${filing.id}:${mobileIndex}`,
      },
      now,
    );
  }
}
