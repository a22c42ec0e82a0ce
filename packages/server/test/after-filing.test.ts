/**
 * 备案后的业务 through the HTTP API on both engines, with a clock the tests move (issue 4 items 8 and 10): a change
 * (变更网站, Beijing: no photo, no SMS) to the registry and the record; a cancellation (注销网站 of the last website,
 * Zhejiang: the 空壳主体 warning acknowledged, 短信核验 by the subject leader) freeing the domain; 取消接入 (no SMS
 * anywhere) leaving a 空壳网站; a province change rule refusing a submission; the 30-day 公安联网备案 reminder and
 * the number that stops it; one order in progress per account; what others may not do.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { orgCodeCheckChar, usccCheckChar, type ProvinceCode } from '@beian/core';
import { SimulatedRegistry } from '../src/adapters/registry/simulator.js';
import afterFilingMigration from '../src/db/migrations/0013_after_filing.js';
import { runDueTasks } from '../src/jobs/worker.js';
import { registered, staff, startApp, type Agent, type TestApp } from './support/app.js';
import { atBureau, individualOrder, pushToBureau, reviewerOf, smsCodes } from './support/bureau.js';
import { ENGINES } from './support/engines.js';
import { withMaterials } from './support/materials.js';

type Finding = { code: string; severity: string; path: string; message: string; ruleId?: string };
type OrderView = {
  id: string;
  kind: string;
  state: string;
  version: number;
  actions: string[];
  precheck: {
    ok: boolean;
    violations: Finding[];
    steps: string[];
    requiredMaterials: Array<{ code: string }>;
  };
  afterFiling: null | {
    kind: string;
    kindZh: string;
    subjectIcpNumber: string;
    websiteNumbers: string[];
    changedPaths: string[];
    before: { websites: Array<{ name: string }> };
  };
  data: { websites: Array<{ name: string; domains: string[] }> };
};
type RecordView = {
  icpNumber: string;
  subject: { name: string; leader: { mobile: string } };
  websites: Array<{
    icpNumber: string;
    domain: string;
    name: string;
    accessedHere: boolean;
    accessedElsewhere: boolean;
    website: { name: string } | null;
    publicSecurityNumber: string | null;
    publicSecurityDueAt: string | null;
  }>;
};
type ErrorBody = { error: { code: string; message: string; path?: string; violations?: Finding[] } };

const order = (res: { json(): unknown }) => (res.json() as { order: OrderView }).order;
const err = (res: { json(): unknown }) => (res.json() as ErrorBody).error;

async function recordOf(a: Agent): Promise<RecordView> {
  const res = await a.get('/api/v1/filings/record');
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { record: RecordView }).record;
}

/** An applicant of `province` with an approved first filing (one website): through the real lifecycle. */
async function filed(t: TestApp, province: ProvinceCode) {
  const a = await registered(t.app);
  const data = individualOrder(province);
  const id = await atBureau(t, a, data);
  if ((await stateOf(t, id)) === 'sms_verification') {
    const codes = await smsCodes(t, id);
    const res = await a.post(`/api/v1/orders/${id}/sms-verification`, {
      code: codes.get(data.mobile),
      mobile: data.mobile,
      certificateTail: data.id.slice(-6),
    });
    assert.equal(res.statusCode, 200, res.body);
  }
  const operator = await operatorOf(t);
  const approved = await operator.post(`/api/v1/bureau/orders/${id}/approve`);
  assert.equal(approved.statusCode, 200, approved.body);
  return { a, data, filingOrderId: id, record: await recordOf(a) };
}

const operators = new WeakMap<TestApp, Promise<Agent>>();
function operatorOf(t: TestApp): Promise<Agent> {
  if (!operators.has(t)) operators.set(t, staff(t, 'bureau_operator', '赵管局'));
  return operators.get(t)!;
}

async function stateOf(t: TestApp, orderId: string): Promise<string> {
  return (await t.db.query<{ state: string }>('SELECT state FROM orders WHERE id = $1', [orderId])).rows[0]!
    .state;
}

/** Materials, submit, initial review: returns the order as the reviewer's approval left it. */
async function submitAndReview(t: TestApp, a: Agent, id: string): Promise<string> {
  await withMaterials(a, id);
  const submitted = await a.post(`/api/v1/orders/${id}/submit`);
  assert.equal(submitted.statusCode, 200, submitted.body);
  const reviewer = await reviewerOf(t);
  const approved = await reviewer.post(`/api/v1/orders/${id}/review/approve`);
  assert.equal(approved.statusCode, 200, approved.body);
  return order(approved).state;
}

for (const engine of ENGINES) {
  describe(`after filing — ${engine.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine);
    });
    after(async () => {
      await t.close();
    });

    test('a change: 变更网站 in Beijing goes through review and the bureau, and the record and registry take it', async () => {
      const { a, record } = await filed(t, 'BJ');
      const w = record.websites[0]!;
      assert.equal(w.accessedHere, true);
      assert.ok(w.website, 'the website as filed here');

      // nothing changed: the dry run says so beside the field
      const same = await a.post('/api/v1/after-filing/check', {
        kind: 'change_website',
        websites: [{ icpNumber: w.icpNumber, website: w.website }],
      });
      assert.equal(same.statusCode, 200, same.body);
      const sameResult = (same.json() as { result: { ok: boolean; violations: Finding[] } }).result;
      assert.equal(sameResult.ok, false);
      assert.deepEqual(
        sameResult.violations.filter((v) => v.severity === 'error').map((v) => v.code),
        ['CHANGE_NOTHING'],
      );

      const renamed = { ...w.website, name: '陈思远的技术博客' };
      const created = await a.post('/api/v1/after-filing/orders', {
        kind: 'change_website',
        websites: [{ icpNumber: w.icpNumber, website: renamed }],
      });
      assert.equal(created.statusCode, 201, created.body);
      const draft = order(created);
      assert.equal(draft.kind, 'change_website');
      assert.equal(draft.state, 'draft');
      assert.equal(draft.afterFiling!.kindZh, '变更网站');
      assert.deepEqual(draft.afterFiling!.websiteNumbers, [w.icpNumber]);
      assert.deepEqual(draft.afterFiling!.changedPaths, ['websites[0].name']);
      assert.equal(draft.afterFiling!.before.websites[0]!.name, w.name);
      assert.deepEqual(
        draft.precheck.steps,
        ['initial_review', 'bureau_review'],
        'same people: no photo; BJ: no SMS',
      );

      // one order in progress per account
      const second = await a.post('/api/v1/after-filing/orders', {
        kind: 'cancel_subject',
        declarations: { acknowledged: true },
      });
      assert.equal(second.statusCode, 409, second.body);
      // a filing order's PUT does not take an after-filing order
      const wrongDoor = await a.request('PUT', `/api/v1/orders/${draft.id}`, {
        version: draft.version,
        data: draft.data,
      });
      assert.equal(wrongDoor.statusCode, 400);
      assert.equal(err(wrongDoor).path, 'orderId');

      // submitting without the 真实性核验单 names it
      const early = await a.post(`/api/v1/orders/${draft.id}/submit`);
      assert.equal(early.statusCode, 422, early.body);
      assert.match(err(early).message, /真实性核验单/);
      assert.equal(await stateOf(t, draft.id), 'draft');

      const afterReview = await submitAndReview(t, a, draft.id);
      assert.equal(afterReview, 'pending_bureau_push', 'no verification step: straight to the push');
      const due = await t.db.query<{ due_at: Date }>('SELECT due_at FROM orders WHERE id = $1', [draft.id]);
      assert.ok(due.rows[0]!.due_at, 'the push is due within 1 working day');
      await pushToBureau(t, draft.id);
      assert.equal(await stateOf(t, draft.id), 'bureau_review');

      const operator = await operatorOf(t);
      const approved = await operator.post(`/api/v1/bureau/orders/${draft.id}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(await stateOf(t, draft.id), 'approved');

      const now = await recordOf(a);
      assert.equal(now.icpNumber, record.icpNumber, 'the numbers stay');
      assert.equal(now.websites[0]!.icpNumber, w.icpNumber);
      assert.equal(now.websites[0]!.name, '陈思远的技术博客');
      const reg = await t.db.query<{ name: string }>(
        'SELECT name FROM registry_websites WHERE icp_number = $1',
        [w.icpNumber],
      );
      assert.equal(reg.rows[0]!.name, '陈思远的技术博客');
      const notice = await t.db.query<{ body: string }>(
        "SELECT body FROM outbox_messages WHERE order_id = $1 AND kind = 'order.bureau_approve' AND channel = 'site'",
        [draft.id],
      );
      assert.match(notice.rows[0]!.body, /变更网站已完成/);
      const submitted = await t.db.query<{ subject: string; body: string }>(
        "SELECT subject, body FROM outbox_messages WHERE order_id = $1 AND kind = 'order.submit' AND channel = 'site'",
        [draft.id],
      );
      assert.match(submitted.rows[0]!.subject, /^【备案通知】变更网站·提交初审/);
      assert.match(submitted.rows[0]!.body, /您的变更网站订单已提交初审/);
    });

    test('a cancellation: 注销网站 of the last website in Zhejiang warns of the 空壳主体, verifies by SMS and frees the domain', async () => {
      const { a, data, record } = await filed(t, 'ZJ');
      const w = record.websites[0]!;
      const created = await a.post('/api/v1/after-filing/orders', {
        kind: 'cancel_website',
        targets: [w.icpNumber],
      });
      assert.equal(created.statusCode, 201, created.body);
      const draft = order(created);
      const codes = (sev: string) =>
        draft.precheck.violations
          .filter((v) => v.severity === sev)
          .map((v) => v.code)
          .sort();
      assert.deepEqual(codes('warning'), ['CANCEL_IRREVERSIBLE', 'SHELL_SUBJECT']);
      assert.deepEqual(codes('error'), ['ACKNOWLEDGEMENT_REQUIRED']);
      assert.deepEqual(draft.precheck.requiredMaterials, [], 'a cancellation asks for no materials');
      assert.deepEqual(draft.precheck.steps, ['initial_review', 'sms_verification', 'bureau_review']);

      const refused = await a.post(`/api/v1/orders/${draft.id}/submit`);
      assert.equal(refused.statusCode, 422);
      assert.equal(err(refused).path, 'declarations.acknowledged');
      assert.equal(await stateOf(t, draft.id), 'draft', 'nothing changed');

      const acked = await a.request('PUT', `/api/v1/after-filing/orders/${draft.id}`, {
        version: draft.version,
        request: { kind: 'cancel_website', targets: [w.icpNumber], declarations: { acknowledged: true } },
      });
      assert.equal(acked.statusCode, 200, acked.body);
      assert.equal(order(acked).precheck.ok, true);
      const stale = await a.request('PUT', `/api/v1/after-filing/orders/${draft.id}`, {
        version: draft.version,
        request: { kind: 'cancel_website', targets: [w.icpNumber], declarations: { acknowledged: true } },
      });
      assert.equal(stale.statusCode, 409, 'the version the page held is gone');

      assert.equal(await submitAndReview(t, a, draft.id), 'pending_bureau_push');
      await pushToBureau(t, draft.id);
      assert.equal(await stateOf(t, draft.id), 'sms_verification');
      const sent = await smsCodes(t, draft.id);
      assert.deepEqual(
        [...sent.keys()],
        [data.mobile],
        'the website leader (here the subject leader) verifies',
      );
      const verified = await a.post(`/api/v1/orders/${draft.id}/sms-verification`, {
        code: sent.get(data.mobile),
        mobile: data.mobile,
        certificateTail: data.id.slice(-6),
      });
      assert.equal(verified.statusCode, 200, verified.body);
      assert.equal(await stateOf(t, draft.id), 'bureau_review');
      const operator = await operatorOf(t);
      const atBureauView = await operator.get(`/api/v1/bureau/orders/${draft.id}`);
      assert.equal(atBureauView.statusCode, 200, atBureauView.body);
      const bv = (
        atBureauView.json() as {
          order: {
            filingType: string;
            kind: string;
            afterFiling: { websiteNumbers: string[]; before: { subject: { leader: { mobile: string } } } };
          };
        }
      ).order;
      assert.equal(bv.filingType, 'cancel_website', 'the bureau receives it as a cancellation');
      assert.equal(bv.kind, 'cancel_website');
      assert.deepEqual(bv.afterFiling.websiteNumbers, [w.icpNumber]);
      assert.notEqual(bv.afterFiling.before.subject.leader.mobile, data.mobile, 'phone numbers stay masked');
      assert.equal((await operator.post(`/api/v1/bureau/orders/${draft.id}/approve`)).statusCode, 200);

      const registry = new SimulatedRegistry(t.db);
      assert.equal(await registry.findWebsite(data.domain), undefined, 'the domain is free');
      assert.equal(await registry.isShellSubject({ type: 'resident_id', number: data.id }), true, '空壳主体');
      const now = await recordOf(a);
      assert.deepEqual(now.websites, []);
      const filings = (await a.get('/api/v1/filings')).json() as { filings: Array<{ websites: unknown[] }> };
      assert.deepEqual(filings.filings[0]!.websites, []);
    });

    test('取消接入 asks no SMS even in Zhejiang and leaves a 空壳网站 that other providers may pick up', async () => {
      const { a, data, record } = await filed(t, 'ZJ');
      const w = record.websites[0]!;
      const created = await a.post('/api/v1/after-filing/orders', {
        kind: 'cancel_access',
        targets: [w.icpNumber],
        declarations: { acknowledged: true },
      });
      assert.equal(created.statusCode, 201, created.body);
      const draft = order(created);
      assert.deepEqual(
        draft.precheck.violations.map((v) => v.code).sort(),
        ['SHELL_SUBJECT', 'SHELL_WEBSITE'],
        'warned; acknowledged, so no error',
      );
      assert.deepEqual(draft.precheck.steps, ['initial_review', 'bureau_review']);
      assert.equal(await submitAndReview(t, a, draft.id), 'pending_bureau_push');
      await pushToBureau(t, draft.id);
      assert.equal(await stateOf(t, draft.id), 'bureau_review');
      assert.equal(
        (await (await operatorOf(t)).post(`/api/v1/bureau/orders/${draft.id}/approve`)).statusCode,
        200,
      );
      const site = await new SimulatedRegistry(t.db).findWebsite(data.domain);
      assert.ok(site, 'the filing stays at the MIIT');
      assert.equal(site.accessedHere, false);
      const now = await recordOf(a);
      assert.equal(now.websites[0]!.accessedHere, false);
      assert.equal(now.websites[0]!.accessedElsewhere, false, '空壳网站');
    });

    test('a province change rule refuses the submission (北京: 个人备案不能变更为其他个人), naming the field', async () => {
      const { a, record } = await filed(t, 'BJ');
      const other = individualOrder('BJ');
      const subject = {
        ...record.subject,
        name: '周晓',
        certificate: { ...(other.subject as { certificate: object }).certificate },
        leader: { ...(other.subject as { leader: object }).leader, name: '周晓' },
      };
      const created = await a.post('/api/v1/after-filing/orders', { kind: 'change_subject', subject });
      assert.equal(created.statusCode, 201, created.body);
      const draft = order(created);
      const finding = draft.precheck.violations.find((v) => v.code === 'CHANGE_OF_PERSON');
      assert.ok(finding);
      assert.equal(finding.ruleId, 'BJ/individual/no-change-of-person');
      assert.equal(finding.path, 'subject.certificate.number');
      await withMaterials(a, draft.id);
      const refused = await a.post(`/api/v1/orders/${draft.id}/submit`);
      assert.equal(refused.statusCode, 422);
      assert.ok(err(refused).violations!.some((v) => v.code === 'CHANGE_OF_PERSON'));
      assert.equal(await stateOf(t, draft.id), 'draft');
      // abandoned, the account may file other after-filing orders
      assert.equal((await a.post(`/api/v1/orders/${draft.id}/abandon`)).statusCode, 200);
    });

    test('变更主体 in Tianjin: an individual becomes the company they legally represent (个人变单位), SMS to the leader, the account follows the new certificate', async () => {
      const { a, data, record } = await filed(t, 'TJ');
      const org = `MA0TJ${String(Date.now()).slice(-3)}`;
      const first17 = `91120102${org}${orgCodeCheckChar(org)}`;
      const uscc = first17 + usccCheckChar(first17);
      const subject = {
        nature: 'enterprise',
        province: 'TJ',
        name: '天津思远信息科技有限公司',
        certificate: {
          type: 'business_license',
          number: uscc,
          address: '天津市和平区文化路12号',
          addressProvince: 'TJ',
        },
        mailingAddress: { province: 'TJ', text: '天津市和平区文化路12号3单元' },
        investor: record.subject.name,
        businessScope: '软件开发；信息技术咨询服务',
        leader: { ...record.subject.leader, isLegalRepresentative: true },
        legalRepresentative: { name: record.subject.name, region: 'mainland' },
      };
      const created = await a.post('/api/v1/after-filing/orders', { kind: 'change_subject', subject });
      assert.equal(created.statusCode, 201, created.body);
      const draft = order(created);
      const errors = draft.precheck.violations.filter((v) => v.severity === 'error');
      assert.deepEqual(errors, [], 'TJ: 当已备案的个人是单位法定代表人时，可以个人变单位');
      assert.ok(
        draft.precheck.violations.some((v) => v.path.startsWith('websites[0]') && v.severity === 'warning'),
        'the unchanged website (its leader is the subject leader, which TJ units may not have) only warns',
      );
      assert.deepEqual(draft.precheck.steps, ['initial_review', 'sms_verification', 'bureau_review']);
      assert.ok(draft.afterFiling!.changedPaths.includes('subject.nature'));
      const stored = await t.db.query<{ row: string }>(
        'SELECT (data::text || precheck::text || target::text) AS row FROM orders WHERE id = $1',
        [draft.id],
      );
      for (const secret of [data.mobile, data.id])
        assert.ok(
          !stored.rows[0]!.row.includes(secret),
          'personal numbers are sealed at rest, in the check too',
        );

      assert.equal(await submitAndReview(t, a, draft.id), 'pending_bureau_push');
      await pushToBureau(t, draft.id);
      const sent = await smsCodes(t, draft.id);
      assert.deepEqual([...sent.keys()], [data.mobile], 'the subject leader verifies a subject change');
      const ok = await a.post(`/api/v1/orders/${draft.id}/sms-verification`, {
        code: sent.get(data.mobile),
        mobile: data.mobile,
        certificateTail: data.id.slice(-6),
      });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(
        (await (await operatorOf(t)).post(`/api/v1/bureau/orders/${draft.id}/approve`)).statusCode,
        200,
      );

      const registry = new SimulatedRegistry(t.db);
      assert.equal(await registry.findSubject({ type: 'resident_id', number: data.id }), undefined);
      const unit = await registry.findSubject({ type: 'business_license', number: uscc });
      assert.equal(unit?.icpNumber, record.icpNumber, 'the same 主体备案号, now the company');
      assert.equal(unit?.nature, 'enterprise');
      const now = await recordOf(a);
      assert.equal(now.subject.name, '天津思远信息科技有限公司');
      const keys = await t.db.query<{ n: number }>(
        'SELECT count(DISTINCT subject_key)::int AS n FROM orders WHERE account_id = (SELECT account_id FROM orders WHERE id = $1)',
        [draft.id],
      );
      assert.equal(keys.rows[0]!.n, 1, 'every order of the account follows the new certificate');
    });

    test('注销主体 in Beijing: the subject and its websites are cancelled for good; filing again gets a new number', async () => {
      const { a, data, record } = await filed(t, 'BJ');
      const created = await a.post('/api/v1/after-filing/orders', {
        kind: 'cancel_subject',
        declarations: { acknowledged: true },
      });
      assert.equal(created.statusCode, 201, created.body);
      const draft = order(created);
      assert.deepEqual(draft.afterFiling!.websiteNumbers, [record.websites[0]!.icpNumber]);
      assert.equal(await submitAndReview(t, a, draft.id), 'pending_bureau_push');
      await pushToBureau(t, draft.id);
      assert.equal(
        (await (await operatorOf(t)).post(`/api/v1/bureau/orders/${draft.id}/approve`)).statusCode,
        200,
      );

      const registry = new SimulatedRegistry(t.db);
      assert.equal(await registry.findSubject({ type: 'resident_id', number: data.id }), undefined);
      assert.equal(await registry.findWebsite(data.domain), undefined, 'the domain is free');
      assert.equal(
        await registry.isShellSubject({ type: 'resident_id', number: data.id }),
        false,
        'gone, not 空壳',
      );
      assert.deepEqual((await a.get('/api/v1/filings/record')).json(), { record: null });
      assert.deepEqual((await a.get('/api/v1/filings')).json(), { filings: [] });

      // the same person files again: a first filing, a new 主体备案号 (a cancelled number is never restored)
      const again = await atBureau(t, a, { ...data, websites: data.websites });
      assert.equal(
        (await (await operatorOf(t)).post(`/api/v1/bureau/orders/${again}/approve`)).statusCode,
        200,
      );
      const refiled = await recordOf(a);
      assert.notEqual(refiled.icpNumber, record.icpNumber);
      assert.notEqual(refiled.websites[0]!.icpNumber, record.websites[0]!.icpNumber);
      const filingType = await t.db.query<{ filing_type: string }>(
        'SELECT filing_type FROM orders WHERE id = $1',
        [again],
      );
      assert.equal(filingType.rows[0]!.filing_type, 'first_filing');
    });

    test('migration 0013 backfills the records of earlier approvals as an approval writes them', async () => {
      const { record } = await filed(t, 'BJ');
      const read = async () => ({
        subject: (
          await t.db.query(
            'SELECT icp_number, account_id, province, subject, order_id FROM filed_subjects WHERE icp_number = $1',
            [record.icpNumber],
          )
        ).rows,
        websites: (
          await t.db.query(
            'SELECT icp_number, subject_icp_number, domain, website, order_id FROM filed_websites WHERE subject_icp_number = $1',
            [record.icpNumber],
          )
        ).rows,
      });
      const written = await read();
      assert.equal(written.websites.length, 1);
      const backfill = afterFilingMigration.slice(
        afterFilingMigration.indexOf('-- What earlier approvals filed'),
      );
      await t.db.transaction(async (tx) => {
        await tx.query('DELETE FROM filed_websites');
        await tx.query('DELETE FROM filed_subjects');
        await tx.exec(backfill);
      });
      assert.deepEqual(await read(), written);
    });

    test('the 30-day 公安联网备案 reminder: sent 25 days after approval unless the number is recorded', async () => {
      const one = await filed(t, 'BJ');
      const two = await filed(t, 'BJ');
      const w1 = one.record.websites[0]!;
      const w2 = two.record.websites[0]!;
      assert.ok(w1.publicSecurityDueAt, 'the due date is shown');
      const approvalNotice = await t.db.query<{ body: string }>(
        "SELECT body FROM outbox_messages WHERE order_id = $1 AND kind = 'order.bureau_approve' AND channel = 'site'",
        [one.filingOrderId],
      );
      assert.match(approvalNotice.rows[0]!.body, /30日内.*公安联网备案/);

      const bad = await two.a.request(
        'PUT',
        `/api/v1/filings/websites/${encodeURIComponent(w2.icpNumber)}/public-security`,
        {
          number: '11010502030000',
        },
      );
      assert.equal(bad.statusCode, 400);
      assert.equal(err(bad).path, 'number');
      const notMine = await one.a.request(
        'PUT',
        `/api/v1/filings/websites/${encodeURIComponent(w2.icpNumber)}/public-security`,
        {
          number: '京公网安备11010502030000号',
        },
      );
      assert.equal(notMine.statusCode, 404, 'another account’s website');
      const ok = await two.a.request(
        'PUT',
        `/api/v1/filings/websites/${encodeURIComponent(w2.icpNumber)}/public-security`,
        {
          number: '京公网安备 11010502030000号',
        },
      );
      assert.equal(ok.statusCode, 200, ok.body);
      const rec = (ok.json() as { record: RecordView }).record;
      assert.equal(rec.websites[0]!.publicSecurityNumber, '京公网安备11010502030000号');
      assert.equal(rec.websites[0]!.publicSecurityDueAt, null);

      const reminders = async () =>
        (
          await t.db.query<{ subject: string }>(
            "SELECT subject FROM outbox_messages WHERE kind = 'filing.public_security_reminder' AND channel = 'site' AND body LIKE $1",
            [`%${w1.icpNumber}%`],
          )
        ).rowCount +
        (
          await t.db.query(
            "SELECT 1 FROM outbox_messages WHERE kind = 'filing.public_security_reminder' AND body LIKE $1",
            [`%${w2.icpNumber}%`],
          )
        ).rowCount *
          100;
      t.clock.advance(24 * 86_400_000);
      await runDueTasks(t.deps);
      assert.equal(await reminders(), 0, 'not before day 25');
      t.clock.advance(2 * 86_400_000);
      await runDueTasks(t.deps);
      assert.equal(
        await reminders(),
        1,
        'one reminder for the unrecorded website, none for the recorded one',
      );
      await runDueTasks(t.deps);
      assert.equal(await reminders(), 1, 'applied once');
    });

    test('no record, no after-filing order; others see nothing', async () => {
      const fresh = await registered(t.app);
      const none = await fresh.post('/api/v1/after-filing/orders', { kind: 'cancel_subject' });
      assert.equal(none.statusCode, 404);
      assert.equal(err(none).path, 'kind');
      assert.deepEqual((await fresh.get('/api/v1/filings/record')).json(), { record: null });
      const reviewer = await staff(t, 'reviewer', '钱审核');
      assert.equal((await reviewer.get('/api/v1/filings/record')).statusCode, 403);
      const wrongField = await fresh.post('/api/v1/after-filing/check', {
        kind: 'cancel_subject',
        targets: ['京ICP备12345678号-1'],
      });
      assert.equal(wrongField.statusCode, 400);
      assert.equal(err(wrongField).path, 'targets');
    });
  });
}
