/** 河北 (seed 004 §7.3.2): every executable rule fires where it should and stays silent where it must. */
import type { PrecheckInput } from '../../../src/precheck/types.js';
import { leaderNotLegalRep, orgCode, otherPerson } from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('HE', {
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
            o.subject.nature = 'public_institution';
            o.subject.certificate.type = 'public_institution_certificate';
          },
        ],
      },
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        // Another person as website leader is allowed: the rule is about the subject leader.
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('HE');
        },
      },
      foreigner: {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('HE', {
            region: 'foreign',
            certificateType: 'passport',
            certificateNumber: 'E12345678',
          });
        },
        expect: { violation: 'FOREIGNER_NOT_ACCEPTED' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('HE', {
            region: 'hk_macao',
            certificateType: 'hk_macao_permit',
            certificateNumber: 'H12345678',
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
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = 'xinghe-tech.com';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
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
      foreigner: {
        fires: (o) => {
          o.subject.certificate.type = 'passport';
          o.subject.certificate.number = 'E12345678';
          o.subject.leader.region = 'foreign';
          o.subject.leader.certificateType = 'passport';
          o.subject.leader.certificateNumber = 'E12345678';
        },
        expect: { violation: 'FOREIGNER_NOT_ACCEPTED' },
        holds: (o) => {
          o.subject.certificate.type = 'taiwan_permit';
          o.subject.certificate.number = '01234567';
          o.subject.leader.region = 'taiwan';
          o.subject.leader.certificateType = 'taiwan_permit';
          o.subject.leader.certificateNumber = '01234567';
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
          domain(o).holder = '李建国';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
      },
      'domain-validity': {
        fires: (o) => {
          domain(o).expiresAt = '2027-01-01';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          domain(o).expiresAt = '2027-02-22';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '陈思远的个人论坛';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
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
