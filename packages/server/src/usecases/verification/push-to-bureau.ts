/**
 * 提交管局: the order goes to its provincial bureau through the bureau adapter — by the task due 1 working day
 * after verification, or earlier by a reviewer. No transaction is held across the bureau's answer (server README):
 *
 * 1. take: in a short transaction the order is locked and checked (待提交管局, the push allowed for the actor), a
 *    run-out attempt expires, and a pending attempt is recorded with a lease — at most one per order;
 * 2. call: `submitFiling` with the order's snapshot, idempotent on its submission id (`${orderId}:${round}`);
 * 3. record: the transition `push_to_bureau` by compare-and-set (to 短信核验 when the order's steps have it, else
 *    管局审核), the bureau's reference on the order, the attempt accepted, the push task done.
 *
 * When the bureau cannot be reached the attempt is recorded as failed and the order stays 待提交管局: the task
 * retries with backoff (worker.ts), a reviewer may try again. A crash between the call and the record leaves a
 * pending attempt whose lease runs out; the retry files the same submission id and gets the same reference.
 */
import { transition, type FilingType, type ProvinceCode } from '@beian/core';
import type { OrderSnapshot } from '../../adapters/bureau/bureau.js';
import { bureauOf } from '../../adapters/bureau/index.js';
import { type Actor, type SystemActor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { cancelTasks } from '../../jobs/tasks.js';
import { LEASE_MS } from '../../jobs/worker.js';
import type { MaterialRow } from '../materials/material-view.js';
import { loadOrderForActor, type OrderRow } from '../orders/access.js';
import { applyTransition } from '../orders/apply-transition.js';
import { BUREAU_REVIEW_WORKING_DAYS, dueAfterWorkingDays } from '../orders/deadlines.js';
import { openOrderData, type OrderData } from '../orders/order-data.js';
import { TASK_BUREAU_PUSH } from './push-stage.js';
import { methodOf, stepsOf } from './verification-state.js';
import { verificationResponse, type VerificationResponse } from './verification-view.js';

type PushActor = Actor | SystemActor;

/** 短信核验: 48 hours from the codes being sent at the push (decisions.md 2). */
export const SMS_DEADLINE_MS = 48 * 3_600_000;

export const submissionIdOf = (order: Pick<OrderRow, 'id' | 'round'>) => `${order.id}:${Number(order.round)}`;

type Taken = { order: OrderRow; pushId: string; smsVerification: boolean };

async function take(deps: Deps, actor: PushActor, orderId: string): Promise<Taken | undefined> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    let order: OrderRow | undefined;
    if (actor.role === 'system')
      order = (await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [orderId])).rows[0];
    else order = await loadOrderForActor(tx, actor, orderId, { forUpdate: true });
    if (!order) return undefined;
    // the steps the order's check gave at submission (filing orders: needsSmsVerification, decisions.md 1)
    const smsVerification = stepsOf(order).includes('sms_verification');
    const decision = transition(order.state, 'push_to_bureau', actor.role, { smsVerification });
    if (!decision.ok) {
      // the task of an order pushed meanwhile (or gone elsewhere): nothing left to do
      if (actor.role === 'system') return undefined;
      throw new AppError(
        decision.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'INVALID_STATE',
        decision.message,
        'orderId',
      );
    }
    await tx.query(
      `UPDATE bureau_pushes SET outcome = 'expired', finished_at = $2,
         error = coalesce(error, '提交中断（租约到期），已重新提交')
       WHERE order_id = $1 AND outcome = 'pending' AND lease_until <= $2`,
      [order.id, now],
    );
    const inFlight = await tx.query('SELECT 1 FROM bureau_pushes WHERE order_id = $1 AND outcome = $2', [
      order.id,
      'pending',
    ]);
    if (inFlight.rowCount > 0)
      throw new AppError('CONFLICT', '订单正在提交管局：请稍候刷新查看结果。', 'orderId');
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO bureau_pushes (order_id, round, submission_id, actor_role, actor_account_id, started_at, lease_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        order.id,
        Number(order.round),
        submissionIdOf(order),
        actor.role,
        actor.accountId,
        now,
        new Date(now.getTime() + LEASE_MS),
      ],
    );
    return { order, pushId: rows[0]!.id, smsVerification };
  });
}

/** The order as the bureau receives it: the data with its numbers in clear, the materials by reference. */
export async function orderSnapshot(
  deps: Pick<Deps, 'db' | 'sealer'>,
  db: Queryable,
  order: OrderRow,
  smsVerification: boolean,
  pushedAt: Date,
): Promise<OrderSnapshot> {
  const [materials, approval] = await Promise.all([
    db.query<MaterialRow>(
      'SELECT * FROM materials WHERE order_id = $1 AND deleted_at IS NULL ORDER BY code, path, side, created_at',
      [order.id],
    ),
    db.query<{ reviewed_at: Date }>(
      `SELECT reviewed_at FROM verification_reviews WHERE order_id = $1 AND round = $2 AND decision = 'approved'
       ORDER BY reviewed_at DESC LIMIT 1`,
      [order.id, Number(order.round)],
    ),
  ]);
  return {
    submissionId: submissionIdOf(order),
    orderId: order.id,
    round: Number(order.round),
    kind: order.kind,
    province: order.province as ProvinceCode,
    filingType: order.filing_type as FilingType | null,
    data: openOrderData(order.data as OrderData, deps.sealer),
    materials: materials.rows.map((m) => ({
      id: m.id,
      code: m.code,
      path: m.path,
      side: m.side,
      mime: m.mime,
      sha256: m.sha256,
    })),
    verification: {
      method: methodOf(order),
      approvedAt: new Date(approval.rows[0]?.reviewed_at ?? order.updated_at).toISOString(),
      mailedDocuments: stepsOf(order).includes('mail_documents'),
    },
    smsVerification,
    pushedAt: pushedAt.toISOString(),
  };
}

/**
 * Push one order. Returns the order as recorded, or undefined when a task found nothing to do. Throws
 * UNAVAILABLE (the order unchanged, still 待提交管局) when the bureau could not be reached.
 */
export async function pushOrder(
  deps: Deps,
  actor: PushActor,
  orderId: string,
  opts: { taskId?: string } = {},
): Promise<OrderRow | undefined> {
  const taken = await take(deps, actor, orderId);
  if (!taken) return undefined;
  const { order, pushId, smsVerification } = taken;
  const startedAt = deps.clock.now();
  let bureauReference: string;
  try {
    const snapshot = await orderSnapshot(deps, deps.db, order, smsVerification, startedAt);
    ({ bureauReference } = await bureauOf(deps).submitFiling(snapshot));
  } catch (e) {
    const message = String((e as Error)?.message ?? e).slice(0, 500);
    await deps.db.query(
      `UPDATE bureau_pushes SET outcome = 'failed', finished_at = $2, error = $3 WHERE id = $1 AND outcome = 'pending'`,
      [pushId, deps.clock.now(), message],
    );
    throw new AppError(
      'UNAVAILABLE',
      `管局系统暂时无法接收（${message}）：订单仍为“待提交管局”，系统会自动重试，也可稍后再次提交。`,
    );
  }
  try {
    return await deps.db.transaction(async (tx) => {
      const now = deps.clock.now();
      const updated = await applyTransition(tx, order, 'push_to_bureau', actor, now, {
        facts: { smsVerification },
        patch: {
          due_at: smsVerification
            ? new Date(startedAt.getTime() + SMS_DEADLINE_MS)
            : dueAfterWorkingDays(now, BUREAU_REVIEW_WORKING_DAYS, deps.calendar),
        },
        detail: { bureauReference },
      });
      const { rows } = await tx.query<OrderRow>(
        'UPDATE orders SET bureau_reference = $2, pushed_at = $3 WHERE id = $1 RETURNING *',
        [order.id, bureauReference, now],
      );
      const accepted = await tx.query(
        `UPDATE bureau_pushes SET outcome = 'accepted', bureau_reference = $2, finished_at = $3
         WHERE id = $1 AND outcome = 'pending'`,
        [pushId, bureauReference, now],
      );
      if (accepted.rowCount === 0)
        throw new AppError('CONFLICT', '本次提交已超时，由另一次提交接手：请刷新查看结果。', 'orderId');
      if (opts.taskId)
        await tx.query('UPDATE scheduled_tasks SET done_at = $2 WHERE id = $1 AND done_at IS NULL', [
          opts.taskId,
          now,
        ]);
      await cancelTasks(tx, order.id, TASK_BUREAU_PUSH, now);
      return { ...updated, ...rows[0]! };
    });
  } catch (e) {
    await deps.db
      .query(
        `UPDATE bureau_pushes SET outcome = 'failed', finished_at = $2, error = $3 WHERE id = $1 AND outcome = 'pending'`,
        [pushId, deps.clock.now(), `记录提交结果失败：${String((e as Error)?.message ?? e).slice(0, 400)}`],
      )
      .catch(() => {});
    throw e;
  }
}

/** 提交管局 by a reviewer, before the task falls due. */
export async function pushToBureau(deps: Deps, actor: Actor, orderId: string): Promise<VerificationResponse> {
  if (actor.role !== 'reviewer') throw new AppError('FORBIDDEN', '提交管局需要初审员身份。');
  await pushOrder(deps, actor, orderId);
  return verificationResponse(deps, actor, orderId);
}
