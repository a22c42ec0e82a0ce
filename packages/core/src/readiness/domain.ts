/**
 * 网站域名准备与检查 (seed 004 §4, the applicant's readiness checks): one domain, checked before any order exists,
 * by the same rules and messages as the precheck. The domain is put into a one-website order of the applicant's
 * subject (or of a placeholder subject when none is known yet), `evaluate` runs the province's and the platform's
 * rules, and the findings at the domain's path become a checklist: valid name, approved suffix, approved
 * registrar, real-name verification, holder, remaining registration, privacy protection and what the registry
 * holds. Items the precheck has no finding for say what was found, so every line gives a reason.
 *
 * Nothing of another subject is shown: a domain filed under another subject says only that (no filing number,
 * no holder).
 */
import { PROVINCES, type ProvinceCode } from '../codes/provinces.js';
import { FILING_TYPES, type FilingType, type ViolationCode } from '../glossary.js';
import { evaluate } from '../precheck/precheck.js';
import type {
  DomainFacts,
  PrecheckInput,
  RegistryFacts,
  RequiredMaterial,
  Subject,
  Violation,
} from '../precheck/types.js';
import { platformRules, provinceRules } from '../rules/registry.js';
import { daysBetween } from '../util/dates.js';
import { findApprovedRegistrar } from '../validators/approved-registrars.js';
import { analyzeDomain } from '../validators/domain.js';

export const DOMAIN_CHECK_KEYS = [
  'syntax',
  'suffix',
  'registrar',
  'real_name',
  'holder',
  'expiry',
  'privacy',
  'registry',
  'other',
] as const;
export type DomainCheckKey = (typeof DOMAIN_CHECK_KEYS)[number];

/** pass: meets the requirement; fail: must be fixed before filing; warn: may hold the filing up; info: to know. */
export type ReadinessStatus = 'pass' | 'fail' | 'warn' | 'info' | 'unknown';

export type DomainCheck = {
  readonly key: DomainCheckKey;
  readonly status: ReadinessStatus;
  /** zh-CN: what was found, and what to do when it is not right. */
  readonly message: string;
  /** The precheck's violation code when the precheck found it. */
  readonly code?: ViolationCode;
  readonly ruleId?: string;
  readonly citation?: string;
};

export type DomainReadinessInput = {
  /** ISO date the check is made on. */
  readonly asOf: string;
  /** As the applicant typed it. */
  readonly domain: string;
  /** The bureau whose rules apply; without it only the platform's rules run and expiry is judged on 90 days. */
  readonly province?: ProvinceCode;
  /** 主办单位性质 ('individual', 'enterprise' …): picks the province's 个人 or 企业 rules. */
  readonly nature: string;
  /** The applicant's own subject (from an order), to judge the holder; without it the holder is shown to compare. */
  readonly subject?: Subject;
  /** WHOIS facts of the registrable domain; absent when the WHOIS does not know it. */
  readonly facts?: DomainFacts;
  /**
   * The registry's live website filing of the domain: `ownSubject` whether it is filed under the applicant's
   * subject (undefined when the subject is unknown). `icpNumber` is only read when it is the applicant's own.
   */
  readonly filed?: {
    readonly icpNumber: string;
    readonly ownSubject?: boolean;
    readonly accessedHere: boolean;
  };
  /** The applicant's subject filing at the registry, when the subject is known and filed. */
  readonly subjectFiling?: { readonly icpNumber: string; readonly accessedHere: boolean };
};

export type DomainReadiness = {
  /** No item failed. */
  readonly ok: boolean;
  readonly domain: {
    readonly input: string;
    readonly valid: boolean;
    /** Unicode and ASCII (punycode) forms of the name as typed. */
    readonly unicode?: string;
    readonly ascii?: string;
    /** The registrable domain the other checks were made on (the input, or its main domain). */
    readonly checked?: string;
    readonly checkedAscii?: string;
  };
  readonly province?: ProvinceCode;
  readonly nature: string;
  /** Remaining registration must be more than this many days (decisions.md 3). */
  readonly minValidityDays: number;
  readonly facts?: {
    readonly registrar: string;
    readonly registrarApproved: boolean;
    /** On the approved-registrar list (data/approved-registrars.json), by its name as the WHOIS gives it. */
    readonly registrarListed: boolean;
    readonly realNameVerified: boolean;
    readonly realNameVerifiedAt?: string;
    /** null when not shown: the domain is filed, and not known to be under the applicant's subject. */
    readonly holder: string | null;
    readonly expiresAt: string;
    readonly daysLeft: number;
    readonly privacyProtection: boolean;
  };
  /** The filing type the domain needs, when the registry and the subject say. */
  readonly filingType: FilingType | null;
  readonly checks: readonly DomainCheck[];
  /** Materials the rules ask for this domain (域名证书, 网站备案域名注册人的证明 …). */
  readonly materials: readonly RequiredMaterial[];
};

/** 域名有效期需大于N天 (decisions.md 3): 90 days; 山东 45; 上海 180. Tested against every province's rule. */
export function minDomainValidityDays(province?: ProvinceCode): number {
  return province === 'SD' ? 45 : province === 'SH' ? 180 : 90;
}

const PATH = 'websites[0].domains[0]';

const KEY_OF: Partial<Record<ViolationCode, DomainCheckKey>> = {
  DOMAIN_INVALID: 'syntax',
  DOMAIN_NOT_REGISTRABLE: 'syntax',
  TLD_NOT_APPROVED: 'suffix',
  TLD_NOT_ACCEPTED_BY_PROVINCE: 'suffix',
  DOMAIN_REGISTRAR_NOT_APPROVED: 'registrar',
  DOMAIN_NOT_REAL_NAME_VERIFIED: 'real_name',
  DOMAIN_REAL_NAME_TOO_RECENT: 'real_name',
  DOMAIN_HOLDER_MISMATCH: 'holder',
  DOMAIN_EXPIRING: 'expiry',
  DOMAIN_PRIVACY_PROTECTED: 'privacy',
  DOMAIN_FILED_BY_OTHER_SUBJECT: 'registry',
  DOMAIN_ALREADY_ACCESSED: 'registry',
};

/** A certificate number no subject has: the registry's holder of a domain filed under another subject. */
const OTHER_SUBJECT = '\u0000other';

/**
 * A subject with nothing filled in: the stand-in when the applicant has none yet (its certificate number is empty, so
 * the registry knows no filing of it and no holder matches it).
 */
export function placeholderSubject(province: ProvinceCode, nature: string): Subject {
  return {
    nature,
    province,
    name: '',
    certificate: {
      type: nature === 'individual' ? 'resident_id' : 'business_license',
      number: '',
      address: '',
    },
    mailingAddress: { province, text: '' },
    leader: {
      name: '',
      region: 'mainland',
      certificateType: 'resident_id',
      certificateNumber: '',
      certificateValidUntil: '9999-12-31',
      mobile: '',
      email: '',
    },
  };
}

const fromViolation = (key: DomainCheckKey, v: Violation): DomainCheck => ({
  key,
  status: v.severity === 'error' ? 'fail' : 'warn',
  message: v.message,
  code: v.code,
  ...(v.ruleId ? { ruleId: v.ruleId } : {}),
  ...(v.citation ? { citation: v.citation } : {}),
});

export function domainReadiness(input: DomainReadinessInput): DomainReadiness {
  const { asOf, province, nature } = input;
  const minValidityDays = minDomainValidityDays(province);
  const base = { province, nature, minValidityDays } as const;
  const analysis = analyzeDomain(input.domain);
  const scope = nature === 'individual' ? 'individual' : 'unit';
  const rulesOf = (id: string) =>
    [...(province ? provinceRules(province, scope) : []), ...platformRules(scope)].find((r) => r.id === id);
  const cite = (id: string) => {
    const r = rulesOf(id);
    return r ? { ruleId: r.ruleId, citation: r.citation } : {};
  };

  // 1. the name: invalid or a bare suffix ends the check; a sub-domain is checked as its main domain
  const syntaxFinding =
    analysis.ok && analysis.isRegistrable
      ? undefined
      : evaluate(oneDomainOrder(input, input.domain.trim(), undefined)).violations.find(
          (v) => v.path === PATH && KEY_OF[v.code] === 'syntax',
        );
  if (!analysis.ok || analysis.registrable === null) {
    return {
      ...base,
      ok: false,
      domain: {
        input: input.domain,
        valid: false,
        ...(analysis.ok ? { unicode: analysis.unicode, ascii: analysis.ascii } : {}),
      },
      filingType: null,
      checks: [
        syntaxFinding
          ? fromViolation('syntax', syntaxFinding)
          : { key: 'syntax', status: 'fail', message: `“${input.domain}”不是有效的域名。` },
      ],
      materials: [],
    };
  }
  const checked = analysis.registrable;
  const checkedAscii = analyzeDomain(checked);
  const checks: DomainCheck[] = [];
  const nameForms = analysis.ascii === analysis.unicode ? '' : `（ASCII 形式 ${analysis.ascii}）`;
  checks.push(
    analysis.isRegistrable
      ? {
          key: 'syntax',
          status: 'pass',
          message: `域名格式正确：${analysis.unicode}${nameForms}。`,
          ...cite('domain-syntax'),
        }
      : { ...fromViolation('syntax', syntaxFinding!), status: 'warn' },
  );

  // 2. the rules, on the registrable domain
  const otherSubject = input.filed?.ownSubject === false;
  // a filed domain not known to be the applicant's own: its holder is someone else's data until shown otherwise
  const holderHidden = input.filed !== undefined && input.filed.ownSubject !== true;
  const result = evaluate(oneDomainOrder(input, checked, input.facts));
  const inScope = (f: { path?: string; rule?: string }) =>
    f.path === PATH && (province !== undefined || f.rule === 'platform');
  const findings = result.violations.filter(inScope);
  let materials = result.requiredMaterials.filter(inScope);
  const byKey = new Map<DomainCheckKey, Violation[]>();
  for (const v of findings) {
    if (v.code === 'DOMAIN_FACTS_UNAVAILABLE') continue;
    // without the applicant's subject there is nothing to compare the holder with: it is shown instead
    if (v.code === 'DOMAIN_HOLDER_MISMATCH' && (!input.subject || holderHidden)) continue;
    const key = KEY_OF[v.code] ?? 'other';
    if (key === 'syntax') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), v]);
  }
  if (!input.subject || holderHidden) materials = materials.filter((m) => m.code !== 'domain_holder_proof');
  const add = (key: DomainCheckKey, otherwise: () => DomainCheck | undefined) => {
    const found = byKey.get(key);
    if (found) for (const v of found) checks.push(fromViolation(key, v));
    else {
      const item = otherwise();
      if (item) checks.push(item);
    }
  };
  const suffix = analysis.suffix;
  add('suffix', () => ({
    key: 'suffix',
    status: 'pass',
    message: `域名后缀“.${suffix}”已获工信部批复${province ? `，${PROVINCES[province].zh}管局接受` : ''}。`,
    ...cite('domain-verification'),
  }));

  const f = input.facts;
  const unknownFacts = findings.find((v) => v.code === 'DOMAIN_FACTS_UNAVAILABLE');
  const registrarListed = f ? findApprovedRegistrar(f.registrar) !== undefined : false;
  if (!f) {
    // the precheck's warning once, on the first of the lines it leaves unchecked
    for (const key of ['registrar', 'real_name', 'holder', 'expiry', 'privacy'] as const)
      checks.push(
        key === 'registrar' && unknownFacts
          ? { ...fromViolation(key, unknownFacts), status: 'unknown' }
          : { key, status: 'unknown', message: '未取得域名注册信息，未检查。' },
      );
  } else {
    add('registrar', () => ({
      key: 'registrar',
      status: 'pass',
      message: registrarListed
        ? `注册商“${f.registrar}”已获工信部批复。`
        : `注册商“${f.registrar}”已获工信部批复（该注册商不在本平台的注册商名单快照中，以注册商的实际资质为准）。`,
      ...cite('domain-verification'),
    }));
    add('real_name', () => ({
      key: 'real_name',
      status: 'pass',
      message: `域名已完成实名认证${f.realNameVerifiedAt ? `（${f.realNameVerifiedAt}）` : ''}。`,
      ...cite('domain-verification'),
    }));
    add('holder', () => holderItem(input, holderHidden, materials, cite));
    const left = daysBetween(asOf, f.expiresAt);
    add('expiry', () => {
      if (province)
        return {
          key: 'expiry',
          status: 'pass',
          message: `域名将于 ${f.expiresAt} 到期，剩余${left}天，大于${PROVINCES[province].zh}管局要求的${minValidityDays}天。`,
          ...cite('domain-validity'),
        };
      return left > minValidityDays
        ? {
            key: 'expiry',
            status: 'pass',
            message: `域名将于 ${f.expiresAt} 到期，剩余${left}天，大于一般要求的${minValidityDays}天（山东45天、上海180天；选择省份后按该省要求检查）。`,
            citation: '004 §4 网站域名准备与检查 · 域名续费',
          }
        : {
            key: 'expiry',
            status: 'warn',
            message: `域名将于 ${f.expiresAt} 到期，剩余${Math.max(left, 0)}天：多数省份要求大于${minValidityDays}天（山东45天、上海180天），请先续费，或选择省份后按该省要求检查。`,
            citation: '004 §4 网站域名准备与检查 · 域名续费',
          };
    });
    add('privacy', () =>
      f.privacyProtection
        ? {
            key: 'privacy',
            status: 'info',
            message: province
              ? `域名开启了 WHOIS 隐私保护：${PROVINCES[province].zh}管局未要求关闭；如审核需要核对持有者，请在注册商处关闭。`
              : '域名开启了 WHOIS 隐私保护：部分省份管局要求备案期间关闭，选择省份后按该省要求检查。',
            ...cite('domain-privacy'),
          }
        : {
            key: 'privacy',
            status: 'pass',
            message: '域名未开启 WHOIS 隐私保护。',
            ...cite('domain-privacy'),
          },
    );
  }

  // 3. what the registry holds
  add('registry', () => registryItem(input, checked, result.filingType, cite));
  add('other', () => undefined);

  // the type needs the subject: whether it is filed decides 首次备案 or 新增网站
  const filingType = input.subject && !otherSubject ? result.filingType : null;
  return {
    ...base,
    ok: !checks.some((c) => c.status === 'fail'),
    domain: {
      input: input.domain,
      valid: true,
      unicode: analysis.unicode,
      ascii: analysis.ascii,
      checked,
      checkedAscii: checkedAscii.ok ? checkedAscii.ascii : checked,
    },
    ...(f
      ? {
          facts: {
            registrar: f.registrar,
            registrarApproved: f.registrarApproved,
            registrarListed,
            realNameVerified: f.realNameVerified,
            ...(f.realNameVerifiedAt ? { realNameVerifiedAt: f.realNameVerifiedAt } : {}),
            holder: holderHidden ? null : f.holder,
            expiresAt: f.expiresAt,
            daysLeft: daysBetween(asOf, f.expiresAt),
            privacyProtection: f.privacyProtection ?? false,
          },
        }
      : {}),
    filingType,
    checks,
    materials,
  };
}

/** The one-website order the rules run on: the applicant's subject (or a placeholder) with this one domain. */
function oneDomainOrder(
  input: DomainReadinessInput,
  domain: string,
  facts: DomainFacts | undefined,
): PrecheckInput {
  const province = input.province ?? input.subject?.province ?? 'BJ';
  const subject = {
    ...(input.subject ?? placeholderSubject(province, input.nature)),
    province,
    nature: input.nature,
  };
  const registry: RegistryFacts = {};
  const s = input.subjectFiling;
  if (s)
    registry.subject = {
      icpNumber: s.icpNumber,
      name: subject.name,
      leaderName: subject.leader.name,
      accessedHere: s.accessedHere,
    };
  // a filing whose subject is unknown is left out: the registry item says what can be said
  const filed = input.filed;
  if (filed && filed.ownSubject !== undefined)
    registry.domains = {
      [domain]: filed.ownSubject
        ? {
            icpNumber: filed.icpNumber,
            subjectCertificateNumber: subject.certificate.number,
            accessedHere: filed.accessedHere,
          }
        : { icpNumber: '', subjectCertificateNumber: OTHER_SUBJECT, accessedHere: false },
    };
  return {
    asOf: input.asOf,
    subject,
    websites: [{ name: '', domains: [domain], serviceContent: '', leader: 'subject_leader' }],
    ...(facts ? { domains: { [domain]: facts } } : {}),
    registry,
  };
}

type Cite = (id: string) => { ruleId?: string; citation?: string };

function holderItem(
  input: DomainReadinessInput,
  hidden: boolean,
  materials: readonly RequiredMaterial[],
  cite: Cite,
): DomainCheck {
  const f = input.facts!;
  if (hidden)
    return {
      key: 'holder',
      status: 'info',
      message:
        input.filed?.ownSubject === false
          ? '该域名已被其他主体备案，不显示其持有者信息。'
          : '该域名已有网站备案，为保护备案主体的信息不显示持有者：如果是您主体名下的网站，验证备案类型时会按主体证件核对。',
    };
  if (!input.subject)
    return {
      key: 'holder',
      status: 'info',
      message: `域名持有者（WHOIS 实名信息）：“${f.holder}”。个人备案的域名持有者须为本人，单位备案须为单位本身（部分省份也接受法定代表人、股东或高级管理人员）：请与备案主体核对，不一致须先把域名过户到备案主体名下。`,
      citation: '004 §1 ICP备案前准备概述 · 网站域名准备与检查',
    };
  const proof = materials.find((m) => m.code === 'domain_holder_proof');
  if (proof)
    return {
      key: 'holder',
      status: 'warn',
      message: proof.reason,
      ...(proof.ruleId ? { ruleId: proof.ruleId } : {}),
      ...(proof.citation ? { citation: proof.citation } : {}),
    };
  const where = input.province ? `${PROVINCES[input.province].zh}管局的要求` : '要求';
  return {
    key: 'holder',
    status: 'pass',
    message: `域名持有者“${f.holder}”与备案主体“${input.subject.name}”相符，符合${where}。`,
    ...(cite('domain-holder').ruleId ? cite('domain-holder') : cite('domain-holder-privacy')),
  };
}

function registryItem(
  input: DomainReadinessInput,
  domain: string,
  filingType: FilingType | null,
  cite: Cite,
): DomainCheck {
  const c = cite('filing-type-conflicts');
  const filed = input.filed;
  if (filed && filed.ownSubject === undefined)
    return {
      key: 'registry',
      status: 'warn',
      message: `域名 ${domain} 已有网站备案：如果是您主体名下的网站，办理接入备案即可，无需重新备案；如果不是，需原主体先注销该网站备案。验证备案类型时按主体证件确定。`,
      ...c,
    };
  if (filed?.ownSubject && filingType)
    return {
      key: 'registry',
      status: 'pass',
      message: `域名 ${domain} 已以您的主体在其他接入商备案（${filed.icpNumber}）：本次办理“${FILING_TYPES[filingType].zh}”，无需重新备案。`,
      ...c,
    };
  if (!input.subject)
    return {
      key: 'registry',
      status: 'pass',
      message: `域名 ${domain} 尚未备案，可以办理备案（首次备案；主体已备案时为新增网站），验证备案类型时按主体证件确定。`,
      ...c,
    };
  return {
    key: 'registry',
    status: 'pass',
    message: `域名 ${domain} 尚未备案：本次可办理“${filingType ? FILING_TYPES[filingType].zh : FILING_TYPES.first_filing.zh}”。`,
    ...c,
  };
}
