/**
 * 验证备案类型: the filing type from the registry facts (precheck-contract.md "FilingType").
 * Per domain: filed elsewhere under this subject → 接入备案 or 新增接入 (subject already accessed here);
 * not filed → 首次备案, or 新增网站 when the subject is filed (here or elsewhere). A domain filed under another
 * subject, or already filed and accessed here, makes no type possible for that domain.
 */
import type { FilingType } from '../glossary.js';
import type { DomainRef, OrderContext } from '../rules/context.js';

export type DomainFiling =
  | { readonly domain: DomainRef; readonly type: FilingType }
  | { readonly domain: DomainRef; readonly type: null; readonly conflict: 'other_subject' | 'accessed_here' };

function sameCertificate(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

type FilingFacts = Pick<OrderContext, 'input' | 'domains'>;

export function domainFiling(ctx: FilingFacts, d: DomainRef): DomainFiling {
  const registry = ctx.input.registry;
  const subjectFiled = registry?.subject !== undefined;
  const subjectHere = registry?.subject?.accessedHere === true;
  if (d.filed) {
    if (!sameCertificate(d.filed.subjectCertificateNumber, ctx.input.subject.certificate.number))
      return { domain: d, type: null, conflict: 'other_subject' };
    if (d.filed.accessedHere) return { domain: d, type: null, conflict: 'accessed_here' };
    return { domain: d, type: subjectHere ? 'new_access' : 'access_filing' };
  }
  if (!subjectFiled) return { domain: d, type: 'first_filing' };
  return { domain: d, type: subjectHere ? 'new_website' : 'new_website_elsewhere' };
}

export type FilingDecision = {
  readonly filingType: FilingType | null;
  readonly perDomain: readonly DomainFiling[];
  /** Distinct types the domains need, in order of first appearance. */
  readonly types: readonly FilingType[];
};

export function decideFilingType(ctx: FilingFacts): FilingDecision {
  const perDomain = ctx.domains.map((d) => domainFiling(ctx, d));
  const types: FilingType[] = [];
  for (const f of perDomain) if (f.type && !types.includes(f.type)) types.push(f.type);
  if (perDomain.length === 0) {
    const r = ctx.input.registry?.subject;
    return {
      filingType: r ? (r.accessedHere ? 'new_website' : 'new_website_elsewhere') : 'first_filing',
      perDomain,
      types,
    };
  }
  return { filingType: types[0] ?? null, perDomain, types };
}
