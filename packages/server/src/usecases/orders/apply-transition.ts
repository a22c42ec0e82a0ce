/**
 * A state change of an order: decided by the core's transition table, written with compare-and-set on the
 * state and version, with its audit row in the same transaction (style.md 6, 7). Zero rows updated means
 * someone else moved the order first: a typed CONFLICT. The change's notices (SMS, email, in-site message) are
 * written into the outbox in the same transaction, after the audit row (notices/order-notices.ts).
 */
import { transition, type OrderEvent, type TransitionFacts } from '@beian/core';
import type { Actor, SystemActor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import { enqueueOrderNotices } from '../../notices/order-notices.js';
import type { OrderRow } from './access.js';

export type Patch = Partial<
  Record<'data' | 'precheck' | 'filing_type' | 'submitted_at' | 'due_at' | 'round' | 'subject_key', unknown>
>;

export async function applyTransition(
  tx: Queryable,
  order: OrderRow,
  event: OrderEvent,
  actor: Actor | SystemActor,
  at: Date,
  opts: {
    facts?: TransitionFacts;
    patch?: Patch;
    detail?: Record<string, unknown>;
    /** The notices of the change: on by default; `note` adds a sentence (an ICP number…); false sends none. */
    notice?: false | { note?: string };
  } = {},
): Promise<OrderRow> {
  const decision = transition(order.state, event, actor.role, opts.facts ?? {});
  if (!decision.ok)
    throw new AppError(decision.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'INVALID_STATE', decision.message);
  const patch = Object.entries(opts.patch ?? {});
  const sets = patch.map(([k], i) => `${k} = $${i + 5}`);
  const { rows } = await tx.query<OrderRow>(
    `UPDATE orders SET state = $3, version = version + 1, updated_at = $4${sets.length ? ', ' + sets.join(', ') : ''}
     WHERE id = $1 AND state = $2 AND version = $${patch.length + 5} RETURNING *`,
    [
      order.id,
      order.state,
      decision.to,
      at,
      ...patch.map(([k, v]) => (k === 'data' || k === 'precheck' ? JSON.stringify(v) : v)),
      order.version,
    ],
  );
  const updated = rows[0];
  if (!updated) throw new AppError('CONFLICT', '订单已被他人更新：请刷新后重试。');
  await tx.query(
    `INSERT INTO order_events (order_id, at, actor_account_id, actor_role, event, from_state, to_state, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      order.id,
      at,
      actor.accountId,
      actor.role,
      event,
      order.state,
      decision.to,
      JSON.stringify(opts.detail ?? {}),
    ],
  );
  if (opts.notice !== false)
    await enqueueOrderNotices(tx, {
      order: updated,
      event,
      at,
      ...(opts.notice?.note ? { note: opts.notice.note } : {}),
    });
  return updated;
}
