/**
 * 备案后的业务 in a real browser against the real server: a Beijing individual's first filing is taken to its ICP
 * number through the API (review, curtain, push, the bureau); then, in the browser,
 * - 我的备案号 offers the changes and cancellations per subject and per website, and the 公安联网备案 block records
 *   a number (a malformed one refused in Chinese beside the field first);
 * - a 变更网站: the editor starts from the record, a finding appears beside the name as it is typed, the change
 *   shows before → after, the verification form is uploaded and the order submitted; the order's page shows the
 *   kind and the change; the reviewer console (initial review, push) and the bureau console (approval) show the
 *   kind and the before → after; the record then carries the new name;
 * - a 注销网站 of the only website: the 空壳主体 warning must be acknowledged before the submission goes through.
 * - a 变更主体 of the nature: a Beijing company made 个人 is refused beside 主办单位性质 (with the seed citation), the
 *   leader kept; a Tianjin individual becomes the company they legally represent (个人变单位) and the check passes;
 * - a 取消接入: the 空壳网站 warning acknowledged, the editor once in English, submitted; the order's abandon button
 *   names the kind (放弃取消接入, 放弃本次变更).
 * Screenshots of each new page at 1280 px and at phone width go to test/screenshots/ (60–69).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, shot } from './support/browser.js';
import {
  applicantWithServiceNumber,
  cardJpeg,
  individualOrder,
  logIn,
  session,
  submitThroughApi,
  type Session,
} from './support/consoles.js';
import { uscc } from './support/identities.js';
import { startServer, type RunningServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
const contexts: BrowserContext[] = [];

before(async () => {
  server = await startServer();
  ({ browser, close: closeBrowser } = await launch());
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await closeBrowser?.();
  await server?.stop();
});

async function open(errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  return page;
}

async function confirm(page: Page, ok: RegExp): Promise<void> {
  const pop = page.locator('.ant-popconfirm:visible');
  await pop.getByRole('button', { name: ok }).click();
  await pop.waitFor({ state: 'hidden' });
}

/** The page at phone width for one screenshot, then back. */
async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await shot(page, name);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForTimeout(300);
}

type Order = { id: string; state: string; version: number };

type Filed = { api: Session; icp: string; websiteIcp: string; domain: string };

/** An applicant whose order `data` (one website in Beijing) is taken to its ICP numbers through the API. */
async function filed(
  displayName: string,
  data: (serviceNumber: string, domain: string) => ReturnType<typeof individualOrder>,
  contact: { name: string; mobile: string },
  province: 'BJ' | 'TJ' = 'BJ',
): Promise<Filed> {
  const { api, serviceNumber } = await applicantWithServiceNumber(server.url, displayName, 'cn-beijing');
  const domain = `af${Date.now().toString(36)}.cn`;
  const order = data(serviceNumber, domain);
  const id = await submitThroughApi(api, order);
  const reviewer = await session(server.url, 'reviewer@beian.local');
  const stateOf = async () => (await api.json<{ order: Order }>('GET', `/orders/${id}`)).order.state;
  await reviewer.json('POST', `/orders/${id}/review/approve`);
  await api.json('POST', `/orders/${id}/verification/curtain-request`, {
    province,
    address: province === 'BJ' ? '北京市朝阳区文化路12号3单元501室' : '天津市和平区文化路12号3单元501室',
    recipient: contact.name,
    mobile: contact.mobile,
  });
  await reviewer.json('POST', `/orders/${id}/verification/curtain-request/shipment`, {
    carrier: '顺丰速运',
    trackingNumber: 'SF1402358866013',
  });
  await api.upload(
    `/orders/${id}/verification/curtain-photos`,
    {},
    await cardJpeg('幕布照片'),
    'curtain.jpg',
  );
  await reviewer.json('POST', `/orders/${id}/verification/curtain-photos/approve`, {});
  if ((await stateOf()) === 'awaiting_documents') {
    await api.json('POST', `/orders/${id}/mailed-documents`, {
      carrier: '中国邮政EMS',
      trackingNumber: '1151234567890',
    });
    await reviewer.json('POST', `/orders/${id}/mailed-documents/received`, {});
  }
  await reviewer.json('POST', `/orders/${id}/bureau-push`); // Beijing sends no SMS code; Tianjin does
  for (let i = 0; i < 60 && !['bureau_review', 'sms_verification'].includes(await stateOf()); i++)
    await new Promise((r) => setTimeout(r, 500));
  if ((await stateOf()) === 'sms_verification') {
    let code: string | undefined;
    for (let i = 0; i < 40 && !code; i++) {
      const { messages } = await api.json<{ messages: Array<{ text: string; orderId: string | null }> }>(
        'GET',
        '/outbox?channel=sms',
      );
      code = messages.map((m) => /短信核验码为(\d{6})/.exec(m.text)?.[1]).find(Boolean);
      if (!code) await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(code, 'the SMS code in the outbox');
    await api.json('POST', `/orders/${id}/sms-verification`, {
      code,
      mobile: contact.mobile,
      certificateTail: order.subject.leader.certificateNumber.slice(-6),
    });
  }
  const bureau = await session(server.url, 'bureau@beian.local');
  await bureau.json('POST', `/bureau/orders/${id}/approve`);
  const { record } = await api.json<{
    record: { icpNumber: string; websites: Array<{ icpNumber: string }> };
  }>('GET', '/filings/record');
  return { api, icp: record.icpNumber, websiteIcp: record.websites[0]!.icpNumber, domain };
}

const individual = () =>
  filed(
    '陈思远',
    (serviceNumber, domain) =>
      individualOrder(
        'BJ',
        { name: '陈思远', birth: '19910215', mobile: '13911072345' },
        { name: '陈思远的技术博客', domain },
        serviceNumber,
      ),
    { name: '陈思远', mobile: '13911072345' },
  );

/** A Beijing company (its legal representative leads it); `org` tells one company from another. */
const company = (org = 'MA02YF8K') =>
  filed(
    '北京云帆数据科技有限公司',
    (serviceNumber, domain) => {
      const base = individualOrder(
        'BJ',
        { name: '林云帆', birth: '19850923', mobile: '13911052233' },
        { name: '云帆数据企业官网', domain },
        serviceNumber,
      );
      return {
        subject: {
          ...base.subject,
          nature: 'enterprise',
          name: '北京云帆数据科技有限公司',
          certificate: {
            type: 'business_license',
            number: uscc('110105', org),
            address: '北京市朝阳区建国路88号',
            addressProvince: 'BJ',
          },
          investor: '林云帆',
          legalRepresentative: { name: '林云帆', region: 'mainland' },
          leader: { ...base.subject.leader, isLegalRepresentative: true },
        },
        websites: base.websites.map((w) => ({ ...w, serviceContent: 'general' })),
      };
    },
    { name: '林云帆', mobile: '13911052233' },
  );

/** Opens a website's 变更 / 注销 menu on 我的备案号 and picks `item`. */
async function websiteAction(page: Page, icp: string, item: string): Promise<void> {
  await page.locator(`[data-actions="${icp}"]`).click();
  await page.locator('.ant-dropdown-menu-item', { hasText: item }).click();
}

test('变更网站 through both consoles, 注销网站 with the 空壳主体 warning, and the 公安联网备案号', async () => {
  const errors: string[] = [];
  const { api, icp, websiteIcp } = await individual();
  const page = await open(errors);
  await logIn(page, server.url, api.email, 'applicant2026');

  // ---------------------------------------------------------------- 我的备案号: actions and 公安联网备案
  await page.goto(`${server.url}/filings`);
  await page.getByTestId('subject-icp').getByText(icp).waitFor();
  const psb = page.locator(`[data-psb="${websiteIcp}"]`);
  await psb
    .getByTestId('psb-due')
    .getByText(/剩余30天|剩余29天/)
    .waitFor();
  await page.locator('[data-action="change_subject"]').waitFor();
  await page.locator('[data-action="cancel_subject"]').waitFor();
  await shot(page, '60-af-filings');
  await phoneShot(page, '61-af-phone-filings');

  await psb.locator('input').fill('11010502030000');
  await psb.getByRole('button', { name: /登\s?记/ }).click();
  await psb.getByText('格式应为“省份简称 + 公网安备 + 14位数字 + 号”', { exact: false }).waitFor();
  await shot(page, '62-af-public-security-error');
  await psb.locator('input').fill('京公网安备11010502030001号');
  await psb.locator('input').press('Enter'); // the keyboard submits the form
  await psb.getByTestId('psb-number').getByText('京公网安备11010502030001号').waitFor();
  assert.equal(await psb.getByTestId('psb-due').count(), 0, 'no due date once recorded');
  const recorded = await api.json<{ record: { websites: Array<{ publicSecurityNumber: string | null }> } }>(
    'GET',
    '/filings/record',
  );
  assert.equal(recorded.record.websites[0]!.publicSecurityNumber, '京公网安备11010502030001号');

  // ---------------------------------------------------------------- 变更网站 in the editor
  await websiteAction(page, websiteIcp, '变更网站');
  await page.waitForURL(/\/after-filing\/new\?kind=change_website/);
  const name = page.locator('#f-websites-0-name');
  assert.equal(await name.inputValue(), '陈思远的技术博客', 'prefilled from the record');
  assert.ok(await page.locator('#f-websites-0-domains-0').isDisabled(), 'the domain stays');
  await page.getByTestId('after-filing-changes').getByText('还没有修改任何信息').waitFor();
  await name.fill('陈思远的论坛');
  const finding = page.locator('[data-path="websites[0].name"] [data-code="WEBSITE_NAME_INVALID"]');
  await finding.getByText(/个人网站名称不能包含“论坛”/).waitFor();
  await page.waitForURL(/\/after-filing\/[0-9a-f-]{36}/); // the first change created the draft
  await shot(page, '63-af-change-website-finding');
  await name.fill('陈思远的读书笔记');
  await finding.waitFor({ state: 'detached' });
  const row = page.locator('[data-change="websites[0].name"]');
  await row.getByText('陈思远的技术博客').waitFor();
  await row.getByText('陈思远的读书笔记').waitFor();
  await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 15_000 });
  const orderId = /\/after-filing\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await shot(page, '64-af-change-website');
  await phoneShot(page, '65-af-phone-change-website');

  await page.getByRole('button', { name: /下一步：上传资料/ }).click();
  await page.locator('[data-required="verification_form"]').waitFor();
  const slots = page.locator('[data-required] .material-slot');
  for (let i = 0; i < (await slots.count()); i++) {
    const slot = slots.nth(i);
    const code = await slot.getAttribute('data-material');
    await slot.locator('input[type=file]').setInputFiles({
      name: `${code}.jpg`,
      mimeType: 'image/jpeg',
      buffer:
        code === 'verification_form' ? await cardJpeg('真实性核验单', 1240, 1754) : await cardJpeg(code!),
    });
    await slot.locator('img').waitFor({ timeout: 20_000 });
  }
  await page.getByRole('button', { name: /下一步：提交/ }).click();
  await page.getByText('检查通过：可以提交').waitFor();
  await page.locator('#f-confirm').check();
  await page.getByRole('button', { name: /提交变更网站/ }).click();
  await page.waitForURL(new RegExp(`/orders/${orderId}$`));
  await page.getByTestId('after-filing-kind').getByText('变更网站').first().waitFor();
  await page.locator('[data-change="websites[0].name"]').getByText('陈思远的读书笔记').waitFor();
  await page.locator('.ant-tag', { hasText: '待初审' }).first().waitFor();
  await shot(page, '66-af-order-progress');
  await phoneShot(page, '66b-af-phone-order-progress');

  // my orders: the kind
  await page.goto(`${server.url}/`);
  await page
    .locator(`.order-row[data-order="${orderId}"]`)
    .getByText(/变更网站/)
    .waitFor();

  // ---------------------------------------------------------------- the reviewer: kind, before → after, push
  const reviewer = await open(errors);
  await logIn(reviewer, server.url, 'reviewer@beian.local');
  await reviewer.goto(`${server.url}/review`);
  await reviewer.locator(`tr[data-order="${orderId}"]`).getByText('变更网站').waitFor();
  await reviewer.goto(`${server.url}/review/orders/${orderId}`);
  const changes = reviewer.getByTestId('after-filing-changes');
  await changes.locator('[data-change="websites[0].name"]').getByText('陈思远的技术博客').waitFor();
  await reviewer.locator('.console-page-head').getByText('变更网站').waitFor();
  await shot(reviewer, '67-af-review-order');
  await reviewer.getByTestId('approve-initial').click();
  await confirm(reviewer, /初审通过/);
  await reviewer.locator('.console-page-head .ant-tag', { hasText: '待提交管局' }).waitFor();
  await reviewer.getByTestId('push-to-bureau').click();
  await confirm(reviewer, /提交管局/);
  await reviewer.locator('.console-page-head .ant-tag', { hasText: '管局审核中' }).waitFor();

  // ---------------------------------------------------------------- the bureau: kind, before → after, approval
  const bureau = await open(errors);
  await logIn(bureau, server.url, 'bureau@beian.local');
  await bureau.goto(`${server.url}/bureau/orders/${orderId}`);
  await bureau
    .getByTestId('after-filing-changes')
    .locator('[data-change="websites[0].name"]')
    .getByText('陈思远的读书笔记')
    .waitFor();
  await bureau.locator('.console-page-head').getByText('变更网站').waitFor();
  await shot(bureau, '68-af-bureau-order');
  await bureau.getByTestId('bureau-approve').click();
  await confirm(bureau, /审核通过/);
  await bureau.getByText('审核通过：变更网站已办结').waitFor();

  // the record takes the change
  await page.goto(`${server.url}/filings`);
  await page.getByText('陈思远的读书笔记').first().waitFor();
  const afterChange = await api.json<{ order: Order }>('GET', `/orders/${orderId}`);
  assert.equal(afterChange.order.state, 'approved');

  // ---------------------------------------------------------------- 注销网站: the 空壳主体 warning acknowledged
  await websiteAction(page, websiteIcp, '注销网站');
  await page.waitForURL(/kind=cancel_website/);
  assert.ok(await page.locator(`[data-target="${websiteIcp}"]`).isChecked(), 'the website chosen');
  const ack = page.getByTestId('acknowledgement');
  await ack
    .locator('[data-code="SHELL_SUBJECT"]')
    .getByText(/空壳主体/)
    .waitFor();
  await ack.locator('[data-code="CANCEL_IRREVERSIBLE"]').waitFor();
  await shot(page, '69-af-cancel-website');
  await phoneShot(page, '69b-af-phone-cancel-website');
  // without the acknowledgement the submission step lists it, and the server refuses
  await page.getByRole('button', { name: /下一步：上传资料/ }).click();
  await page.getByText('本次办理无需上传资料').waitFor();
  await page.getByRole('button', { name: /下一步：提交/ }).click();
  await page.getByTestId('submit-errors').locator('[data-code="ACKNOWLEDGEMENT_REQUIRED"]').waitFor();
  await page.getByRole('button', { name: /上一步/ }).click();
  await page.getByRole('button', { name: /上一步/ }).click();
  await ack
    .locator('[data-path="declarations.acknowledged"] [data-code="ACKNOWLEDGEMENT_REQUIRED"]')
    .waitFor();
  await ack.getByText('我已阅读以上提示').click();
  await ack.locator('[data-code="ACKNOWLEDGEMENT_REQUIRED"]').waitFor({ state: 'detached' });
  await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: /下一步：上传资料/ }).click();
  await page.getByRole('button', { name: /下一步：提交/ }).click();
  await page.getByText('检查通过：可以提交').waitFor();
  await page.getByTestId('after-filing-changes').locator(`[data-number="${websiteIcp}"]`).waitFor();
  await shot(page, '69c-af-cancel-submit-step');
  await page.locator('#f-confirm').check();
  await page.getByRole('button', { name: /提交注销网站/ }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
  await page.getByTestId('after-filing-kind').getByText('注销网站').first().waitFor();
  await page.getByTestId('after-filing-changes').locator(`[data-number="${websiteIcp}"]`).waitFor();
  await page.getByTestId('after-filing-declarations').getByText('已确认', { exact: true }).waitFor();
  await shot(page, '69d-af-cancel-submitted');

  assert.deepEqual(errors, []);
});

test('the other editors: 注销主体 warns, 变更接入 asks the new service number, a unit’s new name asks whether it is related', async () => {
  const errors: string[] = [];
  const { api, icp, websiteIcp } = await company();
  const page = await open(errors);
  await logIn(page, server.url, api.email, 'applicant2026');

  // 注销主体: everything under the subject goes; the warnings and the acknowledgement (nothing saved by looking)
  await page.goto(`${server.url}/filings`);
  await page.locator('[data-action="cancel_subject"]').click();
  await page.waitForURL(/kind=cancel_subject/);
  await page
    .getByTestId('acknowledgement')
    .locator('[data-code="CANCEL_IRREVERSIBLE"]')
    .getByText(icp)
    .waitFor();
  await page.locator('[data-testid="save-status"][data-kind="new"]').waitFor();
  await shot(page, '69e-af-cancel-subject');

  // 变更接入 from the website's menu, by keyboard: the website as filed and the new 备案服务号
  await page.goto(`${server.url}/filings`);
  await page.locator(`[data-actions="${websiteIcp}"]`).focus();
  await page.keyboard.press('Enter');
  const menu = page.locator('.ant-dropdown-menu');
  await menu.waitFor();
  const active = menu.locator('.ant-dropdown-menu-item-active, .ant-dropdown-menu-item:focus-visible');
  const activeText = async () =>
    (await active
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => '')) ?? '';
  for (let i = 0; i < 4 && !/变更接入/.test(await activeText()); i++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(100);
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/kind=change_access/);
  await page.locator('#f-websites-0-access-serviceNumber').waitFor();
  await shot(page, '69f-af-change-access');

  // 变更主体: a new unit name asks whether the units are related; related, a 变更证明 is required
  await page.goto(`${server.url}/filings`);
  await page.locator('[data-action="change_subject"]').click();
  await page.waitForURL(/kind=change_subject/);
  assert.equal(await page.locator('#f-subject-name').inputValue(), '北京云帆数据科技有限公司');
  await page.locator('#f-subject-name').fill('北京云帆智能科技有限公司');
  const question = page.getByTestId('name-change');
  await question
    .locator('[data-path="declarations.nameChangeRelated"] [data-code="CHANGE_DECLARATION_MISSING"]')
    .waitFor();
  await page.locator('[data-change="subject.name"]').getByText('北京云帆智能科技有限公司').waitFor();
  await question.getByText('有关联：是同一单位更名').click();
  await question.locator('[data-code="CHANGE_DECLARATION_MISSING"]').waitFor({ state: 'detached' });
  await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 15_000 });
  await shot(page, '69g-af-change-subject');
  await phoneShot(page, '69h-af-phone-change-subject');
  await page.getByRole('button', { name: /下一步：上传资料/ }).click();
  await page.locator('[data-required="change_proof"]').waitFor();
  await shot(page, '69i-af-change-subject-materials');
  assert.deepEqual(errors, []);
});

/** Picks `label` in the antd select of the field at `path`. */
async function choose(page: Page, path: string, label: string): Promise<void> {
  await page.locator(`[data-path="${path}"] .ant-select`).first().click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

test('变更主体 of the holder or the nature: 北京 refuses a unit becoming an individual; 天津 lets an individual become the company they legally represent', async () => {
  const errors: string[] = [];

  // 北京, a company: 主办单位性质 → 个人 is refused beside the field, with its seed citation; the leader stays
  const bj = await company('MA03KL7N');
  const page = await open(errors);
  await logIn(page, server.url, bj.api.email, 'applicant2026');
  await page.goto(`${server.url}/filings`);
  await page.locator('[data-action="change_subject"]').click();
  await page.waitForURL(/kind=change_subject/);
  assert.equal(
    await page.locator('#f-subject-certificate-number').inputValue(),
    uscc('110105', 'MA03KL7N'),
    'the certificate as filed, editable',
  );
  await choose(page, 'subject.nature', '个人');
  const refusal = page.locator('[data-path="subject.nature"] [data-code="CHANGE_UNIT_TO_INDIVIDUAL"]');
  await refusal.getByText(/请注销原备案后以个人重新备案/).waitFor();
  assert.match((await refusal.locator('.finding-citation').textContent()) ?? '', /依据：004 §7.+北京/);
  // the fields of an individual: the leader as the person, no investor nor legal representative
  assert.equal(await page.locator('#f-subject-name').inputValue(), '林云帆');
  assert.equal(await page.locator('#f-subject-leader-mobile').inputValue(), '13911052233', 'the leader kept');
  assert.equal(await page.locator('#f-subject-investor').count(), 0);
  await page.locator('[data-change="subject.nature"]').waitFor();
  await shot(page, '69j-af-change-nature-refused');
  // back to 企业: the unit's fields again, the refusal gone
  await choose(page, 'subject.nature', '企业');
  await refusal.waitFor({ state: 'detached' });
  await page.locator('#f-subject-investor').waitFor();
  assert.equal(await page.locator('#f-subject-leader-mobile').inputValue(), '13911052233');

  // 天津, an individual: 个人变单位 as the new company's legal representative and subject leader passes
  const tj = await filed(
    '赵明轩',
    (serviceNumber, domain) =>
      individualOrder(
        'TJ',
        { name: '赵明轩', birth: '19880612', mobile: '13612081234' },
        { name: '赵明轩的摄影日记', domain },
        serviceNumber,
      ),
    { name: '赵明轩', mobile: '13612081234' },
    'TJ',
  );
  const tjPage = await open(errors);
  await logIn(tjPage, server.url, tj.api.email, 'applicant2026');
  await tjPage.goto(`${server.url}/filings`);
  await tjPage.locator('[data-action="change_subject"]').click();
  await tjPage.waitForURL(/kind=change_subject/);
  await choose(tjPage, 'subject.nature', '企业');
  await tjPage.locator('#f-subject-name').fill('天津明轩影像科技有限公司');
  await tjPage.locator('#f-subject-certificate-number').fill(uscc('120102', 'MA0TJ7K2'));
  await tjPage.locator('#f-subject-certificate-address').fill('天津市和平区文化路12号');
  await tjPage.locator('#f-subject-investor').fill('赵明轩');
  await tjPage.locator('#f-subject-legalRepresentative-name').fill('赵明轩');
  // not yet the legal representative: 个人备案只有在已备案的个人是该单位的法定代表人时才能变更为单位
  const person = tjPage.locator(
    '[data-path="subject.leader.isLegalRepresentative"] [data-code="CHANGE_OF_PERSON"]',
  );
  await person
    .getByText(/法定代表人/)
    .first()
    .waitFor();
  assert.match((await person.locator('.finding-citation').textContent()) ?? '', /依据：.+/);
  await shot(tjPage, '69k-af-individual-to-unit-finding');
  await tjPage.locator('#f-subject-leader-isLegalRepresentative').check();
  await person.waitFor({ state: 'detached' });
  await tjPage.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 15_000 });
  const live = tjPage.locator('li[data-severity="error"]');
  assert.deepEqual(
    await live.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}: ${e.textContent}`)),
    [],
    'the after-filing check passes',
  );
  assert.equal(await tjPage.getByTestId('name-change').count(), 0, 'no rename question for 个人变单位');
  await tjPage.locator('[data-change="subject.nature"]').waitFor();
  await shot(tjPage, '69l-af-individual-to-unit');
  // the order's page: its abandon button says what is given up
  const orderId = /\/after-filing\/([0-9a-f-]{36})/.exec(tjPage.url())![1]!;
  await tjPage.goto(`${server.url}/orders/${orderId}`);
  await tjPage.getByTestId('abandon').getByText('放弃本次变更').waitFor();
  assert.deepEqual(errors, []);
});

test('取消接入: the 空壳网站 warning acknowledged, submitted; the editor in English', async () => {
  const errors: string[] = [];
  const { api, websiteIcp } = await individual();
  const page = await open(errors);
  await logIn(page, server.url, api.email, 'applicant2026');
  await page.goto(`${server.url}/filings`);
  await websiteAction(page, websiteIcp, '取消接入');
  await page.waitForURL(/kind=cancel_access/);
  assert.ok(await page.locator(`[data-target="${websiteIcp}"]`).isChecked(), 'the website chosen');
  const ack = page.getByTestId('acknowledgement');
  await ack
    .locator('[data-code="SHELL_WEBSITE"]')
    .getByText(/空壳网站/)
    .waitFor();
  await shot(page, '69m-af-cancel-access');
  await ack.getByText('我已阅读以上提示').click();
  await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 15_000 });

  // the editor in English, once
  await page.evaluate(() => localStorage.setItem('beian.lang', 'en'));
  await page.reload();
  await page.getByText('Before you go on').waitFor();
  await page.getByText('I have read the above and still want to go on.').waitFor();
  await shot(page, '69n-af-cancel-access-english');
  await page.evaluate(() => localStorage.setItem('beian.lang', 'zh'));
  await page.reload();

  await page.getByRole('button', { name: /下一步：上传资料/ }).click();
  await page.getByRole('button', { name: /下一步：提交/ }).click();
  await page.getByText('检查通过：可以提交').waitFor();
  await page.locator('#f-confirm').check();
  await page.getByRole('button', { name: /提交取消接入/ }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
  await page.getByTestId('after-filing-kind').getByText('取消接入').first().waitFor();
  await page.getByTestId('after-filing-changes').locator(`[data-number="${websiteIcp}"]`).waitFor();
  await page.getByTestId('after-filing-declarations').getByText('已确认', { exact: true }).waitFor();
  await page.getByTestId('abandon').getByText('放弃取消接入').waitFor();
  await shot(page, '69o-af-cancel-access-submitted');
  assert.deepEqual(errors, []);
});
