/**
 * 网站检查 on 我的备案号, in a real browser against the real server, whose site fetcher reaches two real local
 * websites (SITE_CHECK_ALLOW_PRIVATE=1 and SITE_CHECK_RESOLVE point the filed domains at a node:http server on
 * 127.0.0.1): a Shanghai individual files two websites (上海管局App path, through the API); once approved, 立即检测
 * finds one showing its ICP number at the bottom (正常) and one without it (a problem, with the Shanghai rule's
 * citation), and the history shows the checks. Screenshots in test/screenshots/.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, shot } from './support/browser.js';
import {
  applicantWithServiceNumber,
  individualOrder,
  logIn,
  session,
  submitThroughApi,
} from './support/consoles.js';
import { startServer, type RunningServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let sites: http.Server;
/** What each local website shows at its bottom, by domain. */
const footers = new Map<string, string>();

before(async () => {
  sites = http.createServer((req, res) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const footer = footers.get(host);
    if (footer === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${host}</title></head><body>
       <h1>${host}</h1>${'<p>读书笔记与学习心得。</p>'.repeat(30)}<footer>© 2026 ${footer}</footer></body></html>`,
    );
  });
  await new Promise<void>((r) => sites.listen(0, '127.0.0.1', r));
  const port = (sites.address() as AddressInfo).port;
  server = await startServer({ SITE_CHECK_ALLOW_PRIVATE: '1', SITE_CHECK_RESOLVE: `*=127.0.0.1:${port}` });
  ({ browser, close: closeBrowser } = await launch());
});

after(async () => {
  await closeBrowser?.();
  await server?.stop();
  sites?.closeAllConnections();
  await new Promise((r) => sites?.close(r));
});

type Filing = { websites: Array<{ icpNumber: string; domain: string }> };

test('my filings: 立即检测 finds one website right and one without its number at the bottom', async () => {
  const { api, serviceNumber } = await applicantWithServiceNumber(server.url, '林思远', 'cn-shanghai');
  const { servers } = await api.json<{ servers: Array<{ id: string }> }>('GET', '/servers');
  const second = await api.json<{ serviceNumber: string }>(
    'POST',
    `/servers/${servers[0]!.id}/service-numbers`,
  );
  const stamp = Date.now().toString(36);
  const good = `linsy${stamp}.cn`;
  const bad = `linsy-notes${stamp}.cn`;
  const data = individualOrder(
    'SH',
    { name: '林思远', birth: '19910415', mobile: '13901617788' },
    { name: '林思远的读书笔记', domain: good },
    serviceNumber,
  );
  data.websites.push({
    ...data.websites[0]!,
    name: '林思远的学习笔记',
    domains: [bad],
    homepage: `https://${bad}`,
    access: { serviceNumber: second.serviceNumber },
  });
  const orderId = await submitThroughApi(api, data);
  const reviewer = await session(server.url, 'reviewer@beian.local');
  await reviewer.json('POST', `/orders/${orderId}/review/approve`);
  await api.json('POST', `/orders/${orderId}/verification/shanghai-app`, { completed: true });
  await reviewer.json('POST', `/orders/${orderId}/verification/shanghai-app/approve`, {});
  await reviewer.json('POST', `/orders/${orderId}/bureau-push`);
  const bureau = await session(server.url, 'bureau@beian.local');
  await bureau.json('POST', `/bureau/orders/${orderId}/approve`);
  const { filings } = await api.json<{ filings: Filing[] }>('GET', '/filings');
  const numbers = new Map(filings[0]!.websites.map((w) => [w.domain, w.icpNumber]));
  footers.set(good, `<a href="https://beian.miit.gov.cn/">${numbers.get(good)}</a>`);
  footers.set(bad, '联系我们');

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await logIn(page, server.url, api.email, 'applicant2026');
  await page.goto(`${server.url}/filings`);
  const row = (domain: string) => page.locator(`[data-testid="site-check"][data-domain="${domain}"]`);
  await row(good).getByText('尚未检测').waitFor();

  await row(good)
    .getByRole('button', { name: /立即检测/ })
    .click();
  await row(good).getByText('正常').waitFor();
  await row(bad)
    .getByRole('button', { name: /立即检测/ })
    .click();
  const problem = row(bad).getByTestId('site-check-problem');
  await problem.waitFor();
  assert.match(
    (await problem.textContent()) ?? '',
    new RegExp(`首页未找到本网站的备案号“${numbers.get(bad)}”`),
  );
  await shot(page, '57-site-checks');
  await row(bad).getByTestId('site-check-basis').hover();
  await page.getByText(/004 §7\.4\.5 上海备案规则 · 个人用户 · 备案重要规则/).waitFor();
  await page.mouse.move(0, 0);

  await row(bad)
    .getByRole('button', { name: /检查记录/ })
    .click();
  const history = page.getByTestId('site-check-history');
  await history.getByText('立即检测').waitFor();
  await page.getByText(/依据：004 §7\.4\.5/).waitFor();
  // the modal's own zoom ends before the picture is taken
  await page
    .locator('.ant-modal')
    .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  await shot(page, '58-site-check-history', false);
  await page.keyboard.press('Escape');

  // the notice of the problem reached the notice centre
  const { notices } = await api.json<{ notices: Array<{ title: string }> }>('GET', '/notices');
  assert.ok(
    notices.some((n) => n.title === `【备案通知】网站检查发现问题：${bad}`),
    JSON.stringify(notices),
  );

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await row(bad).getByTestId('site-check-problem').waitFor();
  await shot(page, '59-phone-site-checks');
  assert.deepEqual(errors, []);
  await context.close();
});
