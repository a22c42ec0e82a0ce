/** 上海 (seed 004 §7.4.5): every executable rule fires where it should and stays silent where it must. */
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

provinceSuite('SH', {
  unit: {
    cases: {
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'organization_code';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        enterpriseOnly: true,
        holds: (o) => {
          o.subject.nature = 'public_institution';
          o.subject.certificate.type = 'public_institution_certificate';
        },
      },
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
          domain(o).expiresAt = '2027-05-22'; // 180 days after asOf
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          domain(o).expiresAt = '2027-05-23';
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('SH', {
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
      'cert-types': {
        fires: (o) => {
          o.subject.leader.certificateType = 'temporary_resident_id';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        holds: (o) => {
          o.subject.leader.region = 'hk_macao';
          o.subject.leader.certificateType = 'hk_macao_permit';
          o.subject.certificate.type = 'hk_macao_permit';
        },
      },
      'non-local-residence-proof': {
        fires: (o) => {
          nonLocalIndividual(o, 'ZJ');
        },
        expect: { material: 'residence_proof' },
        // an ID number issued elsewhere, but the 证件住所 is now in Shanghai
        holds: (o) => {
          nonLocalIndividual(o, 'ZJ');
          o.subject.certificate.addressProvince = 'SH';
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).registrarApproved = false;
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
      },
      'domain-holder-privacy': {
        fires: (o) => {
          domain(o).holder = '陈思源';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '陈 思远';
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
          domain(o).expiresAt = '2027-05-22';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          domain(o).expiresAt = '2027-05-23';
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
describe('SH lines with two requirements', () => {
  const run = (scope: 'unit' | 'individual', m: (o: Order) => void) => {
    const o = clone(baseOrder('SH', scope));
    m(o);
    return precheck(o);
  };

  test('SH/enterprise/leaders-legal-rep: a website leader who is not the legal representative needs the letter', () => {
    const r = run('unit', (o) => {
      o.websites[0]!.leader = otherPerson('SH');
    });
    assert.deepEqual(findings(r, 'SH/enterprise/leaders-legal-rep'), ['authorization_letter']);
    assert.equal(r.requiredMaterials.find((m) => m.code === 'authorization_letter')?.path, 'websites[0]');
    assert.equal(r.ok, true);
  });

  test('SH/individual/cert-types: a Hong Kong or Macao resident must use the 通行证', () => {
    const r = run('individual', (o) => {
      o.subject.leader.region = 'hk_macao';
      o.subject.leader.certificateType = 'hk_macao_residence_permit';
      o.subject.certificate.type = 'hk_macao_residence_permit';
    });
    assert.deepEqual(findings(r, 'SH/individual/cert-types'), ['CERT_TYPE_NOT_ACCEPTED']);
  });

  test('SH/individual/domain-holder-privacy: WHOIS privacy must be off during filing', () => {
    const on = run('individual', (o) => {
      domain(o).privacyProtection = true;
    });
    assert.deepEqual(findings(on, 'SH/individual/domain-holder-privacy'), ['DOMAIN_PRIVACY_PROTECTED']);
    const off = run('individual', (o) => {
      domain(o).privacyProtection = false;
    });
    assert.deepEqual(findings(off, 'SH/individual/domain-holder-privacy'), []);
  });

  test('SH/enterprise: WHOIS privacy is an individual rule only', () => {
    const r = run('unit', (o) => {
      domain(o).privacyProtection = true;
    });
    assert.ok(!r.violations.some((v) => v.code === 'DOMAIN_PRIVACY_PROTECTED'));
  });
});
