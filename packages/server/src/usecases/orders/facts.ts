/**
 * The facts a precheck needs beyond the order itself: WHOIS / real-name data per domain and what the national
 * registry already holds. Adapters (the WHOIS and registry simulators, later real integrations) provide them.
 */
import type { DomainFacts, RegistryFacts } from '@beian/core';
import type { OrderData } from './order-data.js';

export interface FactsSource {
  facts(data: OrderData): Promise<{ domains?: Record<string, DomainFacts>; registry?: RegistryFacts }>;
}
