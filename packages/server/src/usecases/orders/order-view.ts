/**
 * An order as the API shows it, with what the actor may do next (style.md 11) and the reviewers' reasons
 * beside their fields. Personal numbers are shown in full only to the owner and, audited, to staff reading
 * one order; lists are always masked.
 */
import {
  AFTER_FILING_KIND_CODES,
  AFTER_FILING_KINDS,
  allowedEvents,
  ORDER_STATES,
  type AfterFilingKind,
  type OrderEvent,
  type PrecheckResult,
} from '@beian/core';
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

/** An after-filing order's target (变更 / 注销 / 取消接入): the record's numbers and the concerned parts as filed. */
export const afterFilingViewSchema = z.object({
  kind: z.string(),
  kindZh: z.string(),
  subjectIcpNumber: z.string(),
  /** The 网站备案号 of data.websites, index by index. */
  websiteNumbers: z.array(z.string()),
  declarations: z.object({ nameChangeRelated: z.boolean().optional(), acknowledged: z.boolean().optional() }),
  /** The fields the order changes (paths into data). */
  changedPaths: z.array(z.string()),
  /** The concerned parts as filed (masked like data). */
  before: orderDataSchema,
});

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
  /** Null for filing orders. */
  afterFiling: afterFilingViewSchema.nullable(),
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
    afterFiling: afterFilingView(order, (d) =>
      opts.unmasked ? openOrderData(d, sealer) : maskOrderData(d, sealer),
    ),
    reasons: opts.reasons ?? [],
    actions,
    submittedAt: iso(order.submitted_at),
    dueAt: iso(order.due_at),
    createdAt: iso(order.created_at)!,
    updatedAt: iso(order.updated_at)!,
  };
}

type StoredTargetLike = {
  subjectIcpNumber: string;
  websiteNumbers: string[];
  declarations?: { nameChangeRelated?: boolean; acknowledged?: boolean };
  changedPaths?: string[];
  before: OrderData;
};

/** An after-filing order's target as a view; `show` opens or masks the parts as filed (as the caller shows data). */
export function afterFilingView(
  order: OrderRow,
  show: (sealed: OrderData) => OrderData,
): OrderView['afterFiling'] {
  if (!(AFTER_FILING_KIND_CODES as string[]).includes(order.kind) || !order.target) return null;
  const t = order.target as StoredTargetLike;
  return {
    kind: order.kind,
    kindZh: AFTER_FILING_KINDS[order.kind as AfterFilingKind].zh,
    subjectIcpNumber: t.subjectIcpNumber,
    websiteNumbers: t.websiteNumbers,
    declarations: t.declarations ?? {},
    changedPaths: t.changedPaths ?? [],
    before: show(t.before),
  };
}
