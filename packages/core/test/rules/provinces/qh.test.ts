/** 青海 (seed 004 §7.7.3): every executable rule fires where it should and stays silent where it must. */
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
  person,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

/** An enterprise filed under its organisation code (before 三证合一) with another provider. */
const orgCodeCertificate = (o: PrecheckInput) => {
  o.subject.certificate.type = 'organization_code';
  o.subject.certificate.number = orgCode();
};

provinceSuite('QH', {
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
      'website-leader-legal-rep': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('QH');
        },
        expect: { material: 'authorization_letter' },
        holds: (o) => {
          // The legal representative spelled out as the website leader instead of 同主体负责人.
          o.websites[0]!.leader = person('QH');
        },
      },
      'enterprise-cert-type': {
        fires: orgCodeCertificate,
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        enterpriseOnly: true,
        holds: (o) => {
          // Not a first filing: the subject is already filed and accessed here (新增网站).
          orgCodeCertificate(o);
          o.registry = {
            subject: {
              icpNumber: '青ICP备12345678号',
              name: o.subject.name,
              leaderName: '李建国',
              accessedHere: true,
            },
          };
        },
        alsoHolds: [
          (o) => {
            o.subject.nature = 'public_institution';
            o.subject.certificate.type = 'public_institution_certificate';
          },
        ],
      },
      'domain-verification': {
        fires: (o) => {
          const facts = domain(o);
          o.websites[0]!.domains = ['xinghe-tech.io'];
          o.domains = { 'xinghe-tech.io': facts };
        },
        expect: { violation: 'TLD_NOT_APPROVED' },
        holds: (o) => {
          const facts = domain(o);
          o.websites[0]!.domains = ['星河科技.中国'];
          o.domains = { '星河科技.中国': facts };
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
          domain(o).expiresAt = '2027-02-21';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          domain(o).expiresAt = '2027-02-22';
        },
      },
      'website-naming': {
        fires: (o) => {
          addWebsite(o, 'xinghe-bet.cn', '星河博彩官网');
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          addWebsite(o, 'xinghe-yun.cn', '星河云服务官网');
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
      'non-local-id': {
        fires: (o) => {
          nonLocalIndividual(o, 'GS');
        },
        expect: { violation: 'NON_LOCAL_ID_NOT_ACCEPTED' },
        holds: (o) => {
          // A Gansu-born ID number, but the 证件住所 is now in Qinghai.
          nonLocalIndividual(o, 'GS');
          o.subject.certificate.addressProvince = 'QH';
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).realNameVerified = false;
        },
        expect: { violation: 'DOMAIN_NOT_REAL_NAME_VERIFIED' },
        holds: (o) => {
          delete domain(o).realNameVerifiedAt;
        },
      },
      'domain-holder': {
        fires: (o) => {
          domain(o).holder = '李建国';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = ' 陈思远 ';
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
          o.websites[0]!.name = '陈思远工作室';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '陈思远的摄影作品';
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

test('QH: the website leader authorization letter is asked per website whose leader is not the legal representative', () => {
  const order = clone(baseOrder('QH', 'unit'));
  addWebsite(order, 'xinghe-yun.cn', '星河云服务官网');
  order.websites[1]!.leader = otherPerson('QH');
  const letters = precheck(order).requiredMaterials.filter((m) => m.code === 'authorization_letter');
  assert.deepEqual(
    letters.map((m) => m.path),
    ['websites[1]'],
  );
});

test('QH: every order passes SMS verification (短信核验试点)', () => {
  assert.ok(precheck(baseOrder('QH', 'unit')).steps.includes('sms_verification'));
  assert.ok(precheck(baseOrder('QH', 'individual')).steps.includes('sms_verification'));
});
