/** 浙江 (seed 004 §7.4.6): every executable rule fires where it should and stays silent where it must. */
import { birthYearsAgo, leaderNotLegalRep, otherPerson, residentId } from '../../support/factories.js';
import { provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

/** The individual subject born `years` years before asOf plus `days` days. */
const individualAged = (o: Order, years: number, days = 0) => {
  const id = residentId('ZJ', birthYearsAgo(years, days), '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

provinceSuite('ZJ', {
  unit: {
    cases: {
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative; // same name as the legal representative
        },
        alsoHolds: [
          // only the subject leader must be the legal representative
          (o) => {
            o.websites[0]!.leader = otherPerson('ZJ');
          },
        ],
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
          domain(o).holder = '王强';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '王强';
          domain(o).holderRelation = 'shareholder';
        },
        alsoHolds: [
          (o) => {
            domain(o).holder = '王强';
            domain(o).holderRelation = 'senior_manager';
          },
          (o) => {
            domain(o).holder = '李建国'; // the legal representative
          },
        ],
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
          o.websites[0]!.leader = otherPerson('ZJ', { certificateValidUntil: '2027-02-23' });
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
      'underage-forbidden': {
        fires: (o) => {
          individualAged(o, 18, 1); // 18th birthday tomorrow
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          individualAged(o, 18);
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
          domain(o).holderRelation = 'shareholder'; // relations count for units only
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
