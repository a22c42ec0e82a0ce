/**
 * 管局驳回 with reasons per field (like initial review): the bureau keeps its reasons, the order comes back to
 * the applicant with them beside the fields (stage 'bureau'), and the subject is no longer in flight at the
 * registry. The applicant edits and resubmits (submit is allowed from 管局驳回).
 */
import { findFiling, registrySubjectOf, TASK_AUTO_APPROVE } from '../../adapters/bureau/simulator.js';
import { clearSubjectInFlight } from '../../adapters/registry/filings.js';
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { cancelTasks } from '../../jobs/tasks.js';
import { loadOrderForActor } from '../orders/access.js';
import { applyTransition } from '../orders/apply-transition.js';
import { rejectInput } from '../orders/initial-review.js';
import { openOrderData, type OrderData } from '../orders/order-data.js';
import { saveReasons, validateReasons } from '../orders/reasons.js';
import { assertBureauOperator, filingUnderReview } from './approve-filing.js';
import { bureauOrderView, type BureauOrderView } from './bureau-order-view.js';

export const bureauRejectInput = rejectInput;
export type Reasons = ReadonlyArray<{ path: string; message: string }>;

/** The bureau's copy of its reasons. */
export async function saveBureauReasons(
  tx: Queryable,
  filingId: string,
  reasons: Reasons,
  at: Date,
): Promise<void> {
  for (const r of reasons)
    await tx.query(
      'INSERT INTO bureau_reasons (filing_id, path, message, created_at) VALUES ($1, $2, $3, $4)',
      [filingId, r.path, r.message, at],
    );
}

export async function rejectFiling(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: { reasons: Reasons },
): Promise<BureauOrderView> {
  assertBureauOperator(actor);
  const seen = await loadOrderForActor(deps.db, actor, orderId);
  validateReasons(seen.data as OrderData, input.reasons);
  const now = deps.clock.now();
  const { order, filing } = await deps.db.transaction(async (tx) => {
    const locked = await loadOrderForActor(tx, actor, orderId, { forUpdate: true });
    const f = await filingUnderReview(tx, locked);
    const updated = await applyTransition(tx, locked, 'bureau_reject', actor, now, {
      facts: { reasonCount: input.reasons.length },
      patch: { due_at: null },
      detail: { bureauReference: f.reference, reasons: input.reasons.length },
    });
    await saveReasons(tx, locked.id, Number(locked.round), 'bureau', input.reasons, actor.accountId, now);
    await tx.query(
      `UPDATE bureau_filings SET status = 'rejected', decided_at = $2, decided_by = $3 WHERE id = $1`,
      [f.id, now, actor.accountId],
    );
    await saveBureauReasons(tx, f.id, input.reasons, now);
    const data = openOrderData(locked.data as OrderData, deps.sealer);
    const subject = registrySubjectOf(data, locked.province);
    await clearSubjectInFlight(tx, { type: subject.certificateType, number: subject.certificateNumber });
    await cancelTasks(tx, locked.id, TASK_AUTO_APPROVE, now);
    return { order: updated, filing: (await findFiling(tx, locked.id, Number(locked.round)))! };
  });
  return bureauOrderView(deps, actor, order, filing, { unmasked: false });
}
