/** 安徽 (seed 004 §7.4.1): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import { baseOrder, clone, leaderNotLegalRep, otherPerson, person } from '../../support/factories.js';
import { findings, provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('AH', {
  unit: {
    cases: {
      'leaders-legal-rep': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('AH');
        },
        expect: { material: 'authorization_letter' },
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
          domain(o).holderRelation = 'shareholder'; // shareholders are not accepted in Anhui
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国'; // the legal representative
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
          o.websites[0]!.name = '星河';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河网';
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('AH', {
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

/** The first half of the line that asks two things. */
describe('AH lines with two requirements', () => {
  test('AH/enterprise/leaders-legal-rep: the subject leader must be the legal representative, with no alternative', () => {
    const o = clone(baseOrder('AH', 'unit'));
    leaderNotLegalRep(o);
    o.websites[0]!.leader = person('AH'); // the legal representative leads the website
    const r = precheck(o);
    assert.deepEqual(findings(r, 'AH/enterprise/leaders-legal-rep'), ['SUBJECT_LEADER_NOT_LEGAL_REP']);
    assert.equal(r.ok, false);
  });
});
