/**
 * 备案前检查 in a real browser against the real server (demo WHOIS and registry data): a new applicant reaches it
 * from the home page, chooses 上海, checks a sub-domain of a domain expiring in 30 days (every line with its
 * reason, the 180-day rule failing), another subject's domain (no number, no holder shown), a foreign registrar,
 * an empty field and a server failure; sees their two servers line by line and applies for a service number; the
 * materials of a Beijing unit whose leader is not the legal representative and Tianjin's blocker; Beijing's rules
 * by heading for units and individuals; keyboard use of the tabs; the phone width, in Chinese and English. An
 * applicant with an order finds the situation filled from it, and the admin sees the registrar list and picks a
 * registrar from it in the WHOIS editor. Screenshots 60–69 and 78 in test/screenshots/.
 */
import { APPROVED_REGISTRARS, provinceRules } from '@beian/core';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch, shot } from './support/browser.js';
import { individualOrder, logIn, session, type Session } from './support/consoles.js';
import { startServer, type RunningServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;

before(async () => {
  server = await startServer();
  ({ browser, close: closeBrowser } = await launch());
});

after(async () => {
  await closeBrowser?.();
  await server?.stop();
});

let serial = 0;
const unique = () => `${Date.now().toString(36)}r${++serial}`;

/** A new applicant with an ECS that qualifies (one service number issued) and a pay-as-you-go overseas one. */
async function applicantWithServers(name: string): Promise<{ api: Session; password: string }> {
  const email = `ready-${unique()}@example.cn`;
  const password = 'applicant2026';
  const r = await fetch(`${server.url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, displayName: name }),
  });
  assert.ok(r.ok, await r.text());
  const admin = await session(server.url, 'admin@beian.local');
  const good = await admin.json<{ server: { id: string } }>('POST', '/admin/servers', {
    ownerEmail: email,
    typeCode: 'ecs',
    instanceName: 'i-ready-ok',
    region: 'cn-shanghai',
    mainland: true,
    billing: 'prepaid',
    prepaidMonths: 12,
    expiresOn: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
    publicBandwidthMbps: 5,
  });
  await admin.json('POST', '/admin/servers', {
    ownerEmail: email,
    typeCode: 'ecs',
    instanceName: 'i-ready-hk',
    region: 'cn-hongkong',
    mainland: false,
    billing: 'postpaid',
    publicBandwidthMbps: 0,
  });
  const api = await session(server.url, email, password);
  await api.json('POST', `/servers/${good.server.id}/service-numbers`);
  return { api, password };
}

async function choose(page: Page, id: string, text: string): Promise<void> {
  await page.locator(`#${id}`).click();
  await page.keyboard.type(text);
  // the open dropdown's highlighted option, once filtered to the text (closed dropdowns stay in the DOM, hidden)
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: text })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}

async function checkDomain(page: Page, domain: string): Promise<void> {
  const input = page.locator('#readiness-domain');
  await input.fill(domain);
  await input.press('Enter');
}

const status = (page: Page, key: string) =>
  page.getByTestId(`check-${key}`).first().getAttribute('data-status');

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`);
}

test('an applicant checks a domain, servers, materials and rules before filing', async () => {
  const { api, password } = await applicantWithServers('林晓');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await logIn(page, server.url, api.email, password);

  // from the home page; no order yet, so no province: the page asks for one
  await page.getByRole('heading', { name: '我的备案' }).waitFor();
  await page.getByRole('link', { name: '备案前检查' }).first().click();
  await page.waitForURL(/\/readiness/);
  await page.getByRole('heading', { name: '备案前检查' }).waitFor();
  await page.getByText('选择主体所在的省份后').waitFor();
  await page.getByText('输入域名后点击“检查”').waitFor();
  await shot(page, '60-readiness-start');

  // an empty field is refused beside it
  await checkDomain(page, '   ');
  await page.getByText('请填写要检查的域名，如 example.cn').waitFor();

  // 上海, a sub-domain of a domain that expires in 30 days: checked as its main domain, 180 days needed
  await choose(page, 'readiness-province', '上海');
  await checkDomain(page, 'WWW.chensy-expiring.cn');
  await page.getByTestId('domain-result').waitFor();
  assert.equal(await status(page, 'syntax'), 'warn');
  assert.equal(await status(page, 'expiry'), 'fail');
  await page.getByTestId('check-expiry').getByText('上海管局要求域名剩余有效期大于180天').waitFor();
  assert.equal(await status(page, 'registrar'), 'pass');
  assert.equal(await status(page, 'holder'), 'info', 'no order yet: the holder is shown to compare');
  await page.getByTestId('domain-facts').getByText('在已批复注册商名单中').waitFor();
  await page.getByText('有 1 项不满足备案要求').waitFor();
  for (const key of [
    'syntax',
    'suffix',
    'registrar',
    'real_name',
    'holder',
    'expiry',
    'privacy',
    'registry',
  ]) {
    const text = await page.getByTestId(`check-${key}`).first().innerText();
    assert.match(text, /[\u4e00-\u9fff]{4,}/, `${key} has a reason: ${text}`);
  }
  assert.match(page.url(), /province=SH/);
  await shot(page, '61-readiness-domain');

  // another subject's filing: only that it is filed, nothing of the other subject
  await checkDomain(page, 'qiming-info.com');
  await page.getByTestId('check-registry').getByText('已有网站备案').waitFor();
  const body = await page.locator('body').innerText();
  assert.ok(!body.includes('沪ICP备17098765号'), 'no filing number of another subject');
  assert.ok(!body.includes('上海启明'), 'no holder of another subject');

  // a foreign registrar
  await checkDomain(page, 'xinghe-abroad.com');
  await page.getByTestId('check-registrar').getByText('未获工信部批复').waitFor();
  assert.equal(await status(page, 'registrar'), 'fail');
  await page.getByTestId('domain-facts').getByText('不在注册商名单快照中').waitFor();

  // the server fails: an error with a retry, then the retry works
  await page.route('**/api/v1/readiness/domain', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'UNAVAILABLE', message: '外部系统暂时不可用，请稍后重试' } }),
    }),
  );
  await checkDomain(page, 'chensiyuan.cn');
  await page.getByText('检查失败').waitFor();
  await page.getByText('外部系统暂时不可用，请稍后重试').waitFor();
  await shot(page, '62-readiness-domain-error');
  await page.unroute('**/api/v1/readiness/domain');
  await page.getByRole('button', { name: /重\s?试/ }).click();
  await page.getByTestId('domain-result').waitFor();

  // servers: the keyboard moves between the tabs
  await page.getByRole('tab', { name: '域名检查' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByTestId('numbers-summary').waitFor();
  assert.match(page.url(), /tab=servers/);
  const ok = page.getByTestId('server-i-ready-ok');
  const hk = page.getByTestId('server-i-ready-hk');
  await ok.getByText('满足备案要求', { exact: true }).waitFor();
  await hk.getByText('不满足备案要求', { exact: true }).waitFor();
  await hk.getByText('不在中国内地（大陆）节点').waitFor();
  await hk.getByText('按量付费的服务器无法申请备案服务号').waitFor();
  assert.equal((await hk.locator('[data-status="fail"]').count()) >= 3, true);
  await page.getByTestId('numbers-summary').getByText('足够备案计划的 1 个网站').waitFor();
  // three websites planned: one free number, more to apply for; apply for one here
  await page.locator('#readiness-websites').fill('3');
  await page.locator('#readiness-websites').press('Tab');
  await page.getByTestId('numbers-summary').getByText('还需在符合要求的服务器上再申请 2 个').waitFor();
  await ok.getByRole('button', { name: '申请备案服务号' }).click();
  await page.getByText(/已申请备案服务号/).waitFor();
  await page.getByTestId('numbers-summary').getByText('还需在符合要求的服务器上再申请 1 个').waitFor();
  await shot(page, '63-readiness-servers');

  // materials: a Beijing enterprise whose subject leader is not the legal representative
  await choose(page, 'readiness-province', '北京');
  await page.getByRole('tab', { name: '所需资料' }).click();
  const materials = page.getByTestId('materials-result');
  await materials.waitFor();
  await materials.locator('[data-material="verification_form"]').waitFor();
  await materials.locator('[data-material="unit_certificate"]').waitFor();
  assert.equal(await materials.locator('[data-material="authorization_letter"]').count(), 0);
  await page.locator('#scenario-legal-rep').click();
  await materials.locator('[data-material="authorization_letter"]').waitFor();
  await materials.locator('[data-material="legal_rep_id"]').waitFor();
  await materials.locator('[data-material="authorization_letter"]').getByText('依据').waitFor();
  await shot(page, '64-readiness-materials');
  // Tianjin units: the website leader must be another person, and the subject leader the legal representative
  await choose(page, 'readiness-province', '天津');
  const blockers = page.getByTestId('scenario-blockers');
  await blockers.getByText('网站负责人与主体负责人不是同一人').first().waitFor();
  await page.getByText('其他人').click();
  await blockers.getByText('天津管局要求主体负责人为单位的法定代表人').waitFor();
  assert.equal(await blockers.getByText('网站负责人与主体负责人不是同一人').count(), 0);
  await page.locator('#scenario-legal-rep').click();
  await blockers.waitFor({ state: 'detached' });

  // Beijing's rules by heading, for units and then individuals
  await choose(page, 'readiness-province', '北京');
  await page.getByRole('tab', { name: '本省规则' }).click();
  const rules = page.locator('.readiness-rule-section [data-rule]');
  await rules.first().waitFor();
  assert.equal(await rules.count(), provinceRules('BJ', 'unit').length);
  await page.getByText('资料原文').first().click();
  await shot(page, '65-readiness-rules');
  await page.getByText('个人', { exact: true }).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('.readiness-rule-section [data-rule]').length === n,
    provinceRules('BJ', 'individual').length,
  );

  // the phone width: no sideways scrolling, the domain check and the materials readable
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('tab', { name: '域名检查' }).click();
  await checkDomain(page, 'chensy-expiring.cn');
  await page.getByTestId('domain-result').waitFor();
  await noHorizontalScroll(page);
  await shot(page, '66-phone-readiness-domain');
  await page.getByRole('tab', { name: '所需资料' }).click();
  await page.getByTestId('materials-result').waitFor();
  await noHorizontalScroll(page);
  await shot(page, '67-phone-readiness-materials');
  // in English
  await page.evaluate(() => localStorage.setItem('beian.lang', 'en'));
  await page.reload();
  await page.getByRole('heading', { name: 'Readiness checks' }).waitFor();
  await page.getByRole('tab', { name: 'Materials' }).waitFor();
  await noHorizontalScroll(page);
  await shot(page, '68-phone-readiness-english');
  await page.evaluate(() => localStorage.setItem('beian.lang', 'zh'));

  assert.deepEqual(errors, []);
  await context.close();
});

test('with an order the situation is filled from its subject; the filing-type page links here', async () => {
  const { api, password } = await applicantWithServers('周宁');
  await api.json(
    'POST',
    '/orders',
    individualOrder(
      'ZJ',
      { name: '周宁', birth: '19930610', mobile: '13857112345' },
      { name: '周宁的读书笔记', domain: `zhouning${unique()}.cn` },
      '',
    ),
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await logIn(page, server.url, api.email, password);
  await page.goto(`${server.url}/verify`);
  await page.getByTestId('readiness-hint').getByRole('link', { name: '备案前检查' }).click();
  await page.waitForURL(/\/readiness/);
  await page.getByText('已按您备案订单中的主体填写').waitFor();
  await page.locator('.readiness-situation').getByText('浙江（ZJ）').waitFor();
  await checkDomain(page, 'chensiyuan.cn');
  await page.getByText('持有者与备案情况已按您订单中的主体“周宁”核对').waitFor();
  assert.equal(await status(page, 'holder'), 'fail', 'held by 陈思远, not 周宁');
  await page.getByTestId('check-holder').getByText('“陈思远”', { exact: false }).waitFor();
  await shot(page, '69-readiness-with-order');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the admin sees the registrar list and picks a registrar from it in the WHOIS editor', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await logIn(page, server.url, 'admin@beian.local');
  await page.waitForURL(/\/admin$/);
  await page.goto(`${server.url}/admin/tlds`);
  const card = page.getByTestId('registrars');
  await card.getByTestId('registrars-date').getByText(APPROVED_REGISTRARS.retrieved).waitFor();
  assert.equal(await card.locator('tbody tr.ant-table-row').count(), APPROVED_REGISTRARS.registrars.length);
  await page.locator('#registrar-search').fill('阿里云计算有限公司（万网）');
  await card.getByTestId('registrar-verdict').getByText('在名单中').waitFor();
  await page.locator('#registrar-search').fill('NameCheap, Inc.');
  await card.getByTestId('registrar-verdict').getByText('不在名单快照中').waitFor();

  await page.locator('#whois-domain').fill(`reg-${unique()}.cn`);
  await page.locator('#whois-domain').press('Enter');
  await page
    .getByTestId('whois-missing')
    .getByRole('button', { name: /录\s?入/ })
    .click();
  await page.locator('#whois-registrar').fill('新网');
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: '北京新网数码信息技术有限公司' })
    .first()
    .click();
  await page.getByText('在已批复注册商名单中（北京新网数码信息技术有限公司）').waitFor();
  await page.locator('#registrar-search').fill('');
  await shot(page, '78-admin-registrars');
  assert.deepEqual(errors, []);
  await context.close();
});
