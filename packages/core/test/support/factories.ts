/**
 * Test factories: whole, valid precheck inputs for any province and scope, with real check characters
 * (resident IDs, unified social credit codes), so a test changes one thing and sees one rule react.
 */
import { PROVINCES, type ProvinceCode } from '../../src/codes/provinces.js';
import type { Person, PrecheckInput } from '../../src/precheck/types.js';
import { orgCodeCheckChar } from '../../src/validators/org-code.js';
import { residentIdCheckChar } from '../../src/validators/resident-id.js';
import { usccCheckChar } from '../../src/validators/uscc.js';

export const AS_OF = '2026-11-23';

/** A valid resident ID number registered in `province`. `birth` is YYYYMMDD. */
export function residentId(province: ProvinceCode, birth = '19860415', seq = '123'): string {
  const first17 = `${PROVINCES[province].regionCode}0102${birth}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

/** A valid unified social credit code registered in `province` (with a valid organisation code inside). */
export function uscc(province: ProvinceCode, body = 'MA0AB12C'): string {
  const org = body + orgCodeCheckChar(body);
  const first17 = `91${PROVINCES[province].regionCode}0102${org}`;
  return first17 + usccCheckChar(first17);
}

/** A valid organisation code (GB 11714) in the 'XXXXXXXX-X' form. */
export function orgCode(body = 'MA0AB12C'): string {
  return `${body}-${orgCodeCheckChar(body)}`;
}

/** The date `years` years before AS_OF plus `days` days, as YYYYMMDD (for birth dates in ID numbers). */
export function birthYearsAgo(years: number, days = 0): string {
  const y = 2026 - years;
  const d = 23 + days;
  return `${y}11${String(d).padStart(2, '0')}`;
}

export function person(province: ProvinceCode, over: Partial<Person> = {}): Person {
  return {
    name: '李建国',
    region: 'mainland',
    certificateType: 'resident_id',
    certificateNumber: residentId(province),
    certificateValidUntil: '2036-05-01',
    mobile: '13901020102',
    mobileProvince: province,
    email: 'lijianguo@example.cn',
    isLegalRepresentative: true,
    ...over,
  };
}

/** A second person (a website leader who is not the subject leader nor the legal representative). */
export function otherPerson(province: ProvinceCode, over: Partial<Person> = {}): Person {
  return person(province, {
    name: '赵明',
    certificateNumber: residentId(province, '19900101', '456'),
    mobile: '13801030103',
    email: 'zhaoming@example.cn',
    isLegalRepresentative: false,
    ...over,
  });
}

const FACTS = {
  registrar: '阿里云计算有限公司（万网）',
  registrarApproved: true,
  realNameVerified: true,
  realNameVerifiedAt: '2026-10-14',
  expiresAt: '2028-10-23',
  privacyProtection: false,
} as const;

export type ScopeName = 'unit' | 'individual';

/** A complete order that passes every rule of `province` for a plain first filing of one website. */
export function baseOrder(province: ProvinceCode, scope: ScopeName): PrecheckInput {
  const zh = PROVINCES[province].zh;
  if (scope === 'unit') {
    const name = `${zh}星河信息科技有限公司`;
    return {
      asOf: AS_OF,
      subject: {
        nature: 'enterprise',
        province,
        name,
        certificate: {
          type: 'business_license',
          number: uscc(province),
          address: `${zh}人民路88号`,
          addressProvince: province,
        },
        mailingAddress: { province, text: `${zh}人民路88号5层` },
        investor: '李建国',
        businessScope: '软件开发；信息技术咨询服务',
        leader: person(province),
        legalRepresentative: { name: '李建国', region: 'mainland' },
      },
      websites: [
        {
          name: '星河科技企业官网',
          domains: ['xinghe-tech.com'],
          homepage: 'https://www.xinghe-tech.com',
          serviceContent: 'general',
          leader: 'subject_leader',
        },
      ],
      domains: { 'xinghe-tech.com': { ...FACTS, holder: name } },
    };
  }
  const id = residentId(province, '19920708', '102');
  return {
    asOf: AS_OF,
    subject: {
      nature: 'individual',
      province,
      name: '陈思远',
      certificate: { type: 'resident_id', number: id, address: `${zh}文化路12号`, addressProvince: province },
      mailingAddress: { province, text: `${zh}文化路12号3单元` },
      leader: person(province, {
        name: '陈思远',
        certificateNumber: id,
        email: 'chensiyuan@example.cn',
        isLegalRepresentative: false,
      }),
    },
    websites: [
      {
        name: '陈思远的学习笔记',
        domains: ['chensiyuan.cn'],
        homepage: 'https://chensiyuan.cn',
        serviceContent: 'general',
        leader: 'subject_leader',
      },
    ],
    domains: { 'chensiyuan.cn': { ...FACTS, holder: '陈思远' } },
  };
}

/** Facts for an extra domain held by the order's subject. */
export function factsFor(
  order: PrecheckInput,
  over: Partial<NonNullable<PrecheckInput['domains']>[string]> = {},
) {
  return { ...FACTS, holder: order.subject.name, ...over };
}

/** Add a domain to website `i` (with facts held by the subject). */
export function addDomain(order: PrecheckInput, domain: string, i = 0): void {
  order.websites[i]!.domains.push(domain);
  order.domains = { ...order.domains, [domain]: factsFor(order) };
}

/** Add a whole website with one domain (held by the subject). */
export function addWebsite(order: PrecheckInput, domain: string, name?: string): void {
  order.websites.push({
    name: name ?? order.websites[0]!.name,
    domains: [domain],
    serviceContent: 'general',
    leader: 'subject_leader',
  });
  order.domains = { ...order.domains, [domain]: factsFor(order) };
}

/** Make the individual subject (and leader) someone whose resident ID is from `from`. */
export function nonLocalIndividual(order: PrecheckInput, from: ProvinceCode): void {
  const id = residentId(from, '19920708', '102');
  order.subject.certificate.number = id;
  order.subject.certificate.addressProvince = from;
  order.subject.leader.certificateNumber = id;
}

/** Make the subject leader someone other than the legal representative. */
export function leaderNotLegalRep(order: PrecheckInput): void {
  const p = order.subject.province;
  order.subject.leader = otherPerson(p, {
    name: '王强',
    certificateNumber: residentId(p, '19880202', '789'),
  });
}

export function clone<T>(x: T): T {
  return structuredClone(x);
}
