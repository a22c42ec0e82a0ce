/**
 * 管局审核通过 of an after-filing order (approve-filing.ts hands these over), in the approval's transaction: the
 * registry and the platform's filed record take the change; the numbers stay (a change keeps them, a cancellation
 * retires them for good); the order 备案成功 with a notice saying what was done.
 *
 * - 变更主体: the registry's subject takes the new certificate, name, nature and leader; if the certificate number
 *   changed, the account's orders follow it (one subject per account, by its blind index).
 * - 变更网站 / 变更接入: each website's data as changed (its name at the registry); a new 备案服务号 turns 已备案.
 * - 注销主体: the subject and all its websites, wherever accessed. 注销网站: the websites. Their domains are free.
 * - 取消接入: the websites are no longer accessed here; one no other provider accesses is a 空壳网站.
 * Used 备案服务号 stay 已使用 after a cancellation or a cancelled access (seed 004 §5.2).
 */
import { AFTER_FILING_KINDS, type AfterFilingKind } from '@beian/core';
import {
  registrySubjectOf,
  TASK_AUTO_APPROVE,
  type BureauFilingRow,
} from '../../adapters/bureau/simulator.js';
import {
  cancelSubjectFiling,
  cancelWebsiteAccess,
  cancelWebsiteFiling,
  changeSubjectFiling,
  clearSubjectInFlightByNumber,
  renameWebsiteFiling,
} from '../../adapters/registry/filings.js';
import type { SystemActor, Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { cancelTasks } from '../../jobs/tasks.js';
import type { OrderRow } from '../orders/access.js';
import { applyTransition } from '../orders/apply-transition.js';
import { openOrderData, subjectKey, type OrderData } from '../orders/order-data.js';
import { markFiled } from '../servers/mark-filed.js';
import type { StoredTarget } from './request.js';

export async function approveAfterFilingTx(
  deps: Pick<Deps, 'sealer'>,
  tx: Queryable,
  order: OrderRow,
  filing: BureauFilingRow,
  actor: Actor | SystemActor,
  now: Date,
): Promise<OrderRow> {
  if (order.state !== 'bureau_review')
    throw new AppError('INVALID_STATE', '订单不在管局审核中，不能审核通过。');
  const kind = order.kind as AfterFilingKind;
  const target = order.target as StoredTarget;
  const sealed = order.data as OrderData;
  const data = openOrderData(sealed, deps.sealer);
  const subjectNumber = target.subjectIcpNumber;
  let note = '';

  switch (kind) {
    case 'change_subject': {
      await changeSubjectFiling(tx, subjectNumber, registrySubjectOf(data, order.province));
      await tx.query(
        'UPDATE filed_subjects SET subject = $2, order_id = $3, updated_at = $4 WHERE icp_number = $1',
        [subjectNumber, JSON.stringify(sealed.subject), order.id, now],
      );
      const key = subjectKey(data, deps.sealer);
      if (key !== order.subject_key)
        await tx.query('UPDATE orders SET subject_key = $2 WHERE account_id = $1', [order.account_id, key]);
      note = `主体备案号 ${subjectNumber} 的主体信息已变更。`;
      break;
    }
    case 'change_website':
    case 'change_access': {
      for (const [i, icpNumber] of target.websiteNumbers.entries()) {
        const website = sealed.websites[i]!;
        if (kind === 'change_website') await renameWebsiteFiling(tx, icpNumber, data.websites[i]!.name);
        await tx.query(
          'UPDATE filed_websites SET website = $2, order_id = $3, updated_at = $4 WHERE icp_number = $1',
          [icpNumber, JSON.stringify(website), order.id, now],
        );
      }
      if (kind === 'change_access') await markFiled(tx, order.id, now);
      note = `网站备案号 ${target.websiteNumbers.join('、')} 的${kind === 'change_access' ? '接入信息' : '网站信息'}已变更。`;
      break;
    }
    case 'cancel_subject': {
      await cancelSubjectFiling(tx, subjectNumber);
      await tx.query(
        'UPDATE filed_websites SET cancelled_at = $2 WHERE subject_icp_number = $1 AND cancelled_at IS NULL',
        [subjectNumber, now],
      );
      await tx.query('UPDATE filed_subjects SET cancelled_at = $2 WHERE icp_number = $1', [
        subjectNumber,
        now,
      ]);
      note = `主体备案号 ${subjectNumber} 及其下全部网站备案号已注销。`;
      break;
    }
    case 'cancel_website': {
      for (const icpNumber of target.websiteNumbers) {
        await cancelWebsiteFiling(tx, icpNumber);
        await tx.query('UPDATE filed_websites SET cancelled_at = $2 WHERE icp_number = $1', [icpNumber, now]);
      }
      note = `网站备案号 ${target.websiteNumbers.join('、')} 已注销。`;
      break;
    }
    case 'cancel_access': {
      for (const icpNumber of target.websiteNumbers) {
        await cancelWebsiteAccess(tx, icpNumber);
        await tx.query('UPDATE filed_websites SET access_cancelled_at = $2 WHERE icp_number = $1', [
          icpNumber,
          now,
        ]);
      }
      note = `网站备案号 ${target.websiteNumbers.join('、')} 已取消在本平台的接入。`;
      break;
    }
  }
  // the subject is no longer in a bureau's review (a cancelled subject was cleared above)
  await clearSubjectInFlightByNumber(tx, subjectNumber);

  const decided = await tx.query(
    `UPDATE bureau_filings SET status = 'approved', decided_at = $2, decided_by = $3, subject_icp_number = $4
     WHERE id = $1 AND status = 'under_review'`,
    [filing.id, now, actor.accountId, subjectNumber],
  );
  if (decided.rowCount === 0) throw new AppError('CONFLICT', '该申请已被处理：请刷新后查看。');
  await cancelTasks(tx, order.id, TASK_AUTO_APPROVE, now);
  return applyTransition(tx, order, 'bureau_approve', actor, now, {
    patch: { due_at: null },
    notice: { note: `${AFTER_FILING_KINDS[kind].zh}已完成：${note}` },
    detail: {
      bureauReference: filing.reference,
      kind,
      subjectIcpNumber: subjectNumber,
      websiteIcpNumbers: target.websiteNumbers,
    },
  });
}
