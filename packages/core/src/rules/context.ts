/**
 * The order context: everything the rules ask about an order, computed once per precheck (parsed ID
 * numbers, ages, number attribution, domain analyses, resolved website leaders), so each rule is a few
 * lines of pure logic and the engine stays fast enough to run on every keystroke.
 */
import type { ProvinceCode } from '../codes/provinces.js';
import { decideFilingType, type FilingDecision } from '../precheck/filing-type.js';
import type { DomainFacts, Person, PrecheckInput, RegistryFacts, Website } from '../precheck/types.js';
import { ageOn, parseIsoDate, type YMD } from '../util/dates.js';
import { analyzeDomain, type DomainAnalysis } from '../validators/domain.js';
import { mobileProvince } from '../validators/mobile.js';
import { parseResidentId } from '../validators/resident-id.js';
import type { Scope } from './types.js';

export type PersonRef = {
  readonly person: Person;
  /** 'subject.leader' or 'websites[1].leader'. */
  readonly path: string;
  readonly role: 'subject_leader' | 'website_leader';
  /** For website leaders: the website's index. */
  readonly websiteIndex?: number;
  /** Province of a valid resident ID number's first two digits. */
  readonly idProvince?: ProvinceCode;
  readonly idValid: boolean;
  readonly birth?: YMD;
  /** Whole years at asOf; undefined when no birth date is known. */
  readonly age?: number;
  /** Given `mobileProvince`, else derived from the number segment; undefined when unknown. */
  readonly mobileProvince?: ProvinceCode;
  /** decisions.md 7: a person is local when their resident ID's first two digits are the province's. */
  readonly isLocal: boolean;
  /** The person is the unit's 法定代表人 (declared, or the same name as `legalRepresentative`). */
  readonly isLegalRep: boolean;
};

export type DomainRef = {
  readonly input: string;
  /** 'websites[0].domains[1]'. */
  readonly path: string;
  readonly websiteIndex: number;
  readonly analysis: DomainAnalysis;
  /** The domain as the order names it (unicode registrable form when valid, else the raw input). */
  readonly name: string;
  readonly facts?: DomainFacts;
  /** The registry's existing website filing for this domain, if any. */
  readonly filed?: NonNullable<RegistryFacts['domains']>[string];
};

export type WebsiteRef = {
  readonly website: Website;
  readonly index: number;
  /** 'websites[0]'. */
  readonly path: string;
  readonly leader: PersonRef;
  /** 同主体负责人: the leader is 'subject_leader' or the same certificate number as the subject leader. */
  readonly leaderIsSubjectLeader: boolean;
  readonly domains: readonly DomainRef[];
};

export type OrderContext = {
  readonly input: PrecheckInput;
  readonly asOf: YMD;
  readonly province: ProvinceCode;
  readonly scope: Scope;
  readonly isUnit: boolean;
  readonly subjectLeader: PersonRef;
  readonly websites: readonly WebsiteRef[];
  /** The subject leader and every website leader given as a person of their own, in input order. */
  readonly persons: readonly PersonRef[];
  readonly domains: readonly DomainRef[];
  /** Province of 证件住所: certificate.addressProvince, else (resident ID) the number's province. */
  readonly certificateAddressProvince?: ProvinceCode;
  /** decisions.md 7: an individual subject is local when the 证件住所 province is the subject's province. */
  readonly subjectIsLocal: boolean;
  /** 验证备案类型: the filing type and what each domain needs (precheck/filing-type.ts). */
  readonly filing: FilingDecision;
};

function samePerson(a: Person, b: Person): boolean {
  return a.certificateNumber.trim().toUpperCase() === b.certificateNumber.trim().toUpperCase();
}

function personRef(
  person: Person,
  path: string,
  role: PersonRef['role'],
  input: PrecheckInput,
  asOf: YMD,
  websiteIndex?: number,
): PersonRef {
  const id = person.certificateType === 'resident_id' ? parseResidentId(person.certificateNumber) : undefined;
  const idProvince = id?.ok ? id.province : undefined;
  const birth = person.birthDate ? parseIsoDate(person.birthDate) : id?.ok ? id.birth : undefined;
  const legal = input.subject.legalRepresentative;
  const isLegalRep =
    person.isLegalRepresentative ??
    (legal !== undefined && legal.name.trim() !== '' && legal.name.trim() === person.name.trim());
  return {
    person,
    path,
    role,
    ...(websiteIndex === undefined ? {} : { websiteIndex }),
    ...(idProvince ? { idProvince } : {}),
    idValid: id?.ok ?? false,
    ...(birth ? { birth, age: ageOn(birth, asOf) } : {}),
    ...withMobileProvince(person),
    isLocal: idProvince !== undefined && idProvince === input.subject.province,
    isLegalRep,
  };
}

function withMobileProvince(person: Person): { mobileProvince?: ProvinceCode } {
  const p = person.mobileProvince ?? mobileProvince(person.mobile);
  return p ? { mobileProvince: p } : {};
}

/**
 * Domain analysis (normalisation, punycode, public suffix) is the costliest step of a precheck and a pure
 * function of the text, so results are memoised: in the wizard most domains are unchanged between keystrokes.
 */
const ANALYSES = new Map<string, DomainAnalysis>();
const MAX_ANALYSES = 1024;

function analyze(raw: string): DomainAnalysis {
  let a = ANALYSES.get(raw);
  if (a === undefined) {
    a = analyzeDomain(raw);
    if (ANALYSES.size >= MAX_ANALYSES) ANALYSES.delete(ANALYSES.keys().next().value!);
    ANALYSES.set(raw, a);
  }
  return a;
}

function lookupFacts<T>(
  table: Record<string, T> | undefined,
  input: string,
  a: DomainAnalysis,
): T | undefined {
  if (!table) return undefined;
  if (Object.hasOwn(table, input)) return table[input];
  if (!a.ok) return undefined;
  for (const key of [a.unicode, a.ascii]) if (Object.hasOwn(table, key)) return table[key];
  return undefined;
}

export function buildContext(input: PrecheckInput): OrderContext {
  const asOf = parseIsoDate(input.asOf)!;
  const isUnit = input.subject.nature !== 'individual';
  const subjectLeader = personRef(input.subject.leader, 'subject.leader', 'subject_leader', input, asOf);
  const persons: PersonRef[] = [subjectLeader];
  const domains: DomainRef[] = [];
  const websites = input.websites.map((website, index): WebsiteRef => {
    const path = `websites[${index}]`;
    let leader = subjectLeader;
    let leaderIsSubjectLeader = true;
    if (website.leader !== 'subject_leader') {
      leader = personRef(website.leader, `${path}.leader`, 'website_leader', input, asOf, index);
      leaderIsSubjectLeader = samePerson(website.leader, input.subject.leader);
      persons.push(leader);
    }
    const refs = website.domains.map((raw, j): DomainRef => {
      const analysis = analyze(raw);
      const facts = lookupFacts(input.domains, raw, analysis);
      const filed = lookupFacts(input.registry?.domains, raw, analysis);
      return {
        input: raw,
        path: `${path}.domains[${j}]`,
        websiteIndex: index,
        analysis,
        name: analysis.ok ? analysis.unicode : raw,
        ...(facts ? { facts } : {}),
        ...(filed ? { filed } : {}),
      };
    });
    domains.push(...refs);
    return { website, index, path, leader, leaderIsSubjectLeader, domains: refs };
  });
  const cert = input.subject.certificate;
  const certId = cert.type === 'resident_id' ? parseResidentId(cert.number) : undefined;
  const certificateAddressProvince = cert.addressProvince ?? (certId?.ok ? certId.province : undefined);
  const ctx = {
    input,
    asOf,
    province: input.subject.province,
    scope: (isUnit ? 'unit' : 'individual') as Scope,
    isUnit,
    subjectLeader,
    websites,
    persons,
    domains,
    ...(certificateAddressProvince ? { certificateAddressProvince } : {}),
    subjectIsLocal: certificateAddressProvince === input.subject.province,
  };
  return { ...ctx, filing: decideFilingType(ctx) };
}
