/** 吉林 (seed 004 §7.2.2): every executable rule fires where it should and stays silent where it must. */
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  birthYearsAgo,
  leaderNotLegalRep,
  nonLocalIndividual,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('JL', {
  unit: {
    cases: {
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { material: 'authorization_letter' },
        // Not declared, but the same name as the legal representative.
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative;
        },
        alsoHolds: [
          (o) => {
            o.websites[0]!.leader = otherPerson('JL');
          },
        ],
      },
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'organization_code';
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
      underage: {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('JL', {
            certificateNumber: residentId('JL', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('JL', {
            certificateNumber: residentId('JL', birthYearsAgo(18), '456'),
          });
        },
      },
      'domestic-registrar': {
        fires: (o) => {
          domain(o).registrar = 'GoDaddy.com, LLC';
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
          domain(o).holder = '王芳';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '星河科技投诉中心';
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
  individual: {
    cases: {
      'domestic-registrar': {
        fires: (o) => {
          domain(o).registrarApproved = false;
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
        holds: (o) => {
          domain(o).realNameVerified = false;
        },
      },
      'non-local-residence-proof': {
        fires: (o) => nonLocalIndividual(o, 'LN'),
        expect: { material: 'residence_proof' },
        // An ID number from elsewhere with 证件住所 in 吉林 is local (decisions.md 7).
        holds: (o) => {
          nonLocalIndividual(o, 'LN');
          o.subject.certificate.addressProvince = 'JL';
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
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '陈思远的社区';
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
