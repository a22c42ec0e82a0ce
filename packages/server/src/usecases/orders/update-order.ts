/** 修改订单: the owner saves the order while it is editable; compare-and-set on the version the page holds. */
import { isEditable } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { loadOrderForActor, type OrderRow } from './access.js';
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
  const updated = await deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<OrderRow>(
      `UPDATE orders SET data = $3, precheck = $4, filing_type = $5, subject_key = $6, version = version + 1, updated_at = $7
       WHERE id = $1 AND version = $2 AND state = $8 RETURNING *`,
      [
        order.id,
        input.version,
        JSON.stringify(sealOrderData(input.data, deps.sealer)),
        JSON.stringify(precheck),
        precheck.filingType,
        subjectKey(input.data, deps.sealer),
        now,
        order.state,
      ],
    );
    if (!rows[0])
      throw new AppError(
        'CONFLICT',
        '订单已在别处更新（版本不一致）：请刷新页面后再保存，未保存的修改请先复制。',
        'version',
      );
    await tx.query(
      `INSERT INTO order_events (order_id, at, actor_account_id, actor_role, event, from_state, to_state)
       VALUES ($1, $2, $3, 'applicant', 'edit', $4, $4)`,
      [order.id, now, actor.accountId, order.state],
    );
    return rows[0];
  });
  return orderView(updated, actor, deps.sealer, {
    unmasked: true,
    reasons: await currentReasons(deps.db, order.id),
  });
}
