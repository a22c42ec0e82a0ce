/** 广西 (seed 004 §7.5.2): every executable rule fires where it should and stays silent where it must. */
import { addDomain, nonLocalIndividual, otherPerson, residentId } from '../../support/factories.js';
import { provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('GX', {
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
      'mobile-local': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('GX', { mobileProvince: 'GD' });
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        // a leader from another province is fine as long as the number is a Guangxi one
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('GX', {
            certificateNumber: residentId('GD', '19900101', '456'),
            mobileProvince: 'GX',
          });
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
          domain(o).holder = '李建国'; // the legal representative is not accepted in Guangxi
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = ` ${o.subject.name} `;
        },
      },
      'domain-prefix-per-website': {
        fires: (o) => {
          addDomain(o, 'xinghe-cloud.com');
        },
        expect: { violation: 'WEBSITE_DOMAIN_PREFIX_MIXED' },
        holds: (o) => {
          addDomain(o, 'xinghe-tech.cn');
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = 'abc';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技论坛'; // forbidden for individuals only
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('GX', { certificateValidUntil: '2027-02-23' });
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
          o.subject.leader.mobileProvince = 'GD';
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        holds: (o) => {
          nonLocalIndividual(o, 'GD'); // a non-local ID with a Guangxi number
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
          domain(o).holder = '陈 思远';
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
