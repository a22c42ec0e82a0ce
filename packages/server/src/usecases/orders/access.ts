/**
 * Who may see an order (style.md 11: authorisation includes the stage). Applicants reach only their own;
 * reviewers orders that were submitted; bureau operators orders at the bureau stage; admins all. An order the
 * actor may not see is NOT_FOUND, so its existence does not leak.
 */
import type { OrderState } from '@beian/core';
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';

export type OrderRow = {
  id: string;
  account_id: string;
  kind: string;
  state: OrderState;
  province: string;
  filing_type: string | null;
  data: Record<string, unknown>;
  precheck: Record<string, unknown> | null;
  /** After-filing orders: the record's numbers and what the order concerns (after-filing/request.ts). */
  target: Record<string, unknown> | null;
  version: number;
  /** How many times it was submitted: reasons and calls belong to a round. */
  round: number;
  subject_key: string;
  submitted_at: Date | null;
  due_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

const BUREAU_STATES: readonly OrderState[] = [
  'sms_verification',
  'bureau_review',
  'bureau_rejected',
  'approved',
];

export function canSeeOrder(
  actor: Actor,
  order: Pick<OrderRow, 'account_id' | 'state' | 'submitted_at'>,
): boolean {
  switch (actor.role) {
    case 'applicant':
      return order.account_id === actor.accountId;
    case 'reviewer':
      return order.submitted_at !== null;
    case 'bureau_operator':
      return BUREAU_STATES.includes(order.state);
    case 'admin':
      // a draft is the applicant's own workspace until it is submitted
      return order.submitted_at !== null;
  }
}

/** Load an order the actor may see (optionally locking it for update inside a transaction). */
export async function loadOrderForActor(
  db: Queryable,
  actor: Actor,
  orderId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<OrderRow> {
  if (!/^[0-9a-f-]{36}$/i.test(orderId)) throw new AppError('NOT_FOUND', '找不到该备案订单。', 'orderId');
  const { rows } = await db.query<OrderRow>(
    `SELECT * FROM orders WHERE id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [orderId],
  );
  const order = rows[0];
  if (!order || !canSeeOrder(actor, order)) throw new AppError('NOT_FOUND', '找不到该备案订单。', 'orderId');
  return order;
}

/** Record a read of personal data (an unmasked number, a certificate image) in the same connection. */
export async function auditRead(
  db: Queryable,
  actor: Actor,
  objectType: string,
  objectId: string,
  detail: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await db.query(
    'INSERT INTO audit_reads (at, account_id, object_type, object_id, detail) VALUES ($1, $2, $3, $4, $5)',
    [at, actor.accountId, objectType, objectId, JSON.stringify(detail)],
  );
}
