/** 辽宁 (seed 004 §7.2.3): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import { LIAONING_LEGAL_REP_KEYWORDS } from '../../../src/rules/provinces/ln.js';
import {
  baseOrder,
  birthYearsAgo,
  clone,
  leaderNotLegalRep,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { findings, provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

/** A unit name with one of the keywords (the domain stays held by the unit). */
const renamed = (name: string) => (o: PrecheckInput) => {
  o.subject.name = name;
  domain(o).holder = name;
};

/** A mobile number whose attribution is not given: derived from the number segment (decisions.md 7). */
const mobileWithoutAttribution = (mobile: string) => (o: PrecheckInput) => {
  o.subject.leader.mobile = mobile;
  delete o.subject.leader.mobileProvince;
};

provinceSuite('LN', {
  unit: {
    cases: {
      underage: {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('LN', {
            certificateNumber: residentId('LN', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('LN', {
            certificateNumber: residentId('LN', birthYearsAgo(18), '456'),
          });
        },
      },
      'mobile-local': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('LN', { mobileProvince: 'JL' });
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        // Attribution unknown (a segment the data does not know): the rule cannot fire.
        holds: mobileWithoutAttribution('19912345678'),
        alsoHolds: [mobileWithoutAttribution('13904110411')],
      },
      'legal-rep-when-name-has': {
        fires: (o) => {
          renamed('辽宁星河投资管理有限公司')(o);
          leaderNotLegalRep(o);
        },
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        // Without a keyword the leaders need not be the legal representative.
        holds: leaderNotLegalRep,
        alsoHolds: [renamed('辽宁星河融资担保有限公司')],
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
      'mobile-local': {
        fires: (o) => {
          o.subject.leader.mobileProvince = 'BJ';
        },
        expect: { violation: 'MOBILE_NOT_LOCAL' },
        holds: mobileWithoutAttribution('19912345678'),
        alsoHolds: [mobileWithoutAttribution('18640000000')],
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
          domain(o).expiresAt = '2027-02-21';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          domain(o).expiresAt = '2027-02-22';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '陈思远的资讯';
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

describe('LN details', () => {
  const unit = () => clone(baseOrder('LN', 'unit'));

  test('every keyword triggers the rule, for the website leader too', () => {
    for (const word of LIAONING_LEGAL_REP_KEYWORDS) {
      const o = unit();
      renamed(`辽宁星河${word}有限公司`)(o);
      o.websites[0]!.leader = otherPerson('LN');
      assert.deepEqual(
        findings(precheck(o), 'LN/enterprise/legal-rep-when-name-has'),
        ['WEBSITE_LEADER_NOT_LEGAL_REP'],
        word,
      );
    }
  });

  test('both leaders not the legal representative: both are reported', () => {
    const o = unit();
    renamed('辽宁星河典当有限公司')(o);
    leaderNotLegalRep(o);
    assert.deepEqual(findings(precheck(o), 'LN/enterprise/legal-rep-when-name-has').sort(), [
      'SUBJECT_LEADER_NOT_LEGAL_REP',
      'WEBSITE_LEADER_NOT_LEGAL_REP',
    ]);
  });
});
