/** 已备案网站检查: which provinces ask for the number at the bottom (from the rule packs), and the verdicts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROVINCE_CODES } from '../../src/codes/provinces.js';
import { allRules } from '../../src/rules/registry.js';
import { FOOTER_NUMBER_RULE_IDS, footerNumberRules, judgeSiteCheck } from '../../src/site-check/judge.js';

const NUMBER = '粤ICP备26000007号-1';
const footerPage = (inside: string) =>
  `<html><body><p>${'欢迎访问。'.repeat(50)}</p><footer>${inside}</footer></body></html>`;

test('the footer-number rule ids and the packs quoting the seed line stay in step', () => {
  const quoting = allRules().filter((r) => /备案号标识|悬挂正确的备案号/.test(r.quote));
  assert.ok(quoting.length > 0);
  for (const r of quoting)
    assert.ok(FOOTER_NUMBER_RULE_IDS.includes(r.id), `${r.ruleId} quotes the line: list its id`);
  for (const r of allRules().filter((x) => FOOTER_NUMBER_RULE_IDS.includes(x.id)))
    assert.match(r.quote, /备案号标识|悬挂正确的备案号/, `${r.ruleId} has a listed id but another meaning`);
});

test('the provinces that ask for it: 上海, 广东, 河南, 西藏 for both scopes; 天津 individuals accessed by 接入备案', () => {
  const asking = (filingType: Parameters<typeof footerNumberRules>[2]) =>
    PROVINCE_CODES.flatMap((p) =>
      (['unit', 'individual'] as const)
        .filter((s) => footerNumberRules(p, s, filingType).length > 0)
        .map((s) => `${p}/${s}`),
    );
  const always = ['SH/unit', 'SH/individual', 'HA/unit', 'HA/individual', 'GD/unit', 'GD/individual', 'XZ/unit', 'XZ/individual'];
  assert.deepEqual(asking('first_filing').sort(), [...always].sort());
  assert.deepEqual(asking(null).sort(), [...always].sort());
  assert.deepEqual(asking('access_filing').sort(), [...always, 'TJ/individual'].sort());
  assert.deepEqual(asking('new_access').sort(), [...always, 'TJ/individual'].sort());
  const [sh] = footerNumberRules('SH', 'unit', 'first_filing');
  assert.equal(sh!.ruleId, 'SH/enterprise/icp-number-displayed');
  assert.equal(sh!.citation, '004 §7.4.5 上海备案规则 · 企业用户 · 备案重要规则');
  const [tj] = footerNumberRules('TJ', 'individual', 'access_filing');
  assert.equal(tj!.ruleId, 'TJ/individual/icp-number-on-site');
  assert.match(tj!.citation, /^004 §7\.3\.5 天津备案规则 · 个人用户 · 接入备案规则$/);
}); // prettier-ignore

test('ok: the number at the bottom where it is asked for', () => {
  const j = judgeSiteCheck({
    icpNumber: NUMBER,
    province: 'GD',
    scope: 'unit',
    filingType: 'first_filing',
    fetch: { answered: true, httpStatus: 200, html: footerPage(NUMBER), truncated: false },
  });
  assert.equal(j.ok, true);
  assert.equal(j.reachable, true);
  assert.equal(j.footerFound, true);
  assert.equal(j.requiredByProvince, true);
  assert.deepEqual(
    j.rules.map((r) => r.ruleId),
    ['GD/enterprise/filed-domain-accessible'],
  );
  assert.equal(j.problem, null);
});

test('a problem where asked for: missing, another website, not at the bottom; fine where nobody asks', () => {
  const judge = (html: string, province: 'GD' | 'BJ' = 'GD', truncated = false) =>
    judgeSiteCheck({
      icpNumber: NUMBER,
      province,
      scope: 'individual',
      filingType: 'first_filing',
      fetch: { answered: true, httpStatus: 200, html, truncated },
    });
  const missing = judge(footerPage('版权所有'));
  assert.equal(missing.ok, false);
  assert.equal(missing.footerFound, false);
  assert.match(missing.problem!, /首页未找到本网站的备案号“粤ICP备26000007号-1”：请在首页最下方展示/);
  assert.match(judge(footerPage('版权所有'), 'GD', true).problem!, /只检查了开头部分/);
  const other = judge(footerPage('粤ICP备26000007号-3'));
  assert.equal(other.shown, 'other_website');
  assert.match(other.problem!, /“粤ICP备26000007号-3”与本网站的备案号“粤ICP备26000007号-1”不一致/);
  const top = judge(`<body><header>${NUMBER}</header><p>${'内容。'.repeat(200)}</p></body>`);
  assert.equal(top.footerFound, false);
  assert.match(top.problem!, /不在页面底部/);

  const beijing = judge(footerPage('版权所有'), 'BJ');
  assert.equal(beijing.ok, true, '北京 asks for no footer number');
  assert.equal(beijing.requiredByProvince, false);
  assert.equal(beijing.footerFound, false, 'still reported');
  assert.deepEqual(beijing.rules, []);
});

test('a page that does not answer is a problem everywhere', () => {
  for (const province of ['BJ', 'SH'] as const) {
    const j = judgeSiteCheck({
      icpNumber: NUMBER,
      province,
      scope: 'unit',
      filingType: 'first_filing',
      fetch: { answered: false, httpStatus: 500, error: '首页返回 HTTP 500' },
    });
    assert.equal(j.ok, false);
    assert.equal(j.reachable, false);
    assert.equal(j.footerFound, null);
    assert.match(j.problem!, /^网站首页无法正常访问：首页返回 HTTP 500。/);
  }
});
