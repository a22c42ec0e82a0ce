/** 云南 (seed 004 §7.8.5, §6 编办证明): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import {
  baseOrder,
  birthYearsAgo,
  leaderNotLegalRep,
  orgCode,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { findings, provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;
/** Make the individual subject someone born on `birth` (YYYYMMDD). */
const individualBorn = (o: Order, birth: string) => {
  const id = residentId('YN', birth, '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};
const websiteLeaderBorn = (birth: string, isLegalRepresentative = false) =>
  otherPerson('YN', { certificateNumber: residentId('YN', birth, '456'), isLegalRepresentative });

provinceSuite('YN', {
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
        alsoHolds: [
          (o) => {
            o.websites[0]!.leader = otherPerson('YN'); // the website leader need not be the legal representative
          },
        ],
      },
      'underage-employment-proof': {
        fires: (o) => {
          o.websites[0]!.leader = websiteLeaderBorn(birthYearsAgo(18, 1));
        },
        expect: { material: 'employment_proof' },
        holds: (o) => {
          o.websites[0]!.leader = websiteLeaderBorn(birthYearsAgo(18)); // 18 today
        },
        alsoHolds: [
          (o) => {
            o.websites[0]!.leader = websiteLeaderBorn(birthYearsAgo(18, 1), true); // 法定代表人除外
          },
        ],
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
          domain(o).holder = '赵明';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '赵明';
          domain(o).holderRelation = 'shareholder'; // declared shareholder: accepted, no proof (decisions.md 22)
        },
        alsoHolds: [
          (o) => {
            domain(o).holder = '李建国'; // the legal representative
          },
          (o) => {
            domain(o).holder = '钱伟';
            domain(o).holderRelation = 'senior_manager';
          },
        ],
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
          o.websites[0]!.leader = otherPerson('YN', { certificateValidUntil: '2027-02-23' });
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.subject.leader.certificateValidUntil = '2027-02-24';
        },
      },
      'establishment-proof': {
        fires: (o) => {
          o.subject.nature = 'public_institution';
          o.subject.certificate.type = 'public_institution_certificate';
        },
        expect: { material: 'establishment_proof' },
        holds: (o) => {
          o.subject.nature = 'social_group';
          o.subject.certificate.type = 'social_group_certificate';
        },
      },
    },
  },
  individual: {
    cases: {
      'underage-employment-proof': {
        fires: (o) => {
          individualBorn(o, birthYearsAgo(18, 1));
        },
        expect: { material: 'employment_proof' },
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

test('YN/enterprise/establishment-proof: 政府机关 too', () => {
  const o = baseOrder('YN', 'unit');
  o.subject.nature = 'government';
  o.subject.certificate.type = 'government_credit_code';
  assert.deepEqual(findings(precheck(o), 'YN/enterprise/establishment-proof'), ['establishment_proof']);
});

test('YN/enterprise/underage-employment-proof: the proof is the underage website leader’s', () => {
  const o = baseOrder('YN', 'unit');
  o.websites[0]!.leader = websiteLeaderBorn(birthYearsAgo(17));
  const proof = precheck(o).requiredMaterials.find((m) => m.code === 'employment_proof');
  assert.equal(proof?.path, 'websites[0]');
});
