/** 山西 (seed 004 §7.3.4): every executable rule fires where it should and stays silent where it must. */
import type { PrecheckInput } from '../../../src/precheck/types.js';
import { leaderNotLegalRep, nonLocalIndividual, orgCode, otherPerson } from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('SX', {
  unit: {
    cases: {
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { material: 'authorization_letter' },
        // The website leader need not be the legal representative in 山西.
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('SX');
        },
      },
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'government_credit_code';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        enterpriseOnly: true,
        holds: (o) => {
          o.subject.certificate.type = 'organization_code';
          o.subject.certificate.number = orgCode();
        },
        alsoHolds: [
          (o) => {
            o.subject.nature = 'government';
            o.subject.certificate.type = 'government_credit_code';
          },
        ],
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
        // The legal representative is not an accepted holder in 山西.
        fires: (o) => {
          domain(o).holder = '李建国';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = o.subject.name.replace('有限公司', '有限公司 ');
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '中国星河科技';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技中国站';
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('SX', { certificateValidUntil: '2027-02-23' });
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('SX', { certificateValidUntil: '2027-02-24' });
        },
      },
    },
  },
  individual: {
    cases: {
      'non-local-id': {
        fires: (o) => nonLocalIndividual(o, 'HE'),
        expect: { violation: 'NON_LOCAL_ID_NOT_ACCEPTED' },
        // An ID number from elsewhere with 证件住所 in 山西 is local (decisions.md 7).
        holds: (o) => {
          nonLocalIndividual(o, 'HE');
          o.subject.certificate.addressProvince = 'SX';
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
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '陈思远的工作室';
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
