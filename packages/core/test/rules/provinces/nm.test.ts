/** 内蒙古 (seed 004 §7.3.3, §6): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  addDomain,
  baseOrder,
  birthYearsAgo,
  clone,
  leaderNotLegalRep,
  nonLocalIndividual,
  orgCode,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

const individualBorn = (birth: string) => (o: PrecheckInput) => {
  const id = residentId('NM', birth, '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

/** The order's first domain is already filed elsewhere under this subject (接入备案): not new in the order. */
const firstDomainFiledElsewhere = (o: PrecheckInput) => {
  o.registry = {
    subject: {
      icpNumber: '蒙ICP备12345678号',
      name: o.subject.name,
      leaderName: o.subject.leader.name,
      accessedHere: false,
    },
    domains: {
      [o.websites[0]!.domains[0]!]: {
        icpNumber: '蒙ICP备12345678号-1',
        subjectCertificateNumber: o.subject.certificate.number,
        accessedHere: false,
      },
    },
  };
};

provinceSuite('NM', {
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
            o.subject.nature = 'social_group';
            o.subject.certificate.type = 'social_group_certificate';
          },
        ],
      },
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('NM');
        },
      },
      'legal-rep-residence-proof': {
        // The legal representative (the subject leader) holds a resident ID of 河北.
        fires: (o) => {
          o.subject.leader.certificateNumber = residentId('HE');
        },
        expect: { material: 'residence_proof' },
        // A non-local website leader who is not the legal representative needs no proof.
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('NM', {
            certificateNumber: residentId('HE', '19900101', '456'),
          });
        },
      },
      underage: {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('NM', {
            certificateNumber: residentId('NM', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('NM', {
            certificateNumber: residentId('NM', birthYearsAgo(18), '456'),
          });
        },
      },
      'domestic-registrar': {
        fires: (o) => {
          domain(o).registrar = 'GoDaddy.com, LLC';
          domain(o).registrarApproved = false;
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
        // A domestic registrar, though the domain has another problem.
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
          domain(o).holder = '王芳';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '星河科技@官网';
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
      'establishment-proof': {
        fires: (o) => {
          o.subject.nature = 'public_institution';
          o.subject.certificate.type = 'public_institution_certificate';
        },
        expect: { material: 'establishment_proof' },
        // 社会团体 is a unit, but not one §6 names.
        holds: (o) => {
          o.subject.nature = 'social_group';
          o.subject.certificate.type = 'social_group_certificate';
        },
      },
    },
  },
  individual: {
    baseMaterials: ['domain_certificate'],
    cases: {
      underage: {
        fires: individualBorn(birthYearsAgo(18, 1)),
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: individualBorn(birthYearsAgo(18)),
      },
      'temporary-id': {
        fires: (o) => {
          o.subject.certificate.type = 'temporary_resident_id';
          o.subject.leader.certificateType = 'temporary_resident_id';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        holds: (o) => {
          o.subject.certificate.type = 'hk_macao_residence_permit';
          o.subject.certificate.number = '810000199207081021';
          o.subject.leader.region = 'hk_macao';
          o.subject.leader.certificateType = 'hk_macao_residence_permit';
          o.subject.leader.certificateNumber = '810000199207081021';
        },
      },
      'non-local-residence-proof': {
        fires: (o) => nonLocalIndividual(o, 'SX'),
        expect: { material: 'residence_proof' },
        // An ID number from elsewhere with 证件住所 in 内蒙古 is local (decisions.md 7).
        holds: (o) => {
          nonLocalIndividual(o, 'SX');
          o.subject.certificate.addressProvince = 'NM';
        },
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
      },
      'domain-certificate': {
        fires: (o) => addDomain(o, 'chensiyuan.com'),
        expect: { material: 'domain_certificate' },
        holds: firstDomainFiledElsewhere,
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '陈思远导航';
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

describe('NM details', () => {
  test('individuals: a certificate for each domain new in the order, none for one already filed', () => {
    const o = clone(baseOrder('NM', 'individual'));
    firstDomainFiledElsewhere(o);
    addDomain(o, 'chensiyuan.com');
    const r = precheck(o);
    assert.deepEqual(
      r.requiredMaterials.filter((m) => m.code === 'domain_certificate').map((m) => m.path),
      ['websites[0].domains[1]'],
    );
  });

  test('units: no domain certificate', () => {
    const r = precheck(baseOrder('NM', 'unit'));
    assert.ok(!r.requiredMaterials.some((m) => m.code === 'domain_certificate'));
  });

  test('government bodies need the 编办证明 too', () => {
    const o = clone(baseOrder('NM', 'unit'));
    o.subject.nature = 'government';
    o.subject.certificate.type = 'government_credit_code';
    assert.ok(precheck(o).requiredMaterials.some((m) => m.code === 'establishment_proof'));
  });
});
