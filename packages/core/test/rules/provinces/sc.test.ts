/** 四川 (seed 004 §7.8.3): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import {
  baseOrder,
  birthYearsAgo,
  leaderNotLegalRep,
  nonLocalIndividual,
  orgCode,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { findings, provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;
/** Make the individual subject someone born on `birth` (YYYYMMDD). */
const individualBorn = (o: Order, birth: string) => {
  const id = residentId('SC', birth, '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

provinceSuite('SC', {
  unit: {
    cases: {
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'public_institution_certificate';
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
        expect: { material: 'authorization_letter' },
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative; // recognised by name
        },
        alsoHolds: [
          (o) => {
            o.websites[0]!.leader = otherPerson('SC'); // only the subject leader is asked for
          },
        ],
      },
      'leader-underage': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('SC', {
            certificateNumber: residentId('SC', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('SC', {
            certificateNumber: residentId('SC', birthYearsAgo(18), '456'),
          });
        },
      },
      'mobile-local': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('SC', { mobileProvince: 'CQ' });
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('SC', {
            certificateNumber: residentId('CQ', '19900101', '456'),
            mobileProvince: 'SC',
          });
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
          domain(o).holder = '赵明';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国'; // the legal representative: accepted without a proof
        },
      },
      'domain-privacy': {
        fires: (o) => {
          domain(o).privacyProtection = true;
        },
        expect: { violation: 'DOMAIN_PRIVACY_PROTECTED' },
        holds: (o) => {
          delete domain(o).privacyProtection;
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = 'abc';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技论坛';
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
          o.websites[0]!.leader = otherPerson('SC', { certificateValidUntil: '2027-02-23' });
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
      underage: {
        fires: (o) => {
          individualBorn(o, birthYearsAgo(18, 1));
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          individualBorn(o, birthYearsAgo(18)); // 18 today
        },
      },
      'mobile-local': {
        fires: (o) => {
          o.subject.leader.mobileProvince = 'CQ';
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        holds: (o) => {
          nonLocalIndividual(o, 'CQ'); // a non-local ID with a Sichuan number
        },
      },
      'residence-proof': {
        fires: (o) => {
          nonLocalIndividual(o, 'CQ');
        },
        expect: { material: 'residence_proof' },
        // decisions.md 7: locality is the province of 证件住所, which the applicant may state
        holds: (o) => {
          nonLocalIndividual(o, 'CQ');
          o.subject.certificate.addressProvince = 'SC';
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
          domain(o).holder = '陈 思远';
        },
      },
      'domain-privacy': {
        fires: (o) => {
          domain(o).privacyProtection = true;
        },
        expect: { violation: 'DOMAIN_PRIVACY_PROTECTED' },
        holds: (o) => {
          delete domain(o).privacyProtection;
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '陈思远的技术论坛';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '陈思远的技术笔记';
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
});

test('SC/enterprise/domain-holder: shareholders and senior managers need the registrant proof, shareholders also the domain certificate', () => {
  const cases = [
    ['赵明', 'shareholder', ['domain_certificate', 'domain_holder_proof']],
    ['钱伟', 'senior_manager', ['domain_holder_proof']],
    ['李建国', 'shareholder', []], // the legal representative who is also a shareholder needs nothing
    [undefined, 'shareholder', []], // the unit itself
  ] as const;
  for (const [holder, relation, expected] of cases) {
    const o = baseOrder('SC', 'unit');
    if (holder) domain(o).holder = holder;
    domain(o).holderRelation = relation;
    const result = precheck(o);
    assert.deepEqual(
      findings(result, 'SC/enterprise/domain-holder').sort(),
      [...expected],
      `${holder} ${relation}`,
    );
    for (const m of result.requiredMaterials.filter((x) => x.ruleId === 'SC/enterprise/domain-holder'))
      assert.equal(m.path, 'websites[0].domains[0]');
  }
});

test('SC/individual/residence-proof: residents of Hong Kong, Macao, Taiwan and foreigners need the proof too', () => {
  const o = baseOrder('SC', 'individual');
  o.subject.leader.region = 'hk_macao';
  o.subject.leader.certificateType = 'hk_macao_permit';
  o.subject.leader.certificateNumber = 'H12345678';
  o.subject.certificate.type = 'hk_macao_permit';
  o.subject.certificate.number = 'H12345678';
  assert.deepEqual(findings(precheck(o), 'SC/individual/residence-proof'), ['residence_proof']);
});
