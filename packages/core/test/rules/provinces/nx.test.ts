/** 宁夏 (seed 004 §7.7.2): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  addDomain,
  baseOrder,
  leaderNotLegalRep,
  nonLocalIndividual,
  orgCode,
  otherPerson,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('NX', {
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
            o.subject.nature = 'private_non_enterprise';
            o.subject.certificate.type = 'private_non_enterprise_certificate';
          },
        ],
      },
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        holds: (o) => {
          // The website leader is someone else: 宁夏 asks nothing of the website leader.
          o.websites[0]!.leader = otherPerson('NX');
        },
      },
      'domain-verification': {
        fires: (o) => {
          addDomain(o, 'xinghe-tech.net');
          o.domains!['xinghe-tech.net']!.realNameVerified = false;
        },
        expect: { violation: 'DOMAIN_NOT_REAL_NAME_VERIFIED' },
        holds: (o) => {
          addDomain(o, 'xinghe-tech.net');
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
          domain(o).holder = '宁夏星河网络有限公司';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国';
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
          // A Gansu-born ID number, but the 证件住所 is now in Ningxia.
          nonLocalIndividual(o, 'GS');
          o.subject.certificate.addressProvince = 'NX';
        },
      },
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
          o.websites[0]!.name = '陈思远的在线商城';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '陈思远的手工作品';
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

test('NX: every order passes SMS verification (短信核验试点)', () => {
  assert.ok(precheck(baseOrder('NX', 'unit')).steps.includes('sms_verification'));
  assert.ok(precheck(baseOrder('NX', 'individual')).steps.includes('sms_verification'));
});
