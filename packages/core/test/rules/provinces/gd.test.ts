/**
 * 广东 (seed 004 §7.5.1, §7.9.2 网站建设方案书, §8 宗教类前置审批): every executable rule fires where it should and
 * stays silent where it must.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProvinceCode } from '../../../src/codes/provinces.js';
import { precheck } from '../../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../../src/precheck/types.js';
import {
  addDomain,
  baseOrder,
  birthYearsAgo,
  leaderNotLegalRep,
  nonLocalIndividual,
  orgCode,
  residentId,
} from '../../support/factories.js';
import { provinceSuite } from '../../support/province-suite.js';

const domain = (o: PrecheckInput) => o.domains![o.websites[0]!.domains[0]!]!;

/** The individual subject born `years` years before asOf, plus `days` days. */
const individualBorn = (o: PrecheckInput, years: number, days = 0) => {
  const id = residentId('GD', birthYearsAgo(years, days), '102');
  o.subject.certificate.number = id;
  o.subject.leader.certificateNumber = id;
};

/** The subject already has `count` distinct domain prefixes filed (and accessed here). */
const filedPrefixes = (count: number) => (o: PrecheckInput) => {
  o.registry = {
    subject: {
      icpNumber: '粤ICP备12345678号',
      name: o.subject.name,
      leaderName: o.subject.leader.name,
      accessedHere: true,
    },
    filedDomainPrefixCount: count,
  };
};

const religion = (o: PrecheckInput) => {
  o.websites[0]!.preApprovals = [{ type: 'religion', number: '粤宗复〔2026〕18号' }];
};
/** Education approvals are abolished nationwide: declaring one asks for nothing. */
const education = (o: PrecheckInput) => {
  o.websites[0]!.preApprovals = [{ type: 'education', number: '粤教〔2026〕3号' }];
};

provinceSuite('GD', {
  unit: {
    cases: {
      'enterprise-cert-type': {
        fires: (o) => {
          o.subject.certificate.type = 'government_credit_code';
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
        fires: (o) => {
          domain(o).holder = '李建国';
        },
        expect: { violation: 'DOMAIN_HOLDER_MISMATCH' },
        holds: (o) => {
          domain(o).holder = ` ${o.subject.name} `;
        },
      },
      'domain-prefix-per-website': {
        fires: (o) => addDomain(o, 'xinghe-cloud.com'),
        expect: { violation: 'WEBSITE_DOMAIN_PREFIX_MIXED' },
        holds: (o) => addDomain(o, 'xinghe-tech.cn'),
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '星河科技#官网';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '星河科技-官网';
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
      'construction-plan': {
        // 31 filed + 1 in the order = 32 > 31.
        fires: filedPrefixes(31),
        expect: { material: 'construction_plan' },
        holds: filedPrefixes(30),
      },
      'religion-pre-approval': {
        fires: religion,
        expect: { material: 'pre_approval_document' },
        holds: education,
      },
    },
  },
  individual: {
    cases: {
      'underage-employment-proof': {
        fires: (o) => individualBorn(o, 18, 1),
        expect: { material: 'employment_proof' },
        holds: (o) => individualBorn(o, 18),
      },
      'non-local-residence-proof': {
        fires: (o) => nonLocalIndividual(o, 'GX'),
        expect: { material: 'residence_proof' },
        // An ID number issued elsewhere, but 证件住所 in 广东 (decisions.md 7).
        holds: (o) => {
          nonLocalIndividual(o, 'GX');
          o.subject.certificate.addressProvince = 'GD';
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
        holds: (o) => {
          domain(o).holder = ' 陈思远 ';
        },
      },
      'domain-prefix-per-website': {
        fires: (o) => addDomain(o, 'siyuan-notes.cn'),
        expect: { violation: 'WEBSITE_DOMAIN_PREFIX_MIXED' },
        holds: (o) => addDomain(o, 'chensiyuan.com'),
      },
      'website-naming': {
        fires: (o) => {
          o.websites[0]!.name = '思远商城';
        },
        expect: { violation: 'WEBSITE_NAME_INVALID' },
        holds: (o) => {
          o.websites[0]!.name = '思远书单';
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
      'construction-plan': {
        // 5 filed + 1 in the order = 6 > 5.
        fires: filedPrefixes(5),
        expect: { material: 'construction_plan' },
        holds: filedPrefixes(4),
      },
      'religion-pre-approval': {
        fires: religion,
        expect: { material: 'pre_approval_document' },
        holds: education,
      },
    },
  },
});

function planMaterials(o: PrecheckInput, scope: 'enterprise' | 'individual') {
  return precheck(o)
    .requiredMaterials.filter((m) => m.ruleId === `GD/${scope}/construction-plan`)
    .map((m) => `${m.code}@${m.path ?? 'subject'}`);
}

test('GD units: above 31 prefixes, a plan for every domain of the order and the guarantee letter (§7.9.2)', () => {
  const o = baseOrder('GD', 'unit');
  addDomain(o, 'xinghe-tech.cn');
  filedPrefixes(31)(o);
  assert.deepEqual(planMaterials(o, 'enterprise'), [
    'construction_plan@websites[0].domains[0]',
    'construction_plan@websites[0].domains[1]',
    'guarantee_letter@subject',
  ]);
});

test('GD individuals: above 5 prefixes a plan per domain; the guarantee letter from 10 (§7.9.2)', () => {
  const at = (filed: number) => {
    const o = baseOrder('GD', 'individual');
    filedPrefixes(filed)(o);
    return planMaterials(o, 'individual');
  };
  assert.deepEqual(at(8), ['construction_plan@websites[0].domains[0]']);
  assert.deepEqual(at(9), ['construction_plan@websites[0].domains[0]', 'guarantee_letter@subject']);
});

test('GD: the religion document is asked for the website that declares it', () => {
  const o = baseOrder('GD', 'unit');
  addDomain(o, 'xinghe-tech.cn');
  o.websites.push({
    name: '星河禅意文化',
    domains: ['xinghe-zen.com'],
    serviceContent: 'general',
    leader: 'subject_leader',
    preApprovals: [{ type: 'religion', number: '粤宗复〔2026〕18号' }],
  });
  o.domains = { ...o.domains, 'xinghe-zen.com': { ...domain(o) } };
  const docs = precheck(o).requiredMaterials.filter((m) => m.code === 'pre_approval_document');
  assert.deepEqual(
    docs.map((m) => [m.path, m.ruleId]),
    [['websites[1]', 'GD/enterprise/religion-pre-approval']],
  );
});

test('religion pre-approval documents are asked only in 广东 (seed 004 §8)', () => {
  const others: ProvinceCode[] = ['JX', 'SD', 'HA', 'HB', 'HN'];
  for (const p of others)
    for (const scope of ['unit', 'individual'] as const) {
      const o = baseOrder(p, scope);
      religion(o);
      const codes = precheck(o).requiredMaterials.map((m) => m.code);
      assert.ok(!codes.includes('pre_approval_document'), `${p} ${scope} must not ask for it`);
    }
});
