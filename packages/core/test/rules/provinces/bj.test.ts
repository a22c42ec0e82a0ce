/** 北京 (seed 004 §7.3.1): every executable rule fires where it should and stays silent where it must. */
import { leaderNotLegalRep, otherPerson } from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: Parameters<typeof leaderNotLegalRep>[0]) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('BJ', {
  unit: {
    baseMaterials: ['handheld_unit_certificate'],
    cases: {
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { material: 'authorization_letter' },
      },
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
      'domain-verification': {
        fires: (o) => {
          domain(o).realNameVerified = false;
        },
        expect: { violation: 'DOMAIN_NOT_REAL_NAME_VERIFIED' },
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
          o.websites[0]!.name = 'abc';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
      },
      'accepted-suffixes': {
        fires: (o) => {
          const facts = domain(o);
          o.websites[0]!.domains = ['xinghe-tech.icu'];
          o.domains = { 'xinghe-tech.icu': facts };
        },
        expect: { violation: 'TLD_NOT_ACCEPTED_BY_PROVINCE' },
        holds: (o) => {
          const facts = domain(o);
          o.websites[0]!.domains = ['星河科技.中国'];
          o.domains = { '星河科技.中国': facts };
        },
      },
      'handheld-unit-certificate': {
        fires: () => {},
        expect: { material: 'handheld_unit_certificate' },
        holdsInOtherScope: true,
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('BJ', {
            isLegalRepresentative: true,
            certificateValidUntil: '2027-02-23',
          });
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.subject.leader.certificateValidUntil = '2027-02-24';
        },
      },
    },
  },
  individual: {
    baseMaterials: ['handheld_personal_id'],
    cases: {
      'resident-id-required': {
        fires: (o) => {
          o.subject.leader.certificateType = 'passport';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        holds: (o) => {
          o.subject.leader.region = 'foreign';
          o.subject.leader.certificateType = 'passport';
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
      },
      'domain-validity': {
        fires: (o) => {
          domain(o).expiresAt = '2027-01-01';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
      },
      'accepted-suffixes': {
        fires: (o) => {
          const facts = domain(o);
          o.websites[0]!.domains = ['chensiyuan.io'];
          o.domains = { 'chensiyuan.io': facts };
        },
        expect: { violation: 'TLD_NOT_ACCEPTED_BY_PROVINCE' },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '陈思远的技术论坛';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
      },
      'certificate-validity': {
        fires: (o) => {
          o.subject.leader.certificateValidUntil = '2026-12-31';
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.subject.leader.certificateValidUntil = '9999-12-31';
        },
      },
      'handheld-personal-id': {
        fires: () => {},
        expect: { material: 'handheld_personal_id' },
        holdsInOtherScope: true,
      },
    },
  },
});
