/** 备案进度: the order's state changes, oldest first (the audit rows the transitions wrote). */
import { TRANSITIONS, type OrderEvent } from '@beian/core';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { loadOrderForActor } from './access.js';

const EXTRA_ZH: Record<string, string> = { create: '新建订单' };

export async function orderHistory(deps: Deps, actor: Actor, orderId: string) {
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const { rows } = await deps.db.query<{
    at: Date;
    event: string;
    from_state: string | null;
    to_state: string;
    actor_role: string;
  }>('SELECT at, event, from_state, to_state, actor_role FROM order_events WHERE order_id = $1 ORDER BY id', [
    order.id,
  ]);
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    event: r.event,
    eventZh: TRANSITIONS[r.event as OrderEvent]?.zh ?? EXTRA_ZH[r.event] ?? r.event,
    fromState: r.from_state,
    toState: r.to_state,
    actorRole: r.actor_role,
  }));
}
