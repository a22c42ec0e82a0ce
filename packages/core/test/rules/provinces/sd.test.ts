/** 山东 (seed 004 §7.4.4): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import {
  addDomain,
  baseOrder,
  birthYearsAgo,
  leaderNotLegalRep,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { findings, provinceSuite } from '../../support/province-suite.js';

type Order = ReturnType<typeof baseOrder>;
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;

/** The individual subject born `years` years before asOf, plus `days` days. */
const individualBorn = (o: Order, years: number, days = 0) => {
  const id = residentId('SD', birthYearsAgo(years, days), '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

provinceSuite('SD', {
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
      'underage-forbidden': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('SD', {
            certificateNumber: residentId('SD', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('SD', {
            certificateNumber: residentId('SD', birthYearsAgo(18), '456'),
          });
        },
      },
      'subject-leader-legal-rep': {
        fires: leaderNotLegalRep,
        expect: { violation: 'SUBJECT_LEADER_NOT_LEGAL_REP' },
        holds: (o) => {
          delete o.subject.leader.isLegalRepresentative;
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
        // A shareholder: accepted in some provinces, not in 山东.
        fires: (o) => {
          domain(o).holder = '张伟';
          domain(o).holderRelation = 'shareholder';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = '李建国';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = 'xinghe';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = 'xinghe星河科技官网';
        },
      },
      'domain-validity': {
        fires: (o) => {
          domain(o).expiresAt = '2027-01-07';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          domain(o).expiresAt = '2027-01-08';
        },
      },
      'certificate-validity': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('SD', { certificateValidUntil: '2027-02-23' });
        },
        expect: { violation: 'CERT_EXPIRING' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('SD', { certificateValidUntil: '2027-02-24' });
        },
      },
    },
  },
  individual: {
    cases: {
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
      'many-prefixes-remark': {
        fires: (o) => {
          addDomain(o, 'siyuan-notes.cn');
          addDomain(o, 'csy-blog.com');
        },
        expect: { violation: 'REMARK_REQUIRED' },
        holds: (o) => {
          addDomain(o, 'siyuan-notes.cn');
          addDomain(o, 'csy-blog.com');
          o.websites[0]!.remark = '三个域名：域名指向同一网站';
        },
        alsoHolds: [
          // Three domains but two prefixes (chensiyuan.cn and chensiyuan.com share one).
          (o) => {
            addDomain(o, 'chensiyuan.com');
            addDomain(o, 'csy-blog.com');
          },
        ],
      },
      'domain-validity': {
        fires: (o) => {
          domain(o).expiresAt = '2027-01-07';
        },
        expect: { violation: 'DOMAIN_EXPIRING' },
        holds: (o) => {
          domain(o).expiresAt = '2027-01-08';
        },
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '思远资讯';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '思远随笔';
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

const RULE = 'SD/enterprise/subject-leader-legal-rep';

test('SD: a legal representative who is not a mainland resident may authorise a mainland resident of the company', () => {
  const o = baseOrder('SD', 'unit');
  leaderNotLegalRep(o);
  o.subject.legalRepresentative = { name: '李建国', region: 'hk_macao' };
  assert.deepEqual(findings(precheck(o), RULE), ['authorization_letter']);
});

test('SD: with a non-mainland legal representative the authorised leader must be a mainland resident', () => {
  const o = baseOrder('SD', 'unit');
  o.subject.legalRepresentative = { name: '李建国', region: 'taiwan' };
  o.subject.leader = otherPerson('SD', {
    name: '林志明',
    region: 'taiwan',
    certificateType: 'taiwan_permit',
    certificateNumber: '01234567',
  });
  assert.deepEqual(findings(precheck(o), RULE), ['SUBJECT_LEADER_NOT_LEGAL_REP']);
});
