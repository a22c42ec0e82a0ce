/**
 * The applicant's stages after submission, in a real browser against the real server: a Zhejiang individual
 * (Zhejiang sends the bureau's SMS code) requests the curtain on the order page, sees it shipped and uploads
 * nothing by hand (the photo goes through the API); the reviewer's parts go through the HTTP API; at the SMS step
 * the applicant reads the code in the notice centre's outbox and enters it; the order moves to the bureau, which
 * approves, and 我的备案号 shows the numbers. Screenshots in test/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, shot } from './support/browser.js';
import {
  applicantWithServiceNumber,
  cardJpeg,
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

type Order = { id: string; state: string; data: { subject: { leader: { certificateNumber: string } } } };

test('a Zhejiang order: curtain, SMS code read in the notice centre, ICP numbers', async () => {
  const { api, serviceNumber } = await applicantWithServiceNumber(server.url, '陈晓峰', 'cn-hangzhou');
  const mobile = '13857112345';
  const data = individualOrder(
    'ZJ',
    { name: '陈晓峰', birth: '19900312', mobile },
    { name: '晓峰的技术笔记', domain: `xf${Date.now().toString(36)}.cn` },
    serviceNumber,
  );
  const orderId = await submitThroughApi(api, data);
  const reviewer = await session(server.url, 'reviewer@beian.local');
  await reviewer.json('POST', `/orders/${orderId}/review/approve`);
  const stateOf = async () => (await api.json<{ order: Order }>('GET', `/orders/${orderId}`)).order;

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await logIn(page, server.url, api.email, 'applicant2026');

  // 幕布拍照: request the curtain (a field error from the form first), see it shipped, the photo uploaded
  await page.goto(`${server.url}/orders/${orderId}`);
  const form = page.getByTestId('curtain-form');
  await form.waitFor();
  await form.locator('textarea').fill('杭州');
  await form.getByRole('button', { name: '申请幕布' }).click();
  await form.getByText('收件地址须具体到街道和门牌号').waitFor();
  await form.locator('textarea').fill('浙江省杭州市西湖区文三路90号5层501室');
  await form.locator('input').nth(1).fill('陈晓峰');
  await form.locator('input').nth(2).fill(mobile);
  await form.getByRole('button', { name: '申请幕布' }).click();
  await page.getByTestId('curtain-request').waitFor();
  await reviewer.json('POST', `/orders/${orderId}/verification/curtain-request/shipment`, {
    carrier: '顺丰速运',
    trackingNumber: 'SF1402358866012',
  });
  await api.upload(
    `/orders/${orderId}/verification/curtain-photos`,
    {},
    await cardJpeg('幕布照片'),
    'curtain.jpg',
  );
  await page.reload();
  await page.getByTestId('curtain-shipment').getByText('SF1402358866012').waitFor();
  await page.getByTestId('curtain-photo').locator('img').waitFor();
  await shot(page, '50-stage-curtain');

  // the reviewer approves, (mailed documents if Zhejiang asks for them), and pushes to the bureau
  await reviewer.json('POST', `/orders/${orderId}/verification/curtain-photos/approve`, {});
  if ((await stateOf()).state === 'awaiting_documents') {
    await api.json('POST', `/orders/${orderId}/mailed-documents`, {
      carrier: '中国邮政EMS',
      trackingNumber: '1151234567890',
    });
    await reviewer.json('POST', `/orders/${orderId}/mailed-documents/received`, {});
  }
  await reviewer.json('POST', `/orders/${orderId}/bureau-push`);
  for (let i = 0; i < 60 && (await stateOf()).state !== 'sms_verification'; i++)
    await new Promise((r) => setTimeout(r, 500));
  assert.equal((await stateOf()).state, 'sms_verification');

  // 通知中心: unread in the menu, the SMS in the outbox
  await page.goto(`${server.url}/notices`);
  await page.getByTestId('notice').first().waitFor();
  await page.getByRole('tab', { name: /短信与邮件/ }).click();
  const sms = page.locator('[data-testid="outbox-item"][data-channel="sms"]', { hasText: '短信核验码' });
  for (let i = 0; i < 20 && (await sms.count()) === 0; i++) {
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByRole('tab', { name: /短信与邮件/ }).click();
  }
  const code = /短信核验码为(\d{6})/.exec((await sms.first().textContent()) ?? '')?.[1];
  assert.ok(code, 'the SMS carries a 6-digit code');
  await shot(page, '51-notice-centre-outbox');
  await page.getByRole('tab', { name: /站内信/ }).click();
  await shot(page, '52-notice-centre');
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await page.getByTestId('unread-count').getByText('未读 0 条').waitFor();

  // 短信核验: a wrong code first (attempts left), then the right one
  await page.goto(`${server.url}/orders/${orderId}`);
  const step = page.getByTestId('sms-step');
  await step.waitFor();
  const tail = data.subject.leader.certificateNumber.slice(-6);
  await page.locator('#sms-code').fill(code === '000000' ? '111111' : '000000');
  await page.locator('#sms-mobile').fill(mobile);
  await page.locator('#sms-tail').fill(tail);
  await step.getByRole('button', { name: '提交核验' }).click();
  await step.getByTestId('sms-remaining').getByText('还可输错4次').waitFor();
  await shot(page, '53-stage-sms');
  await page.locator('#sms-code').fill(code);
  await step.getByRole('button', { name: '提交核验' }).click();
  await page.locator('.ant-tag', { hasText: '管局审核' }).first().waitFor();
  assert.equal((await stateOf()).state, 'bureau_review');

  // the bureau approves: 我的备案号
  const bureau = await session(server.url, 'bureau@beian.local');
  await bureau.json('POST', `/bureau/orders/${orderId}/approve`);
  await page.goto(`${server.url}/filings`);
  await page.getByTestId('subject-icp').waitFor();
  assert.match((await page.getByTestId('subject-icp').textContent()) ?? '', /浙ICP备\d+号/);
  await page.getByText(data.websites[0]!.domains[0]!).first().waitFor();
  await shot(page, '54-my-filings');

  // phone width
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, '55-phone-my-filings');
  await page.goto(`${server.url}/notices`);
  await page.getByTestId('notice').first().waitFor();
  await shot(page, '56-phone-notice-centre');

  assert.deepEqual(errors, []);
  await context.close();
});
