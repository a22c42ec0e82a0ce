/**
 * 备案所需资料 for a scenario (seed 004 §6, the applicant's readiness checks): the applicant says where and how
 * they file — province, 单位/个人 and its nature, the filing type, how many websites, pre-approvals, whether the
 * subject leader is the legal representative, who leads the websites, a non-local certificate, an under-18
 * leader, who holds the domains, how many websites are filed already — and gets the materials the rules ask,
 * each with its reason and citation, plus anything that forbids the scenario outright.
 *
 * The materials are the precheck's own: a representative order is built for the scenario (valid certificate
 * numbers, local mobile numbers, WHOIS facts held as the scenario says) and `evaluate` runs on it, so the list
 * can never disagree with what the wizard will later ask.
 */
import { PROVINCES, type ProvinceCode } from '../codes/provinces.js';
import type { FilingType, PreApprovalType, StepCode, UnitCertTypeCode } from '../glossary.js';
import { evaluate } from '../precheck/precheck.js';
import type {
  DomainFacts,
  Person,
  PrecheckInput,
  RegistryFacts,
  RequiredMaterial,
  Violation,
  Website,
} from '../precheck/types.js';
import { addMonths, formatYMD, parseIsoDate } from '../util/dates.js';
import { orgCodeCheckChar } from '../validators/org-code.js';
import { residentIdCheckChar } from '../validators/resident-id.js';
import { usccCheckChar } from '../validators/uscc.js';

export type DomainHolderKind = 'subject' | 'legal_rep' | 'shareholder' | 'senior_manager';

export type MaterialScenario = {
  /** ISO date the scenario is judged on (ages, validity). */
  readonly asOf: string;
  readonly province: ProvinceCode;
  /** 主办单位性质: 'individual' or a unit nature ('enterprise', 'public_institution' …). */
  readonly nature: string;
  /** Default 'first_filing'. */
  readonly filingType?: FilingType;
  /** Websites in the order, 1–10 (default 1). */
  readonly websites?: number;
  /** 前置审批 declared for the first website. */
  readonly preApprovals?: readonly PreApprovalType[];
  /** Units: the subject leader is the legal representative (default true). */
  readonly subjectLeaderIsLegalRep?: boolean;
  /** Who leads the websites: the subject leader (default), another person, or (units) the legal representative. */
  readonly websiteLeader?: 'subject_leader' | 'other' | 'legal_rep';
  /** The people's resident IDs (and an individual's 证件住所) are of another province. */
  readonly nonLocal?: boolean;
  /** The subject leader (for individuals: the person) is under 18. */
  readonly underage?: boolean;
  /** Units: who holds the domains in WHOIS (default the unit itself). */
  readonly domainHolder?: DomainHolderKind;
  /** Websites (domain prefixes) already filed under the subject: 广东 网站建设方案书, 重庆. */
  readonly filedWebsites?: number;
};

export type ScenarioMaterials = {
  /** The representative order the rules ran on (its websites name whose each material is). */
  readonly order: PrecheckInput;
  readonly filingType: FilingType | null;
  readonly materials: readonly RequiredMaterial[];
  /** Error-severity findings: what the province does not accept in this scenario. */
  readonly blockers: readonly Violation[];
  /** Verification steps after submission. */
  readonly steps: readonly StepCode[];
};

/** The certificate a unit of each nature files with (decisions.md 6). */
const UNIT_CERT_OF: Readonly<Record<string, UnitCertTypeCode>> = {
  enterprise: 'business_license',
  government: 'government_credit_code',
  public_institution: 'public_institution_certificate',
  social_group: 'social_group_certificate',
  private_non_enterprise: 'private_non_enterprise_certificate',
  foundation: 'foundation_certificate',
  law_firm: 'law_firm_license',
};

const INDIVIDUAL_TOPICS = ['学习笔记', '读书笔记', '摄影作品', '旅行日记', '生活随笔', '编程笔记', '烹饪日记', '跑步记录', '书法作品', '园艺日记']; // prettier-ignore
const UNIT_TOPICS = ['企业官网', '产品介绍', '技术文档', '招聘信息', '客户服务', '新闻动态', '合作伙伴', '开发者中心', '帮助中心', '案例展示']; // prettier-ignore

function residentId(province: ProvinceCode, birth: string, seq: string): string {
  const first17 = `${PROVINCES[province].regionCode}0102${birth}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

function uscc(province: ProvinceCode): string {
  const body = 'MA0AB12C';
  const first17 = `91${PROVINCES[province].regionCode}0102${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

export function scenarioOrder(s: MaterialScenario): PrecheckInput {
  const p = s.province;
  const zh = PROVINCES[p].zh;
  const asOf = parseIsoDate(s.asOf);
  if (!asOf) throw new Error(`asOf is not an ISO date: ${s.asOf}`);
  const year = asOf.y;
  const idProvince: ProvinceCode = s.nonLocal ? (p === 'BJ' ? 'TJ' : 'BJ') : p;
  const adult = `${year - 35}0415`;
  const minor = `${year - 16}0415`;
  const validUntil = formatYMD(addMonths(asOf, 120));
  const person = (name: string, seq: string, over: Partial<Person> = {}): Person => ({
    name,
    region: 'mainland',
    certificateType: 'resident_id',
    certificateNumber: residentId(idProvince, adult, seq),
    certificateValidUntil: validUntil,
    mobile: `139010201${seq.slice(1)}`,
    mobileProvince: p,
    email: `person${seq}@example.cn`,
    ...over,
  });
  const unit = s.nature !== 'individual';
  const n = Math.min(Math.max(Math.trunc(s.websites ?? 1), 1), 10);

  // the people: the legal representative 李建国, another leader 王强, a website leader 赵明; an individual 陈思远
  const legalRep = person('李建国', '101', { isLegalRepresentative: true });
  const subjectLeader = unit
    ? s.subjectLeaderIsLegalRep === false
      ? person('王强', '102', { isLegalRepresentative: false })
      : legalRep
    : person('陈思远', '104', { isLegalRepresentative: false });
  const leader = s.underage
    ? {
        ...subjectLeader,
        certificateNumber: residentId(idProvince, minor, subjectLeader.certificateNumber.slice(14, 17)),
      }
    : subjectLeader;
  const websiteLeader: Website['leader'] =
    s.websiteLeader === 'other'
      ? person('赵明', '103', { isLegalRepresentative: false })
      : s.websiteLeader === 'legal_rep' && unit && leader !== legalRep
        ? legalRep
        : 'subject_leader';

  const name = unit ? `${zh}星河信息科技有限公司` : leader.name;
  const holder: Pick<DomainFacts, 'holder' | 'holderRelation'> = !unit
    ? { holder: name }
    : s.domainHolder === 'legal_rep'
      ? { holder: legalRep.name }
      : s.domainHolder === 'shareholder'
        ? { holder: '张华', holderRelation: 'shareholder' }
        : s.domainHolder === 'senior_manager'
          ? { holder: '刘芳', holderRelation: 'senior_manager' }
          : { holder: name };
  const verifiedAt = formatYMD(addMonths(asOf, -2));
  const expiresAt = formatYMD(addMonths(asOf, 24));
  const facts: DomainFacts = {
    registrar: '阿里云计算有限公司（万网）',
    registrarApproved: true,
    realNameVerified: true,
    realNameVerifiedAt: verifiedAt,
    ...holder,
    expiresAt,
    privacyProtection: false,
  };
  const domains = Array.from({ length: n }, (_, i) => `example${i + 1}.cn`);
  const websites: Website[] = domains.map((domain, i) => ({
    name: unit ? `星河科技${UNIT_TOPICS[i]}` : `${name}的${INDIVIDUAL_TOPICS[i]}`,
    domains: [domain],
    homepage: `https://www.${domain}`,
    serviceContent: 'general',
    leader: websiteLeader,
    ...(i === 0 && s.preApprovals?.length
      ? { preApprovals: s.preApprovals.map((type) => ({ type, number: '（审批文号）' })) }
      : {}),
  }));

  const type = s.filingType ?? 'first_filing';
  const filed = type !== 'first_filing';
  const here = type === 'new_website' || type === 'new_access';
  const icp = `${PROVINCES[p].abbr}ICP备20000001号`;
  const certNumber = unit ? uscc(p) : leader.certificateNumber;
  const registry: RegistryFacts = filed
    ? {
        subject: { icpNumber: icp, name, leaderName: leader.name, accessedHere: here },
        ...(type === 'access_filing' || type === 'new_access'
          ? {
              domains: Object.fromEntries(
                domains.map((d, i) => [
                  d,
                  { icpNumber: `${icp}-${i + 1}`, subjectCertificateNumber: certNumber, accessedHere: false },
                ]),
              ),
            }
          : {}),
        filedDomainPrefixCount: s.filedWebsites ?? 0,
        filedWebsiteCount: s.filedWebsites ?? 0,
      }
    : {};

  const address = `${zh}人民路88号`;
  return {
    asOf: s.asOf,
    subject: {
      nature: s.nature,
      province: p,
      name,
      certificate: unit
        ? {
            type: UNIT_CERT_OF[s.nature] ?? 'business_license',
            number: certNumber,
            address,
            addressProvince: p,
          }
        : { type: 'resident_id', number: certNumber, address, addressProvince: idProvince },
      mailingAddress: { province: p, text: `${address}5层` },
      leader,
      ...(unit
        ? {
            investor: legalRep.name,
            businessScope: '软件开发；信息技术咨询服务',
            legalRepresentative: { name: legalRep.name, region: 'mainland' },
          }
        : {}),
    },
    websites,
    domains: Object.fromEntries(domains.map((d) => [d, facts])),
    registry,
  };
}

export function scenarioMaterials(s: MaterialScenario): ScenarioMaterials {
  const order = scenarioOrder(s);
  const result = evaluate(order);
  return {
    order,
    filingType: result.filingType,
    materials: result.requiredMaterials,
    blockers: result.violations.filter((v) => v.severity === 'error'),
    steps: result.steps,
  };
}
