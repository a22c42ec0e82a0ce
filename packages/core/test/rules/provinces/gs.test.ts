/** 甘肃 (seed 004 §7.7.1): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  addWebsite,
  baseOrder,
  clone,
  leaderNotLegalRep,
  nonLocalIndividual,
  orgCode,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('GS', {
  unit: {
    cases: {
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'organization_code';
          o.subject.certificate.number = orgCode();
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        enterpriseOnly: true,
        alsoHolds: [
          (o) => {
            o.subject.nature = 'social_group';
            o.subject.certificate.type = 'social_group_certificate';
          },
        ],
      },
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { material: 'authorization_letter' },
        holds: (o) => {
          // Not declared, but the same name as the legal representative.
          delete o.subject.leader.isLegalRepresentative;
        },
      },
      'mobile-local': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('GS', { mobileProvince: 'NX' });
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        holds: (o) => {
          // A Ningxia ID, but a Gansu number: the rule is about the number.
          o.websites[0]!.leader = otherPerson('GS', {
            certificateNumber: residentId('NX', '19900101', '456'),
          });
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
      'domain-validity': {
        fires: (o) => {
          addWebsite(o, 'xinghe-yun.cn', '星河云服务官网');
          o.domains!['xinghe-yun.cn']!.expiresAt = '2027-02-21';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          addWebsite(o, 'xinghe-yun.cn', '星河云服务官网');
          o.domains!['xinghe-yun.cn']!.expiresAt = '2027-02-22';
        },
      },
      'domain-holder': {
        fires: (o) => {
          domain(o).holder = '李建国';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = o.subject.name.replace('有限公司', ' 有限公司 ');
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '星河科技【官网】';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技（官网）';
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('GS', { certificateValidUntil: '2027-02-23' });
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('GS', { certificateValidUntil: '2027-02-24' });
        },
      },
    },
  },
  individual: {
    cases: {
      'non-local-id': {
        fires: (o) => {
          nonLocalIndividual(o, 'SN');
        },
        expect: { violation: 'NON_LOCAL_ID_NOT_ACCEPTED' },
        holds: (o) => {
          // A Shaanxi-born ID number, but the 证件住所 is now in Gansu.
          nonLocalIndividual(o, 'SN');
          o.subject.certificate.addressProvince = 'GS';
        },
      },
      'mobile-local': {
        fires: (o) => {
          // No declared attribution: the engine derives it from the number segment (139 0102: 北京).
          delete o.subject.leader.mobileProvince;
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        holds: (o) => {
          delete o.subject.leader.mobileProvince;
          o.subject.leader.mobile = '13919310931'; // 139 1931: 甘肃
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
          o.websites[0]!.name = '陈思远的资讯导航';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '陈思远的读书笔记';
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

test('GS: a subject leader who is not the legal representative needs the authorization letter and a subject remark', () => {
  const order = clone(baseOrder('GS', 'unit'));
  leaderNotLegalRep(order);
  const without = precheck(order);
  assert.ok(without.requiredMaterials.some((m) => m.code === 'authorization_letter'));
  assert.ok(
    without.violations.some(
      (v) =>
        v.code === 'REMARK_REQUIRED' &&
        v.path === 'subject.remark' &&
        v.ruleId === 'GS/enterprise/subject-leader-legal-rep',
    ),
  );
  order.subject.remark = '法定代表人常驻外地，授权王强担任主体负责人。';
  const withRemark = precheck(order);
  assert.deepEqual(withRemark.violations, []);
  assert.ok(withRemark.requiredMaterials.some((m) => m.code === 'authorization_letter'));
});

test('GS: every order passes SMS verification (短信核验试点)', () => {
  assert.ok(precheck(baseOrder('GS', 'unit')).steps.includes('sms_verification'));
  assert.ok(precheck(baseOrder('GS', 'individual')).steps.includes('sms_verification'));
});
