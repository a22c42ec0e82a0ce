/** 河南 (seed 004 §7.6.1): every executable rule fires where it should and stays silent where it must. */
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  birthYearsAgo,
  leaderNotLegalRep,
  nonLocalIndividual,
  orgCode,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

type Order = PrecheckInput;
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

/** The individual subject born `years` years before asOf, plus `days` days. */
const individualBorn = (o: Order, years: number, days = 0) => {
  const id = residentId('HA', birthYearsAgo(years, days), '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

provinceSuite('HA', {
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
            o.subject.nature = 'public_institution';
            o.subject.certificate.type = 'public_institution_certificate';
          },
        ],
      },
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative;
        },
      },
      'underage-forbidden': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('HA', {
            certificateNumber: residentId('HA', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('HA', {
            certificateNumber: residentId('HA', birthYearsAgo(18), '456'),
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
      'domain-holder': {
        // The legal representative is not enough in 河南: the unit itself must hold the domain.
        fires: (o) => {
          domain(o).holder = '李建国';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = ` ${o.subject.name} `;
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '星河科技投诉中心';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技服务中心';
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
      'non-local-forbidden': {
        fires: (o) => nonLocalIndividual(o, 'HB'),
        expect: { violation: 'NON_LOCAL_ID_NOT_ACCEPTED' },
        // An ID number issued elsewhere, but 证件住所 in 河南 (decisions.md 7).
        holds: (o) => {
          nonLocalIndividual(o, 'HB');
          o.subject.certificate.addressProvince = 'HA';
        },
      },
      'underage-guardian-id': {
        fires: (o) => individualBorn(o, 18, 1),
        expect: { material: 'guardian_id' },
        holds: (o) => individualBorn(o, 18),
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
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '陈思远的工作室';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '陈思远的作品集';
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
