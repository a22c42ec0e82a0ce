/** 重庆 (seed 004 §7.8.1): every executable rule fires where it should and stays silent where it must. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precheck } from '../../../src/precheck/precheck.js';
import {
  addDomain,
  addWebsite,
  baseOrder,
  birthYearsAgo,
  leaderNotLegalRep,
  nonLocalIndividual,
  orgCode,
  otherPerson,
  residentId,
} from '../../support/factories.js';
import { findings, provinceSuite, type Mutation } from '../../support/province-suite.js';

type Order = Parameters<Mutation>[0];
const domain = (o: Order) => o.domains![o.websites[0]!.domains[0]!]!;
/** Make the individual subject someone born on `birth` (YYYYMMDD). */
const individualBorn = (o: Order, birth: string) => {
  const id = residentId('CQ', birth, '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

provinceSuite('CQ', {
  unit: {
    cases: {
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'public_institution_certificate';
        },
        expect: { violation: 'CERT_TYPE_NOT_ACCEPTED' },
        enterpriseOnly: true,
        holds: (o) => {
          o.subject.certificate.type = 'organization_code';
          o.subject.certificate.number = orgCode();
        },
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
          delete o.subject.leader.isLegalRepresentative; // recognised by name
        },
        alsoHolds: [
          (o) => {
            o.websites[0]!.leader = otherPerson('CQ'); // the website leader need not be the legal representative
          },
        ],
      },
      'leader-underage': {
        fires: (o) => {
          o.websites[0]!.leader = otherPerson('CQ', {
            certificateNumber: residentId('CQ', birthYearsAgo(18, 1), '456'),
          });
        },
        expect: { violation: 'PERSON_UNDERAGE' },
        holds: (o) => {
          o.websites[0]!.leader = otherPerson('CQ', {
            certificateNumber: residentId('CQ', birthYearsAgo(18), '456'),
          });
        },
      },
      'domestic-registrar': {
        fires: (o) => {
          domain(o).registrarApproved = false;
          domain(o).registrar = 'GoDaddy.com, LLC';
        },
        expect: { violation: 'DOMAIN_REGISTRAR_NOT_APPROVED' },
        alsoHolds: [
          (o) => {
            delete o.domains; // no facts: nothing to judge (domain verification warns)
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
          domain(o).holder = ` ${o.subject.name} `;
        },
      },
      'one-domain-per-website': {
        fires: (o) => {
          addDomain(o, 'xinghe-tech.cn');
        },
        expect: { violation: 'WEBSITE_TOO_MANY_DOMAINS' },
        holds: (o) => {
          addWebsite(o, 'xinghe-tech.cn');
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
          o.websites[0]!.leader = otherPerson('CQ', { certificateValidUntil: '2027-02-23' });
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
        alsoHolds: [
          (o) => {
            delete o.domains;
          },
        ],
      },
      'non-local-id': {
        fires: (o) => {
          nonLocalIndividual(o, 'SC');
        },
        expect: { violation: 'NON_LOCAL_ID_NOT_ACCEPTED' },
        // decisions.md 7: locality is the province of 证件住所, which the applicant may state
        holds: (o) => {
          nonLocalIndividual(o, 'SC');
          o.subject.certificate.addressProvince = 'CQ';
        },
      },
      'domain-verification': {
        fires: (o) => {
          domain(o).realNameVerified = false;
        },
        expect: { violation: 'DOMAIN_NOT_REAL_NAME_VERIFIED' },
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
          o.websites[0]!.name = '陈思远的技术论坛';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '陈思远的技术笔记';
        },
      },
      'construction-plan': {
        fires: (o) => {
          o.registry = { filedWebsiteCount: 5 }; // 5 filed + 1 in the order
        },
        expect: { material: 'construction_plan' },
        holds: (o) => {
          o.registry = { filedWebsiteCount: 4 }; // exactly 5
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

test('CQ/enterprise/domain-holder: a holder other than the unit itself is accepted with the registrant proof', () => {
  for (const [holder, relation] of [
    ['李建国', undefined],
    ['赵明', 'shareholder'],
    ['钱伟', 'senior_manager'],
  ] as const) {
    const o = baseOrder('CQ', 'unit');
    domain(o).holder = holder;
    if (relation) domain(o).holderRelation = relation;
    const result = precheck(o);
    assert.deepEqual(findings(result, 'CQ/enterprise/domain-holder'), ['domain_holder_proof'], holder);
    assert.equal(
      result.requiredMaterials.find((m) => m.code === 'domain_holder_proof')?.path,
      'websites[0].domains[0]',
    );
  }
});

test('CQ/individual/construction-plan: a plan and a commitment letter for every website of the order', () => {
  const o = baseOrder('CQ', 'individual');
  addWebsite(o, 'chensiyuan.com');
  o.registry = { filedWebsiteCount: 4 };
  const got = precheck(o)
    .requiredMaterials.filter((m) => m.ruleId === 'CQ/individual/construction-plan')
    .map((m) => `${m.code}@${m.path}`)
    .sort();
  assert.deepEqual(got, [
    'commitment_letter@websites[0]',
    'commitment_letter@websites[1]',
    'construction_plan@websites[0]',
    'construction_plan@websites[1]',
  ]);
});

test('CQ/enterprise/leader-underage: an underage subject leader cannot file either', () => {
  const o = baseOrder('CQ', 'unit');
  o.subject.leader.certificateNumber = residentId('CQ', birthYearsAgo(17), '123');
  assert.deepEqual(findings(precheck(o), 'CQ/enterprise/leader-underage'), ['PERSON_UNDERAGE']);
});

test('CQ/individual: an underage individual is not refused by a Chongqing rule (the seed forbids it for units only)', () => {
  const o = baseOrder('CQ', 'individual');
  individualBorn(o, birthYearsAgo(17));
  assert.ok(!precheck(o).violations.some((v) => v.code === 'PERSON_UNDERAGE'));
});
