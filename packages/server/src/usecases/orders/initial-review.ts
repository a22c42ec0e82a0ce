/**
 * 初审 by a reviewer: the call log (a second call about an hour after an unanswered one; still unreachable →
 * rejection, seed 003), approval, and rejection with reasons per field that the applicant sees beside the field.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { loadOrderForActor, type OrderRow } from './access.js';
import { applyTransition } from './apply-transition.js';
import type { OrderData } from './order-data.js';
import { orderView, type OrderView } from './order-view.js';
import { currentReasons, saveReasons, validateReasons } from './reasons.js';
import { bureauPushDue, schedulePush } from '../verification/push-stage.js';
import { stepsOf } from '../verification/verification-state.js';

function assertReviewer(actor: Actor): void {
  if (actor.role !== 'reviewer') throw new AppError('FORBIDDEN', '初审操作需要初审员身份。');
}

export const recordCallInput = z.object({
  answered: z.boolean({ message: '请选择是否接通' }),
  note: z.string().trim().max(500, '备注最多500字').default(''),
});

export async function recordCall(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: z.infer<typeof recordCallInput>,
): Promise<{ calls: CallView[] }> {
  assertReviewer(actor);
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await applyTransition(tx, order, 'record_call', actor, now, { detail: { answered: input.answered } });
    await tx.query(
      'INSERT INTO review_calls (order_id, round, reviewer_id, called_at, answered, note) VALUES ($1, $2, $3, $4, $5, $6)',
      [order.id, roundOf(order), actor.accountId, now, input.answered, input.note],
    );
  });
  return { calls: await listCalls(deps, order.id, roundOf(order)) };
}

export type CallView = { calledAt: string; answered: boolean; note: string; reviewerId: string };

const roundOf = (order: OrderRow) => Number(order.round);

export async function listCalls(deps: Pick<Deps, 'db'>, orderId: string, round: number): Promise<CallView[]> {
  const { rows } = await deps.db.query<{
    called_at: Date;
    answered: boolean;
    note: string;
    reviewer_id: string;
  }>(
    'SELECT called_at, answered, note, reviewer_id FROM review_calls WHERE order_id = $1 AND round = $2 ORDER BY called_at',
    [orderId, round],
  );
  return rows.map((r) => ({
    calledAt: new Date(r.called_at).toISOString(),
    answered: r.answered,
    note: r.note,
    reviewerId: r.reviewer_id,
  }));
}

export async function approveInitialReview(deps: Deps, actor: Actor, orderId: string): Promise<OrderView> {
  assertReviewer(actor);
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const now = deps.clock.now();
  // an order with no verification step (an after-filing order that keeps its people) waits for its push at once
  const steps = stepsOf(order);
  const verification = steps.includes('curtain_photo') || steps.includes('shanghai_app_verification');
  const pushDue = verification ? null : bureauPushDue(deps, now);
  const updated = await deps.db.transaction(async (tx) => {
    const u = await applyTransition(tx, order, 'approve_initial', actor, now, {
      facts: { verification },
      patch: { due_at: pushDue },
    });
    if (pushDue) await schedulePush(tx, order.id, pushDue, now);
    return u;
  });
  return orderView(updated, actor, deps.sealer, { unmasked: false });
}

export const rejectInput = z.object({
  reasons: z
    .array(
      z.object({
        path: z.string().trim().min(1, '请指明字段'),
        message: z.string().trim().min(2, '请写明驳回原因和修改建议').max(500, '原因最多500字'),
      }),
    )
    .min(1, '驳回须至少填写一条原因')
    .max(50),
});

export async function rejectInitialReview(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: z.infer<typeof rejectInput>,
): Promise<OrderView> {
  assertReviewer(actor);
  const order = await loadOrderForActor(deps.db, actor, orderId);
  validateReasons(order.data as OrderData, input.reasons);
  const now = deps.clock.now();
  const updated = await deps.db.transaction(async (tx) => {
    const u = await applyTransition(tx, order, 'reject_initial', actor, now, {
      facts: { reasonCount: input.reasons.length },
      patch: { due_at: null },
      detail: { reasons: input.reasons.length },
    });
    await saveReasons(tx, order.id, roundOf(order), 'initial_review', input.reasons, actor.accountId, now);
    return u;
  });
  return orderView(updated, actor, deps.sealer, {
    unmasked: false,
    reasons: await currentReasons(deps.db, order.id),
  });
}

/** 无法联系，驳回: two unanswered calls this round, about an hour apart. */
export async function rejectUnreachable(deps: Deps, actor: Actor, orderId: string): Promise<OrderView> {
  assertReviewer(actor);
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const unanswered = (await listCalls(deps, order.id, roundOf(order))).filter((c) => !c.answered);
  const minutes =
    unanswered.length >= 2
      ? (Date.parse(unanswered[unanswered.length - 1]!.calledAt) - Date.parse(unanswered[0]!.calledAt)) /
        60_000
      : 0;
  const now = deps.clock.now();
  const reason = {
    path: 'subject.leader.mobile',
    message: `初审员两次致电（间隔约1小时）均未能联系到您：请保持联系方式畅通，确认号码无误后重新提交。`,
  };
  const updated = await deps.db.transaction(async (tx) => {
    const u = await applyTransition(tx, order, 'reject_unreachable', actor, now, {
      facts: { unansweredCalls: unanswered.length, minutesBetweenCalls: minutes },
      patch: { due_at: null },
    });
    await saveReasons(tx, order.id, roundOf(order), 'initial_review', [reason], actor.accountId, now);
    return u;
  });
  return orderView(updated, actor, deps.sealer, {
    unmasked: false,
    reasons: await currentReasons(deps.db, order.id),
  });
}
