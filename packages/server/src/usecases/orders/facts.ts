/**
 * The facts a precheck needs beyond the order itself: WHOIS / real-name data per domain and what the national
 * registry already holds. Adapters (the WHOIS and registry simulators, later real integrations) provide them;
 * by default both answer (`defaultFactsSource`); a domain the WHOIS does not know stays unknown (the precheck
 * then warns DOMAIN_FACTS_UNAVAILABLE and leaves those checks to the reviewer).
 */
import type { DomainFacts, RegistryFacts } from '@beian/core';
import { askRegistry } from '../../adapters/registry/facts.js';
import { registryOf } from '../../adapters/registry/index.js';
import { whoisOf } from '../../adapters/whois/index.js';
import type { Whois } from '../../adapters/whois/whois.js';
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

/** The WHOIS facts of each domain of the order, keyed by the domain as the order gives it. */
export function whoisFactsSource(deps: Pick<Deps, 'db'> & { readonly whois?: Whois }): FactsSource {
  return {
    async facts(data) {
      const whois = whoisOf(deps);
      const domains: Record<string, DomainFacts> = {};
      for (const d of new Set(data.websites.flatMap((w) => w.domains))) {
        const f = await whois.lookup(d);
        if (f) domains[d] = f;
      }
      return Object.keys(domains).length > 0 ? { domains } : {};
    },
  };
}

/** Several sources in one: their domain facts merged (a later source wins per domain), the last registry answer. */
export function combinedFactsSource(...sources: readonly FactsSource[]): FactsSource {
  return {
    async facts(data) {
      let domains: Record<string, DomainFacts> | undefined;
      let registry: RegistryFacts | undefined;
      for (const s of sources) {
        const f = await s.facts(data);
        if (f.domains) domains = { ...domains, ...f.domains };
        if (f.registry) registry = f.registry;
      }
      return { ...(domains ? { domains } : {}), ...(registry ? { registry } : {}) };
    },
  };
}

/** What an order's precheck uses unless `deps.facts` says otherwise: the registry and the WHOIS adapters. */
export function defaultFactsSource(
  deps: Pick<Deps, 'db' | 'registry'> & { readonly whois?: Whois },
): FactsSource {
  return combinedFactsSource(registryFactsSource(deps), whoisFactsSource(deps));
}
