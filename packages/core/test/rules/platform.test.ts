/**
 * Platform rules (rules/platform.ts): each fires where it should and stays silent where it must. The orders
 * are Shaanxi ones (a province whose pack adds little), checked through the public precheck.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PrecheckInput, PrecheckResult } from '../../src/precheck/types.js';
import { precheck } from '../../src/precheck/precheck.js';
import { platformRules } from '../../src/rules/registry.js';
import {
  addDomain,
  addWebsite,
  baseOrder,
  clone,
  otherPerson,
  residentId,
  type ScopeName,
} from '../support/factories.js';

type Case = {
  scope?: ScopeName;
  fires: (o: PrecheckInput) => void;
  code: string;
  /** The rule may share its finding with a province rule of the same meaning (then only the code is asserted). */
  shared?: boolean;
  holds: Array<(o: PrecheckInput) => void>;
};

const P = 'SN';
const facts = (o: PrecheckInput, i = 0, j = 0) => o.domains![o.websites[i]!.domains[j]!]!;

function run(scope: ScopeName, mutate: (o: PrecheckInput) => void): PrecheckResult {
  const o = clone(baseOrder(P, scope));
  mutate(o);
  return precheck(o);
}

function codesOf(r: PrecheckResult, ruleId?: string): string[] {
  return [
    ...r.violations.filter((v) => !ruleId || v.ruleId === ruleId).map((v) => v.code as string),
    ...r.requiredMaterials.filter((m) => !ruleId || m.ruleId === ruleId).map((m) => m.code as string),
  ];
}

const CASES: Record<string, Case> = {
  'website-required': {
    fires: (o) => (o.websites = []),
    code: 'WEBSITE_REQUIRED',
    holds: [() => {}],
  },
  'too-many-websites': {
    fires: (o) => {
      for (let i = 1; i <= 10; i++) addWebsite(o, `xinghe${i}.com`);
    },
    code: 'TOO_MANY_WEBSITES',
    holds: [
      (o) => {
        for (let i = 1; i <= 9; i++) addWebsite(o, `xinghe${i}.com`);
      },
    ],
  },
  'domain-syntax': {
    fires: (o) => (o.websites[0]!.domains = ['www.xinghe-tech.com']),
    code: 'DOMAIN_NOT_REGISTRABLE',
    holds: [(o) => addDomain(o, 'xinghe-tech.com.cn'), (o) => addDomain(o, '星河科技.中国')],
  },
  'domain-duplicate': {
    fires: (o) => o.websites[0]!.domains.push('XINGHE-TECH.com'),
    code: 'DOMAIN_DUPLICATE',
    holds: [(o) => addDomain(o, 'xinghe-tech.cn')],
  },
  'domain-verification': {
    fires: (o) => (facts(o).realNameVerified = false),
    code: 'DOMAIN_NOT_REAL_NAME_VERIFIED',
    shared: true,
    holds: [() => {}],
  },
  'filing-type-conflicts': {
    fires: (o) =>
      (o.registry = {
        domains: {
          'xinghe-tech.com': {
            icpNumber: '陕ICP备20000001号-1',
            subjectCertificateNumber: '91610000X',
            accessedHere: false,
          },
        },
      }),
    code: 'DOMAIN_FILED_BY_OTHER_SUBJECT',
    holds: [
      (o) =>
        (o.registry = {
          domains: {
            'xinghe-tech.com': {
              icpNumber: '陕ICP备20000001号-1',
              subjectCertificateNumber: o.subject.certificate.number.toLowerCase(),
              accessedHere: false,
            },
          },
        }),
    ],
  },
  'id-number': {
    fires: (o) => (o.subject.leader.certificateNumber = residentId(P).slice(0, 17) + '0'),
    code: 'ID_NUMBER_INVALID',
    holds: [(o) => (o.subject.leader.certificateNumber = residentId(P, '19991231', '999'))],
  },
  'unit-certificate-number': {
    fires: (o) => (o.subject.certificate.number = o.subject.certificate.number.slice(0, 17) + 'Z'),
    code: 'UNIT_CERT_NUMBER_INVALID',
    holds: [(o) => (o.subject.certificate.number = ` ${o.subject.certificate.number.toLowerCase()}`)],
  },
  contacts: {
    fires: (o) => (o.subject.leader.mobile = '1390102010'),
    code: 'MOBILE_INVALID',
    holds: [(o) => (o.subject.leader.mobile = '+86 139-0102-0102')],
  },
  'addresses-same-province': {
    fires: (o) => (o.subject.mailingAddress.province = 'HE'),
    code: 'ADDRESS_PROVINCE_MISMATCH',
    holds: [(o) => (o.subject.certificate.addressProvince = undefined)],
  },
  'service-content-other-remark': {
    fires: (o) => (o.websites[0]!.serviceContent = 'other'),
    code: 'REMARK_REQUIRED',
    holds: [
      (o) => {
        o.websites[0]!.serviceContent = 'other';
        o.websites[0]!.remark = '本公司产品介绍';
      },
    ],
  },
  'pre-approval-suspected': {
    fires: (o) => (o.subject.businessScope = '投资管理；资产管理'),
    code: 'PRE_APPROVAL_SUSPECTED',
    holds: [
      (o) => {
        o.subject.businessScope = '投资管理；资产管理';
        o.websites[0]!.preApprovals = [{ type: 'finance', number: '金审〔2026〕1号' }];
      },
    ],
  },
  'pre-approval-documents': {
    fires: (o) => (o.websites[0]!.preApprovals = [{ type: 'news', number: '新闻许可10086' }]),
    code: 'pre_approval_document',
    holds: [(o) => (o.websites[0]!.preApprovals = [{ type: 'education', number: '' }])],
  },
  'base-materials': {
    fires: (o) => (o.websites[0]!.leader = otherPerson(P, { isLegalRepresentative: true })),
    code: 'website_leader_id',
    holds: [(o) => (o.websites[0]!.leader = { ...o.subject.leader, name: '李 建国' })],
  },
  'website-naming': {
    fires: (o) => (o.websites[0]!.name = 'xinghe-tech.com'),
    code: 'WEBSITE_NAME_INVALID',
    shared: true,
    holds: [(o) => (o.websites[0]!.name = '星河科技（西安）官网')],
  },
};

describe('platform rules', () => {
  test('every executable platform rule has a case', () => {
    const ids = platformRules()
      .filter((r) => r.check)
      .map((r) => r.ruleId.replace('platform/', ''));
    assert.deepEqual(Object.keys(CASES).sort(), ids.sort());
  });
  for (const [id, c] of Object.entries(CASES)) {
    const ruleId = c.shared ? undefined : `platform/${id}`;
    test(`platform/${id} fires`, () => {
      const r = run(c.scope ?? 'unit', c.fires);
      assert.ok(codesOf(r, ruleId).includes(c.code), JSON.stringify(r.violations));
    });
    test(`platform/${id} holds`, () => {
      for (const h of c.holds) {
        const r = run(c.scope ?? 'unit', h);
        assert.ok(!codesOf(r, ruleId).includes(c.code), JSON.stringify(r.violations));
      }
    });
  }
});

describe('platform rules: more of their behaviour', () => {
  test('an individual mailing address outside the province is a mismatch; a non-local 证件住所 is not (decisions 7a)', () => {
    const r1 = run('individual', (o) => (o.subject.mailingAddress.province = 'GD'));
    assert.ok(
      r1.violations.some(
        (v) => v.code === 'ADDRESS_PROVINCE_MISMATCH' && v.path === 'subject.mailingAddress.province',
      ),
    );
    const r2 = run('individual', (o) => (o.subject.certificate.addressProvince = 'GD'));
    assert.ok(!r2.violations.some((v) => v.code === 'ADDRESS_PROVINCE_MISMATCH'));
  });
  test("a unit's 证件住所 outside the province is a mismatch", () => {
    const r = run('unit', (o) => (o.subject.certificate.addressProvince = 'GD'));
    assert.ok(
      r.violations.some(
        (v) => v.code === 'ADDRESS_PROVINCE_MISMATCH' && v.path === 'subject.certificate.addressProvince',
      ),
    );
  });
  test('a bare suffix and an invalid name are reported with their own codes', () => {
    const r = run('unit', (o) => (o.websites[0]!.domains = ['com.cn', 'a b.com', '-x.com']));
    assert.deepEqual(
      r.violations.filter((v) => v.path.startsWith('websites[0].domains')).map((v) => [v.code, v.path]),
      [
        ['DOMAIN_NOT_REGISTRABLE', 'websites[0].domains[0]'],
        ['DOMAIN_INVALID', 'websites[0].domains[1]'],
        ['DOMAIN_INVALID', 'websites[0].domains[2]'],
      ],
    );
  });
  test('a website without domains is reported', () => {
    const r = run('unit', (o) => (o.websites[0]!.domains = []));
    assert.ok(r.violations.some((v) => v.code === 'DOMAIN_INVALID' && v.path === 'websites[0].domains'));
  });
  test('an unapproved suffix and missing facts', () => {
    const r = run('unit', (o) => (o.websites[0]!.domains = ['xinghe-tech.co.uk']));
    assert.ok(r.violations.some((v) => v.code === 'TLD_NOT_APPROVED'));
    assert.ok(r.violations.some((v) => v.code === 'DOMAIN_FACTS_UNAVAILABLE' && v.severity === 'warning'));
  });
  test('real-name verification less than 3 days ago is a warning, 3 days is fine', () => {
    const r1 = run('unit', (o) => (facts(o).realNameVerifiedAt = '2026-11-21'));
    const w = r1.violations.find((v) => v.code === 'DOMAIN_REAL_NAME_TOO_RECENT');
    assert.equal(w?.severity, 'warning');
    assert.equal(r1.ok, true);
    const r2 = run('unit', (o) => (facts(o).realNameVerifiedAt = '2026-11-20'));
    assert.ok(!r2.violations.some((v) => v.code === 'DOMAIN_REAL_NAME_TOO_RECENT'));
  });
  test('a domain already filed and accessed here', () => {
    const r = run('unit', (o) => {
      o.registry = {
        subject: {
          icpNumber: '陕ICP备20000001号',
          name: o.subject.name,
          leaderName: '李建国',
          accessedHere: true,
        },
        domains: {
          'xinghe-tech.com': {
            icpNumber: '陕ICP备20000001号-1',
            subjectCertificateNumber: o.subject.certificate.number,
            accessedHere: true,
          },
        },
      };
    });
    assert.ok(r.violations.some((v) => v.code === 'DOMAIN_ALREADY_ACCESSED'));
    assert.equal(r.filingType, null);
  });
  test('an invalid email', () => {
    const r = run('individual', (o) => (o.subject.leader.email = 'chen@'));
    assert.ok(r.violations.some((v) => v.code === 'EMAIL_INVALID' && v.path === 'subject.leader.email'));
  });
  test('an individual resident ID certificate number that fails its checksum', () => {
    const r = run(
      'individual',
      (o) => (o.subject.certificate.number = o.subject.certificate.number.slice(0, 17) + '9'),
    );
    assert.ok(
      r.violations.some((v) => v.code === 'ID_NUMBER_INVALID' && v.path === 'subject.certificate.number'),
    );
  });
  test('an organisation-code certificate is checked by GB 11714', () => {
    const ok = run('unit', (o) => {
      o.subject.certificate.type = 'organization_code';
      o.subject.certificate.number = 'MA0AB12C-' + o.subject.certificate.number.charAt(16);
    });
    assert.ok(
      !ok.violations.some((v) => v.code === 'UNIT_CERT_NUMBER_INVALID'),
      JSON.stringify(ok.violations),
    );
    const bad = run('unit', (o) => {
      o.subject.certificate.type = 'organization_code';
      o.subject.certificate.number = 'MA0AB12D-0';
    });
    assert.ok(bad.violations.some((v) => v.code === 'UNIT_CERT_NUMBER_INVALID'));
  });
  test('education, medical and bbs approvals need no document; religion is asked only in 广东', () => {
    const r = run(
      'unit',
      (o) =>
        (o.websites[0]!.preApprovals = [
          { type: 'medical', number: '' },
          { type: 'bbs', number: '' },
          { type: 'religion', number: '' },
        ]),
    );
    assert.ok(!r.requiredMaterials.some((m) => m.code === 'pre_approval_document'));
  });
  test('a website name hinting at an industry warns at the website name', () => {
    const r = run('unit', (o) => (o.websites[0]!.name = '星河新闻中心'));
    assert.ok(
      r.violations.some(
        (v) =>
          v.code === 'PRE_APPROVAL_SUSPECTED' && v.path === 'websites[0].name' && v.severity === 'warning',
      ),
    );
  });
  test('personal website names: forbidden words, national prefixes, symbols', () => {
    for (const name of ['陈思远的个人网站', '中国美食笔记', '陈思远@笔记', '12345', '笔记']) {
      const r = run('individual', (o) => (o.websites[0]!.name = name));
      assert.ok(
        r.violations.some((v) => v.code === 'WEBSITE_NAME_INVALID'),
        name,
      );
    }
    const r = run('individual', (o) => (o.websites[0]!.name = '陈思远的旅行相册'));
    assert.ok(!r.violations.some((v) => v.code === 'WEBSITE_NAME_INVALID'));
  });
  test('unit website names may use 官网 and 平台, government bodies the national prefixes', () => {
    const r1 = run('unit', (o) => (o.websites[0]!.name = '星河云服务平台'));
    assert.ok(!r1.violations.some((v) => v.code === 'WEBSITE_NAME_INVALID'));
    const r2 = run('unit', (o) => {
      o.subject.nature = 'government';
      o.subject.certificate.type = 'government_credit_code';
      o.websites[0]!.name = '中国星河管理局官网';
    });
    assert.ok(!r2.violations.some((v) => v.code === 'WEBSITE_NAME_INVALID'));
  });
});
