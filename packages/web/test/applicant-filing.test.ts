/**
 * The applicant's first filing in a real browser against the real server: register → 验证备案类型 → the order
 * wizard, where a Beijing rule (the .io suffix is not accepted there) appears beside the domain field as it is
 * typed and goes away when fixed → materials (the missing ones named before submitting) → submit → the order's
 * progress. Screenshots of each main page
 * go to test/screenshots/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import type { Browser, Page, Response } from 'playwright-core';
import { launch, shot } from './support/browser.js';
import { residentId, uscc } from './support/identities.js';
import { noisePng } from './support/png.js';
import { apiAs, CAPTCHA, DEMO_PASSWORD, REPO, startServer, type RunningServer } from './support/server.js';

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

/** Chooses an option of an antd Select by typing part of its label. */
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

async function savedToServer(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 15_000 });
}

test('a Beijing enterprise files its first website, a province rule shown beside the domain as it is typed', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  // 登录 page, then 注册
  await page.goto(server.url);
  await page.waitForURL(/\/login$/);
  await page.getByRole('button', { name: /登\s?录/ }).waitFor();
  await shot(page, '01-login');
  await page.getByRole('link', { name: '注册' }).click();
  const email = `xinghe-${Date.now()}@example.cn`;
  await page.locator('#displayName').fill('北京星河互联科技有限公司');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill('xinghe2026');
  await shot(page, '02-register');
  await page.getByRole('button', { name: /注册并登录/ }).click();
  await page.getByText('还没有备案订单').waitFor();
  await shot(page, '03-home-empty');

  // the new account holds a server (an admin adds it, as a purchase would)
  const admin = await apiAs(server.url, 'admin@beian.local', DEMO_PASSWORD);
  await admin('POST', '/admin/servers', {
    ownerEmail: email,
    typeCode: 'ecs',
    instanceName: 'i-bp1xhhl01',
    region: 'cn-beijing',
    mainland: true,
    billing: 'prepaid',
    prepaidMonths: 12,
    expiresOn: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
    publicBandwidthMbps: 5,
  });

  // 验证备案类型
  await page
    .getByRole('link', { name: /验证备案类型/ })
    .first()
    .click();
  await choose(page, 'province', '北京');
  await choose(page, 'certificateType', '营业执照');
  const unitNumber = uscc('110108', 'MA01XH7W');
  await page.locator('#certificateNumber').fill(unitNumber);
  await page.locator('#domains_0').fill('xinghehulian.cn');
  await page.locator('#captchaAnswer').fill(CAPTCHA);
  await page.getByRole('button', { name: '验证备案类型' }).click();
  const result = page.getByTestId('verify-result');
  await result.getByText('备案类型：首次备案').waitFor();
  await shot(page, '04-verify-type');
  await result.getByRole('button', { name: '开始填写备案信息' }).click();

  // 主体信息
  await page.waitForURL(/\/orders\/new/);
  await page.locator('#f-subject-name').fill('北京星河互联科技有限公司');
  // nothing is lost on a reload mid-wizard
  await page.reload();
  assert.equal(await page.locator('#f-subject-name').inputValue(), '北京星河互联科技有限公司');
  await page.locator('#f-subject-investor').fill('周明');
  await page.locator('#f-subject-certificate-address').fill('北京市海淀区中关村大街27号');
  await page.locator('#f-subject-mailingAddress-text').fill('北京市海淀区中关村大街27号8层801室');
  await page.locator('#f-subject-legalRepresentative-name').fill('周明');
  await page.locator('#f-subject-leader-name').fill('周明');
  await page.locator('#f-subject-leader-certificateNumber').fill(residentId('110108', '19860415'));
  await page
    .locator('[data-path="subject.leader.certificateValidUntil"]')
    .getByText('长期', { exact: true })
    .click();
  await page.locator('#f-subject-leader-mobile').fill('13901020304');
  await page.locator('#f-subject-leader-email').fill('zhouming@example.cn');
  await page.locator('#f-subject-leader-isLegalRepresentative').check();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}\/edit/);
  await savedToServer(page);
  await shot(page, '05-wizard-subject');

  // a save that fails keeps the change in this browser, survives a reload, and is retried
  await page.route('**/api/v1/orders/*', (route) =>
    route.request().method() === 'PUT' ? route.abort('connectionrefused') : route.continue(),
  );
  await page.locator('#f-subject-remark').fill('办公地址与证件住所相同');
  await page.locator('[data-testid="save-status"][data-kind="retrying"]').waitFor({ timeout: 15_000 });
  await page.reload();
  assert.equal(await page.locator('#f-subject-remark').inputValue(), '办公地址与证件住所相同');
  await page.getByText('已恢复本机尚未保存到服务器的修改').waitFor();
  await page.unroute('**/api/v1/orders/*');
  await savedToServer(page);

  // 网站信息: the domain is checked by Beijing's rules as it is typed
  await page.getByRole('button', { name: /下一步：网站信息/ }).click();
  await page.locator('#f-websites-0-name').fill('星河互联企业官网');
  const domainField = page.locator('[data-path="websites[0].domains[0]"]');
  const domain = page.locator('#f-websites-0-domains-0');
  await domain.fill('');
  await domain.pressSequentially('xinghehulian.io', { delay: 20 });
  const finding = domainField.locator('[data-code="TLD_NOT_ACCEPTED_BY_PROVINCE"]');
  await finding.waitFor();
  assert.match((await finding.textContent()) ?? '', /依据：004 §7\.3\.1/);
  await shot(page, '06-wizard-finding-beside-domain');
  await domain.fill('');
  await domain.pressSequentially('xinghehulian.cn', { delay: 20 });
  await finding.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: /在 i-bp1xhhl01 上申请备案服务号/ }).click();
  await page.waitForFunction(
    () =>
      (document.getElementById('f-websites-0-access-serviceNumber') as HTMLInputElement | null)?.value.length,
  );
  await savedToServer(page);
  await shot(page, '07-wizard-websites');

  // 上传资料: the list from the precheck, one upload with its preview
  await page.getByRole('button', { name: /下一步：上传资料/ }).click();
  await page.locator('[data-required="subject_leader_id"]').waitFor();
  await page.locator('[data-required="verification_form"]').waitFor();
  const slot = page.locator('[data-material="subject_leader_id"][data-side="front"]');
  await slot
    .locator('input[type=file]')
    .setInputFiles({ name: 'id-front.png', mimeType: 'image/png', buffer: noisePng(600, 380) });
  await slot.locator('img').waitFor();
  await shot(page, '08-wizard-materials');

  // 提交 too early: the wizard's precheck counts the uploads as the server will, and names what is missing
  await page.getByRole('button', { name: /下一步：提交/ }).click();
  const missing = page.getByTestId('submit-errors');
  await missing.waitFor();
  const listed = (await missing.textContent()) ?? '';
  assert.match(listed, /缺少《主体负责人证件》/, 'the ID has no back yet');
  assert.match(listed, /缺少《网站备案信息真实性核验单》/);
  await shot(page, '08b-wizard-materials-missing');

  // back to 上传资料: every slot still empty gets its image, until every required material is uploaded
  await page.getByRole('button', { name: '上一步' }).click();
  await page.locator('[data-required="verification_form"] .material-slot').waitFor();
  const empty = '[data-required] .material-slot:not(:has(img))';
  for (let left = await page.locator(empty).count(); left > 0; left--) {
    await page
      .locator(empty)
      .first()
      .locator('input[type=file]')
      .setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: noisePng(600, 380) });
    await page.waitForFunction(
      ([sel, n]) => document.querySelectorAll(sel as string).length < (n as number),
      [empty, left] as const,
    );
  }
  assert.equal(await page.locator('[data-required][data-done="false"]').count(), 0);

  // 提交
  await page.getByRole('button', { name: /下一步：提交/ }).click();
  await page.getByText('预检通过：可以提交初审').waitFor();
  await page.locator('#f-confirm').check();
  await shot(page, '09-wizard-submit');
  await page.getByRole('button', { name: /提交备案/ }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
  await page.locator('.ant-tag', { hasText: '待初审' }).first().waitFor();
  await page.getByText('提交初审').first().waitFor();
  await shot(page, '10-order-progress');

  // the reviewer rejects with a reason on the website's name: the applicant sees it by its field, fixes, resubmits
  const orderId = /\/orders\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
  const reviewer = await apiAs(server.url, 'reviewer@beian.local', DEMO_PASSWORD);
  await reviewer('POST', `/orders/${orderId}/review/reject`, {
    reasons: [{ path: 'websites[0].name', message: '网站名称须体现网站内容：请改为“星河互联科技官网”。' }],
  });
  await page.reload();
  await page.getByTestId('reasons').getByText('网站1 · 名称').waitFor();
  await shot(page, '13-order-rejected');
  await page.getByRole('button', { name: '修改并重新提交' }).click();
  await page
    .getByRole('button', { name: /网站信息/ })
    .first()
    .click();
  const reason = page.locator('[data-path="websites[0].name"] [data-source="reason"]');
  await reason.waitFor();
  assert.match((await reason.textContent()) ?? '', /审核驳回：网站名称须体现网站内容/);
  await page.locator('#f-websites-0-name').fill('星河互联科技官网');
  await savedToServer(page);
  await shot(page, '14-wizard-reason-beside-field');
  await page.getByRole('button', { name: /下一步：上传资料/ }).click();
  await page.getByRole('button', { name: /下一步：提交/ }).click();
  await page.getByText('预检通过：可以提交初审').waitFor();
  await page.locator('#f-confirm').check();
  await page.getByRole('button', { name: /提交备案/ }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
  await page.locator('.ant-tag', { hasText: '待初审' }).first().waitFor();

  await page.getByRole('link', { name: '我的备案' }).click();
  const row = page.locator('.order-row').first();
  await row.waitFor();
  assert.match((await row.textContent()) ?? '', /待初审.*当前步骤截止：.*剩余1个工作日/);
  await shot(page, '11-home-orders');

  // 消息接收人
  await page.getByRole('link', { name: '消息接收人' }).click();
  await page
    .getByRole('button', { name: /新增接收人/ })
    .first()
    .click();
  await page.locator('#name').fill('李静');
  await page.locator('#email').fill('lijing@example.cn');
  await page.locator('#position').fill('运维主管');
  await page.getByRole('button', { name: /保\s?存/ }).click();
  await page.locator('.ant-table-row', { hasText: 'lijing@example.cn' }).waitFor();
  await page.locator('.ant-modal').waitFor({ state: 'hidden' });
  await page.locator('.ant-table-row', { hasText: '待验证' }).waitFor();
  await shot(page, '12-receivers');

  assert.deepEqual(errors, []);
  await context.close();
});

test('the applicant portal at phone width: a Tianjin rule beside its field, and English', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.locator('#email').fill('applicant@beian.local');
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s?录/ }).click();
  await page.getByRole('heading', { name: '我的备案' }).waitFor();
  await shot(page, '20-phone-home');
  await page.goto(`${server.url}/verify`);
  await page.getByRole('heading', { name: '验证备案类型' }).waitFor();
  await shot(page, '21-phone-verify');

  // a Tianjin unit's draft (kept in this browser, as 验证备案类型 leaves it): 同主体负责人 breaks a Tianjin rule
  const example = JSON.parse(
    readFileSync(join(REPO, '../shared/spec/examples/tj-same-leader.json'), 'utf8'),
  ) as { input: { subject: unknown; websites: { access?: unknown }[] } };
  await page.evaluate(
    async ({ subject, websites }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { account: { id: string } };
      localStorage.setItem(
        `beian.draft.${me.account.id}.new`,
        JSON.stringify({
          data: { subject, websites },
          dirty: true,
          filingType: 'first_filing',
          updatedAt: '',
        }),
      );
    },
    {
      subject: example.input.subject,
      websites: example.input.websites.map((w) => ({ ...w, access: { serviceNumber: '' } })),
    },
  );
  await page.goto(`${server.url}/orders/new?step=1`);
  const same = page.getByText('同主体负责人', { exact: true });
  await same.click();
  await same.click();
  const leader = page.locator('[data-path="websites[0].leader"] [data-code="LEADERS_MUST_DIFFER"]');
  await leader.waitFor();
  assert.match((await leader.textContent()) ?? '', /依据：.*天津/);
  await shot(page, '23-phone-wizard-tianjin-leaders');
  await same.click();
  await leader.waitFor({ state: 'detached' });

  await page.goto(`${server.url}/verify`);
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('heading', { name: 'Verify the filing type' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Verify the filing type' }).waitFor();
  await shot(page, '22-phone-verify-english');
  await context.close();
});

/** The JavaScript a page loads: each file's name and its gzipped size. */
async function scriptsOf(page: Page, go: () => Promise<void>): Promise<{ name: string; gz: number }[]> {
  const scripts: Promise<{ name: string; gz: number }>[] = [];
  const onResponse = (r: Response) => {
    if (r.url().endsWith('.js'))
      scripts.push(
        r.body().then((b) => ({ name: new URL(r.url()).pathname, gz: gzipSync(b, { level: 9 }).length })),
      );
  };
  page.on('response', onResponse);
  await go();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return Promise.all(scripts);
}

test('the first page downloads no portal it does not show (gzipped JavaScript measured)', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const kb = (list: { gz: number }[]) => Math.round(list.reduce((n, s) => n + s.gz, 0) / 102.4) / 10;

  const login = await scriptsOf(page, async () => {
    await page.goto(`${server.url}/login`);
    await page.locator('#email').waitFor();
  });
  await page.locator('#email').fill('applicant@beian.local');
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s?录/ }).click();
  await page.getByRole('heading', { name: '我的备案' }).waitFor();
  const home = await scriptsOf(page, async () => {
    await page.reload();
    await page.getByRole('heading', { name: '我的备案' }).waitFor();
  });
  t.diagnostic(`first page (log in): ${kb(login)} KB of gzipped JavaScript in ${login.length} files`);
  t.diagnostic(`applicant home (reload): ${kb(home)} KB of gzipped JavaScript in ${home.length} files`);
  for (const list of [login, home]) {
    const names = list.map((s) => s.name).join(' ');
    assert.doesNotMatch(names, /ReviewerConsole|BureauConsole|AdminConsole|WizardPage/);
  }
  assert.doesNotMatch(login.map((s) => s.name).join(' '), /ApplicantPortal|HomePage/);
  assert.ok(kb(home) < 400, `the applicant's first page should stay under 400 KB gzipped, is ${kb(home)} KB`);
  await context.close();
});
