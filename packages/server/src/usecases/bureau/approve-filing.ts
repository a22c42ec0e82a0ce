/**
 * 管局审核通过 (issue 4 item 5), by a bureau operator or by the demo policy's task: in one transaction the bureau
 * issues the numbers — the subject keeps the 主体备案号 it has at the registry, else gets the province's next one;
 * each domain of each website a 网站备案号 `-N` continuing after the subject's existing websites (a domain the
 * subject already files keeps its number and is accessed here now) — the registry files them, accessed here, the
 * service numbers turn 已备案 and the order 备案成功.
 */
import { isProvinceCode } from '@beian/core';
import {
  formatWebsiteNumber,
  issueSubjectNumber,
  issueWebsiteSuffixes,
} from '../../adapters/bureau/icp-numbers.js';
import {
  findFiling,
  registrySubjectOf,
  TASK_AUTO_APPROVE,
  type BureauFilingRow,
} from '../../adapters/bureau/simulator.js';
import {
  accessWebsite,
  filedSubjectNumber,
  fileSubject,
  fileWebsite,
  liveWebsite,
} from '../../adapters/registry/filings.js';
import { registryDomainKey } from '../../adapters/registry/simulator.js';
import { type Actor, type SystemActor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { cancelTasks } from '../../jobs/tasks.js';
import { markFiled } from '../servers/mark-filed.js';
import { loadOrderForActor, type OrderRow } from '../orders/access.js';
import { applyTransition } from '../orders/apply-transition.js';
import { openOrderData, type OrderData } from '../orders/order-data.js';
import { approveAfterFilingTx } from '../after-filing/apply-after-filing.js';
import { publicSecurityNote, recordApprovedFiling } from '../after-filing/filed-record.js';
import { bureauOrderView, type BureauOrderView } from './bureau-order-view.js';

export type BureauActor = Actor | SystemActor;

export type IssuedNumbers = {
  subject: string;
  /** Whether the subject number is new (a first filing) or the one the registry held. */
  subjectIssued: boolean;
  websites: Array<{ websiteIndex: number; domain: string; icpNumber: string; issued: boolean }>;
};

export function assertBureauOperator(actor: Actor): void {
  if (actor.role !== 'bureau_operator') throw new AppError('FORBIDDEN', '管局审核操作需要管局操作员身份。');
}

/** The filing under review for the order's current round, locked; NOT_FOUND when the bureau has none. */
export async function filingUnderReview(tx: Queryable, order: OrderRow): Promise<BureauFilingRow> {
  const filing = await findFiling(tx, order.id, Number(order.round), { forUpdate: true });
  if (!filing) throw new AppError('NOT_FOUND', '管局没有收到该订单。', 'orderId');
  if (filing.status !== 'under_review')
    throw new AppError('INVALID_STATE', '该备案申请不在管局审核中，不能审核。');
  return filing;
}

/** Approve inside the caller's transaction; the order row must be locked by the caller. */
export async function approveFilingTx(
  deps: Pick<Deps, 'sealer'>,
  tx: Queryable,
  order: OrderRow,
  filing: BureauFilingRow,
  actor: BureauActor,
  now: Date,
): Promise<{ order: OrderRow; numbers: IssuedNumbers }> {
  if (order.state !== 'bureau_review')
    throw new AppError('INVALID_STATE', '订单不在管局审核中，不能审核通过。');
  if (order.kind !== 'filing') {
    const done = await approveAfterFilingTx(deps, tx, order, filing, actor, now);
    const subject = String((order.target as { subjectIcpNumber?: string } | null)?.subjectIcpNumber ?? '');
    return { order: done, numbers: { subject, subjectIssued: false, websites: [] } };
  }
  const province = order.province;
  if (!isProvinceCode(province))
    throw new AppError('INTERNAL', `订单的省份 ${province} 不是有效的省份代码。`);
  const data: OrderData = openOrderData(order.data as OrderData, deps.sealer);
  const cert = { type: data.subject.certificate.type, number: data.subject.certificate.number };

  const kept = await filedSubjectNumber(tx, cert);
  const subjectNumber = kept ?? (await issueSubjectNumber(tx, province, now));
  const subjectId = await fileSubject(tx, registrySubjectOf(data, province), subjectNumber, now);
  if (!kept) await recordIssued(tx, filing.id, subjectNumber, now);

  // each domain is one website filing (工信管函〔2019〕633号): the subject's live ones keep their numbers
  const plan: Array<{ websiteIndex: number; domain: string; name: string; keep?: string }> = [];
  for (const [i, w] of data.websites.entries())
    for (const [j, domain] of w.domains.entries()) {
      const live = await liveWebsite(tx, domain);
      if (live && live.subjectId !== subjectId)
        throw new AppError(
          'CONFLICT',
          `域名 ${domain} 已在其他主体下备案，不能审核通过：请驳回并写明原因。`,
          `websites[${i}].domains[${j}]`,
        );
      plan.push({
        websiteIndex: i,
        domain: registryDomainKey(domain),
        name: w.name,
        ...(live ? { keep: live.icpNumber } : {}),
      });
    }
  const suffixes = await issueWebsiteSuffixes(tx, subjectNumber, plan.filter((p) => !p.keep).length);
  const websites: IssuedNumbers['websites'] = [];
  for (const p of plan) {
    if (p.keep) {
      await accessWebsite(tx, p.keep);
      websites.push({ websiteIndex: p.websiteIndex, domain: p.domain, icpNumber: p.keep, issued: false });
      continue;
    }
    const icpNumber = formatWebsiteNumber(subjectNumber, suffixes.shift()!);
    await fileWebsite(tx, { subjectId, icpNumber, domain: p.domain, name: p.name }, now);
    await recordIssued(tx, filing.id, icpNumber, now, { websiteIndex: p.websiteIndex, domain: p.domain });
    websites.push({ websiteIndex: p.websiteIndex, domain: p.domain, icpNumber, issued: true });
  }

  await markFiled(tx, order.id, now);
  await recordApprovedFiling(tx, order, { subject: subjectNumber, websites }, now);
  const decided = await tx.query(
    `UPDATE bureau_filings SET status = 'approved', decided_at = $2, decided_by = $3, subject_icp_number = $4
     WHERE id = $1 AND status = 'under_review'`,
    [filing.id, now, actor.accountId, subjectNumber],
  );
  if (decided.rowCount === 0) throw new AppError('CONFLICT', '该备案申请已被处理：请刷新后查看。');
  await cancelTasks(tx, order.id, TASK_AUTO_APPROVE, now);
  const numbers: IssuedNumbers = { subject: subjectNumber, subjectIssued: !kept, websites };
  const updated = await applyTransition(tx, order, 'bureau_approve', actor, now, {
    patch: { due_at: null },
    notice: {
      note: `主体备案号：${subjectNumber}；网站备案号：${websites.map((w) => `${w.icpNumber}（${w.domain}）`).join('、')}。${publicSecurityNote(now)}`,
    },
    detail: {
      bureauReference: filing.reference,
      subjectIcpNumber: subjectNumber,
      websiteIcpNumbers: websites.map((w) => w.icpNumber),
    },
  });
  return { order: updated, numbers };
}

async function recordIssued(
  tx: Queryable,
  filingId: string,
  icpNumber: string,
  at: Date,
  website?: { websiteIndex: number; domain: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO bureau_icp_numbers (icp_number, filing_id, kind, website_index, domain, issued_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      icpNumber,
      filingId,
      website ? 'website' : 'subject',
      website?.websiteIndex ?? null,
      website?.domain ?? null,
      at,
    ],
  );
}

export async function approveFiling(deps: Deps, actor: Actor, orderId: string): Promise<BureauOrderView> {
  assertBureauOperator(actor);
  await loadOrderForActor(deps.db, actor, orderId);
  const now = deps.clock.now();
  const { order, filing } = await deps.db.transaction(async (tx) => {
    const locked = await loadOrderForActor(tx, actor, orderId, { forUpdate: true });
    const f = await filingUnderReview(tx, locked);
    const done = await approveFilingTx(deps, tx, locked, f, actor, now);
    return { order: done.order, filing: (await findFiling(tx, locked.id, Number(locked.round)))! };
  });
  return bureauOrderView(deps, actor, order, filing, { unmasked: false });
}
