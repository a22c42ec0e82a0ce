/**
 * Who may touch an order's materials, by role and stage (style.md 11). Upload, replace and delete: the
 * applicant who owns the order, while it is editable. List and read: the owner, and staff who may see the
 * order once it was submitted (a draft is the applicant's own work, not yet for anyone's eyes, an admin's
 * included). Anything else is NOT_FOUND, so an order's existence does not leak.
 */
import { isEditable, ORDER_STATES } from '@beian/core';
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import { loadOrderForActor, type OrderRow } from '../orders/access.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function orderForMaterialRead(db: Queryable, actor: Actor, orderId: string): Promise<OrderRow> {
  const order = await loadOrderForActor(db, actor, orderId);
  if (actor.role !== 'applicant' && order.submitted_at === null)
    throw new AppError('NOT_FOUND', '找不到该备案订单。', 'orderId');
  return order;
}

export async function orderForMaterialWrite(
  db: Queryable,
  actor: Actor,
  orderId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<OrderRow> {
  if (actor.role !== 'applicant') throw new AppError('FORBIDDEN', '只有申请人可以上传或删除资料。');
  const order = await loadOrderForActor(db, actor, orderId, opts);
  if (!isEditable(order.state))
    throw new AppError(
      'INVALID_STATE',
      `订单当前状态为“${ORDER_STATES[order.state].zh}”，不能修改资料：只有草稿和被驳回、退回的订单可以修改。`,
      'orderId',
    );
  return order;
}

export function assertMaterialId(id: string): void {
  if (!UUID.test(id)) throw new AppError('NOT_FOUND', '找不到该资料。', 'id');
}
