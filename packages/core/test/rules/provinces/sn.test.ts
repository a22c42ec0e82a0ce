/** 陕西 (seed 004 §7.7.4): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  addDomain,
  baseOrder,
  clone,
  leaderNotLegalRep,
  nonLocalIndividual,
  otherPerson,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('SN', {
  unit: {
    cases: {
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        holds: (o) => {
          // Not declared, but the same name as the legal representative.
          delete o.subject.leader.isLegalRepresentative;
        },
      },
      'mobile-local-or-remark': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('SN', { mobileProvince: 'GS' });
        },
        expect: { violation: 'REMARK_REQUIRED' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('SN', { mobileProvince: 'GS' });
          o.subject.remark = '网站负责人常驻兰州分部，使用甘肃手机号码。';
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).registrarApproved = false;
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
        holds: (o) => {
          domain(o).registrar = '成都西维数码科技有限公司';
        },
      },
      'domain-holder': {
        fires: (o) => {
          domain(o).holder = '王强';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国';
        },
      },
      'domain-validity': {
        fires: (o) => {
          addDomain(o, 'xinghe-tech.cn');
          o.domains!['xinghe-tech.cn']!.expiresAt = '2027-02-21';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          addDomain(o, 'xinghe-tech.cn');
          o.domains!['xinghe-tech.cn']!.expiresAt = '2027-02-22';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = 'xinghe-tech.com';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技官网';
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
  individual: {
    cases: {
      'mobile-local': {
        fires: (o) => {
          o.subject.leader.mobileProvince = 'GS';
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        holds: (o) => {
          // A Gansu ID, but a Shaanxi number: the rule is about the number (陕西 individuals have no local-ID rule).
          nonLocalIndividual(o, 'GS');
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).realNameVerifiedAt = '2026-11-21';
        },
        expect: { violation: 'DOMAIN_REAL_NAME_TOO_RECENT' },
        holds: (o) => {
          domain(o).realNameVerifiedAt = '2026-11-20';
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
          o.websites[0]!.name = '陈思远的个人主页';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '陈思远的个人随笔';
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

test('SN: a unit with a non-local mobile needs a remark, never MOBILE_NOT_LOCAL; an individual gets MOBILE_NOT_LOCAL', () => {
  const unit = clone(baseOrder('SN', 'unit'));
  unit.subject.leader.mobileProvince = 'GS';
  const u = precheck(unit);
  assert.ok(u.violations.some((v) => v.code === 'REMARK_REQUIRED' && v.path === 'subject.remark'));
  assert.ok(!u.violations.some((v) => v.code === 'MOBILE_NOT_LOCAL'));
  const individual = clone(baseOrder('SN', 'individual'));
  individual.subject.leader.mobileProvince = 'GS';
  individual.subject.remark = '在甘肃工作';
  assert.ok(precheck(individual).violations.some((v) => v.code === 'MOBILE_NOT_LOCAL'));
});

test('SN: every order passes SMS verification (短信核验试点)', () => {
  assert.ok(precheck(baseOrder('SN', 'unit')).steps.includes('sms_verification'));
  assert.ok(precheck(baseOrder('SN', 'individual')).steps.includes('sms_verification'));
});
