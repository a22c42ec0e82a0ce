/** 验证备案类型 and the steps that follow from it (precheck/filing-type.ts, precheck/steps.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { precheck } from '../../src/precheck/precheck.js';
import type { PrecheckInput } from '../../src/precheck/types.js';
import { addWebsite, baseOrder, clone } from '../support/factories.js';

function order(province: 'BJ' | 'ZJ' | 'SH', mutate: (o: PrecheckInput) => void = () => {}): PrecheckInput {
  const o = clone(baseOrder(province, 'unit'));
  mutate(o);
  return o;
}

const filedSubject = (accessedHere: boolean) => (o: PrecheckInput) => {
  o.registry = {
    ...o.registry,
    subject: { icpNumber: '京ICP备20123456号', name: o.subject.name, leaderName: '李建国', accessedHere },
  };
};
const filedDomain =
  (domain: string, accessedHere = false, cert?: string) =>
  (o: PrecheckInput) => {
    o.registry = {
      ...o.registry,
      domains: {
        ...o.registry?.domains,
        [domain]: {
          icpNumber: '京ICP备20123456号-1',
          subjectCertificateNumber: cert ?? o.subject.certificate.number,
          accessedHere,
        },
      },
    };
  };

describe('filing type', () => {
  const cases: Array<[string, Array<(o: PrecheckInput) => void>, string | null]> = [
    ['subject and domain never filed → 首次备案', [], 'first_filing'],
    ['subject filed and accessed here, new domain → 新增网站', [filedSubject(true)], 'new_website'],
    [
      'subject filed elsewhere only, new domain → 新增网站（原备案不在本平台）',
      [filedSubject(false)],
      'new_website_elsewhere',
    ],
    [
      'website filed elsewhere, subject not accessed here → 接入备案',
      [filedSubject(false), filedDomain('xinghe-tech.com')],
      'access_filing',
    ],
    [
      'website filed elsewhere, subject accessed here → 新增接入',
      [filedSubject(true), filedDomain('xinghe-tech.com')],
      'new_access',
    ],
    [
      'domain filed under another subject → no type',
      [filedDomain('xinghe-tech.com', false, '91110000802100433B')],
      null,
    ],
  ];
  for (const [name, mutations, type] of cases)
    test(name, () => {
      const r = precheck(order('BJ', (o) => mutations.forEach((m) => m(o))));
      assert.equal(r.filingType, type);
    });

  test('domains needing different types: MIXED_FILING_TYPES on the odd domain, the first type stands', () => {
    const r = precheck(
      order('BJ', (o) => {
        addWebsite(o, 'xinghe-two.com', '星河科技产品中心');
        filedSubject(false)(o);
        filedDomain('xinghe-two.com')(o);
      }),
    );
    assert.equal(r.filingType, 'new_website_elsewhere');
    const v = r.violations.find((x) => x.code === 'MIXED_FILING_TYPES');
    assert.equal(v?.path, 'websites[1].domains[0]');
    assert.equal(r.ok, false);
  });

  test('a domain filed under another subject names the existing number', () => {
    const r = precheck(order('BJ', filedDomain('xinghe-tech.com', false, '91110000802100433B')));
    const v = r.violations.find((x) => x.code === 'DOMAIN_FILED_BY_OTHER_SUBJECT');
    assert.match(v!.message, /京ICP备20123456号-1/);
  });

  test('registry facts are matched by the unicode or punycode form of the domain', () => {
    const r = precheck(
      order('BJ', (o) => {
        o.websites[0]!.domains = ['星河科技.中国'];
        o.domains = { 'xn--2qun4fmsh17o.xn--fiqs8s': o.domains!['xinghe-tech.com']! };
        filedSubject(false)(o);
        filedDomain('星河科技.中国')(o);
      }),
    );
    assert.equal(r.filingType, 'access_filing');
    assert.ok(!r.violations.some((v) => v.code === 'DOMAIN_FACTS_UNAVAILABLE'), JSON.stringify(r.violations));
  });
});

describe('steps', () => {
  test('Beijing first filing: initial review, curtain photo, bureau review', () => {
    assert.deepEqual(precheck(order('BJ')).steps, ['initial_review', 'curtain_photo', 'bureau_review']);
  });
  test('Zhejiang is an SMS pilot province (decisions 1)', () => {
    assert.deepEqual(precheck(order('ZJ')).steps, [
      'initial_review',
      'curtain_photo',
      'sms_verification',
      'bureau_review',
    ]);
  });
  test('Shanghai verifies through the bureau app instead of the curtain', () => {
    assert.deepEqual(precheck(order('SH')).steps, [
      'initial_review',
      'shanghai_app_verification',
      'bureau_review',
    ]);
  });
  test('a new website with the subject filed elsewhere is SMS-verified in every province', () => {
    assert.deepEqual(precheck(order('BJ', filedSubject(false))).steps, [
      'initial_review',
      'curtain_photo',
      'sms_verification',
      'bureau_review',
    ]);
  });
});
