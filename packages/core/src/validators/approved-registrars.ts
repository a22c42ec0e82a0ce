/**
 * Registrars approved by the MIIT (域名注册服务机构, seed 004 §4 检查项三): a snapshot of well-known mainland
 * registrars with the public evidence for each (data/approved-registrars.json), which a deployment replaces with
 * the current list (as decisions.md 18 says of the suffix list). It informs people — the admin's WHOIS editor
 * offers these names, the applicant's readiness check says whether a domain's registrar is on the list — while
 * the precheck keeps reading `registrarApproved` from the WHOIS facts (precheck-contract.md `DomainFacts`).
 */
import data from '../data/approved-registrars.json' with { type: 'json' };

export type ApprovedRegistrar = {
  /** The company's registered name, as the MIIT lists it. */
  readonly name: string;
  /** The name people know it by: '新网', 'DNSPod'. */
  readonly brand?: string;
  /** Other spellings registries show: CNNIC's '阿里云计算有限公司（万网）', English names. */
  readonly aliases: readonly string[];
  /** 域名注册服务机构许可 number, where the evidence shows it. */
  readonly licence?: string;
  /** The public texts the entry was taken from. */
  readonly evidence: readonly string[];
};

export type ApprovedRegistrars = {
  readonly source: string;
  /** 'YYYY-MM-DD' */
  readonly retrieved: string;
  readonly note: string;
  readonly registrars: readonly ApprovedRegistrar[];
};

export const APPROVED_REGISTRARS: ApprovedRegistrars = data;

/** Registrar names as registries write them: NFKC (full-width brackets and letters), no spaces, lower case. */
function key(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const BY_NAME = new Map<string, ApprovedRegistrar>();
for (const r of APPROVED_REGISTRARS.registrars)
  for (const n of [r.name, ...r.aliases]) BY_NAME.set(key(n), r);

/**
 * The listed registrar a name stands for ('阿里云计算有限公司（万网）', ' DNSPod, Inc. '), else undefined. A name with a
 * trailing bracketed brand matches its company ('北京新网数码信息技术有限公司（新网）').
 */
export function findApprovedRegistrar(name: string): ApprovedRegistrar | undefined {
  const k = key(name);
  if (k === '') return undefined;
  return BY_NAME.get(k) ?? BY_NAME.get(k.replace(/\([^()]*\)$/, ''));
}
