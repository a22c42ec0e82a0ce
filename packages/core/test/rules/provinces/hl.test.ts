/** 黑龙江 (seed 004 §7.2.1, §6 编办证明): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import {
  baseOrder,
  clone,
  leaderNotLegalRep,
  nonLocalIndividual,
  otherPerson,
} from '../../support/factories.js';
import { findings, provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('HL', {
  unit: {
    cases: {
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'organization_code';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        enterpriseOnly: true,
        holds: (o) => {
          o.subject.certificate.type = 'government_credit_code'; // the certificate carrying the new code
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
        // not declared, but the same name as the legal representative
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative;
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).realNameVerified = false;
        },
        expect: { violation: 'DOMAIN_NOT_REAL_NAME_VERIFIED' },
        holds: (o) => {
          domain(o).realNameVerifiedAt = '2026-11-20'; // exactly 3 days: no early warning
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
      'domain-holder': {
        fires: (o) => {
          domain(o).holder = '王强';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国'; // the legal representative
        },
        alsoHolds: [
          (o) => {
            domain(o).holder = ` ${o.subject.name} `;
          },
        ],
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
          o.websites[0]!.leader = otherPerson('HL', {
            isLegalRepresentative: true,
            certificateValidUntil: '2027-02-23',
          });
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.subject.leader.certificateValidUntil = '2027-02-24';
        },
      },
      'establishment-proof': {
        fires: (o) => {
          o.subject.nature = 'government';
          o.subject.certificate.type = 'government_credit_code';
        },
        expect: { material: 'establishment_proof' },
        holds: (o) => {
          o.subject.nature = 'social_group';
          o.subject.certificate.type = 'social_group_certificate';
        },
        alsoHolds: [
          (o) => {
            o.subject.nature = 'private_non_enterprise';
            o.subject.certificate.type = 'private_non_enterprise_certificate';
          },
        ],
      },
    },
  },
  individual: {
    cases: {
      'resident-id-local-only': {
        fires: (o) => {
          nonLocalIndividual(o, 'JL');
        },
        expect: { violation: 'NON_LOCAL_ID_NOT_ACCEPTED' },
        // an ID number issued elsewhere, but the 证件住所 is now in Heilongjiang
        holds: (o) => {
          nonLocalIndividual(o, 'JL');
          o.subject.certificate.addressProvince = 'HL';
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

/** The second half of the lines that ask two things. */
describe('HL lines with two requirements', () => {
  const run = (scope: 'unit' | 'individual', m: (o: Order) => void) => {
    const o = clone(baseOrder('HL', scope));
    m(o);
    return precheck(o);
  };

  test('HL/individual/resident-id-local-only: a mainland resident must use the resident ID', () => {
    const r = run('individual', (o) => {
      o.subject.leader.certificateType = 'passport';
    });
    assert.deepEqual(findings(r, 'HL/individual/resident-id-local-only'), ['CERT_TYPE_NOT_ACCEPTED']);
  });

  test('HL/individual/resident-id-local-only holds for a foreign national with a passport', () => {
    const r = run('individual', (o) => {
      o.subject.leader.region = 'foreign';
      o.subject.leader.certificateType = 'passport';
    });
    assert.deepEqual(findings(r, 'HL/individual/resident-id-local-only'), []);
  });
});
