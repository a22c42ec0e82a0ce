/**
 * The bureau console's queue (管局审核中): the filings each bureau is reviewing, by province and then by when their
 * review began, masked. The operator sees nothing before the push, and nothing the bureau has already decided.
 */
import { PROVINCE_CODES } from '@beian/core';
import { z } from 'zod';
import type { BureauFilingRow } from '../../adapters/bureau/simulator.js';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import type { OrderRow } from '../orders/access.js';
import { assertBureauOperator } from './approve-filing.js';
import { bureauOrderView, type BureauOrderView } from './bureau-order-view.js';

export const listBureauOrdersQuery = z.object({
  province: z.enum(PROVINCE_CODES, { message: '省份代码不正确（如 BJ、ZJ）' }).optional(),
});

export async function listBureauOrders(
  deps: Deps,
  actor: Actor,
  query: z.infer<typeof listBureauOrdersQuery>,
): Promise<BureauOrderView[]> {
  assertBureauOperator(actor);
  const { rows: orders } = await deps.db.query<OrderRow & { filing_id: string }>(
    `SELECT o.*, f.id AS filing_id
     FROM bureau_filings f JOIN orders o ON o.id = f.order_id AND o.round = f.round
     WHERE f.status = 'under_review' AND o.state = 'bureau_review' AND ($1::text IS NULL OR f.province = $1)
     ORDER BY f.province, f.review_started_at, f.reference`,
    [query.province ?? null],
  );
  const { rows: filings } = await deps.db.query<BureauFilingRow>(
    'SELECT * FROM bureau_filings WHERE id = ANY($1::uuid[])',
    [orders.map((o) => o.filing_id)],
  );
  const byId = new Map(filings.map((f) => [f.id, f]));
  const views: BureauOrderView[] = [];
  for (const o of orders)
    views.push(await bureauOrderView(deps, actor, o, byId.get(o.filing_id)!, { unmasked: false }));
  return views;
}
