/**
 * The precheck of an order as it stands: its data, the facts the adapters know, and today's China date; with
 * `materials` (the order's current uploads, `suppliedMaterials`), the required ones missing are MATERIAL_MISSING.
 */
import { chinaDateOf, evaluate, type PrecheckResult, type SuppliedMaterial } from '@beian/core';
import type { Deps } from '../../deps.js';
import { defaultFactsSource } from './facts.js';
import type { OrderData } from './order-data.js';

export async function precheckOrder(
  deps: Pick<Deps, 'clock' | 'facts' | 'db' | 'registry'>,
  data: OrderData,
  materials?: SuppliedMaterial[],
): Promise<PrecheckResult> {
  const asOf = chinaDateOf(deps.clock.now().toISOString());
  const facts = await (deps.facts ?? defaultFactsSource(deps)).facts(data);
  return evaluate({
    asOf,
    subject: data.subject,
    websites: data.websites,
    ...facts,
    ...(materials ? { materials } : {}),
  });
}
