/**
 * Verification as the API shows it, beside the order: every answer of the area is `{ order, verification }`
 * with the actor's next actions (style.md 11). The curtain's mailing address is personal data, sealed at rest:
 * its owner sees it; staff see it masked, except when they open the order's verification (they ship the
 * curtain to it), and that read is audited.
 */
import { ORDER_STATES } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { materialView, materialViewSchema } from '../materials/material-view.js';
import { auditRead, loadOrderForActor, type OrderRow } from '../orders/access.js';
import { maskNumber } from '../orders/order-data.js';
import { orderView, orderViewSchema, type OrderView } from '../orders/order-view.js';
import { currentReasons } from '../orders/reasons.js';
import { nextActions, readVerification, type VerificationState } from './verification-state.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export const METHOD_ZH = { curtain_photo: '幕布拍照核验', shanghai_app: '上海管局App核验' } as const;

export const verificationViewSchema = z.object({
  method: z.enum(['curtain_photo', 'shanghai_app']),
  methodZh: z.string(),
  /** the order's steps after submission (decisions.md 17) */
  steps: z.array(z.string()),
  stage: z.string(),
  stageZh: z.string(),
  masked: z.boolean(),
  curtain: z
    .object({
      id: z.string(),
      province: z.string(),
      address: z.string(),
      recipient: z.string(),
      mobile: z.string(),
      requestedAt: z.string(),
      shipment: z
        .object({ carrier: z.string(), trackingNumber: z.string(), shippedAt: z.string() })
        .nullable(),
    })
    .nullable(),
  /** one photo per website leader: the slot's path, the websites it covers, the photo, whether one is (still) due */
  photos: z.array(
    z.object({
      path: z.string(),
      websites: z.array(z.number()),
      leaderName: z.string(),
      photo: materialViewSchema.nullable(),
      needsUpload: z.boolean(),
    }),
  ),
  /** the latest decision of this round; a rejection says what to redo */
  review: z
    .object({
      decision: z.enum(['approved', 'rejected']),
      reasons: z.array(z.object({ path: z.string().nullable(), message: z.string() })),
      reviewedAt: z.string(),
    })
    .nullable(),
  shanghaiApp: z.object({ claimedAt: z.string().nullable() }).nullable(),
  mailedDocuments: z
    .object({
      materials: z.array(z.string()),
      carrier: z.string().nullable(),
      trackingNumber: z.string().nullable(),
      sentAt: z.string().nullable(),
      receivedAt: z.string().nullable(),
    })
    .nullable(),
  bureau: z.object({
    /** when the automatic push falls due (1 working day after verification) */
    pushDueAt: z.string().nullable(),
    reference: z.string().nullable(),
    pushedAt: z.string().nullable(),
    lastAttempt: z
      .object({ outcome: z.string(), startedAt: z.string(), error: z.string().nullable() })
      .nullable(),
  }),
  nextActions: z.array(z.string()),
});
export type VerificationView = z.infer<typeof verificationViewSchema>;

export const verificationResponseSchema = z.object({
  order: orderViewSchema,
  verification: verificationViewSchema,
});
export type VerificationResponse = { order: OrderView; verification: VerificationView };

const maskName = (name: string) =>
  name.length <= 1 ? '*' : name[0] + '*'.repeat(Math.min(name.length - 1, 3));
const maskAddress = (text: string) => `${text.slice(0, 6)}****`;

export function verificationView(
  v: VerificationState,
  actor: Actor,
  deps: Pick<Deps, 'sealer'>,
  opts: { unmasked: boolean },
): VerificationView {
  const { order } = v;
  const open = (s: string) => deps.sealer.open(s);
  const c = v.curtain;
  const staff = actor.role !== 'applicant';
  const last = v.pushes.at(-1);
  return {
    method: v.method,
    methodZh: METHOD_ZH[v.method],
    steps: v.steps,
    stage: order.state,
    stageZh: ORDER_STATES[order.state].zh,
    masked: !opts.unmasked,
    curtain: c
      ? {
          id: c.id,
          province: c.province,
          address: opts.unmasked ? open(c.address) : maskAddress(open(c.address)),
          recipient: opts.unmasked ? open(c.recipient) : maskName(open(c.recipient)),
          mobile: opts.unmasked ? open(c.mobile) : maskNumber(open(c.mobile)),
          requestedAt: iso(c.requested_at)!,
          shipment:
            c.shipped_at && c.tracking_number
              ? { carrier: c.carrier ?? '', trackingNumber: c.tracking_number, shippedAt: iso(c.shipped_at)! }
              : null,
        }
      : null,
    photos:
      v.method === 'curtain_photo'
        ? v.slots.map((s) => {
            const photo = v.photos.find((p) => p.path === s.path);
            return {
              path: s.path,
              websites: s.websites,
              leaderName: s.leaderName,
              photo: photo ? materialView(photo) : null,
              needsUpload: v.photosMissing.includes(s.path),
            };
          })
        : [],
    review: v.review
      ? { decision: v.review.decision, reasons: v.review.reasons, reviewedAt: iso(v.review.reviewed_at)! }
      : null,
    shanghaiApp: v.method === 'shanghai_app' ? { claimedAt: iso(v.shanghaiClaimAt) } : null,
    mailedDocuments: v.mailedMaterials.length
      ? {
          materials: v.mailedMaterials,
          carrier: v.mailed?.carrier ?? null,
          trackingNumber: v.mailed?.tracking_number ?? null,
          sentAt: iso(v.mailed?.sent_at),
          receivedAt: iso(v.mailed?.received_at),
        }
      : null,
    bureau: {
      pushDueAt: order.state === 'pending_bureau_push' ? iso(order.due_at) : null,
      reference: (order as OrderRow & { bureau_reference?: string | null }).bureau_reference ?? null,
      pushedAt: iso((order as OrderRow & { pushed_at?: Date | null }).pushed_at),
      lastAttempt: last
        ? {
            outcome: last.outcome,
            startedAt: iso(last.started_at)!,
            // what went wrong at the bureau is for staff; the applicant sees that it will be retried
            error: staff ? last.error : null,
          }
        : null,
    },
    nextActions: nextActions(v, actor),
  };
}

/**
 * The answer of every endpoint of the area: the order (after the change) and its verification. `read`: the
 * actor opened the verification itself (staff then see the mailing address, audited).
 */
export async function verificationResponse(
  deps: Pick<Deps, 'db' | 'sealer' | 'clock'>,
  actor: Actor,
  orderId: string,
  opts: { read?: boolean } = {},
): Promise<VerificationResponse> {
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const now = deps.clock.now();
  const v = await readVerification(deps.db, deps.sealer, order, now);
  const owner = order.account_id === actor.accountId;
  const unmasked = owner || opts.read === true;
  if (!owner && unmasked && v.curtain)
    await auditRead(deps.db, actor, 'curtain_request', v.curtain.id, { orderId: order.id }, now);
  return {
    order: orderView(order, actor, deps.sealer, {
      unmasked: owner,
      reasons: await currentReasons(deps.db, order.id),
    }),
    verification: verificationView(v, actor, deps, { unmasked }),
  };
}
