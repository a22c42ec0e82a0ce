/** 西藏 (seed 004 §7.8.4): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  baseOrder,
  clone,
  leaderNotLegalRep,
  nonLocalIndividual,
  orgCode,
  otherPerson,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

/** The subject already has a filing accessed on this platform: the order is a 新增网站, not a first filing. */
const subjectFiledHere = (o: PrecheckInput) => {
  o.registry = {
    subject: {
      icpNumber: '藏ICP备12345678号',
      name: o.subject.name,
      leaderName: o.subject.leader.name,
      accessedHere: true,
    },
  };
};
/** The subject is filed with another provider only: 新增网站（原备案不在本平台）. */
const subjectFiledElsewhere = (o: PrecheckInput) => {
  subjectFiledHere(o);
  o.registry!.subject!.accessedHere = false;
};
/** The website is filed elsewhere under this subject: 接入备案. */
const websiteFiledElsewhere = (o: PrecheckInput) => {
  subjectFiledElsewhere(o);
  o.registry!.domains = {
    [o.websites[0]!.domains[0]!]: {
      icpNumber: '藏ICP备12345678号-1',
      subjectCertificateNumber: o.subject.certificate.number,
      accessedHere: false,
    },
  };
};

provinceSuite('XZ', {
  unit: {
    baseMaterials: ['party_gov_confirmation'],
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
          // Not declared, but the same name as the legal representative.
          delete o.subject.leader.isLegalRepresentative;
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
          domain(o).holder = '李建国';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = ` ${o.subject.name} `;
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
          o.websites[0]!.name = '中国星河科技官网';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技中国官网';
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('XZ', { certificateValidUntil: '2027-02-23' });
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('XZ', { certificateValidUntil: '2027-02-24' });
        },
      },
      'party-gov-confirmation': {
        fires: () => {},
        expect: { material: 'party_gov_confirmation' },
        holds: subjectFiledHere,
        alsoHolds: [subjectFiledElsewhere, websiteFiledElsewhere],
      },
    },
  },
  individual: {
    cases: {
      'resident-id-required': {
        fires: (o) => {
          o.subject.leader.certificateType = 'passport';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        holds: (o) => {
          o.subject.leader.region = 'hk_macao';
          o.subject.leader.certificateType = 'hk_macao_permit';
        },
      },
      'non-local-id': {
        fires: (o) => {
          nonLocalIndividual(o, 'SC');
        },
        expect: { violation: 'NON_LOCAL_ID_NOT_ACCEPTED' },
        holds: (o) => {
          // A Sichuan-born ID number, but the 证件住所 is now in Tibet.
          nonLocalIndividual(o, 'SC');
          o.subject.certificate.addressProvince = 'XZ';
        },
      },
      'domain-verification': {
        fires: (o) => {
          const facts = domain(o);
          o.websites[0]!.domains = ['chensiyuan.io'];
          o.domains = { 'chensiyuan.io': facts };
        },
        expect: { violation: 'TLD_NOT_APPROVED' },
        holds: (o) => {
          const facts = domain(o);
          o.websites[0]!.domains = ['chensiyuan.icu'];
          o.domains = { 'chensiyuan.icu': facts };
        },
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
          domain(o).expiresAt = '2026-12-31';
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
          o.subject.leader.certificateValidUntil = '9999-12-31';
        },
      },
    },
  },
});

test('XZ: a unit first filing mails the 党政机关确认函 to the bureau (mail_documents step)', () => {
  const result = precheck(baseOrder('XZ', 'unit'));
  assert.equal(result.filingType, 'first_filing');
  assert.ok(result.requiredMaterials.some((m) => m.code === 'party_gov_confirmation'));
  assert.deepEqual(result.steps, [
    'initial_review',
    'curtain_photo',
    'mail_documents',
    'sms_verification',
    'bureau_review',
  ]);
});

test('XZ: no 党政机关确认函 and no mail_documents step beyond the first filing, nor for individuals', () => {
  for (const near of [subjectFiledHere, subjectFiledElsewhere, websiteFiledElsewhere]) {
    const order = clone(baseOrder('XZ', 'unit'));
    near(order);
    const result = precheck(order);
    assert.notEqual(result.filingType, 'first_filing');
    assert.ok(
      !result.requiredMaterials.some((m) => m.code === 'party_gov_confirmation'),
      String(result.filingType),
    );
    assert.ok(!result.steps.includes('mail_documents'), String(result.filingType));
    assert.ok(result.steps.includes('sms_verification'));
  }
  const individual = precheck(baseOrder('XZ', 'individual'));
  assert.equal(individual.filingType, 'first_filing');
  assert.ok(!individual.requiredMaterials.some((m) => m.code === 'party_gov_confirmation'));
  assert.deepEqual(individual.steps, [
    'initial_review',
    'curtain_photo',
    'sms_verification',
    'bureau_review',
  ]);
});

test('XZ: a unit first filing that lacks the 党政机关确认函 in its materials is reported', () => {
  const order = clone(baseOrder('XZ', 'unit'));
  order.materials = ['unit_certificate', 'subject_leader_id', 'verification_form'];
  const result = precheck(order);
  assert.ok(
    result.violations.some(
      (v) => v.code === 'MATERIAL_MISSING' && v.ruleId === 'XZ/enterprise/party-gov-confirmation',
    ),
  );
  order.materials.push('party_gov_confirmation');
  assert.equal(precheck(order).ok, true);
});
