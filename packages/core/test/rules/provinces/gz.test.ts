/** 贵州 (seed 004 §7.8.2): every executable rule fires where it should and stays silent where it must. */
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
  person,
  residentId,
} from '../../support/factories.js';
import { findings, provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;
/** Make the individual subject someone born on `birth` (YYYYMMDD). */
const individualBorn = (o: Order, birth: string) => {
  const id = residentId('GZ', birth, '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

provinceSuite('GZ', {
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
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative; // recognised by name
        },
      },
      'website-leader-legal-rep': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('GZ');
        },
        expect: { material: 'authorization_letter' },
        holds: (o) => {
          o.websites[0]!.leader = person('GZ'); // the legal representative named explicitly as website leader
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).realNameVerified = false;
        },
        expect: { violation: 'DOMAIN_NOT_REAL_NAME_VERIFIED' },
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
      'domain-holder': {
        fires: (o) => {
          domain(o).holder = '李建国'; // the legal representative is not accepted in Guizhou
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = ` ${o.subject.name} `;
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
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = person('GZ', { certificateValidUntil: '2027-02-23' });
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
      'residence-proof': {
        fires: (o) => {
          nonLocalIndividual(o, 'YN');
        },
        expect: { material: 'residence_proof' },
        // decisions.md 7: locality is the province of 证件住所, which the applicant may state
        holds: (o) => {
          nonLocalIndividual(o, 'YN');
          o.subject.certificate.addressProvince = 'GZ';
        },
      },
      underage: {
        fires: (o) => {
          individualBorn(o, birthYearsAgo(18, 1));
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          individualBorn(o, birthYearsAgo(18)); // 18 today
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).registrarApproved = false;
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
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
      'domain-holder': {
        fires: (o) => {
          domain(o).holder = '陈思源';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '陈 思远';
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

test('GZ/enterprise: a subject leader who is not the legal representative is refused, and the website leader (同主体负责人) needs the letter', () => {
  const o = baseOrder('GZ', 'unit');
  leaderNotLegalRep(o);
  const result = precheck(o);
  assert.deepEqual(findings(result, 'GZ/enterprise/subject-leader-legal-rep'), [
    'SUBJECT_LEADER_NOT_LEGAL_REP',
  ]);
  assert.deepEqual(findings(result, 'GZ/enterprise/website-leader-legal-rep'), ['authorization_letter']);
  assert.equal(result.requiredMaterials.find((m) => m.code === 'authorization_letter')?.path, 'websites[0]');
});
