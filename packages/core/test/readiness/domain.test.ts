import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PROVINCE_CODES } from '../../src/codes/provinces.js';
import type { DomainFacts } from '../../src/precheck/types.js';
import { precheck } from '../../src/precheck/precheck.js';
import {
  domainReadiness,
  minDomainValidityDays,
  type DomainReadinessInput,
} from '../../src/readiness/domain.js';
import { AS_OF, baseOrder } from '../support/factories.js';

const GOOD: DomainFacts = {
  registrar: '阿里云计算有限公司（万网）',
  registrarApproved: true,
  realNameVerified: true,
  realNameVerifiedAt: '2026-09-01',
  holder: '陈思远',
  expiresAt: '2028-11-23',
  privacyProtection: false,
};

const check = (over: Partial<DomainReadinessInput>) =>
  domainReadiness({ asOf: AS_OF, domain: 'chensiyuan.cn', nature: 'individual', facts: GOOD, ...over });
const item = (r: ReturnType<typeof check>, key: string) => r.checks.filter((c) => c.key === key);
const one = (r: ReturnType<typeof check>, key: string) => {
  const found = item(r, key);
  assert.equal(found.length, 1, `${key}: ${JSON.stringify(found)}`);
  return found[0]!;
};
const daysAfter = (n: number) =>
  new Date(Date.parse(`${AS_OF}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('domain readiness', () => {
  test('a good domain passes every line, each with a reason', () => {
    const r = check({ province: 'BJ' });
    assert.equal(r.ok, true);
    assert.deepEqual(
      r.checks.map((c) => c.key),
      ['syntax', 'suffix', 'registrar', 'real_name', 'holder', 'expiry', 'privacy', 'registry'],
    );
    for (const c of r.checks) assert.match(c.message, /[\u4e00-\u9fff]/, c.key);
    assert.equal(one(r, 'holder').status, 'info', 'no subject: the holder is shown to compare');
    assert.match(one(r, 'holder').message, /陈思远/);
    assert.equal(r.facts?.registrarListed, true);
    assert.equal(r.filingType, null, 'the type needs the subject');
  });

  test('the threshold for remaining registration is the province rule’s, in every province and scope', () => {
    for (const province of PROVINCE_CODES)
      for (const nature of ['individual', 'enterprise']) {
        const days = minDomainValidityDays(province);
        const at = check({ province, nature, facts: { ...GOOD, expiresAt: daysAfter(days) } });
        assert.equal(one(at, 'expiry').status, 'fail', `${province} ${nature} at ${days}`);
        assert.equal(one(at, 'expiry').code, 'DOMAIN_EXPIRING');
        const above = check({ province, nature, facts: { ...GOOD, expiresAt: daysAfter(days + 1) } });
        assert.equal(one(above, 'expiry').status, 'pass', `${province} ${nature} at ${days + 1}`);
        assert.match(one(above, 'expiry').message, new RegExp(`大于.*${days}天`));
      }
    assert.deepEqual(
      [minDomainValidityDays('SD'), minDomainValidityDays('SH'), minDomainValidityDays()],
      [45, 180, 90],
    );
  });

  test('without a province the platform rules run and expiry is judged on 90 days', () => {
    const r = check({ facts: { ...GOOD, expiresAt: daysAfter(60), privacyProtection: true } });
    assert.equal(r.province, undefined);
    assert.equal(one(r, 'expiry').status, 'warn');
    assert.match(one(r, 'expiry').message, /90天.*山东45天、上海180天/);
    assert.equal(one(r, 'privacy').status, 'info', 'privacy is a province rule');
    for (const c of r.checks) assert.ok(!c.ruleId || c.ruleId.startsWith('platform/'), c.ruleId);
  });

  test('an invalid name stops the check; a sub-domain is checked as its main domain, IDN with its ASCII form', () => {
    const bad = check({ domain: 'not a domain' });
    assert.equal(bad.ok, false);
    assert.equal(bad.domain.valid, false);
    assert.deepEqual(
      bad.checks.map((c) => [c.key, c.status, c.code]),
      [['syntax', 'fail', 'DOMAIN_INVALID']],
    );

    const sub = check({ domain: 'WWW.例子.中国', province: 'GD' });
    assert.equal(sub.domain.checked, '例子.中国');
    assert.equal(sub.domain.checkedAscii, 'xn--fsqu00a.xn--fiqs8s');
    assert.equal(sub.domain.ascii, 'www.xn--fsqu00a.xn--fiqs8s');
    assert.equal(one(sub, 'syntax').status, 'warn');
    assert.equal(one(sub, 'syntax').code, 'DOMAIN_NOT_REGISTRABLE');
    assert.match(one(sub, 'syntax').message, /例子\.中国/);

    const idn = check({ domain: '例子.中国', province: 'GD' });
    assert.match(one(idn, 'syntax').message, /例子\.中国（ASCII 形式 xn--fsqu00a\.xn--fiqs8s）/);
  });

  test('findings carry the precheck’s own messages and citations for the same domain', () => {
    const order = baseOrder('SC', 'individual');
    const domain = order.websites[0]!.domains[0]!;
    const facts: DomainFacts = {
      ...order.domains![domain]!,
      registrar: 'NameCheap, Inc.',
      registrarApproved: false,
      expiresAt: daysAfter(30),
      privacyProtection: true,
    };
    const pre = precheck({ ...order, domains: { [domain]: facts } }).violations.filter(
      (v) => v.path === 'websites[0].domains[0]',
    );
    const r = check({ domain, province: 'SC', subject: order.subject, facts });
    for (const code of [
      'DOMAIN_REGISTRAR_NOT_APPROVED',
      'DOMAIN_EXPIRING',
      'DOMAIN_PRIVACY_PROTECTED',
    ] as const) {
      const p = pre.find((v) => v.code === code)!;
      const c = r.checks.find((x) => x.code === code)!;
      assert.equal(c.status, 'fail', code);
      assert.equal(c.message, p.message, code);
      assert.equal(c.citation, p.citation, code);
    }
    assert.equal(r.facts?.registrarListed, false);
  });

  test('with the applicant’s subject the holder is judged; a shareholder’s domain asks for the holder proof', () => {
    const order = baseOrder('BJ', 'individual');
    const domain = order.websites[0]!.domains[0]!;
    const mine = check({ domain, province: 'BJ', subject: order.subject });
    assert.equal(one(mine, 'holder').status, 'pass');
    const theirs = check({
      domain,
      province: 'BJ',
      subject: order.subject,
      facts: { ...GOOD, holder: '王五' },
    });
    assert.equal(one(theirs, 'holder').status, 'fail');
    assert.equal(one(theirs, 'holder').code, 'DOMAIN_HOLDER_MISMATCH');

    const unit = baseOrder('TJ', 'unit');
    const held = check({
      domain: 'xinghe-tech.com',
      province: 'TJ',
      nature: 'enterprise',
      subject: unit.subject,
      facts: { ...GOOD, holder: '张华', holderRelation: 'shareholder' },
    });
    assert.equal(one(held, 'holder').status, 'warn');
    assert.ok(
      held.materials.some((m) => m.code === 'domain_holder_proof' && m.path === 'websites[0].domains[0]'),
    );
  });

  test('the registry: not filed, filed by the subject elsewhere, accessed here, another subject’s', () => {
    const order = baseOrder('BJ', 'unit');
    const base = {
      domain: 'xinghe-tech.com',
      province: 'BJ' as const,
      nature: 'enterprise',
      subject: order.subject,
    };
    const facts = { ...GOOD, holder: order.subject.name };
    const fresh = check({ ...base, facts });
    assert.equal(fresh.filingType, 'first_filing');
    assert.match(one(fresh, 'registry').message, /尚未备案.*首次备案/);
    const more = check({
      ...base,
      facts,
      subjectFiling: { icpNumber: '京ICP备20123456号', accessedHere: true },
    });
    assert.equal(more.filingType, 'new_website');

    const elsewhere = check({
      ...base,
      facts,
      subjectFiling: { icpNumber: '京ICP备20123456号', accessedHere: false },
      filed: { icpNumber: '京ICP备20123456号-2', ownSubject: true, accessedHere: false },
    });
    assert.equal(elsewhere.filingType, 'access_filing');
    assert.equal(one(elsewhere, 'registry').status, 'pass');
    assert.match(one(elsewhere, 'registry').message, /京ICP备20123456号-2.*接入备案/);

    const here = check({
      ...base,
      facts,
      subjectFiling: { icpNumber: '京ICP备20123456号', accessedHere: true },
      filed: { icpNumber: '京ICP备20123456号-1', ownSubject: true, accessedHere: true },
    });
    assert.equal(one(here, 'registry').code, 'DOMAIN_ALREADY_ACCESSED');
    assert.equal(here.ok, false);

    const other = check({
      ...base,
      facts: { ...facts, holder: '上海启明信息技术有限公司' },
      filed: { icpNumber: '沪ICP备17098765号-1', ownSubject: false, accessedHere: false },
    });
    assert.equal(one(other, 'registry').code, 'DOMAIN_FILED_BY_OTHER_SUBJECT');
    assert.equal(other.filingType, null);
    assert.equal(other.facts?.holder, null);
    assert.equal(one(other, 'holder').status, 'info');
    const json = JSON.stringify(other);
    assert.ok(!json.includes('沪ICP备17098765号'), 'no filing number of another subject');
    assert.ok(!json.includes('上海启明'), 'no holder of another subject');

    const unknown = check({ facts, filed: { icpNumber: '沪ICP备17098765号-1', accessedHere: false } });
    assert.equal(one(unknown, 'registry').status, 'warn');
    assert.equal(unknown.facts?.holder, null, 'whose it is not known: the holder is not shown');
    assert.doesNotMatch(one(unknown, 'holder').message, /陈思远/);
    assert.ok(!JSON.stringify(unknown).includes('沪ICP备'), 'whose filing it is, is not known: no number');
  });

  test('no WHOIS facts: the registration lines are unknown, the precheck’s warning given once', () => {
    const r = check({ province: 'ZJ', facts: undefined });
    const unknown = r.checks.filter((c) => c.status === 'unknown');
    assert.deepEqual(
      unknown.map((c) => c.key),
      ['registrar', 'real_name', 'holder', 'expiry', 'privacy'],
    );
    assert.equal(unknown[0]!.code, 'DOMAIN_FACTS_UNAVAILABLE');
    assert.equal(r.checks.filter((c) => c.code === 'DOMAIN_FACTS_UNAVAILABLE').length, 1);
    assert.equal(r.ok, true, 'unknown is not a failure');
    assert.equal(r.facts, undefined);
  });

  test('suffixes: not approved by the MIIT, and Beijing’s narrower list; materials the province asks per domain', () => {
    const io = check({ domain: 'chensiyuan.io', province: 'ZJ' });
    assert.deepEqual(
      item(io, 'suffix').map((c) => c.code),
      ['TLD_NOT_APPROVED'],
    );
    const bj = check({ domain: 'chensiyuan.io', province: 'BJ' });
    assert.deepEqual(
      item(bj, 'suffix')
        .map((c) => c.code)
        .sort(),
      ['TLD_NOT_ACCEPTED_BY_PROVINCE', 'TLD_NOT_APPROVED'],
    );
    const hn = check({ province: 'HN' });
    assert.ok(
      hn.materials.some((m) => m.code === 'domain_certificate'),
      'Hunan asks every domain’s certificate',
    );
    assert.ok(hn.materials.every((m) => m.path === 'websites[0].domains[0]'));
  });
});
