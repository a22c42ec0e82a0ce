/**
 * The reviewer and bureau consoles in a real browser against the real server, with the applicant's portal
 * beside them in a browser context of its own:
 * - a Beijing enterprise's first filing from registration to its ICP number: the applicant files and submits in
 *   the wizard; the reviewer opens it from the queue (every precheck finding beside its field), views the ID's
 *   two sides in the viewer (zoom, rotate), logs a call, approves, ships the curtain; the applicant's curtain
 *   photo (a real JPEG made with sharp) is approved and pushed; the bureau operator approves and sees the ICP
 *   number; the applicant sees the order filed (Beijing has no 短信核验);
 * - a rejection with a reason on a field, seen beside that field by the applicant, fixed and resubmitted;
 * - a Shanghai order through the 上海管局App path to the bureau.
 * Screenshots of each console's main pages go to test/screenshots/.
 */
import { MATERIALS, type MaterialCode } from '@beian/core';
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
} from './support/consoles.js';
import { residentId, uscc } from './support/identities.js';
import { CAPTCHA, DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';

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

/** A 1280 px wide browser context that fails the test on any page error. */
async function open(errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  return page;
}

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

/** Confirms the open Popconfirm with its OK button. */
async function confirm(page: Page, ok: RegExp): Promise<void> {
  const pop = page.locator('.ant-popconfirm:visible');
  await pop.getByRole('button', { name: ok }).click();
  await pop.waitFor({ state: 'hidden' });
}

/** Waits until every image on the page (or under `within`) has loaded. */
async function imagesLoaded(page: Page, within = 'body'): Promise<void> {
  await page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll<HTMLImageElement>(`${sel} img`)].every(
        (i) => i.complete && i.naturalWidth > 0,
      ),
    within,
  );
}

const stateTag = (page: Page, text: string) => page.locator('.console-page-head .ant-tag', { hasText: text });

test('a first filing from registration to its ICP number across the applicant, reviewer and bureau consoles', async () => {
  const errors: string[] = [];
  const applicant = await open(errors);

  // ---------------------------------------------------------------- the applicant registers, files and submits
  await applicant.goto(`${server.url}/register`);
  const email = `yunfan-${Date.now()}@example.cn`;
  await applicant.locator('#displayName').fill('北京云帆数据科技有限公司');
  await applicant.locator('#email').fill(email);
  await applicant.locator('#password').fill('yunfan2026');
  await applicant.getByRole('button', { name: /注册并登录/ }).click();
  await applicant.getByText('还没有备案订单').waitFor();
  const admin = await session(server.url, 'admin@beian.local');
  await admin.json('POST', '/admin/servers', {
    ownerEmail: email,
    typeCode: 'ecs',
    instanceName: 'i-2ze-yunfan01',
    region: 'cn-beijing',
    mainland: true,
    billing: 'prepaid',
    prepaidMonths: 12,
    expiresOn: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
    publicBandwidthMbps: 5,
  });

  await applicant
    .getByRole('link', { name: /验证备案类型/ })
    .first()
    .click();
  await choose(applicant, 'province', '北京');
  await choose(applicant, 'certificateType', '营业执照');
  await applicant.locator('#certificateNumber').fill(uscc('110105', 'MA02YF8K'));
  await applicant.locator('#domains_0').fill('yunfandata.cn');
  await applicant.locator('#captchaAnswer').fill(CAPTCHA);
  await applicant.getByRole('button', { name: '验证备案类型' }).click();
  await applicant.getByTestId('verify-result').getByText('备案类型：首次备案').waitFor();
  await applicant.getByTestId('verify-result').getByRole('button', { name: '开始填写备案信息' }).click();

  await applicant.waitForURL(/\/orders\/new/);
  await applicant.locator('#f-subject-name').fill('北京云帆数据科技有限公司');
  await applicant.locator('#f-subject-investor').fill('林云帆');
  await applicant.locator('#f-subject-certificate-address').fill('北京市朝阳区建国路88号');
  await applicant
    .locator('#f-subject-mailingAddress-text')
    .fill('北京市朝阳区建国路88号SOHO现代城5号楼1203室');
  await applicant.locator('#f-subject-legalRepresentative-name').fill('林云帆');
  await applicant.locator('#f-subject-leader-name').fill('林云帆');
  await applicant.locator('#f-subject-leader-certificateNumber').fill(residentId('110105', '19850923'));
  await applicant
    .locator('[data-path="subject.leader.certificateValidUntil"]')
    .getByText('长期', { exact: true })
    .click();
  await applicant.locator('#f-subject-leader-mobile').fill('13911052233');
  await applicant.locator('#f-subject-leader-email').fill('linyunfan@example.cn');
  await applicant.locator('#f-subject-leader-isLegalRepresentative').check();
  await applicant.waitForURL(/\/orders\/[0-9a-f-]{36}\/edit/);
  const orderId = /\/orders\/([0-9a-f-]{36})\/edit/.exec(applicant.url())![1]!;
  await savedToServer(applicant);

  await applicant.getByRole('button', { name: /下一步：网站信息/ }).click();
  await applicant.locator('#f-websites-0-name').fill('云帆数据企业官网');
  const domain = applicant.locator('#f-websites-0-domains-0');
  await domain.fill('yunfandata.cn');
  await applicant.getByRole('button', { name: /在 i-2ze-yunfan01 上申请备案服务号/ }).click();
  await applicant.waitForFunction(
    () =>
      (document.getElementById('f-websites-0-access-serviceNumber') as HTMLInputElement | null)?.value.length,
  );
  await savedToServer(applicant);

  await applicant.getByRole('button', { name: /下一步：上传资料/ }).click();
  await applicant.locator('[data-required="subject_leader_id"]').waitFor();
  // every slot the precheck asks for, in page order (an ID's front before its back)
  const slots = applicant.locator('[data-required] .material-slot');
  const count = await slots.count();
  assert.ok(count >= 3, `the materials step asks for ${count} images`);
  for (let i = 0; i < count; i++) {
    const slot = slots.nth(i);
    const code = await slot.getAttribute('data-material');
    const side = await slot.getAttribute('data-side');
    const title = `${MATERIALS[code as MaterialCode]?.zh ?? code}${side === 'back' ? '（国徽面）' : side === 'front' ? '（人像面）' : ''}`;
    const jpeg = code === 'verification_form' ? await cardJpeg(title, 1240, 1754) : await cardJpeg(title);
    await slot
      .locator('input[type=file]')
      .setInputFiles({ name: `${code}-${side || 'one'}.jpg`, mimeType: 'image/jpeg', buffer: jpeg });
    await slot.locator('img').waitFor({ timeout: 20_000 });
  }
  await applicant.getByRole('button', { name: /下一步：提交/ }).click();
  await applicant.getByText('预检通过：可以提交初审').waitFor();
  await applicant.locator('#f-confirm').check();
  await applicant.getByRole('button', { name: /提交备案/ }).click();
  await applicant.waitForURL(new RegExp(`/orders/${orderId}$`));
  await applicant.locator('.ant-tag', { hasText: '待初审' }).first().waitFor();

  // ---------------------------------------------------------------- the reviewer: queue, order, materials, call
  const reviewer = await open(errors);
  await logIn(reviewer, server.url, 'reviewer@beian.local');
  await reviewer.waitForURL(/\/review$/);
  const row = reviewer.locator(`tr[data-order="${orderId}"]`);
  await row.waitFor();
  assert.match((await row.textContent()) ?? '', /剩余1个工作日|今日截止/);
  assert.equal(await row.getAttribute('data-overdue'), 'false');
  await shot(reviewer, '30-review-queue');
  await row.getByRole('button', { name: /审\s?核/ }).click();
  await reviewer.waitForURL(new RegExp(`/review/orders/${orderId}$`));
  await stateTag(reviewer, '待初审').waitFor();
  await reviewer.locator('[data-section="subject"]').waitFor();

  // every finding of the server's precheck is shown beside the field its path names (or under 其他问题)
  const reviewerApi = await session(server.url, 'reviewer@beian.local');
  const { order } = await reviewerApi.json<{
    order: { precheck: { violations: { path: string; code: string }[] } };
  }>('GET', `/orders/${orderId}`);
  for (const v of order.precheck.violations) {
    const placed = await reviewer.evaluate(
      ({ path, code }) =>
        [...document.querySelectorAll(`[data-code="${code}"]`)].some((li) => {
          const at = li.closest('[data-path]')?.getAttribute('data-path');
          return at === path || at === '(other)' || (at !== undefined && at !== null && path.startsWith(at));
        }),
      v,
    );
    assert.ok(placed, `the finding ${v.code} at ${v.path} is shown beside its field`);
  }
  await reviewer.getByTestId('findings-summary').waitFor();
  await imagesLoaded(reviewer, '[data-testid="materials"]');
  await shot(reviewer, '31-review-order');

  // the materials viewer: the ID's front and back side by side, zoomed and rotated
  await reviewer.locator('button[data-material="subject_leader_id"]').click();
  const viewer = reviewer.getByTestId('material-viewer');
  await viewer.waitFor();
  assert.equal(await viewer.locator('.viewer-pane img').count(), 2);
  await imagesLoaded(reviewer, '[data-testid="material-viewer"]');
  await reviewer.keyboard.press('+'); // the viewer's shortcut for 放大
  await viewer.getByRole('button', { name: '向右旋转' }).click();
  assert.equal(await viewer.getByTestId('viewer-zoom').textContent(), '150%');
  assert.equal(await viewer.locator('.viewer-pane img').first().getAttribute('data-rotation'), '90');
  await shot(reviewer, '32-materials-viewer', false);
  await viewer.getByRole('button', { name: /适应窗口/ }).click();
  assert.equal(await viewer.getByTestId('viewer-zoom').textContent(), '100%');
  await reviewer.locator('.ant-modal-close').click();
  await viewer.waitFor({ state: 'hidden' });

  // the call log: an answered call; “无法联系，驳回” stays disabled (it needs two unanswered calls an hour apart)
  const calls = reviewer.getByTestId('call-log');
  await calls.locator('#call-note').fill('本人接听，确认网站用途为企业官网');
  await calls.getByRole('button', { name: '记录致电' }).click();
  await calls.locator('[data-call="0"]', { hasText: '已接通' }).waitFor();
  assert.ok(await calls.getByTestId('reject-unreachable').isDisabled());
  await calls.getByText('未接通', { exact: true }).click();
  await calls.getByRole('button', { name: '记录致电' }).click();
  await calls.locator('[data-call="1"]', { hasText: '未接通' }).waitFor();
  await calls.getByText(/约1小时后/).waitFor();
  assert.ok(await calls.getByTestId('reject-unreachable').isDisabled());
  await shot(reviewer, '33-review-call-log');

  await reviewer.getByTestId('approve-initial').click();
  await confirm(reviewer, /初审通过/);
  await stateTag(reviewer, '核验中').waitFor();
  const card = reviewer.getByTestId('verification-card');
  await card.getByText('申请人尚未申请幕布').waitFor();

  // ---------------------------------------------------------------- verification: curtain, photo, push
  // the applicant asks for a curtain on the order's page
  await applicant.reload();
  const curtainForm = applicant.getByTestId('curtain-form');
  await curtainForm.locator('#address').fill('北京市朝阳区建国路88号SOHO现代城5号楼1203室');
  await curtainForm.locator('#recipient').fill('林云帆');
  await curtainForm.locator('#mobile').fill('13911052233');
  await curtainForm.getByRole('button', { name: '申请幕布' }).click();
  await applicant.getByTestId('curtain-request').waitFor();
  await reviewer.reload();
  await card.getByTestId('ship-form').waitFor();
  await card.locator('#ship-carrier').fill('顺丰速运');
  await card.locator('#ship-tracking').fill('SF1402358866012');
  await card.getByRole('button', { name: '登记寄出' }).click();
  await card.getByTestId('curtain-shipped').getByText('SF1402358866012').waitFor();

  const photo = await cardJpeg('幕布照片 · 林云帆', 1200, 1600);
  assert.ok(photo.length >= 200 * 1024, `a real JPEG of ${photo.length} bytes`);
  // the applicant sees the shipment and uploads the photo taken in front of the curtain
  await applicant.reload();
  await applicant
    .getByTestId('curtain-shipment')
    .getByText(/SF1402358866012/)
    .waitFor();
  await applicant
    .getByTestId('curtain-photo')
    .locator('input[type=file]')
    .setInputFiles({ name: 'curtain.jpg', mimeType: 'image/jpeg', buffer: photo });
  await applicant.getByTestId('curtain-photo').locator('img').waitFor();
  await reviewer.reload();
  await card.locator('[data-photo="websites[0]"] img').waitFor();
  await imagesLoaded(reviewer, '[data-testid="verification-card"]');
  await shot(reviewer, '34-review-verification');
  await card.getByTestId('verification-approve').click();
  await confirm(reviewer, /核验通过/);
  await stateTag(reviewer, '待提交管局').waitFor();
  await card.getByTestId('push-to-bureau').click();
  await confirm(reviewer, /提交管局/);
  await stateTag(reviewer, '管局审核中').waitFor();
  await card.getByTestId('pushed-at').waitFor();
  await shot(reviewer, '35-review-pushed');

  // ---------------------------------------------------------------- the bureau operator approves
  const bureau = await open(errors);
  await logIn(bureau, server.url, 'bureau@beian.local');
  await bureau.waitForURL(/\/bureau$/);
  const bureauRow = bureau.locator(`tr[data-order="${orderId}"]`);
  await bureauRow.waitFor();
  assert.match((await bureauRow.textContent()) ?? '', /北京.*yunfandata\.cn.*北京云帆数据科技有限公司/);
  await shot(bureau, '40-bureau-queue');
  await bureauRow.getByRole('button', { name: /审\s?核/ }).click();
  await bureau.waitForURL(new RegExp(`/bureau/orders/${orderId}$`));
  await bureau.getByTestId('bureau-decision').waitFor();
  await shot(bureau, '41-bureau-order');
  await bureau.getByTestId('bureau-approve').click();
  await confirm(bureau, /审核通过/);
  const icp = (await bureau.getByTestId('subject-icp-number').textContent())?.trim() ?? '';
  assert.match(icp, /^京ICP备\d{8}号$/);
  await shot(bureau, '42-bureau-approved');

  // ---------------------------------------------------------------- the applicant sees the order filed
  await applicant.goto(`${server.url}/`);
  await applicant.locator(`.order-row[data-order="${orderId}"]`).getByText('备案成功').waitFor();
  await applicant.getByRole('link', { name: '备案号' }).click();
  await applicant.getByTestId('subject-icp').getByText(icp).waitFor();
  await shot(applicant, '43-applicant-filed');

  assert.deepEqual(errors, []);
});

test('a rejection with a reason on a field: the applicant sees it beside the field, fixes it and resubmits', async () => {
  const errors: string[] = [];
  const { api, serviceNumber } = await applicantWithServiceNumber(server.url, '周晓岚', 'cn-beijing');
  const data = individualOrder(
    'BJ',
    { name: '周晓岚', birth: '19930614', mobile: '13911071234' },
    { name: '周晓岚的随笔', domain: `zhouxl${Date.now().toString(36)}.cn` },
    serviceNumber,
  );
  const orderId = await submitThroughApi(api, data);

  const reviewer = await open(errors);
  await logIn(reviewer, server.url, 'reviewer@beian.local');
  await reviewer.goto(`${server.url}/review/orders/${orderId}`);
  await stateTag(reviewer, '待初审').waitFor();
  // 驳回此项 beside the website's name, then a second reason picked from the order's fields
  const nameRow = reviewer.locator('.console-row[data-path="websites[0].name"]');
  await nameRow.hover();
  await nameRow.getByRole('button', { name: '驳回此项' }).click();
  const drawer = reviewer.locator('.reasons-drawer .ant-drawer-body');
  await drawer.waitFor();
  await drawer
    .locator('#reason-message-0')
    .fill('网站名称过于笼统：请写明随笔的内容，如“周晓岚的读书笔记”。');
  await drawer.getByRole('button', { name: '再加一条原因' }).click();
  await choose(reviewer, 'reason-path-1', '通信地址：北京');
  await drawer.locator('#reason-message-1').fill('通信地址须精确到门牌号：请补充楼栋和门牌号。');
  await shot(reviewer, '36-review-reject-drawer', false);
  await reviewer.getByTestId('reasons-submit').click();
  await stateTag(reviewer, '初审驳回').waitFor();
  await reviewer.locator('[data-path="websites[0].name"] [data-source="reason"]').waitFor();
  await reviewer.locator('[data-path="subject.mailingAddress.text"] [data-source="reason"]').waitFor();
  await shot(reviewer, '37-review-rejected');

  const applicant = await open(errors);
  await logIn(applicant, server.url, api.email, 'applicant2026');
  await applicant.goto(`${server.url}/orders/${orderId}`);
  await applicant.getByTestId('reasons').getByText('网站1 · 名称').waitFor();
  await applicant.getByRole('button', { name: '修改并重新提交' }).click();
  // the subject's reason beside its field on the first step, the website's on the second
  await applicant
    .locator('[data-path="subject.mailingAddress.text"] [data-source="reason"]')
    .getByText(/通信地址须精确到门牌号/)
    .waitFor();
  await applicant.locator('#f-subject-mailingAddress-text').fill('北京市文化路12号3号楼2单元501室');
  await applicant
    .getByRole('button', { name: /网站信息/ })
    .first()
    .click();
  const reason = applicant.locator('[data-path="websites[0].name"] [data-source="reason"]');
  await reason.waitFor();
  assert.match((await reason.textContent()) ?? '', /审核驳回：网站名称过于笼统/);
  await applicant.locator('#f-websites-0-name').fill('周晓岚的读书笔记');
  await savedToServer(applicant);
  await shot(applicant, '44-applicant-reason-beside-field');
  await applicant.getByRole('button', { name: /下一步：上传资料/ }).click();
  await applicant.getByRole('button', { name: /下一步：提交/ }).click();
  await applicant.getByText('预检通过：可以提交初审').waitFor();
  await applicant.locator('#f-confirm').check();
  await applicant.getByRole('button', { name: /提交备案/ }).click();
  await applicant.waitForURL(new RegExp(`/orders/${orderId}$`));
  await applicant.locator('.ant-tag', { hasText: '待初审' }).first().waitFor();

  // back in the queue as a second submission; the previous reasons shown to the reviewer, who approves
  await reviewer.goto(`${server.url}/review`);
  const row = reviewer.locator(`tr[data-order="${orderId}"]`);
  await row.getByText('第2次提交').waitFor();
  await row.getByRole('button', { name: /审\s?核/ }).click();
  await reviewer.getByTestId('decision-card').getByText('上一轮驳回原因').waitFor();
  assert.equal(
    await reviewer
      .locator('.console-row[data-path="websites[0].name"]')
      .getByText('周晓岚的读书笔记')
      .count(),
    1,
  );
  await shot(reviewer, '38-review-resubmitted');
  await reviewer.getByTestId('approve-initial').click();
  await confirm(reviewer, /初审通过/);
  await stateTag(reviewer, '核验中').waitFor();
  assert.deepEqual(errors, []);
});

test('a Shanghai order through the 上海管局App path to the bureau', async () => {
  const errors: string[] = [];
  const { api, serviceNumber } = await applicantWithServiceNumber(server.url, '林晓雯', 'cn-shanghai');
  const data = individualOrder(
    'SH',
    { name: '林晓雯', birth: '19900307', mobile: '13901610161' },
    { name: '林晓雯的读书笔记', domain: `linxw${Date.now().toString(36)}.cn` },
    serviceNumber,
  );
  const orderId = await submitThroughApi(api, data);

  const reviewer = await open(errors);
  await logIn(reviewer, server.url, 'reviewer@beian.local');
  await reviewer.goto(`${server.url}/review/orders/${orderId}`);
  await reviewer.getByTestId('approve-initial').click();
  await confirm(reviewer, /初审通过/);
  await stateTag(reviewer, '核验中').waitFor();
  const card = reviewer.getByTestId('verification-card');
  await card.getByText('上海管局App核验').first().waitFor();
  await card.getByText('等待申请人在上海通信管理局App完成核验并确认').waitFor();
  assert.equal(
    await card.getByTestId('verification-approve').count(),
    0,
    'nothing to confirm before the applicant',
  );
  assert.equal(await card.getByTestId('ship-form').count(), 0, 'no curtain in Shanghai');

  const applicant = await open(errors);
  await logIn(applicant, server.url, api.email, 'applicant2026');
  await applicant.goto(`${server.url}/orders/${orderId}`);
  const app = applicant.getByTestId('shanghai-app');
  await app.getByText('我已完成上海管局App核验').click();
  await app.getByRole('button', { name: /确\s?认/ }).click();
  await app.getByText(/确认完成，等待审核员核实/).waitFor();
  await reviewer.goto(`${server.url}/review/verification`);
  const row = reviewer.locator(`tr[data-order="${orderId}"]`);
  await row.getByText('审核核验').waitFor();
  await shot(reviewer, '39-verification-queue');
  await row.getByRole('button', { name: /处\s?理/ }).click();
  await card.getByTestId('shanghai-claimed').waitFor();
  await shot(reviewer, '39b-review-shanghai');
  await card.getByTestId('verification-approve').click();
  await confirm(reviewer, /核验通过/);
  await stateTag(reviewer, '待提交管局').waitFor();
  await card.getByTestId('push-to-bureau').click();
  await confirm(reviewer, /提交管局/);
  await stateTag(reviewer, '管局审核中').waitFor();

  const bureau = await open(errors);
  await logIn(bureau, server.url, 'bureau@beian.local', DEMO_PASSWORD);
  await bureau.goto(`${server.url}/bureau?province=SH`);
  const bureauRow = bureau.locator(`tr[data-order="${orderId}"]`);
  await bureauRow.waitFor();
  assert.equal(
    await bureau.locator('tr[data-order]').count(),
    await bureau.locator('tr[data-order]', { hasText: '上海' }).count(),
  );
  await bureauRow.getByRole('button', { name: /审\s?核/ }).click();
  await bureau.getByTestId('bureau-approve').click();
  await confirm(bureau, /审核通过/);
  assert.match((await bureau.getByTestId('subject-icp-number').textContent()) ?? '', /^沪ICP备\d{8}号$/);
  assert.deepEqual(errors, []);
});
