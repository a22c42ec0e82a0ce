/**
 * 提交 an after-filing order: the check runs again on the record as it stands now and the materials as uploaded
 * (never trusting the page), and must pass; a 变更接入 claims its new 备案服务号 in the same transaction. Then
 * the order enters the initial-review queue like a filing order (1 working day).
 */
import { MATERIALS, type AfterFilingResult, type MaterialCode } from '@beian/core';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { suppliedMaterials } from '../materials/material-view.js';
import { assertMaterialsUnchanged, currentMaterials } from '../materials/order-materials.js';
import type { OrderRow } from '../orders/access.js';
import { applyTransition } from '../orders/apply-transition.js';
import { dueAfterWorkingDays, INITIAL_REVIEW_WORKING_DAYS } from '../orders/deadlines.js';
import { openOrderData, type OrderData } from '../orders/order-data.js';
import { orderView, type OrderView } from '../orders/order-view.js';
import { syncOrderClaims } from '../servers/sync-order-claims.js';
import { requestOf, type StoredTarget } from './request.js';
import { recordOfActor, runAfterFilingCheck, storedResult } from './run-check.js';

export async function submitAfterFilingOrder(
  deps: Deps,
  actor: Actor,
  order: OrderRow,
  version?: number,
): Promise<OrderView> {
  if (version !== undefined && version !== order.version)
    throw new AppError('CONFLICT', '订单已在别处更新：请刷新后再提交。', 'version');
  const data = openOrderData(order.data as OrderData, deps.sealer);
  const loaded = await recordOfActor(deps, actor);
  const target = order.target as StoredTarget;
  if (target.subjectIcpNumber !== loaded.record.icpNumber)
    throw new AppError('INVALID_STATE', '备案主体已变化（已注销或重新备案）：请放弃本订单后重新办理。');
  const request = requestOf(order, data);
  if (order.kind === 'change_access')
    data.websites.forEach((w, i) => {
      if (!w.access?.serviceNumber?.trim() && !w.access?.authorizationCode?.trim())
        throw new AppError(
          'INVALID_INPUT',
          `网站${i + 1}还没有填写新的备案服务号或备案授权码：请在新服务器所在账号申请后填写。`,
          `websites[${i}].access.serviceNumber`,
        );
    });
  const materials = await currentMaterials(deps.db, order.id);
  const codes = [...new Set(suppliedMaterials(materials).map((m) => m.code))] as MaterialCode[];
  const result: AfterFilingResult = await runAfterFilingCheck(deps, loaded, request, codes);
  if (!result.ok) {
    const errors = result.violations.filter((v) => v.severity === 'error');
    const lacking = result.requiredMaterials.filter((m) => !codes.includes(m.code));
    throw new AppError(
      'PRECHECK_FAILED',
      lacking.length
        ? `检查未通过：还缺少资料${lacking.map((m) => `《${MATERIALS[m.code].zh}》`).join('、')}，请上传后再提交。`
        : `检查未通过：${errors[0]?.message ?? '请按提示修改后再提交。'}`,
      errors[0]?.path,
      { violations: errors },
    );
  }
  const now = deps.clock.now();
  const updated = await deps.db.transaction(async (tx) => {
    const u = await applyTransition(tx, order, 'submit', actor, now, {
      facts: { precheckOk: true },
      patch: {
        precheck: storedResult(result),
        submitted_at: now,
        due_at: dueAfterWorkingDays(now, INITIAL_REVIEW_WORKING_DAYS, deps.calendar),
        round: Number(order.round) + 1,
      },
    });
    await assertMaterialsUnchanged(tx, order.id, materials);
    // 变更接入: the new numbers are claimed (exactly one order wins a number); the old ones stay 已使用 (seed 004 §5)
    if (order.kind === 'change_access')
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
