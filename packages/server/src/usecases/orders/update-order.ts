/** 修改订单: the owner saves the order while it is editable; compare-and-set on the version the page holds. */
import { isEditable } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { loadOrderForActor } from './access.js';
import { saveEdit } from './save-edit.js';
import { assertOneSubjectPerAccount } from './create-order.js';
import { orderDataSchema, sealOrderData, subjectKey, type OrderData } from './order-data.js';
import { orderView, type OrderView } from './order-view.js';
import { currentReasons } from './reasons.js';
import { precheckOrder } from './run-precheck.js';

export const updateOrderInput = z.object({
  version: z.number().int().positive(),
  data: orderDataSchema,
});

export async function updateOrder(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: { version: number; data: OrderData },
): Promise<OrderView> {
  const order = await loadOrderForActor(deps.db, actor, orderId);
  if (order.account_id !== actor.accountId) throw new AppError('FORBIDDEN', '只有订单的申请人可以修改订单。');
  if (order.kind !== 'filing')
    throw new AppError(
      'INVALID_INPUT',
      '这是变更、注销或取消接入订单：请通过 PUT /api/v1/after-filing/orders/{orderId} 修改。',
      'orderId',
    );
  if (!isEditable(order.state))
    throw new AppError('INVALID_STATE', '订单已提交，当前不能修改：如需修改请先撤回。');
  if (input.data.subject.province !== order.province)
    throw new AppError(
      'INVALID_INPUT',
      '主办单位所属区域不能更改：请放弃本订单后按新的所属区域重新验证备案类型。',
      'subject.province',
    );
  await assertOneSubjectPerAccount(deps, actor, input.data, order.id);
  const precheck = await precheckOrder(deps, input.data);
  const now = deps.clock.now();
  const updated = await deps.db.transaction((tx) =>
    saveEdit(tx, order, input.version, actor, now, {
      data: sealOrderData(input.data, deps.sealer),
      precheck,
      filing_type: precheck.filingType,
      subject_key: subjectKey(input.data, deps.sealer),
    }),
  );
  return orderView(updated, actor, deps.sealer, {
    unmasked: true,
    reasons: await currentReasons(deps.db, order.id),
  });
}
