/**
 * Filed-site checks (issue 4 item 9) through the tasks and the HTTP API on both engines, against real local
 * HTTP(S) servers reached by the real fetcher (a resolver hook points the filed domains at 127.0.0.1), with a clock
 * the test moves:
 * - the sweep schedules one fetch per live website accessed here, spaced, and schedules the next sweep;
 * - a site showing its number in the footer is ok (广东); one without it where the province asks for it (上海) is a
 *   problem with the rule's citation and one notice, not one per sweep; one without it where nobody asks (北京) is
 *   reachable and ok; one that refuses connections, answers 500 or never answers is a problem (河南, 西藏, 浙江);
 * - redirects are followed, over to HTTPS; a fixed site checked again (立即检测) is back to ok, and breaking it again
 *   notifies again;
 * - GET /filings carries each website's latest check; other accounts and bad numbers are refused.
 */
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { ProvinceCode } from '@beian/core';
import { HttpSiteFetcher } from '../src/adapters/site-fetch/http-fetcher.js';
import { runDueTasks } from '../src/jobs/worker.js';
import {
  ensureSiteCheckSweep,
  TASK_SITE_CHECK_FETCH,
  TASK_SITE_CHECK_SWEEP,
} from '../src/usecases/site-checks/sweep-site-checks.js';
import { registered, staff, startApp, type Agent, type TestApp } from './support/app.js';
import { atBureau, individualOrder, smsCodes } from './support/bureau.js';
import { ENGINES } from './support/engines.js';
import { homePage, startSites, type LocalSites } from './support/sites.js';

type SiteCheck = {
  id: number;
  checkedAt: string;
  trigger: 'sweep' | 'applicant';
  ok: boolean;
  reachable: boolean;
  httpStatus: number | null;
  footerFound: boolean | null;
  shownNumber: string | null;
  requiredByProvince: boolean;
  rules: Array<{ ruleId: string; citation: string }>;
  problem: string | null;
  url: string;
};
type Filing = { websites: Array<{ icpNumber: string; domain: string; siteCheck: SiteCheck | null }> };
type Filed = { agent: Agent & { email: string }; icpNumber: string; domain: string; accountId: string };

const TLS_DOMAIN = 'secure-notes-site.cn';
const page = (res: ServerResponse, html: string, status = 200) =>
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html);

for (const engine of ENGINES)
  describe(`filed-site checks (${engine.name})`, () => {
    let t: TestApp;
    let sites: LocalSites;
    let operator: Agent;

    /** An applicant's first filing in `province`, approved by the bureau (短信核验 done where the province asks). */
    async function filed(province: ProvinceCode, domain?: string): Promise<Filed> {
      const agent = await registered(t.app);
      const data = individualOrder(province);
      if (domain) {
        data.websites[0]!.domains = [domain];
        data.websites[0]!.homepage = `https://${domain}`;
      }
      const id = await atBureau(t, agent, data);
      for (const [mobile, code] of await smsCodes(t, id)) {
        const res = await agent.post(`/api/v1/orders/${id}/sms-verification`, {
          code,
          mobile,
          certificateTail: data.id.slice(-6),
        });
        assert.equal(res.statusCode, 200, res.body);
      }
      const approved = await operator.post(`/api/v1/bureau/orders/${id}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      const filings = (await agent.get('/api/v1/filings')).json() as { filings: Filing[] };
      const website = filings.filings[0]!.websites[0]!;
      const { rows } = await t.db.query<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [
        agent.email,
      ]);
      return { agent, icpNumber: website.icpNumber, domain: website.domain, accountId: rows[0]!.id };
    }

    const latest = async (f: Filed): Promise<SiteCheck | null> => {
      const filings = (await f.agent.get('/api/v1/filings')).json() as { filings: Filing[] };
      return filings.filings[0]!.websites.find((w) => w.icpNumber === f.icpNumber)!.siteCheck;
    };
    const notices = async (f: Filed) =>
      (
        await t.db.query<{ channel: string; subject: string; body: string }>(
          `SELECT channel, subject, body FROM outbox_messages WHERE account_id = $1 AND kind = 'site_check.problem'
           ORDER BY id`,
          [f.accountId],
        )
      ).rows;
    const checksUrl = (f: Filed) => `/api/v1/filings/websites/${encodeURIComponent(f.icpNumber)}/site-checks`;

    /** Run every due task, the clock moved past the sweep's spacing so that each fetch falls due. */
    async function sweep(): Promise<void> {
      const { rows } = await t.db.query<{ due_at: Date }>(
        `SELECT due_at FROM scheduled_tasks WHERE kind = $1 AND done_at IS NULL`,
        [TASK_SITE_CHECK_SWEEP],
      );
      t.clock.set(new Date(Math.max(t.clock.now().getTime(), new Date(rows[0]!.due_at).getTime())));
      await runDueTasks(t.deps);
      const pending = await t.db.query<{ due_at: Date }>(
        `SELECT max(due_at) AS due_at FROM scheduled_tasks WHERE kind = $1 AND done_at IS NULL`,
        [TASK_SITE_CHECK_FETCH],
      );
      const last = pending.rows[0]?.due_at;
      if (last && new Date(last) > t.clock.now()) t.clock.set(new Date(last));
      await runDueTasks(t.deps);
    }

    let gd: Filed;
    let sh: Filed;
    let bj: Filed;
    let ha: Filed;
    let xz: Filed;
    let zj: Filed;
    let tls: Filed;

    before(async () => {
      sites = await startSites([TLS_DOMAIN]);
      t = await startApp(engine, '2026-11-23T02:00:00Z', {
        siteFetcher: new HttpSiteFetcher({
          timeoutMs: 1500,
          maxBytes: 256 * 1024,
          allowPrivate: true,
          resolve: sites.resolve,
          ca: sites.ca,
        }),
      });
      operator = await staff(t, 'bureau_operator', '赵管局');
      gd = await filed('GD');
      sh = await filed('SH');
      bj = await filed('BJ');
      ha = await filed('HA');
      xz = await filed('XZ');
      zj = await filed('ZJ');
      tls = await filed('GD', TLS_DOMAIN);

      sites.serve(gd.domain, (_req, res) => page(res, homePage('读书笔记', `<a href="https://beian.miit.gov.cn/">${gd.icpNumber}</a>`))); // prettier-ignore
      sites.serve(sh.domain, (_req, res) => page(res, homePage('学习笔记', '版权所有')));
      sites.serve(bj.domain, (_req, res) => page(res, homePage('北京笔记', '版权所有')));
      sites.down(ha.domain);
      sites.serve(xz.domain, (_req, res) => page(res, '<h1>Internal Server Error</h1>', 500));
      sites.serve(zj.domain, () => {}); // accepts the request and never answers
      // http → / redirects to https (another server, a certificate for the domain), which redirects to /home
      sites.serve(tls.domain, (req, res, secure) => {
        if (!secure) res.writeHead(301, { location: `https://${tls.domain}/` }).end();
        else if (req.url === '/') res.writeHead(302, { location: '/home' }).end();
        else page(res, homePage('安全笔记', `${tls.icpNumber.replace('ICP', 'ＩＣＰ')}&nbsp;`));
      });
    });
    after(async () => {
      await t.close();
      await sites.close();
    });

    test('the sweep: one fetch per website accessed here, spaced; the next sweep a day later', async () => {
      assert.equal(await ensureSiteCheckSweep(t.deps), true);
      assert.equal(await ensureSiteCheckSweep(t.deps), false, 'one pending sweep');
      const now = t.clock.now();
      await runDueTasks(t.deps);
      const fetches = await t.db.query<{ due_at: Date; payload: { icpNumber: string } }>(
        `SELECT due_at, payload FROM scheduled_tasks WHERE kind = $1 AND done_at IS NULL ORDER BY due_at`,
        [TASK_SITE_CHECK_FETCH],
      );
      const numbers = [gd, sh, bj, ha, xz, zj, tls].map((f) => f.icpNumber);
      assert.deepEqual(fetches.rows.map((r) => r.payload.icpNumber).sort(), [...numbers].sort());
      const spacing = t.deps.config.siteCheck.spacingMs;
      assert.deepEqual(
        fetches.rows.map((r) => new Date(r.due_at).getTime() - now.getTime()),
        numbers.map((_, i) => i * spacing),
        'spaced SITE_CHECK_SPACING_MS apart',
      );
      const next = await t.db.query<{ due_at: Date }>(
        `SELECT due_at FROM scheduled_tasks WHERE kind = $1 AND done_at IS NULL`,
        [TASK_SITE_CHECK_SWEEP],
      );
      assert.equal(new Date(next.rows[0]!.due_at).getTime() - now.getTime(), 24 * 3_600_000);
      assert.equal((await t.db.query('SELECT 1 FROM site_checks')).rowCount, 0);
      await runDueTasks(t.deps);
      assert.equal(
        (await t.db.query('SELECT 1 FROM site_checks')).rowCount,
        1,
        'the first fetch is due at once',
      );

      t.clock.advance(spacing * numbers.length);
      await runDueTasks(t.deps);
      const all = await t.db.query<{ website_icp_number: string }>(
        'SELECT website_icp_number FROM site_checks',
      );
      assert.deepEqual(all.rows.map((r) => r.website_icp_number).sort(), [...numbers].sort());
      const left = await t.db.query(`SELECT 1 FROM scheduled_tasks WHERE kind = $1 AND done_at IS NULL`, [
        TASK_SITE_CHECK_FETCH,
      ]);
      assert.equal(left.rowCount, 0, 'every fetch done, also for sites that failed');
    });

    test('广东 with its number in the footer: ok, the rule cited', async () => {
      const c = (await latest(gd))!;
      assert.equal(c.ok, true, c.problem ?? '');
      assert.equal(c.reachable, true);
      assert.equal(c.httpStatus, 200);
      assert.equal(c.footerFound, true);
      assert.equal(c.shownNumber, gd.icpNumber);
      assert.equal(c.requiredByProvince, true);
      assert.deepEqual(c.rules, [
        {
          ruleId: 'GD/individual/filed-domain-accessible',
          citation: '004 §7.5.1 广东备案规则 · 个人用户 · 备案重要规则',
        },
      ]);
      assert.equal(c.url, `http://${gd.domain}/`);
      assert.equal(c.trigger, 'sweep');
      assert.deepEqual(await notices(gd), []);
    });

    test('上海 without the number: a problem citing the rule, and one notice however many sweeps find it', async () => {
      const c = (await latest(sh))!;
      assert.equal(c.ok, false);
      assert.equal(c.reachable, true);
      assert.equal(c.footerFound, false);
      assert.equal(c.requiredByProvince, true);
      assert.deepEqual(
        c.rules.map((r) => r.ruleId),
        ['SH/individual/icp-number-displayed'],
      );
      assert.match(c.problem!, new RegExp(`首页未找到本网站的备案号“${sh.icpNumber}”：请在首页最下方展示`));
      const sent = await notices(sh);
      assert.deepEqual(
        sent.map((n) => n.channel),
        ['site', 'email'],
        'an in-site message and an email to the account',
      );
      assert.equal(sent[0]!.subject, `【备案通知】网站检查发现问题：${sh.domain}`);
      assert.match(sent[0]!.body, /依据：004 §7\.4\.5 上海备案规则 · 个人用户 · 备案重要规则/);
      assert.match(sent[0]!.body, new RegExp(sh.icpNumber));

      t.clock.advance(24 * 3_600_000);
      await sweep();
      const again = (await latest(sh))!;
      assert.notEqual(again.id, c.id, 'checked again the next day');
      assert.equal(again.ok, false);
      assert.equal((await notices(sh)).length, 2, 'no second notice while the problem stays');
    });

    test('北京 without the number: reachable and ok, nobody asks for it', async () => {
      const c = (await latest(bj))!;
      assert.equal(c.ok, true);
      assert.equal(c.reachable, true);
      assert.equal(c.footerFound, false, 'still reported');
      assert.equal(c.requiredByProvince, false);
      assert.deepEqual(c.rules, []);
      assert.deepEqual(await notices(bj), []);
    });

    test('refused, 500, no answer: problems, notified', async () => {
      const refused = (await latest(ha))!;
      assert.equal(refused.ok, false);
      assert.equal(refused.reachable, false);
      assert.equal(refused.httpStatus, null);
      assert.equal(refused.footerFound, null);
      assert.match(refused.problem!, /^网站首页无法正常访问：连接被拒绝/);

      const failing = (await latest(xz))!;
      assert.equal(failing.reachable, false);
      assert.equal(failing.httpStatus, 500);
      assert.match(failing.problem!, /首页返回 HTTP 500/);
      assert.deepEqual(
        failing.rules.map((r) => r.ruleId),
        ['XZ/individual/icp-number-displayed'],
      );

      const silent = (await latest(zj))!;
      assert.equal(silent.reachable, false);
      assert.equal(silent.httpStatus, null);
      assert.match(silent.problem!, /HTTP：1\.5 秒内没有完整响应（超时）；HTTPS：连接被拒绝/);
      assert.equal(silent.requiredByProvince, false, '浙江 asks for no footer number, but a site must open');

      for (const f of [ha, xz, zj]) assert.equal((await notices(f)).length, 2, f.domain);
    });

    test('redirects are followed, to HTTPS and on; the number written in full-width forms counts', async () => {
      const c = (await latest(tls))!;
      assert.equal(c.ok, true, c.problem ?? '');
      assert.equal(c.url, `https://${TLS_DOMAIN}/home`);
      assert.equal(c.footerFound, true);
      assert.equal(c.shownNumber, tls.icpNumber);
    });

    test('fixed and checked now: back to ok, no notice; broken again: notified again', async () => {
      const url = checksUrl(sh);
      sites.serve(sh.domain, (_req, res) => page(res, homePage('学习笔记', sh.icpNumber)));
      t.clock.advance(61_000); // the sweep checked it a moment ago
      const now = await sh.agent.post(url);
      assert.equal(now.statusCode, 201, now.body);
      const fixed = (now.json() as { check: SiteCheck }).check;
      assert.equal(fixed.ok, true);
      assert.equal(fixed.trigger, 'applicant');
      assert.equal((await latest(sh))!.id, fixed.id);
      assert.equal((await notices(sh)).length, 2, 'recovery sends nothing');

      const soon = await sh.agent.post(url);
      assert.equal(soon.statusCode, 429, 'once a minute');
      assert.match((soon.json() as { error: { message: string } }).error.message, /秒后再试/);

      sites.serve(sh.domain, (_req, res) => page(res, homePage('学习笔记', '沪ICP备26999999号-1')));
      t.clock.advance(61_000);
      const broken = (await sh.agent.post(url)).json() as { check: SiteCheck };
      assert.equal(broken.check.ok, false);
      assert.equal((await notices(sh)).length, 4, 'ok → problem again: a new notice');

      const history = (await sh.agent.get(url)).json() as {
        website: { icpNumber: string; requiredByProvince: boolean; rules: Array<{ quote: string }> };
        checks: SiteCheck[];
      };
      assert.equal(history.website.icpNumber, sh.icpNumber);
      assert.equal(history.website.requiredByProvince, true);
      assert.match(history.website.rules[0]!.quote, /网站下方须有备案号标识/);
      assert.deepEqual(
        history.checks.map((c) => [c.trigger, c.ok]),
        [
          ['applicant', false],
          ['applicant', true],
          ['sweep', false],
          ['sweep', false],
        ],
      );
    });

    test("another account's website, a cancelled one and malformed numbers are refused", async () => {
      const other = await registered(t.app);
      for (const res of [await other.get(checksUrl(gd)), await other.post(checksUrl(gd))]) {
        assert.equal(res.statusCode, 404, res.body);
        assert.ok(!res.body.includes(gd.domain));
      }
      const reviewer = await staff(t, 'reviewer');
      assert.equal((await reviewer.get(checksUrl(gd))).statusCode, 403);
      const bad = await gd.agent.get('/api/v1/filings/websites/not-a-number/site-checks');
      assert.equal(bad.statusCode, 400);
      assert.equal((bad.json() as { error: { path: string } }).error.path, 'params.icpNumber');
      const subjectOnly = await gd.agent.post(
        `/api/v1/filings/websites/${encodeURIComponent(gd.icpNumber.replace(/-\d+$/, ''))}/site-checks`,
      );
      assert.equal(subjectOnly.statusCode, 400, 'a subject number is not a website number');

      await t.db.query('UPDATE registry_websites SET cancelled = true WHERE icp_number = $1', [bj.icpNumber]);
      assert.equal((await bj.agent.post(checksUrl(bj))).statusCode, 404);
      const before = await t.db.query('SELECT 1 FROM site_checks WHERE website_icp_number = $1', [
        bj.icpNumber,
      ]);
      t.clock.advance(24 * 3_600_000);
      await sweep();
      const afterSweep = await t.db.query('SELECT 1 FROM site_checks WHERE website_icp_number = $1', [
        bj.icpNumber,
      ]);
      assert.equal(afterSweep.rowCount, before.rowCount, 'a cancelled website is not checked');
    });
  });
