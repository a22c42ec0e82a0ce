/** 江西 (seed 004 §7.4.7, §6 编办证明): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import { baseOrder, clone, nonLocalIndividual, otherPerson, residentId } from '../../support/factories.js';
import { findings, provinceSuite } from '../../support/province-suite.js';

type Order = ReturnType<typeof baseOrder>;
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('JX', {
  unit: {
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
      'subject-leader-legal-rep': {
        fires: (o) => {
          o.subject.leader = otherPerson('JX', {
            name: '王强',
            certificateNumber: residentId('JX', '19880202', '789'),
          });
        },
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        // The legal representative recognised by name, without the explicit flag.
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative;
        },
      },
      'website-leader-residence-proof': {
        // 同主体负责人 whose ID is from 湖南: the website leader's ID is not 江西's.
        fires: (o) => {
          o.subject.leader.certificateNumber = residentId('HN');
        },
        expect: { material: 'residence_proof' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('JX');
        },
        alsoHolds: [
          // A website leader from Hong Kong has no resident ID: the line speaks of 身份证 only.
          (o) => {
            o.websites[0]!.leader = otherPerson('JX', {
              region: 'hk_macao',
              certificateType: 'hk_macao_permit',
              certificateNumber: 'H12345678',
            });
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
          domain(o).holderRelation = 'senior_manager';
        },
        alsoHolds: [
          (o) => {
            domain(o).holder = '张伟';
            domain(o).holderRelation = 'shareholder';
          },
          (o) => {
            domain(o).holder = '李建国';
          },
        ],
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
      'non-local-forbidden': {
        fires: (o) => nonLocalIndividual(o, 'HN'),
        expect: { violation: 'NON_LOCAL_ID_NOT_ACCEPTED' },
        // An ID number issued elsewhere, but 证件住所 in 江西 (decisions.md 7).
        holds: (o) => {
          nonLocalIndividual(o, 'HN');
          o.subject.certificate.addressProvince = 'JX';
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

test('JX: a non-local website leader is asked for a residence permit once, at the first website they lead', () => {
  const o = clone(baseOrder('JX', 'unit'));
  const leader = otherPerson('JX', { certificateNumber: residentId('GD', '19900101', '456') });
  o.websites[0]!.leader = leader;
  o.websites.push({
    name: '星河科技云服务',
    domains: ['xinghe-cloud.com'],
    serviceContent: 'general',
    leader,
  });
  o.domains = { ...o.domains, 'xinghe-cloud.com': { ...domain(o) } };
  const result = precheck(o);
  const proofs = result.requiredMaterials.filter(
    (m) => m.ruleId === 'JX/enterprise/website-leader-residence-proof',
  );
  assert.deepEqual(
    proofs.map((m) => [m.code, m.path]),
    [['residence_proof', 'websites[0]']],
  );
  assert.deepEqual(
    findings(precheck(baseOrder('JX', 'unit')), 'JX/enterprise/website-leader-residence-proof'),
    [],
  );
});
