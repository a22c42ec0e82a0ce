/** 湖北 (seed 004 §7.6.2): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  addWebsite,
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

provinceSuite('HB', {
  unit: {
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
          o.websites[0]!.leader = otherPerson('HB');
        },
        expect: { material: 'authorization_letter' },
        // The legal representative entered as a person of their own rather than 同主体负责人.
        holds: (o) => {
          o.websites[0]!.leader = person('HB');
        },
      },
      'underage-forbidden': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('HB', {
            certificateNumber: residentId('HB', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('HB', {
            certificateNumber: residentId('HB', birthYearsAgo(18), '456'),
          });
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
          domain(o).holder = '张伟';
          domain(o).holderRelation = 'senior_manager';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '星河科技 xinghe-tech.com';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技官方网站';
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
    cases: {
      'non-local-residence-proof': {
        fires: (o) => nonLocalIndividual(o, 'HN'),
        expect: { material: 'residence_proof' },
        // An ID number issued elsewhere, but 证件住所 in 湖北 (decisions.md 7).
        holds: (o) => {
          nonLocalIndividual(o, 'HN');
          o.subject.certificate.addressProvince = 'HB';
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).registrarApproved = false;
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
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
          o.websites[0]!.name = '思远';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '思远记';
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

test('HB: each website led by someone other than the legal representative needs its own authorisation letter', () => {
  const o = baseOrder('HB', 'unit');
  addWebsite(o, 'xinghe-cloud.com', '星河科技云服务');
  o.websites[1]!.leader = otherPerson('HB');
  const letters = precheck(o).requiredMaterials.filter(
    (m) => m.ruleId === 'HB/enterprise/website-leader-authorization',
  );
  assert.deepEqual(
    letters.map((m) => [m.code, m.path]),
    [['authorization_letter', 'websites[1]']],
  );
});

test('HB: the 网站建设方案书 of seed 004 §6 is left to the reviewer (decisions.md 24)', () => {
  const o = baseOrder('HB', 'individual');
  o.registry = { filedDomainPrefixCount: 40 };
  const codes = precheck(o).requiredMaterials.map((m) => m.code);
  assert.ok(!codes.includes('construction_plan'));
});
