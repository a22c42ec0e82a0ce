/**
 * The registry's answers in the precheck's shape (precheck-contract.md `RegistryFacts`): what 验证备案类型 and
 * an order's precheck hand to the core's `decideFilingType`. Also says what blocks a filing at the subject
 * level (an order in a bureau's review, 空壳主体), which the precheck facts do not carry.
 */
import type { RegistryFacts } from '@beian/core';
import type { CertificateRef, Registry, RegistrySubject, RegistryWebsite } from './registry.js';
import { normalizeCertificateNumber } from './simulator.js';

export type RegistryAnswers = {
  /** Precheck-shaped facts; `domains` is keyed by the domain exactly as given. */
  readonly facts: RegistryFacts;
  readonly subject?: RegistrySubject;
  /** Live website filings by the domain as given. */
  readonly websites: ReadonlyMap<string, RegistryWebsite>;
  readonly inFlightAtBureau: boolean;
  readonly shellSubject: boolean;
};

export async function askRegistry(
  registry: Registry,
  cert: CertificateRef,
  domains: readonly string[],
): Promise<RegistryAnswers> {
  const ref = { type: cert.type, number: normalizeCertificateNumber(cert.number) };
  const [subject, inFlightAtBureau, shellSubject] = await Promise.all([
    registry.findSubject(ref),
    registry.hasOrderInFlight(ref),
    registry.isShellSubject(ref),
  ]);
  const websites = new Map<string, RegistryWebsite>();
  for (const d of domains) {
    const w = await registry.findWebsite(d);
    if (w) websites.set(d, w);
  }
  const facts: RegistryFacts = {
    ...(subject
      ? {
          subject: {
            icpNumber: subject.icpNumber,
            name: subject.name,
            leaderName: subject.leaderName,
            accessedHere: subject.accessedHere,
          },
        }
      : {}),
    ...(websites.size > 0
      ? {
          domains: Object.fromEntries(
            [...websites].map(([d, w]) => [
              d,
              {
                icpNumber: w.icpNumber,
                subjectCertificateNumber: w.subjectCertificateNumber,
                accessedHere: w.accessedHere,
              },
            ]),
          ),
        }
      : {}),
  };
  return {
    facts,
    ...(subject ? { subject } : {}),
    websites,
    inFlightAtBureau,
    shellSubject,
  };
}
