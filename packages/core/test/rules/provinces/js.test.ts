/** 江苏 (seed 004 §7.4.3): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import {
  baseOrder,
  birthYearsAgo,
  clone,
  leaderNotLegalRep,
  nonLocalIndividual,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { findings, provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

/** The individual subject born `years` years before asOf plus `days` days. */
const individualAged = (o: Order, years: number, days = 0) => {
  const id = residentId('JS', birthYearsAgo(years, days), '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

provinceSuite('JS', {
  unit: {
    cases: {
      'mobile-local-minor-proof': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('JS', { mobileProvince: 'ZJ' });
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        // no attribution given, but the number's segment is a Jiangsu one
        holds: (o) => {
          delete o.subject.leader.mobileProvince;
          o.subject.leader.mobile = '13951234567';
        },
        alsoHolds: [
          // a legal representative under 18 is exempt from the proof
          (o) => {
            o.subject.leader.certificateNumber = residentId('JS', birthYearsAgo(18, 1), '123');
          },
          // an unknown segment: the local-number rule cannot fire (decisions.md 7)
          (o) => {
            delete o.subject.leader.mobileProvince;
            o.subject.leader.mobile = '19900000000';
          },
        ],
      },
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { material: 'authorization_letter' },
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative; // same name as the legal representative
        },
        alsoHolds: [
          // the legal representative may have another website leader
          (o) => {
            o.websites[0]!.leader = otherPerson('JS');
          },
        ],
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
        fires: (o) => {
          domain(o).holder = '王强';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国'; // the legal representative
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
          o.websites[0]!.leader = otherPerson('JS', {
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
    cases: {
      'minor-employment-proof': {
        fires: (o) => {
          individualAged(o, 18, 1); // 18th birthday tomorrow
        },
        expect: { material: 'employment_proof' },
        holds: (o) => {
          individualAged(o, 18);
        },
      },
      'non-local-residence-proof': {
        fires: (o) => {
          nonLocalIndividual(o, 'AH');
        },
        expect: { material: 'residence_proof' },
        // an ID number issued elsewhere, but the 证件住所 is now in Jiangsu
        holds: (o) => {
          nonLocalIndividual(o, 'AH');
          o.subject.certificate.addressProvince = 'JS';
        },
      },
      'mobile-local': {
        fires: (o) => {
          o.subject.leader.mobileProvince = 'ZJ';
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        holds: (o) => {
          delete o.subject.leader.mobileProvince;
          o.subject.leader.mobile = '13951234567';
        },
        alsoHolds: [
          (o) => {
            nonLocalIndividual(o, 'AH'); // a non-local ID with a Jiangsu number
          },
        ],
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

/** The second half of the lines that ask two things. */
describe('JS lines with two requirements', () => {
  const run = (m: (o: Order) => void) => {
    const o = clone(baseOrder('JS', 'unit'));
    m(o);
    return precheck(o);
  };
  const MOBILE_MINOR = 'JS/enterprise/mobile-local-minor-proof';
  const LEGAL_REP = 'JS/enterprise/subject-leader-legal-rep';

  test(`${MOBILE_MINOR}: a website leader under 18 needs 劳动就业或收入证明`, () => {
    const r = run((o) => {
      o.websites[0]!.leader = otherPerson('JS', {
        certificateNumber: residentId('JS', birthYearsAgo(18, 1), '456'),
      });
    });
    assert.deepEqual(findings(r, MOBILE_MINOR), ['employment_proof']);
    assert.equal(r.requiredMaterials.find((m) => m.code === 'employment_proof')?.path, 'websites[0]');
  });

  test(`${MOBILE_MINOR} holds for a website leader who turned 18 today`, () => {
    const r = run((o) => {
      o.websites[0]!.leader = otherPerson('JS', {
        certificateNumber: residentId('JS', birthYearsAgo(18), '456'),
      });
    });
    assert.deepEqual(findings(r, MOBILE_MINOR), []);
  });

  test(`${LEGAL_REP}: when the subject leader is not the legal representative, the website leader must be the same person`, () => {
    const r = run((o) => {
      leaderNotLegalRep(o);
      o.websites[0]!.leader = otherPerson('JS');
    });
    assert.deepEqual(findings(r, LEGAL_REP).sort(), ['LEADERS_MUST_MATCH', 'authorization_letter']);
  });

  test(`${LEGAL_REP} holds for the subject leader entered again as the website leader`, () => {
    const r = run((o) => {
      leaderNotLegalRep(o);
      o.websites[0]!.leader = { ...o.subject.leader };
    });
    assert.deepEqual(findings(r, LEGAL_REP), ['authorization_letter']);
  });
});
