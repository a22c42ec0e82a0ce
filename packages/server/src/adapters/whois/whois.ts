/**
 * WHOIS and the registrars' real-name data (域名注册信息) as an adapter: the facts about a registrable domain that
 * the precheck's domain checks read (registrar, real-name verification, holder, expiry, privacy). Beian ships a
 * simulator over its own table (`simulator.ts`), edited by an admin; a provider connects a real source behind
 * the same interface.
 */
import type { DomainFacts } from '@beian/core';

export interface Whois {
  /** The facts of a domain (Unicode or ASCII, any case; a sub-domain answers for its registrable domain); undefined when unknown. */
  lookup(domain: string): Promise<DomainFacts | undefined>;
}
