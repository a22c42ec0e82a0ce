/** 天津 (seed 004 §7.3.5 and §7.9.1): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  addWebsite,
  baseOrder,
  birthYearsAgo,
  clone,
  leaderNotLegalRep,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { findings, provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

/** 天津 units: the website leader must be another person than the subject leader (decisions.md 23). */
const separateWebsiteLeader = (o: PrecheckInput) => {
  o.websites[0]!.leader = otherPerson('TJ');
};

const individualBorn = (birth: string) => (o: PrecheckInput) => {
  const id = residentId('TJ', birth, '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

provinceSuite('TJ', {
  unit: {
    base: separateWebsiteLeader,
    baseMaterials: ['website_leader_id'],
    cases: {
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'organization_code';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        enterpriseOnly: true,
        alsoHolds: [
          (o) => {
            o.subject.nature = 'public_institution';
            o.subject.certificate.type = 'public_institution_certificate';
          },
        ],
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
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        // Not declared, but the same name as the legal representative.
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative;
        },
      },
      'leaders-differ': {
        fires: (o) => {
          o.websites[0]!.leader = 'subject_leader';
        },
        expect: { violation: 'LEADERS_MUST_DIFFER' },
        alsoHolds: [
          // A namesake of the subject leader is another person.
          (o) => {
            o.websites[0]!.leader = otherPerson('TJ', { name: '李建国' });
          },
        ],
      },
      underage: {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('TJ', {
            certificateNumber: residentId('TJ', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('TJ', {
            certificateNumber: residentId('TJ', birthYearsAgo(18), '456'),
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
          domain(o).holder = '王芳';
          domain(o).holderRelation = 'shareholder';
        },
        expect: { material: 'domain_holder_proof' },
        holds: (o) => {
          domain(o).holder = '李建国';
        },
        alsoHolds: [
          (o) => {
            domain(o).holder = ` ${o.subject.name} `;
          },
        ],
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
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('TJ', { certificateValidUntil: '2027-02-23' });
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.subject.leader.certificateValidUntil = '2027-02-24';
        },
      },
      'mobile-not-shared': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('TJ', { mobile: '13901020102' });
        },
        expect: { violation: 'MOBILE_SHARED_BETWEEN_LEADERS' },
        // The same website leader (same person, same number) for two websites.
        holds: (o) => {
          addWebsite(o, 'xinghe-tech.cn');
          o.websites[1]!.leader = otherPerson('TJ');
        },
      },
    },
  },
  individual: {
    cases: {
      underage: {
        fires: individualBorn(birthYearsAgo(18, 1)),
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: individualBorn(birthYearsAgo(18)),
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).registrarApproved = false;
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
      },
      'domain-holder': {
        fires: (o) => {
          domain(o).holder = '李建国';
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
          o.websites[0]!.name = '陈思远的商城';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
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

describe('TJ details', () => {
  const unit = () => {
    const o = clone(baseOrder('TJ', 'unit'));
    separateWebsiteLeader(o);
    return o;
  };

  test('a domain held by someone outside the accepted list is a mismatch, not a proof case', () => {
    const o = unit();
    domain(o).holder = '王芳';
    assert.deepEqual(findings(precheck(o), 'TJ/enterprise/domain-holder'), ['DOMAIN_HOLDER_MISMATCH']);
  });

  test('a senior manager holding the domain needs the social-insurance proof for that domain', () => {
    const o = unit();
    domain(o).holder = '王芳';
    domain(o).holderRelation = 'senior_manager';
    const m = precheck(o).requiredMaterials.find((x) => x.code === 'domain_holder_proof');
    assert.equal(m?.path, 'websites[0].domains[0]');
  });

  test('the shared example: one person as both leaders is LEADERS_MUST_DIFFER, and nothing else', () => {
    const r = precheck(baseOrder('TJ', 'unit'));
    assert.deepEqual(
      r.violations.map((v) => v.code),
      ['LEADERS_MUST_DIFFER'],
    );
  });

  test('a leader who is not the legal representative cannot be rescued by an authorization letter', () => {
    const o = unit();
    leaderNotLegalRep(o);
    o.websites[0]!.leader = otherPerson('TJ', { mobile: '13701070107' });
    const r = precheck(o);
    assert.ok(!r.requiredMaterials.some((m) => m.code === 'authorization_letter'));
    assert.deepEqual(
      r.violations.map((v) => v.code),
      ['SUBJECT_LEADER_NOT_LEGAL_REP'],
    );
  });
});
