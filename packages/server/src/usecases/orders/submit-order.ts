/**
 * 提交初审: the precheck must pass (the server runs it again on the data as stored, never trusting the page);
 * the order enters the initial-review queue with a due time one working day later.
 */
import type { PrecheckResult } from '@beian/core';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { loadOrderForActor } from './access.js';
import { applyTransition } from './apply-transition.js';
import { syncOrderClaims } from '../servers/sync-order-claims.js';
import { dueAfterWorkingDays, INITIAL_REVIEW_WORKING_DAYS } from './deadlines.js';
import { openOrderData, type OrderData } from './order-data.js';
import { orderView, type OrderView } from './order-view.js';
import { precheckOrder } from './run-precheck.js';

export async function submitOrder(
  deps: Deps,
  actor: Actor,
  orderId: string,
  version?: number,
): Promise<OrderView> {
  const order = await loadOrderForActor(deps.db, actor, orderId);
  if (order.account_id !== actor.accountId) throw new AppError('FORBIDDEN', '只有订单的申请人可以提交订单。');
  if (version !== undefined && version !== order.version)
    throw new AppError('CONFLICT', '订单已在别处更新：请刷新后再提交。', 'version');
  const data = openOrderData(order.data as OrderData, deps.sealer);
  // 产品验证: each website is tied to a server by a 备案服务号 or 备案授权码 (seeds 000–003)
  data.websites.forEach((w, i) => {
    if (!w.access?.serviceNumber?.trim() && !w.access?.authorizationCode?.trim())
      throw new AppError(
        'INVALID_INPUT',
        `网站${i + 1}还没有填写备案服务号或备案授权码：请在服务器所在账号申请后填写。`,
        `websites[${i}].access.serviceNumber`,
      );
  });
  const precheck: PrecheckResult = await precheckOrder(deps, data);
  if (!precheck.ok)
    throw new AppError('PRECHECK_FAILED', '预检未通过：请按提示修改后再提交。', undefined, {
      violations: precheck.violations.filter((v) => v.severity === 'error'),
    });
  const now = deps.clock.now();
  const updated = await deps.db.transaction(async (tx) => {
    const u = await applyTransition(tx, order, 'submit', actor, now, {
      facts: { precheckOk: true },
      patch: {
        precheck,
        filing_type: precheck.filingType,
        submitted_at: now,
        due_at: dueAfterWorkingDays(now, INITIAL_REVIEW_WORKING_DAYS, deps.calendar),
        round: Number(order.round) + 1,
      },
    });
    // the numbers are claimed in the same transaction: exactly one order wins a number
    await syncOrderClaims(
      tx,
      order.id,
      data.websites.map((w) => w.access),
      now,
    );
    return u;
  });
  return orderView(updated, actor, deps.sealer, { unmasked: true });
}
