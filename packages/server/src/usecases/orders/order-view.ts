/**
 * An order as the API shows it, with what the actor may do next (style.md 11) and the reviewers' reasons
 * beside their fields. Personal numbers are shown in full only to the owner and, audited, to staff reading
 * one order; lists are always masked.
 */
import { allowedEvents, ORDER_STATES, type OrderEvent, type PrecheckResult } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Sealer } from '../../crypto/sealer.js';
import type { OrderRow } from './access.js';
import { maskOrderData, openOrderData, orderDataSchema, type OrderData } from './order-data.js';

export const reasonSchema = z.object({
  path: z.string(),
  message: z.string(),
  stage: z.string(),
  round: z.number(),
});
export type Reason = z.infer<typeof reasonSchema>;

export const orderViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.string(),
  stateZh: z.string(),
  province: z.string(),
  filingType: z.string().nullable(),
  version: z.number(),
  round: z.number(),
  masked: z.boolean(),
  data: orderDataSchema,
  precheck: z.unknown().nullable(),
  reasons: z.array(reasonSchema),
  actions: z.array(z.string()),
  submittedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrderView = z.infer<typeof orderViewSchema>;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function orderView(
  order: OrderRow,
  actor: Actor,
  sealer: Sealer,
  opts: { unmasked: boolean; reasons?: Reason[] },
): OrderView {
  const data = order.data as OrderData;
  const mayAct = actor.role !== 'applicant' || order.account_id === actor.accountId;
  const actions: OrderEvent[] = mayAct ? allowedEvents(order.state, actor.role) : [];
  return {
    id: order.id,
    kind: order.kind,
    state: order.state,
    stateZh: ORDER_STATES[order.state].zh,
    province: order.province,
    filingType: order.filing_type,
    version: order.version,
    round: Number(order.round),
    masked: !opts.unmasked,
    data: opts.unmasked ? openOrderData(data, sealer) : maskOrderData(data, sealer),
    precheck: (order.precheck as PrecheckResult | null) ?? null,
    reasons: opts.reasons ?? [],
    actions,
    submittedAt: iso(order.submitted_at),
    dueAt: iso(order.due_at),
    createdAt: iso(order.created_at)!,
    updatedAt: iso(order.updated_at)!,
  };
}
