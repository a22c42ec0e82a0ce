/**
 * The admin console in a real browser against the real server: the overview and the calendar warn that 2027 is
 * missing, and saving 2027 clears the warning; the rules browser by province and scope with search; the approved
 * suffixes with their date and registrars by domain (WHOIS); the server-type catalog; users and roles (a reviewer created); a server added to an
 * applicant; the outbox. And the applicant's pages download none of the consoles' chunks. Screenshots of each
 * page go to test/screenshots/.
 */
import { APPROVED_TLDS, provinceRules } from '@beian/core';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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

before(async () => {
  server = await startServer();
  ({ browser, close: closeBrowser } = await launch());
});

after(async () => {
  await closeBrowser?.();
  await server?.stop();
});

async function adminPage(errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await logIn(page, server.url, 'admin@beian.local');
  await page.waitForURL(/\/admin$/);
  return page;
}

const section = (page: Page, name: string) =>
  page.locator('.admin-sider').getByRole('link', { name }).click();

test('the admin console: overview, rules, suffixes, server types, calendar, users, servers, outbox', async () => {
  const errors: string[] = [];
  // an order submitted, so the outbox has its notices (SMS and email to the applicant)
  const { api, serviceNumber } = await applicantWithServiceNumber(server.url, '孙悦', 'cn-beijing');
  await submitThroughApi(
    api,
    individualOrder(
      'BJ',
      { name: '孙悦', birth: '19950321', mobile: '13911073456' },
      { name: '孙悦的摄影作品', domain: `sunyue${Date.now().toString(36)}.cn` },
      serviceNumber,
    ),
  );
  const page = await adminPage(errors);

  // overview: the calendar's warning (the data package ends in 2026)
  await page.getByRole('heading', { name: '管理概览' }).waitFor();
  await page
    .getByTestId('calendar-warning')
    .getByText(/2027年的法定节假日和调休安排尚未录入/)
    .waitFor();
  await shot(page, '70-admin-overview');

  // rules: Beijing's unit rules, then individual, then a search across every province
  await section(page, '备案规则');
  await page.getByRole('heading', { name: '备案规则' }).waitFor();
  const bjUnit = provinceRules('BJ', 'unit').length;
  const count = page.getByTestId('rules-count');
  await count.getByText(new RegExp(`显示 \\d+ 条`)).waitFor();
  const shownUnit = Number(/显示 (\d+) 条/.exec((await count.textContent()) ?? '')![1]);
  assert.ok(
    shownUnit >= bjUnit,
    `Beijing's ${bjUnit} unit rules (and the platform's for units) shown: ${shownUnit}`,
  );
  const first = page.locator('[data-rule^="BJ/enterprise/"]').first();
  assert.match((await first.textContent()) ?? '', /自动预检|人工审核|变更备案|接入备案/);
  assert.match((await first.textContent()) ?? '', /出处：004 §7\.3\.1 北京备案规则 · 企业用户/);
  await shot(page, '71-admin-rules');
  await page.getByText('个人', { exact: true }).click();
  await page.locator('[data-rule^="BJ/individual/"]').first().waitFor();
  assert.equal(await page.locator('[data-rule^="BJ/enterprise/"]').count(), 0);
  await page.locator('#rules-province').click();
  await page.keyboard.type('全部');
  await page.keyboard.press('Enter');
  await page.locator('.ant-segmented').getByText('全部', { exact: true }).click();
  await page.locator('#rules-search').fill('天津 同一');
  await page.locator('[data-rule^="TJ/"]').first().waitFor();
  assert.equal(
    await page.locator('[data-rule]').count(),
    await page.locator('[data-rule^="TJ/"]').count(),
    'the search finds only Tianjin rules',
  );
  await shot(page, '71b-admin-rules-search');

  // approved suffixes with their date and source
  await section(page, '域名后缀与注册商');
  await page.getByTestId('tlds-date').getByText(APPROVED_TLDS.retrieved).waitFor();
  assert.equal(await page.locator('.tld-tag').count(), APPROVED_TLDS.tlds.length);
  await page.locator('#tld-search').fill('.io');
  await page.getByText('不在批准的后缀中').waitFor();
  await page.locator('#tld-search').fill('');
  // registrars by domain (the WHOIS simulator): a seeded foreign registrar, then a domain entered here
  await page.locator('#whois-domain').fill('xinghe-abroad.com');
  await page.locator('#whois-domain').press('Enter');
  const record = page.getByTestId('whois-record');
  await record.getByText('NameCheap, Inc.').waitFor();
  await record.getByText('未获批复').waitFor();
  await page.locator('#whois-domain').fill('yunfan-admin.cn');
  await page.locator('#whois-domain').press('Enter');
  await page
    .getByTestId('whois-missing')
    .getByRole('button', { name: /录\s?入/ })
    .click();
  await page.locator('#whois-registrar').fill('阿里云计算有限公司（万网）');
  await page.locator('#whois-holder').fill('北京云帆数据科技有限公司');
  await page.getByRole('button', { name: '保存注册信息' }).click();
  await record.getByText('北京云帆数据科技有限公司').waitFor();
  await record.getByText('已获批复').waitFor();
  const whois = await session(server.url, 'admin@beian.local');
  const entered = await whois.json<{ facts: { holder: string } }>(
    'GET',
    '/admin/whois?domain=yunfan-admin.cn',
  );
  assert.equal(entered.facts.holder, '北京云帆数据科技有限公司');
  await shot(page, '72-admin-tlds');

  // the server-type catalog from GET /server-types
  await section(page, '服务器类型');
  await page.getByText('ECS实例').first().waitFor();
  await shot(page, '73-admin-server-types');

  // the calendar: 2027 is missing; mark New Year's Day and a Spring Festival week, save, the warning is gone
  await section(page, '工作日历');
  const warning = page.getByTestId('calendar-warning');
  await warning.getByText(/2027年的法定节假日/).waitFor();
  await warning.getByRole('button', { name: '录入2027年' }).click();
  await page.getByText('未录入：按周一至周五计算').waitFor();
  // a weekday: one click makes a holiday; a weekend day: 调休上班 first, a second click makes it a holiday
  for (const d of ['2027-01-01', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'])
    await page.locator(`[data-date="${d}"]`).click();
  for (const d of ['2027-02-06', '2027-02-07', '2027-02-13', '2027-02-14']) {
    await page.locator(`[data-date="${d}"]`).click();
    await page.locator(`[data-date="${d}"]`).click();
  }
  await page.locator('[data-date="2027-02-20"]').click();
  assert.equal(await page.locator('[data-date="2027-02-08"]').getAttribute('data-kind'), 'holiday');
  assert.equal(await page.locator('[data-date="2027-02-06"]').getAttribute('data-kind'), 'holiday');
  assert.equal(await page.locator('[data-date="2027-02-20"]').getAttribute('data-kind'), 'workday');
  await shot(page, '74-admin-calendar');
  await page.getByTestId('calendar-save').click();
  await page.getByText('管理员录入').waitFor();
  await page.getByText('今年和明年的节假日安排均已录入。').waitFor();
  const admin = await session(server.url, 'admin@beian.local');
  const saved = await admin.json<{ holidays: string[]; workdays: string[] }>('GET', '/admin/calendar/2027');
  assert.deepEqual(saved.workdays, ['2027-02-20']);
  assert.ok(saved.holidays.includes('2027-01-01') && saved.holidays.includes('2027-02-12'));

  // users and roles: a reviewer created
  await section(page, '用户与角色');
  await page.getByRole('button', { name: '新建账号' }).click();
  const email = `reviewer-${Date.now()}@beian.local`;
  await page.locator('#displayName').fill('赵初审');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill('reviewer2026');
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /创\s?建/ })
    .click();
  const created = page.locator('.ant-table-row', { hasText: email });
  await created.getByText('初审员').waitFor();
  await page.locator('.ant-modal').waitFor({ state: 'hidden' });
  await shot(page, '75-admin-accounts');
  await session(server.url, email, 'reviewer2026'); // the new account logs in

  // a server added to the demo applicant (the form shows whether it will qualify as it is filled)
  await section(page, '添加服务器');
  await page.locator('#ownerEmail').fill('applicant@beian.local');
  await page.locator('#instanceName').fill('i-2ze-admin-test');
  await page.getByText('满足备案要求：可申请备案服务号').waitFor();
  await page.getByText('按量付费', { exact: true }).click();
  await page.getByText('可以添加，但不能申请备案服务号').waitFor();
  await page.getByText('包年包月', { exact: true }).click();
  await page.getByRole('button', { name: '添加服务器' }).click();
  await page.getByTestId('server-added').getByText('i-2ze-admin-test').waitFor();
  await shot(page, '76-admin-servers');
  const applicant = await session(server.url, 'applicant@beian.local');
  const mine = await applicant.json<{ servers: { instanceName: string }[] }>('GET', '/servers');
  assert.ok(mine.servers.some((s) => s.instanceName === 'i-2ze-admin-test'));

  // the outbox
  await section(page, '发件箱');
  await page.getByRole('heading', { name: '发件箱' }).waitFor();
  await page.locator('.ant-table-row', { hasText: '139****3456' }).first().waitFor();
  await page.waitForTimeout(600); // the table's fade-in after loading, for the screenshot
  await shot(page, '77-admin-outbox');

  assert.deepEqual(errors, []);
});

test('the applicant downloads none of the consoles', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  await logIn(page, server.url, 'applicant@beian.local');
  await page.getByRole('heading', { name: '我的备案' }).waitFor();
  await page.goto(`${server.url}/verify`);
  await page.getByRole('heading', { name: '验证备案类型' }).waitFor();
  await page.goto(`${server.url}/receivers`);
  await page.waitForLoadState('networkidle');
  assert.ok(scripts.length > 0);
  assert.doesNotMatch(
    scripts.join(' '),
    /ReviewerConsole|BureauConsole|AdminConsole|QueuePage|ReviewOrderPage|BureauQueuePage|BureauOrderPage|RulesPage|CalendarPage|AccountsPage|ServersPage|OutboxPage|OrderDataView|MaterialsViewer|ReasonsDrawer/,
  );
  await context.close();
});
