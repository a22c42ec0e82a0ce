/**
 * An order as the bureau console shows it: the bureau's record (受理编号, status, when received and when its
 * review began) and the order's data. Lists are masked; one order opened by an operator shows the certificate
 * numbers the bureau checks (audited) while phone numbers stay masked — the bureau reaches people by 短信核验,
 * not by reading their numbers.
 */
import { allowedEvents, ORDER_STATES, PROVINCES, isProvinceCode, type OrderEvent } from '@beian/core';
import { z } from 'zod';
import type { BureauFilingRow } from '../../adapters/bureau/simulator.js';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import type { OrderRow } from '../orders/access.js';
import { maskNumber, orderDataSchema, type OrderData } from '../orders/order-data.js';
import { afterFilingView, afterFilingViewSchema } from '../orders/order-view.js';

export const bureauReasonSchema = z.object({ path: z.string(), message: z.string() });

export const bureauOrderViewSchema = z.object({
  orderId: z.string(),
  bureauReference: z.string(),
  province: z.string(),
  provinceZh: z.string(),
  filingType: z.string(),
  /** 'filing', or an after-filing kind (change_subject …). */
  kind: z.string(),
  /** After-filing orders: the record's numbers, what changes and the parts as filed (masked like data). */
  afterFiling: afterFilingViewSchema.nullable(),
  state: z.string(),
  stateZh: z.string(),
  bureauStatus: z.string(),
  round: z.number(),
  receivedAt: z.string(),
  reviewStartedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  subjectIcpNumber: z.string().nullable(),
  /** Certificate numbers masked too (lists). Phone numbers are always masked here. */
  masked: z.boolean(),
  data: orderDataSchema,
  reasons: z.array(bureauReasonSchema),
  actions: z.array(z.string()),
});
export type BureauOrderView = z.infer<typeof bureauOrderViewSchema>;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The order's data for the bureau: mobiles masked; certificate numbers open only when `unmasked`. */
function bureauData(sealed: OrderData, sealer: Deps['sealer'], unmasked: boolean): OrderData {
  const copy = structuredClone(sealed);
  const open = (v: string) => sealer.open(v);
  const cert = (v: string) => (unmasked ? open(v) : maskNumber(open(v)));
  copy.subject.leader.mobile = maskNumber(open(copy.subject.leader.mobile));
  copy.subject.leader.certificateNumber = cert(copy.subject.leader.certificateNumber);
  if (copy.subject.nature === 'individual')
    copy.subject.certificate.number = cert(copy.subject.certificate.number);
  for (const w of copy.websites)
    if (typeof w.leader === 'object') {
      w.leader.mobile = maskNumber(open(w.leader.mobile));
      w.leader.certificateNumber = cert(w.leader.certificateNumber);
    }
  return copy;
}

export async function bureauOrderView(
  deps: Pick<Deps, 'sealer' | 'db'>,
  actor: Actor,
  order: OrderRow,
  filing: BureauFilingRow,
  opts: { unmasked: boolean },
): Promise<BureauOrderView> {
  const { rows: reasons } = await deps.db.query<{ path: string; message: string }>(
    'SELECT path, message FROM bureau_reasons WHERE filing_id = $1 ORDER BY id',
    [filing.id],
  );
  const actions: OrderEvent[] = allowedEvents(order.state, actor.role).filter((e) =>
    ['bureau_approve', 'bureau_reject'].includes(e),
  );
  return {
    orderId: order.id,
    bureauReference: filing.reference,
    province: filing.province,
    provinceZh: isProvinceCode(filing.province) ? PROVINCES[filing.province].zh : filing.province,
    filingType: filing.filing_type,
    kind: order.kind,
    afterFiling: afterFilingView(order, (d) => bureauData(d, deps.sealer, opts.unmasked)),
    state: order.state,
    stateZh: ORDER_STATES[order.state].zh,
    bureauStatus: filing.status,
    round: Number(filing.round),
    receivedAt: iso(filing.received_at)!,
    reviewStartedAt: iso(filing.review_started_at),
    decidedAt: iso(filing.decided_at),
    subjectIcpNumber: filing.subject_icp_number,
    masked: !opts.unmasked,
    data: bureauData(order.data as OrderData, deps.sealer, opts.unmasked),
    reasons,
    actions: filing.status === 'under_review' ? actions : [],
  };
}
