/**
 * 备案前检查 · 域名 through the HTTP API on both engines: an applicant checks domains against the WHOIS and registry
 * simulators — each line with a Chinese reason, the province's expiry rule (上海 180 days), the registrar list, a
 * sub-domain checked as its main domain, an unknown domain; with a subject of their own, the holder is judged and a
 * domain filed under the subject elsewhere is an 接入备案; another subject's domain says only that (no number, no
 * holder); staff are refused and bad input names the field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { REGISTRY_SEED, seedRegistry } from '../src/adapters/registry/seed.js';
import { registered, staff, startApp, type Agent, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { exampleOrder } from './support/orders.js';

type Check = { key: string; status: string; message: string; code?: string; citation?: string };
type Result = {
  ok: boolean;
  domain: { input: string; valid: boolean; checked?: string; checkedAscii?: string };
  province: string | null;
  nature: string;
  minValidityDays: number;
  subject: { known: boolean; name: string | null };
  facts: { registrar: string; registrarListed: boolean; holder: string | null; daysLeft: number } | null;
  filingType: string | null;
  checks: Check[];
  materials: { code: string; reason: string }[];
};

const facts = (holder: string, over: Record<string, unknown> = {}) => ({
  registrar: '阿里云计算有限公司（万网）',
  registrarApproved: true,
  realNameVerified: true,
  realNameVerifiedAt: '2025-03-01',
  holder,
  expiresAt: '2028-11-30',
  privacyProtection: false,
  ...over,
});

const line = (r: Result, key: string) => {
  const found = r.checks.filter((c) => c.key === key);
  assert.equal(found.length, 1, `${key}: ${JSON.stringify(r.checks)}`);
  return found[0]!;
};

for (const engine of ENGINES)
  describe(`readiness: domain check (${engine.name})`, () => {
    let t: TestApp;
    let admin: Agent;
    const check = async (agent: Agent, body: unknown) => {
      const res = await agent.post('/api/v1/readiness/domain', body);
      assert.equal(res.statusCode, 200, res.body);
      return { result: res.json() as Result, body: res.body };
    };

    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z');
      await seedRegistry(t.db, t.clock.now());
      admin = await staff(t, 'admin', '李管理');
      const put = async (domain: string, body: unknown) => {
        const res = await admin.request('PUT', `/api/v1/admin/whois/${encodeURIComponent(domain)}`, body);
        assert.equal(res.statusCode, 200, res.body);
      };
      // 2027-04-02 is 130 days after 2026-11-23: enough for Beijing (90), not for Shanghai (180)
      await put('ready-check.cn', facts('陈思远', { expiresAt: '2027-04-02' }));
      await put(
        'abroad-check.com',
        facts('陈思远', { registrar: 'NameCheap, Inc.', registrarApproved: false }),
      );
      await put('qiming-info.com', facts('上海启明信息技术有限公司'));
      await put('yuanshan.net.cn', facts('杭州远山网络有限公司'));
      await put('chensyjing.cn', facts('赵明'));
    });
    after(() => t.close());

    test('every line with a reason; the province decides the expiry; a sub-domain is checked as its main domain', async () => {
      const a = await registered(t.app, '陈思远');
      const { result: sh } = await check(a, {
        domain: 'WWW.Ready-Check.cn',
        province: 'SH',
        nature: 'individual',
      });
      assert.equal(sh.domain.checked, 'ready-check.cn');
      assert.equal(line(sh, 'syntax').status, 'warn');
      assert.equal(line(sh, 'syntax').code, 'DOMAIN_NOT_REGISTRABLE');
      assert.equal(sh.minValidityDays, 180);
      assert.equal(line(sh, 'expiry').status, 'fail');
      assert.match(line(sh, 'expiry').message, /上海管局要求域名剩余有效期大于180天/);
      assert.match(line(sh, 'expiry').citation!, /上海备案规则/);
      assert.equal(sh.ok, false);
      assert.equal(sh.subject.known, false);
      assert.equal(line(sh, 'holder').status, 'info', 'no subject yet: the holder is shown to compare');
      assert.equal(sh.facts?.holder, '陈思远');
      assert.equal(sh.facts?.registrarListed, true);
      for (const c of sh.checks) assert.match(c.message, /[\u4e00-\u9fff]/, c.key);

      const { result: bj } = await check(a, {
        domain: 'ready-check.cn',
        province: 'BJ',
        nature: 'individual',
      });
      assert.equal(line(bj, 'expiry').status, 'pass');
      assert.match(line(bj, 'expiry').message, /剩余130天，大于北京管局要求的90天/);
      assert.equal(bj.ok, true);

      const { result: none } = await check(a, { domain: 'ready-check.cn' });
      assert.equal(none.province, null, 'no province chosen and no order: the general rules');
      assert.equal(none.nature, 'enterprise');
    });

    test('a foreign registrar fails, an unknown domain is unknown, a malformed name fails the first line', async () => {
      const a = await registered(t.app, '陈思远');
      const { result: abroad } = await check(a, {
        domain: 'abroad-check.com',
        province: 'JL',
        nature: 'individual',
      });
      assert.equal(line(abroad, 'registrar').status, 'fail');
      assert.equal(line(abroad, 'registrar').code, 'DOMAIN_REGISTRAR_NOT_APPROVED');
      assert.equal(abroad.facts?.registrarListed, false);

      const { result: unknown } = await check(a, { domain: 'never-seen-here.cn', province: 'BJ' });
      assert.deepEqual(
        unknown.checks.filter((c) => c.status === 'unknown').map((c) => c.key),
        ['registrar', 'real_name', 'holder', 'expiry', 'privacy'],
      );
      assert.equal(unknown.facts, null);

      const { result: bad } = await check(a, { domain: 'not a domain', province: 'BJ' });
      assert.equal(bad.domain.valid, false);
      assert.deepEqual(
        bad.checks.map((c) => [c.key, c.status]),
        [['syntax', 'fail']],
      );
    });

    test("another subject's domain: only 已被其他主体备案, no number, no holder — with or without a subject", async () => {
      const withOrder = await registered(t.app, '陈思远');
      const created = await withOrder.post('/api/v1/orders', exampleOrder());
      assert.equal(created.statusCode, 201, created.body);
      const stranger = await registered(t.app, '赵明');
      for (const agent of [withOrder, stranger]) {
        const { result, body } = await check(agent, { domain: 'qiming-info.com', province: 'BJ' });
        const registry = line(result, 'registry');
        assert.ok(!body.includes(REGISTRY_SEED.otherSubject.icpNumber), body);
        assert.ok(!body.includes('上海启明'), body);
        if (agent === withOrder) {
          assert.equal(registry.status, 'fail');
          assert.equal(registry.code, 'DOMAIN_FILED_BY_OTHER_SUBJECT');
          assert.match(registry.message, /已在其他主体下备案/);
          assert.equal(result.facts?.holder, null);
        } else {
          assert.equal(registry.status, 'warn', 'whose filing it is cannot be told without a subject');
          assert.equal(result.facts?.holder, null);
        }
      }
    });

    test("with the applicant's subject: the holder is judged, its province is the default, its filing elsewhere is 接入备案", async () => {
      const a = await registered(t.app, '陈思远');
      assert.equal((await a.post('/api/v1/orders', exampleOrder())).statusCode, 201);
      const { result: mismatch } = await check(a, { domain: 'chensyjing.cn' });
      assert.equal(mismatch.subject.known, true);
      assert.equal(mismatch.subject.name, '陈思远');
      assert.equal(mismatch.province, 'BJ', "the order's province");
      assert.equal(mismatch.nature, 'individual');
      assert.equal(line(mismatch, 'holder').status, 'fail');
      assert.equal(line(mismatch, 'holder').code, 'DOMAIN_HOLDER_MISMATCH');
      assert.equal(mismatch.filingType, 'first_filing');

      const company = await registered(t.app, '李娜');
      const data = exampleOrder('base-ZJ-enterprise');
      const s = REGISTRY_SEED.filedElsewhere;
      Object.assign(data.subject, { name: s.name });
      Object.assign(data.subject.certificate as object, { number: s.certificateNumber });
      assert.equal((await company.post('/api/v1/orders', data)).statusCode, 201);
      const { result } = await check(company, { domain: 'yuanshan.net.cn' });
      assert.equal(result.filingType, 'access_filing');
      assert.equal(line(result, 'registry').status, 'pass');
      assert.match(line(result, 'registry').message, /浙ICP备19054321号-1.*接入备案/);
      assert.equal(line(result, 'holder').status, 'pass');
      const { result: fresh } = await check(company, { domain: 'ready-check.cn' });
      assert.equal(fresh.filingType, 'new_website_elsewhere');
    });

    test('staff are refused, a login is needed, bad input names the field', async () => {
      const reviewer = await staff(t, 'reviewer');
      const refused = await reviewer.post('/api/v1/readiness/domain', { domain: 'ready-check.cn' });
      assert.equal(refused.statusCode, 403, refused.body);
      const anonymous = await t.app.inject({
        method: 'POST',
        url: '/api/v1/readiness/domain',
        payload: { domain: 'ready-check.cn' },
      });
      assert.equal(anonymous.statusCode, 401);
      const a = await registered(t.app, '陈思远');
      for (const [body, path] of [
        [{ domain: '  ' }, 'domain'],
        [{}, 'domain'],
        [{ domain: 'ready-check.cn', province: 'XX' }, 'province'],
        [{ domain: 'ready-check.cn', nature: 'company' }, 'nature'],
        [{ domain: 'x'.repeat(254) }, 'domain'],
      ] as const) {
        const res = await a.post('/api/v1/readiness/domain', body);
        assert.equal(res.statusCode, 400, res.body);
        const e = (res.json() as { error: { code: string; path: string; message: string } }).error;
        assert.equal(e.code, 'INVALID_INPUT');
        assert.equal(e.path, path, res.body);
        assert.match(e.message, /[\u4e00-\u9fff]/);
      }
    });
  });
