/**
 * 短信核验 (issue 4 item 4, decisions.md 1–2, domain-notes §7.4): the applicant enters, for each phone the bureau
 * sent a code to, the 6-digit code, the mobile number and the last 6 characters of that person's certificate
 * number. When every phone has verified the order enters the bureau's review (短信核验完成 → 管局审核中). Five
 * wrong entries, or 48 hours without verifying, return the order (退回) with the reasons beside the phones.
 */
import { z } from 'zod';
import {
  findFiling,
  registrySubjectOf,
  sameDigest,
  scheduleAutoApproval,
  SMS_MAX_WRONG_ENTRIES,
  smsDigest,
  TASK_SMS_LAPSE,
  type BureauFilingRow,
} from '../../adapters/bureau/simulator.js';
import { clearSubjectInFlight } from '../../adapters/registry/filings.js';
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { cancelTasks } from '../../jobs/tasks.js';
import { loadOrderForActor, type OrderRow } from '../orders/access.js';
import { applyTransition } from '../orders/apply-transition.js';
import { BUREAU_REVIEW_WORKING_DAYS, dueAfterWorkingDays } from '../orders/deadlines.js';
import { maskNumber, openOrderData, type OrderData } from '../orders/order-data.js';
import { orderView, type OrderView } from '../orders/order-view.js';
import { currentReasons, saveReasons } from '../orders/reasons.js';
import { SYSTEM_ACTOR } from '../../auth/actor.js';
import { saveBureauReasons } from './reject-filing.js';

/** 管局审核: at most 20 working days (工信部33号令); the order's due time while the bureau reviews it. */

export const verifySmsInput = z.object({
  code: z
    .string({ message: '请输入短信验证码' })
    .trim()
    .regex(/^\d{6}$/, '短信验证码为6位数字'),
  mobile: z
    .string({ message: '请输入接收短信的手机号码' })
    .trim()
    .regex(/^1\d{10}$/, '请输入11位手机号码（负责人的联系方式1）'),
  certificateTail: z
    .string({ message: '请输入负责人证件号码后6位' })
    .trim()
    .regex(/^[0-9A-Za-z]{6}$/, '请输入负责人证件号码的后6位（字母或数字）'),
});

type CodeRow = {
  id: string;
  mobile_index: string;
  mobile: string;
  paths: string[];
  tail_digests: string[];
  code_digest: string;
  verified_at: Date | null;
};

export type SmsReturnCause = 'lapsed' | 'wrong_entries';

const RETURN_MESSAGE: Record<SmsReturnCause, string> = {
  lapsed:
    '短信核验未在48小时内完成，订单已退回：请确认该负责人的手机号码（联系方式1）能接收工信部短信，修改后重新提交。',
  wrong_entries:
    '短信核验连续5次输入错误，订单已退回：请核对验证码、手机号码和负责人证件号码后6位，重新提交后按新短信核验。',
};

async function codesOf(tx: Queryable, filingId: string): Promise<CodeRow[]> {
  const { rows } = await tx.query<CodeRow>(
    'SELECT * FROM bureau_sms_codes WHERE filing_id = $1 ORDER BY sent_at, id',
    [filingId],
  );
  return rows;
}

/**
 * Return the order (短信核验超时或失败) inside the caller's transaction, the order row locked: the reasons go
 * beside each phone that did not verify (stage 'sms'); the subject is no longer in flight.
 */
export async function returnForSmsTx(
  deps: Pick<Deps, 'sealer'>,
  tx: Queryable,
  order: OrderRow,
  filing: BureauFilingRow,
  cause: SmsReturnCause,
  now: Date,
): Promise<OrderRow> {
  const pending = (await codesOf(tx, filing.id)).filter((c) => c.verified_at === null);
  const paths = [...new Set(pending.flatMap((c) => c.paths))];
  const reasons = (paths.length ? paths : ['subject.leader.mobile']).map((path) => ({
    path,
    message: RETURN_MESSAGE[cause],
  }));
  const updated = await applyTransition(tx, order, 'sms_lapsed', SYSTEM_ACTOR, now, {
    patch: { due_at: null },
    detail: { bureauReference: filing.reference, cause },
  });
  await saveReasons(tx, order.id, Number(order.round), 'sms', reasons, null, now);
  await tx.query(`UPDATE bureau_filings SET status = 'returned', decided_at = $2 WHERE id = $1`, [
    filing.id,
    now,
  ]);
  await saveBureauReasons(tx, filing.id, reasons, now);
  const subject = registrySubjectOf(openOrderData(order.data as OrderData, deps.sealer), order.province);
  await clearSubjectInFlight(tx, { type: subject.certificateType, number: subject.certificateNumber });
  await cancelTasks(tx, order.id, TASK_SMS_LAPSE, now);
  return updated;
}

type Outcome =
  | { kind: 'verified'; order: OrderRow; complete: boolean; pending: string[] }
  | { kind: 'wrong'; remaining: number }
  | { kind: 'returned'; cause: SmsReturnCause };

export async function verifySms(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: z.infer<typeof verifySmsInput>,
): Promise<{ complete: boolean; pending: string[]; order: OrderView }> {
  await loadOrderForActor(deps.db, actor, orderId);
  const now = deps.clock.now();
  const outcome = await deps.db.transaction(async (tx): Promise<Outcome> => {
    const order = await loadOrderForActor(tx, actor, orderId, { forUpdate: true });
    if (order.account_id !== actor.accountId)
      throw new AppError('FORBIDDEN', '只有订单的申请人可以进行短信核验。');
    if (order.state !== 'sms_verification')
      throw new AppError('INVALID_STATE', '该订单当前没有待完成的短信核验。');
    const filing = await findFiling(tx, order.id, Number(order.round), { forUpdate: true });
    if (!filing || filing.status !== 'sms_pending')
      throw new AppError('INVALID_STATE', '管局尚未发出短信核验码：请稍后再试。');
    if (filing.sms_expires_at && now.getTime() >= new Date(filing.sms_expires_at).getTime()) {
      await returnForSmsTx(deps, tx, order, filing, 'lapsed', now);
      return { kind: 'returned', cause: 'lapsed' };
    }
    const codes = await codesOf(tx, filing.id);
    const mobileIndex = smsDigest.mobile(deps.sealer, input.mobile);
    const row = codes.find((c) => c.mobile_index === mobileIndex);
    const right =
      row !== undefined &&
      sameDigest(row.code_digest, smsDigest.code(deps.sealer, filing.id, mobileIndex, input.code)) &&
      row.tail_digests.some((d) =>
        sameDigest(d, smsDigest.tail(deps.sealer, filing.id, input.certificateTail)),
      );
    if (!right) {
      const wrong = filing.sms_wrong_entries + 1;
      await tx.query('UPDATE bureau_filings SET sms_wrong_entries = $2 WHERE id = $1', [filing.id, wrong]);
      if (wrong >= SMS_MAX_WRONG_ENTRIES) {
        await returnForSmsTx(deps, tx, order, filing, 'wrong_entries', now);
        return { kind: 'returned', cause: 'wrong_entries' };
      }
      return { kind: 'wrong', remaining: SMS_MAX_WRONG_ENTRIES - wrong };
    }
    if (row.verified_at === null)
      await tx.query('UPDATE bureau_sms_codes SET verified_at = $2 WHERE id = $1', [row.id, now]);
    const pending = codes.filter((c) => c.id !== row.id && c.verified_at === null);
    if (pending.length > 0)
      return {
        kind: 'verified',
        order,
        complete: false,
        pending: pending.map((c) => maskNumber(deps.sealer.open(c.mobile))),
      };
    const updated = await applyTransition(tx, order, 'sms_verified', actor, now, {
      patch: { due_at: dueAfterWorkingDays(now, BUREAU_REVIEW_WORKING_DAYS, deps.calendar) },
      detail: { bureauReference: filing.reference },
    });
    await tx.query(
      `UPDATE bureau_filings SET status = 'under_review', review_started_at = $2 WHERE id = $1`,
      [filing.id, now],
    );
    await cancelTasks(tx, order.id, TASK_SMS_LAPSE, now);
    await scheduleAutoApproval(deps, tx, filing, now);
    return { kind: 'verified', order: updated, complete: true, pending: [] };
  });
  if (outcome.kind === 'wrong')
    throw new AppError(
      'INVALID_INPUT',
      `验证码、手机号码或证件号码后6位不正确：请核对后重新输入，还可尝试${outcome.remaining}次。`,
      'code',
      { remainingAttempts: outcome.remaining },
    );
  if (outcome.kind === 'returned')
    throw new AppError(
      'INVALID_STATE',
      RETURN_MESSAGE[outcome.cause],
      outcome.cause === 'wrong_entries' ? 'code' : undefined,
      {
        remainingAttempts: 0,
      },
    );
  return {
    complete: outcome.complete,
    pending: outcome.pending,
    order: orderView(outcome.order, actor, deps.sealer, {
      unmasked: true,
      reasons: await currentReasons(deps.db, outcome.order.id),
    }),
  };
}
