/**
 * The facts a precheck needs beyond the order itself: WHOIS / real-name data per domain and what the national
 * registry already holds. Adapters (the WHOIS and registry simulators, later real integrations) provide them;
 * by default the registry adapter answers and no domain facts are known (the precheck then warns
 * DOMAIN_FACTS_UNAVAILABLE and leaves those checks to the reviewer).
 */
import type { DomainFacts, RegistryFacts } from '@beian/core';
import { askRegistry } from '../../adapters/registry/facts.js';
import { registryOf } from '../../adapters/registry/index.js';
import type { Deps } from '../../deps.js';
import type { OrderData } from './order-data.js';

export interface FactsSource {
  facts(data: OrderData): Promise<{ domains?: Record<string, DomainFacts>; registry?: RegistryFacts }>;
}

export function registryFactsSource(deps: Pick<Deps, 'db' | 'registry'>): FactsSource {
  return {
    async facts(data) {
      const answers = await askRegistry(
        registryOf(deps),
        { type: data.subject.certificate.type, number: data.subject.certificate.number },
        data.websites.flatMap((w) => w.domains),
      );
      return { registry: answers.facts };
    },
  };
}
