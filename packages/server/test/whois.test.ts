/**
 * The WHOIS simulator through the HTTP API on both engines: an admin enters a domain's facts and an applicant's
 * order precheck reads them (a holder mismatch blocks submission, fixed facts let it through); an unknown domain
 * only warns; non-admins are refused; bad input names the field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { registered, staff, startApp, type Agent, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { withMaterials } from './support/materials.js';
import { exampleOrder, withServiceNumbers } from './support/orders.js';

type Violation = { code: string; severity: string; path: string };
type View = {
  id: string;
  state: string;
  version: number;
  precheck: { ok: boolean; violations: Violation[] };
};
const view = (res: { json(): unknown }) => (res.json() as { order: View }).order;
const codes = (vs: Violation[]) => vs.map((v) => v.code);

const facts = (holder: string) => ({
  registrar: '阿里云计算有限公司（万网）',
  registrarApproved: true,
  realNameVerified: true,
  realNameVerifiedAt: '2025-03-01',
  holder,
  expiresAt: '2028-11-30',
  privacyProtection: false,
});

for (const engine of ENGINES)
  describe(`WHOIS simulator (${engine.name})`, () => {
    let t: TestApp;
    let admin: Agent;
    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z');
      admin = await staff(t, 'admin', '李管理');
    });
    after(() => t.close());

    test("an admin's facts reach the order's precheck: holder mismatch blocks, fixed facts pass", async () => {
      const applicant = await registered(t.app, '陈思远');
      const created = await applicant.post(
        '/api/v1/orders',
        await withServiceNumbers(t, applicant, exampleOrder()),
      );
      assert.equal(created.statusCode, 201, created.body);
      const draft = view(created);
      await withMaterials(applicant, draft.id);
      const unknown = draft.precheck.violations.find((v) => v.code === 'DOMAIN_FACTS_UNAVAILABLE');
      assert.equal(unknown?.severity, 'warning', 'an unknown domain only warns');
      assert.equal(draft.precheck.ok, true);

      const put = await admin.request('PUT', '/api/v1/admin/whois/CHENSYJING.cn', facts('赵明'));
      assert.equal(put.statusCode, 200, put.body);
      const saved = put.json() as { domain: string; facts: { holder: string }; updatedBy: string | null };
      assert.equal(saved.domain, 'chensyjing.cn', 'stored lower case');
      assert.equal(saved.facts.holder, '赵明');
      assert.ok(saved.updatedBy);
      const got = await admin.get('/api/v1/admin/whois?domain=chensyjing.cn');
      assert.equal(got.statusCode, 200, got.body);
      assert.deepEqual((got.json() as { facts: unknown }).facts, facts('赵明'));

      const refused = await applicant.post(`/api/v1/orders/${draft.id}/submit`, { version: draft.version });
      assert.equal(refused.statusCode, 422, refused.body);
      const e = (refused.json() as { error: { code: string; violations: Violation[] } }).error;
      assert.equal(e.code, 'PRECHECK_FAILED');
      assert.ok(codes(e.violations).includes('DOMAIN_HOLDER_MISMATCH'), refused.body);
      assert.ok(!codes(e.violations).includes('DOMAIN_FACTS_UNAVAILABLE'));

      const fixed = await admin.request('PUT', '/api/v1/admin/whois/chensyjing.cn', facts('陈思远'));
      assert.equal(fixed.statusCode, 200, fixed.body);
      const current = view(await applicant.get(`/api/v1/orders/${draft.id}`));
      const submitted = await applicant.post(`/api/v1/orders/${draft.id}/submit`, {
        version: current.version,
      });
      assert.equal(submitted.statusCode, 200, submitted.body);
      const order = view(submitted);
      assert.equal(order.state, 'submitted');
      assert.equal(order.precheck.ok, true);
      assert.ok(!codes(order.precheck.violations).includes('DOMAIN_HOLDER_MISMATCH'));
      assert.ok(!codes(order.precheck.violations).includes('DOMAIN_FACTS_UNAVAILABLE'));
    });

    test('IDN stored in punycode; delete makes the domain unknown again', async () => {
      const put = await admin.request(
        'PUT',
        `/api/v1/admin/whois/${encodeURIComponent('例子.中国')}`,
        facts('陈思远'),
      );
      assert.equal(put.statusCode, 200, put.body);
      assert.equal((put.json() as { domain: string }).domain, 'xn--fsqu00a.xn--fiqs8s');
      const { rows } = await t.db.query<{ domain: string }>(
        "SELECT domain FROM whois_domains WHERE domain LIKE 'xn--%'",
      );
      assert.deepEqual(
        rows.map((r) => r.domain),
        ['xn--fsqu00a.xn--fiqs8s'],
      );
      const del = await admin.request('DELETE', '/api/v1/admin/whois/xn--fsqu00a.xn--fiqs8s');
      assert.equal(del.statusCode, 204, del.body);
      const gone = await admin.get(`/api/v1/admin/whois?domain=${encodeURIComponent('例子.中国')}`);
      assert.equal(gone.statusCode, 404, gone.body);
      assert.equal(
        (await admin.request('DELETE', '/api/v1/admin/whois/xn--fsqu00a.xn--fiqs8s')).statusCode,
        404,
      );
    });

    test('non-admins are refused', async () => {
      const applicant = await registered(t.app, '赵明');
      const reviewer = await staff(t, 'reviewer');
      for (const agent of [applicant, reviewer]) {
        assert.equal((await agent.get('/api/v1/admin/whois?domain=chensyjing.cn')).statusCode, 403);
        assert.equal(
          (await agent.request('PUT', '/api/v1/admin/whois/zhaoming.cn', facts('赵明'))).statusCode,
          403,
        );
        assert.equal((await agent.request('DELETE', '/api/v1/admin/whois/chensyjing.cn')).statusCode, 403);
      }
      const { rows } = await t.db.query("SELECT 1 FROM whois_domains WHERE domain = 'zhaoming.cn'");
      assert.equal(rows.length, 0);
    });

    test('bad input names the field in Chinese and changes nothing', async () => {
      const cases: Array<[string, unknown, string]> = [
        ['/api/v1/admin/whois/zhaoming.cn', { ...facts('赵明'), expiresAt: '明年' }, 'expiresAt'],
        ['/api/v1/admin/whois/zhaoming.cn', { ...facts('赵明'), registrar: undefined }, 'registrar'],
        [
          '/api/v1/admin/whois/zhaoming.cn',
          { ...facts('赵明'), registrarApproved: 'yes' },
          'registrarApproved',
        ],
        ['/api/v1/admin/whois/zhaoming.cn', { ...facts('赵明'), holder: '  ' }, 'holder'],
        [
          '/api/v1/admin/whois/zhaoming.cn',
          { ...facts('赵明'), realNameVerified: false },
          'realNameVerifiedAt',
        ],
        ['/api/v1/admin/whois/www.zhaoming.cn', facts('赵明'), 'domain'],
        ['/api/v1/admin/whois/not_a_domain', facts('赵明'), 'domain'],
        ['/api/v1/admin/whois/zhaoming.invalid-tld', facts('赵明'), 'domain'],
      ];
      for (const [url, body, field] of cases) {
        const res = await admin.request('PUT', url, body);
        assert.equal(res.statusCode, 400, `${url} ${field}: ${res.body}`);
        const e = (res.json() as { error: { message: string; path?: string } }).error;
        assert.equal(e.path, field, res.body);
        assert.match(e.message, /[\u4e00-\u9fff]/);
      }
      const empty = await admin.get('/api/v1/admin/whois?domain=');
      assert.equal(empty.statusCode, 400, empty.body);
      assert.equal((empty.json() as { error: { path?: string } }).error.path, 'querystring.domain');
      const { rows } = await t.db.query("SELECT 1 FROM whois_domains WHERE domain LIKE '%zhaoming%'");
      assert.equal(rows.length, 0);
    });
  });
