/** 湖南 (seed 004 §7.6.3): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  addDomain,
  baseOrder,
  birthYearsAgo,
  leaderNotLegalRep,
  nonLocalIndividual,
  orgCode,
  otherPerson,
  person,
  residentId,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

/** The individual subject born `years` years before asOf, plus `days` days. */
const individualBorn = (o: PrecheckInput, years: number, days = 0) => {
  const id = residentId('HN', birthYearsAgo(years, days), '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

/** Not a domain at all: the platform reports it (DOMAIN_INVALID); there is nothing to certify. */
const notADomain = (o: PrecheckInput) => {
  o.websites[0]!.domains = ['星河 科技'];
};

provinceSuite('HN', {
  unit: {
    baseMaterials: ['domain_certificate'],
    cases: {
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'government_credit_code';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        enterpriseOnly: true,
        holds: (o) => {
          o.subject.certificate.type = 'organization_code';
          o.subject.certificate.number = orgCode();
        },
        alsoHolds: [
          (o) => {
            o.subject.nature = 'public_institution';
            o.subject.certificate.type = 'public_institution_certificate';
          },
        ],
      },
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative;
        },
      },
      'website-leader-authorization': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('HN');
        },
        expect: { material: 'authorization_letter' },
        // The legal representative entered as a person of their own rather than 同主体负责人.
        holds: (o) => {
          o.websites[0]!.leader = person('HN');
        },
      },
      'underage-forbidden': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('HN', {
            certificateNumber: residentId('HN', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('HN', {
            certificateNumber: residentId('HN', birthYearsAgo(18), '456'),
          });
        },
      },
      'mobile-local': {
        fires: (o) => {
          o.subject.leader.mobileProvince = 'GD';
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        // A leader from 广东 with a 湖南 number: the rule is about the number, not the person.
        holds: (o) => {
          o.subject.leader.certificateNumber = residentId('GD');
        },
      },
      'domestic-registrar': {
        fires: (o) => {
          domain(o).registrar = 'GoDaddy.com, LLC';
          domain(o).registrarApproved = false;
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
        holds: (o) => {
          domain(o).realNameVerified = false;
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).realNameVerified = false;
        },
        expect: { violation: 'DOMAIN_NOT_REAL_NAME_VERIFIED' },
        holds: (o) => {
          domain(o).realNameVerifiedAt = '2026-11-20';
        },
      },
      'domain-holder': {
        fires: (o) => {
          domain(o).holder = '李建国';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = ` ${o.subject.name} `;
        },
      },
      'domain-certificates': {
        fires: () => {},
        expect: { material: 'domain_certificate' },
        holds: notADomain,
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '人民星河科技官网';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技为人民服务';
        },
      },
      'domain-validity': {
        fires: (o) => {
          domain(o).expiresAt = '2027-02-21';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          domain(o).expiresAt = '2027-02-22';
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.subject.leader.certificateValidUntil = '2027-02-23';
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.subject.leader.certificateValidUntil = '2027-02-24';
        },
      },
    },
  },
  individual: {
    baseMaterials: ['domain_certificate'],
    cases: {
      'underage-forbidden': {
        fires: (o) => individualBorn(o, 18, 1),
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => individualBorn(o, 18),
      },
      'mobile-local': {
        fires: (o) => {
          o.subject.leader.mobileProvince = 'GX';
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        // Someone from 广西 with a 湖南 number.
        holds: (o) => nonLocalIndividual(o, 'GX'),
      },
      'domestic-registrar': {
        fires: (o) => {
          domain(o).registrarApproved = false;
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
        holds: (o) => {
          domain(o).realNameVerified = false;
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).realNameVerified = false;
        },
        expect: { violation: 'DOMAIN_NOT_REAL_NAME_VERIFIED' },
      },
      'domain-holder': {
        fires: (o) => {
          domain(o).holder = '陈思源';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = ' 陈思远 ';
        },
      },
      'domain-certificates': {
        fires: () => {},
        expect: { material: 'domain_certificate' },
        holds: notADomain,
      },
      'domain-validity': {
        fires: (o) => {
          domain(o).expiresAt = '2027-02-21';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          domain(o).expiresAt = '2027-02-22';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '思远的导航页';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '思远的读书页';
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.subject.leader.certificateValidUntil = '2027-02-23';
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.subject.leader.certificateValidUntil = '2027-02-24';
        },
      },
    },
  },
});

test('HN: a domain certificate for every domain of the order, already filed ones included (decisions.md 15)', () => {
  const o = baseOrder('HN', 'individual');
  addDomain(o, 'chensiyuan.com');
  o.registry = {
    subject: { icpNumber: '湘ICP备12345678号', name: '陈思远', leaderName: '陈思远', accessedHere: false },
    domains: {
      'chensiyuan.cn': {
        icpNumber: '湘ICP备12345678号-1',
        subjectCertificateNumber: o.subject.certificate.number,
        accessedHere: false,
      },
      'chensiyuan.com': {
        icpNumber: '湘ICP备12345678号-2',
        subjectCertificateNumber: o.subject.certificate.number,
        accessedHere: false,
      },
    },
  };
  const certs = precheck(o).requiredMaterials.filter((m) => m.ruleId === 'HN/individual/domain-certificates');
  assert.deepEqual(
    certs.map((m) => m.path),
    ['websites[0].domains[0]', 'websites[0].domains[1]'],
  );
});

test('HN: the 网站建设方案书 of seed 004 §6 is left to the reviewer (decisions.md 24)', () => {
  const o = baseOrder('HN', 'individual');
  o.registry = { filedDomainPrefixCount: 40 };
  const codes = precheck(o).requiredMaterials.map((m) => m.code);
  assert.ok(!codes.includes('construction_plan'));
});
