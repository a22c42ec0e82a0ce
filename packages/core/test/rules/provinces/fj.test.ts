/** 福建 (seed 004 §7.4.2): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import {
  baseOrder,
  clone,
  leaderNotLegalRep,
  nonLocalIndividual,
  otherPerson,
  person,
} from '../../support/factories.js';
import { findings, provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('FJ', {
  unit: {
    cases: {
      'leaders-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        // the legal representative entered again as the website leader
        holds: (o) => {
          o.websites[0]!.leader = { ...o.subject.leader };
        },
        alsoHolds: [
          (o) => {
            delete o.subject.leader.isLegalRepresentative; // same name as the legal representative
          },
        ],
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
          domain(o).holder = '王强';
          domain(o).holderRelation = 'senior_manager'; // not accepted in Fujian
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国'; // the legal representative
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '星河';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河网';
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
          o.websites[0]!.leader = otherPerson('FJ', {
            isLegalRepresentative: true,
            certificateValidUntil: '2027-02-23',
          });
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
        fires: (o) => {
          nonLocalIndividual(o, 'HE');
        },
        expect: { material: 'residence_proof' },
        // an ID number issued elsewhere, but the 证件住所 is now in Fujian
        holds: (o) => {
          nonLocalIndividual(o, 'HE');
          o.subject.certificate.addressProvince = 'FJ';
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

describe('FJ lines with two requirements', () => {
  test('FJ/enterprise/leaders-legal-rep: a website leader who is not the legal representative needs the letter', () => {
    const o = clone(baseOrder('FJ', 'unit'));
    o.websites[0]!.leader = otherPerson('FJ');
    const r = precheck(o);
    assert.deepEqual(findings(r, 'FJ/enterprise/leaders-legal-rep'), ['authorization_letter']);
    assert.equal(r.requiredMaterials.find((m) => m.code === 'authorization_letter')?.path, 'websites[0]');
    assert.equal(r.ok, true);
  });

  test('FJ/enterprise: a unit leader with a non-Fujian ID is not asked for a residence permit by the precheck', () => {
    const o = clone(baseOrder('FJ', 'unit'));
    o.subject.leader = person('GD');
    const r = precheck(o);
    assert.ok(!r.requiredMaterials.some((m) => m.code === 'residence_proof'));
  });
});
