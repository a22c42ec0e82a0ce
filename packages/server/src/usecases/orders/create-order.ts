/**
 * 新建备案订单 (draft): an applicant's account has one subject (seed 004 §2), so every order of the account is for
 * the same subject, and at most one order is in progress at a time.
 */
import { isTerminal, type OrderState } from '@beian/core';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { OrderRow } from './access.js';
import { orderDataSchema, sealOrderData, subjectKey, type OrderData } from './order-data.js';
import { orderView, type OrderView } from './order-view.js';
import { precheckOrder } from './run-precheck.js';

export const createOrderInput = orderDataSchema;

export async function assertOneSubjectPerAccount(
  deps: Pick<Deps, 'db' | 'sealer'>,
  actor: Actor,
  data: OrderData,
  exceptOrderId?: string,
): Promise<void> {
  const { rows } = await deps.db.query<{
    id: string;
    state: OrderState;
    subject_key: string;
    submitted_at: Date | null;
  }>('SELECT id, state, subject_key, submitted_at FROM orders WHERE account_id = $1', [actor.accountId]);
  const key = subjectKey(data, deps.sealer);
  for (const o of rows) {
    // a draft abandoned before it was ever submitted does not bind the account to its subject
    if (o.id === exceptOrderId || (o.state === 'abandoned' && o.submitted_at === null)) continue;
    if (o.subject_key !== key)
      throw new AppError(
        'INVALID_INPUT',
        '一个账号只能备案一个主体：本账号已有其他主体（证件号码不同）的订单。如需备案其他主体，请使用另一个账号。',
        'subject.certificate.number',
      );
  }
  if (exceptOrderId === undefined && rows.some((o) => !isTerminal(o.state)))
    throw new AppError('ALREADY_EXISTS', '本账号已有一个进行中的备案订单：请继续办理或放弃该订单后再新建。');
}

export async function createOrder(deps: Deps, actor: Actor, input: OrderData): Promise<OrderView> {
  if (actor.role !== 'applicant') throw new AppError('FORBIDDEN', '只有申请人可以新建备案订单。');
  await assertOneSubjectPerAccount(deps, actor, input);
  const precheck = await precheckOrder(deps, input);
  const now = deps.clock.now();
  const { rows } = await deps.db.transaction(async (tx) => {
    const r = await tx.query<OrderRow>(
      `INSERT INTO orders (account_id, state, province, filing_type, data, precheck, subject_key, created_at, updated_at)
       VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $7) RETURNING *`,
      [
        actor.accountId,
        input.subject.province,
        precheck.filingType,
        JSON.stringify(sealOrderData(input, deps.sealer)),
        JSON.stringify(precheck),
        subjectKey(input, deps.sealer),
        now,
      ],
    );
    await tx.query(
      `INSERT INTO order_events (order_id, at, actor_account_id, actor_role, event, from_state, to_state)
       VALUES ($1, $2, $3, 'applicant', 'create', NULL, 'draft')`,
      [r.rows[0]!.id, now, actor.accountId],
    );
    return r;
  });
  return orderView(rows[0]!, actor, deps.sealer, { unmasked: true });
}
