/** 海南 (seed 004 §7.5.3): every executable rule fires where it should and stays silent where it must. */
import { leaderNotLegalRep, otherPerson } from '../../support/factories.js';
import { provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

provinceSuite('HI', {
  unit: {
    cases: {
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { material: 'authorization_letter' },
        // the leader is recognised as the legal representative by name when not declared
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative;
        },
        alsoHolds: [
          (o) => {
            o.websites[0]!.leader = otherPerson('HI'); // only the subject leader must be the legal representative
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
          domain(o).holder = '李建国'; // the legal representative is accepted in Hainan
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = 'abc';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技论坛';
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('HI', { certificateValidUntil: '2027-02-23' });
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
      'resident-id-required': {
        fires: (o) => {
          o.subject.leader.certificateType = 'temporary_resident_id';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        holds: (o) => {
          o.subject.leader.region = 'foreign';
          o.subject.leader.certificateType = 'passport';
        },
        alsoHolds: [
          (o) => {
            o.subject.leader.region = 'hk_macao';
            o.subject.leader.certificateType = 'hk_macao_permit';
          },
        ],
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
