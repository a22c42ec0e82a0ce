/**
 * What verification (核验), the mailed documents (邮寄资料) and the push to the bureau (提交管局) of an order stand
 * at, read from their tables: the method (幕布拍照, or 上海管局App for Shanghai: seeds 000/002 step 6, decisions.md
 * 17), the curtain request and its shipment, the photos required (one per website leader) and uploaded, the
 * latest review of the round and what it asks to redo, the Shanghai app claim, the documents mailed, the push
 * attempts. Every use case of the area decides from this one reading.
 */
import {
  MAILED_MATERIALS,
  stepsFor,
  type MaterialCode,
  type OrderState,
  type PrecheckResult,
  type ProvinceCode,
  type StepCode,
} from '@beian/core';
import type { Actor } from '../../auth/actor.js';
import type { Sealer } from '../../crypto/sealer.js';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import type { MaterialRow } from '../materials/material-view.js';
import { loadOrderForActor, type OrderRow } from '../orders/access.js';
import { openOrderData, type OrderData } from '../orders/order-data.js';

export type VerificationMethod = 'curtain_photo' | 'shanghai_app';

const roundOf = (order: Pick<OrderRow, 'round'>) => Number(order.round);

export const CURTAIN_PHOTO = 'curtain_photo' as const;

export function methodOf(order: Pick<OrderRow, 'province'>): VerificationMethod {
  return order.province === 'SH' ? 'shanghai_app' : 'curtain_photo';
}

/** The order's steps as its precheck at submission gave them (decisions.md 17). */
export function stepsOf(order: Pick<OrderRow, 'province' | 'filing_type' | 'precheck'>): StepCode[] {
  const precheck = order.precheck as PrecheckResult | null;
  if (precheck?.steps?.length) return precheck.steps;
  return stepsFor(
    order.province as ProvinceCode,
    order.filing_type as PrecheckResult['filingType'],
    (precheck?.requiredMaterials ?? []).map((m) => m.code),
  );
}

/** The materials that go to the bureau by post (西藏 党政机关确认函), when the order has the step. */
export function mailedMaterialsOf(
  order: Pick<OrderRow, 'province' | 'filing_type' | 'precheck'>,
): MaterialCode[] {
  if (!stepsOf(order).includes('mail_documents')) return [];
  const required = ((order.precheck as PrecheckResult | null)?.requiredMaterials ?? []).map((m) => m.code);
  const mailed = [...new Set(required.filter((c) => MAILED_MATERIALS.has(c)))];
  return mailed.length ? mailed : [...MAILED_MATERIALS];
}

/**
 * The photos a curtain verification needs: one per distinct website leader (told apart by certificate; the subject
 * leader when a website names them), each under the path of the first website that leader runs. `opened`: the
 * order data with its numbers unsealed.
 */
export type PhotoSlot = { path: string; websites: number[]; leaderName: string };

export function photoSlots(opened: OrderData): PhotoSlot[] {
  const slots = new Map<string, PhotoSlot>();
  const keyOf = (p: { certificateType: string; certificateNumber: string }) =>
    `${p.certificateType}:${p.certificateNumber.trim().toUpperCase()}`;
  opened.websites.forEach((w, i) => {
    const person = w.leader === 'subject_leader' ? opened.subject.leader : w.leader;
    const key = keyOf(person);
    const slot = slots.get(key);
    if (slot) slot.websites.push(i);
    else slots.set(key, { path: `websites[${i}]`, websites: [i], leaderName: person.name });
  });
  return [...slots.values()];
}

/** The slot a website path belongs to ('websites[2]' → the slot of that website's leader). */
export function slotOfPath(slots: PhotoSlot[], path: string): PhotoSlot | undefined {
  const m = /^websites\[(\d+)\]$/.exec(path);
  if (!m) return undefined;
  return slots.find((s) => s.websites.includes(Number(m[1])));
}

export type CurtainRequestRow = {
  id: string;
  order_id: string;
  round: number;
  province: string;
  address: string;
  recipient: string;
  mobile: string;
  requested_by: string;
  requested_at: Date;
  updated_at: Date;
  carrier: string | null;
  tracking_number: string | null;
  shipped_by: string | null;
  shipped_at: Date | null;
};

export type ReviewRow = {
  id: string;
  round: number;
  method: VerificationMethod;
  decision: 'approved' | 'rejected';
  reasons: Array<{ path: string | null; message: string }>;
  material_ids: string[];
  reviewer_id: string;
  reviewed_at: Date;
};

export type MailedRow = {
  id: string;
  round: number;
  materials: MaterialCode[];
  carrier: string;
  tracking_number: string;
  sent_by: string;
  sent_at: Date;
  updated_at: Date;
  received_by: string | null;
  received_at: Date | null;
};

export type PushRow = {
  id: string;
  round: number;
  submission_id: string;
  actor_role: string;
  started_at: Date;
  lease_until: Date;
  outcome: 'pending' | 'accepted' | 'failed' | 'expired';
  finished_at: Date | null;
  bureau_reference: string | null;
  error: string | null;
};

/**
 * A new round asks for the verification again (the rule of this file). Seeds 000 and 002, step 6: 初审通过后…
 * 办理网站负责人拍照核验 — 收到幕布后，自行拍照并上传照片进行审核 — 照片通过审核后…提交省通信管理局审核; seed 002
 * lists 人脸核验或幕布拍照核验 as a step of every filing after 备案初审. Verification is a step of each
 * submission that passes initial review, and none of seeds 000–003 lets an earlier submission's photo stand
 * for a new one. So after a 管局驳回 or an order returned when 短信核验 lapsed, the new round needs its own
 * photos, reviewed in it: a photo seen by an earlier round's review (approved or rejected; every photo current
 * when verification ends is named by its approval) fills no slot of this round, and the same image uploaded
 * again (same SHA-256) is refused: the design allows no re-use, the leader is photographed anew. The curtain,
 * a cloth mailed once, serves later rounds; the Shanghai app check and the mailed documents are per round.
 */
export async function earlierRoundPhotoIds(db: Queryable, order: OrderRow): Promise<Set<string>> {
  const { rows } = await db.query<{ material_ids: string[] }>(
    'SELECT material_ids FROM verification_reviews WHERE order_id = $1 AND round < $2',
    [order.id, roundOf(order)],
  );
  return new Set(rows.flatMap((r) => r.material_ids ?? []));
}

export type VerificationState = {
  order: OrderRow;
  method: VerificationMethod;
  steps: StepCode[];
  /** The latest curtain request of the order (any round: a curtain once received serves later rounds). */
  curtain: CurtainRequestRow | undefined;
  slots: PhotoSlot[];
  /** This round's photos (earlier rounds' stay on record, `earlierRoundPhotoIds`). */
  photos: MaterialRow[];
  /** The latest review of this round. */
  review: ReviewRow | undefined;
  /** Slots that still need a (new) photo: never uploaded, or rejected and not uploaded again since. */
  photosMissing: string[];
  /** The latest Shanghai app claim of this round, if none was rejected after it. */
  shanghaiClaimAt: Date | undefined;
  mailedMaterials: MaterialCode[];
  mailed: MailedRow | undefined;
  pushes: PushRow[];
  /** A push attempt in flight (pending, lease not run out). */
  pushInFlight: PushRow | undefined;
};

export async function readVerification(
  db: Queryable,
  sealer: Sealer,
  order: OrderRow,
  now: Date,
): Promise<VerificationState> {
  const round = roundOf(order);
  const method = methodOf(order);
  const [curtain, photos, review, claim, mailed, pushes, earlier] = await Promise.all([
    db.query<CurtainRequestRow>(
      'SELECT * FROM curtain_requests WHERE order_id = $1 ORDER BY requested_at DESC, id DESC LIMIT 1',
      [order.id],
    ),
    db.query<MaterialRow>(
      `SELECT * FROM materials WHERE order_id = $1 AND code = $2 AND deleted_at IS NULL ORDER BY path`,
      [order.id, CURTAIN_PHOTO],
    ),
    db.query<ReviewRow>(
      `SELECT * FROM verification_reviews WHERE order_id = $1 AND round = $2
       ORDER BY reviewed_at DESC, id DESC LIMIT 1`,
      [order.id, round],
    ),
    db.query<{ claimed_at: Date | null; claims: number; rejections: number }>(
      `SELECT (SELECT max(claimed_at) FROM shanghai_app_claims WHERE order_id = $1 AND round = $2) AS claimed_at,
         (SELECT count(*)::int FROM shanghai_app_claims WHERE order_id = $1 AND round = $2) AS claims,
         (SELECT count(*)::int FROM verification_reviews
          WHERE order_id = $1 AND round = $2 AND method = 'shanghai_app' AND decision = 'rejected') AS rejections`,
      [order.id, round],
    ),
    db.query<MailedRow>('SELECT * FROM mailed_documents WHERE order_id = $1 AND round = $2', [
      order.id,
      round,
    ]),
    db.query<PushRow>('SELECT * FROM bureau_pushes WHERE order_id = $1 ORDER BY started_at, id', [order.id]),
    earlierRoundPhotoIds(db, order),
  ]);
  const roundPhotos = photos.rows.filter((p) => !earlier.has(p.id));
  const slots = photoSlots(openOrderData(order.data as OrderData, sealer));
  const lastReview = review.rows[0];
  // a rejection names the photos it saw: a rejected slot needs a photo that is not one of them (no clock
  // comparison: an upload in the instant of the rejection is new because it is another file)
  const redo = new Set<string>();
  if (lastReview?.decision === 'rejected')
    for (const r of lastReview.reasons)
      if (r.path) redo.add(r.path);
      else slots.forEach((s) => redo.add(s.path));
  const seen = new Set(lastReview?.material_ids ?? []);
  const photosMissing = slots
    .filter((s) => {
      const photo = roundPhotos.find((p) => p.path === s.path);
      return !photo || (redo.has(s.path) && seen.has(photo.id));
    })
    .map((s) => s.path);
  // claims and rejections alternate (a claim is recorded only while none stands): one more claim than
  // rejections means the latest claim has not been rejected
  const c = claim.rows[0]!;
  const shanghaiClaimAt =
    c.claimed_at && Number(c.claims) > Number(c.rejections) ? new Date(c.claimed_at) : undefined;
  const inFlight = pushes.rows.find(
    (p) => p.outcome === 'pending' && new Date(p.lease_until).getTime() > now.getTime(),
  );
  return {
    order,
    method,
    steps: stepsOf(order),
    curtain: curtain.rows[0],
    slots,
    photos: roundPhotos,
    review: lastReview,
    photosMissing,
    shanghaiClaimAt,
    mailedMaterials: mailedMaterialsOf(order),
    mailed: mailed.rows[0],
    pushes: pushes.rows,
    pushInFlight: inFlight,
  };
}

/** The actions of this area the actor may take now: what the page offers, what the endpoints accept. */
export type VerificationAction =
  | 'request_curtain'
  | 'ship_curtain'
  | 'upload_curtain_photo'
  | 'approve_verification'
  | 'reject_verification'
  | 'claim_shanghai_app'
  | 'send_documents'
  | 'documents_received'
  | 'push_to_bureau';

export function nextActions(v: VerificationState, actor: Actor): VerificationAction[] {
  const { order } = v;
  const owner = actor.role === 'applicant' && order.account_id === actor.accountId;
  const reviewer = actor.role === 'reviewer';
  const out: VerificationAction[] = [];
  if (order.state === 'verifying') {
    const reviewable =
      v.method === 'curtain_photo' ? v.photosMissing.length === 0 : v.shanghaiClaimAt !== undefined;
    if (v.method === 'curtain_photo') {
      const unshipped = v.curtain && !v.curtain.shipped_at;
      if (owner && (!v.curtain || unshipped)) out.push('request_curtain');
      if (owner) out.push('upload_curtain_photo');
      if ((reviewer || actor.role === 'admin') && unshipped) out.push('ship_curtain');
    } else if (owner && !v.shanghaiClaimAt) out.push('claim_shanghai_app');
    if (reviewer && reviewable) out.push('approve_verification', 'reject_verification');
  }
  if (order.state === 'awaiting_documents') {
    if (owner) out.push('send_documents');
    if (reviewer && v.mailed) out.push('documents_received');
  }
  if (order.state === 'pending_bureau_push' && reviewer && !v.pushInFlight) out.push('push_to_bureau');
  return out;
}

/**
 * The order, locked for this transaction, for a step of this area: the actor must see it (others' orders are
 * NOT_FOUND), an applicant must own it, and it must be in `state`.
 */
export async function lockOrderForStep(
  tx: Queryable,
  actor: Actor,
  orderId: string,
  state: OrderState,
  what: string,
): Promise<OrderRow> {
  const order = await loadOrderForActor(tx, actor, orderId, { forUpdate: true });
  assertStep(order, actor, state, what);
  return order;
}

export function assertStep(order: OrderRow, actor: Actor, state: OrderState, what: string): void {
  if (actor.role === 'applicant' && order.account_id !== actor.accountId)
    throw new AppError('NOT_FOUND', '找不到该备案订单。', 'orderId');
  if (order.state !== state)
    throw new AppError('INVALID_STATE', `订单当前不在“${STATE_ZH[state]}”阶段，不能${what}。`, 'orderId');
}

const STATE_ZH: Partial<Record<OrderState, string>> = {
  verifying: '核验',
  awaiting_documents: '邮寄资料',
  pending_bureau_push: '待提交管局',
};

export function assertMethod(v: Pick<VerificationState, 'method'>, method: VerificationMethod): void {
  if (v.method === method) return;
  throw new AppError(
    'INVALID_STATE',
    method === 'curtain_photo'
      ? '上海地区须使用上海通信管理局App进行网站负责人核验，无需幕布拍照：请按App提示完成后确认。'
      : '本订单通过幕布拍照核验网站负责人，不适用上海管局App核验。',
    'orderId',
  );
}

/** Every step of the area also moves the order's version, so a reviewer acting on a stale page is refused. */
export async function touchOrder(tx: Queryable, order: OrderRow, now: Date): Promise<void> {
  await tx.query('UPDATE orders SET version = version + 1, updated_at = $2 WHERE id = $1', [order.id, now]);
}

/** A reviewer acting on the version they saw: when given, it must be the current one. */
export function assertVersion(order: OrderRow, version: number | undefined): void {
  if (version !== undefined && version !== order.version)
    throw new AppError('CONFLICT', '订单已更新（例如申请人重新上传了照片）：请刷新后再审核。', 'version');
}
