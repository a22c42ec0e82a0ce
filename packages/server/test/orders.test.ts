/**
 * Orders through the HTTP API on both engines: a first filing from registration to the end of initial review,
 * a rejection fixed and resubmitted, the call log, withdraw and abandon, stale and concurrent transitions,
 * personal data masked in lists and sealed at rest.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { registered, staff, startApp, type Agent, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { exampleOrder, withServiceNumbers } from './support/orders.js';

type View = {
  id: string;
  state: string;
  version: number;
  round: number;
  masked: boolean;
  dueAt: string | null;
  actions: string[];
  reasons: Array<{ path: string; message: string }>;
  data: {
    subject: { leader: { mobile: string; certificateNumber: string } };
    websites: Array<{ name: string }>;
  };
  precheck: { ok: boolean; filingType: string };
};
const view = (res: { json(): unknown }) => (res.json() as { order: View }).order;

for (const engine of ENGINES)
  describe(`orders (${engine.name})`, () => {
    let t: TestApp;
    let reviewer: Agent;
    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z'); // Monday 10:00 China time
      reviewer = await staff(t, 'reviewer');
    });
    after(() => t.close());

    test('a first filing: draft, precheck on save, submit, queue by deadline, calls, approval', async () => {
      const applicant = await registered(t.app, '陈思远');
      const created = await applicant.post(
        '/api/v1/orders',
        await withServiceNumbers(t, applicant, exampleOrder()),
      );
      assert.equal(created.statusCode, 201, created.body);
      const draft = view(created);
      assert.equal(draft.state, 'draft');
      assert.equal(draft.precheck.filingType, 'first_filing');
      assert.ok(draft.actions.includes('submit') && draft.actions.includes('abandon'));
      assert.equal(draft.data.subject.leader.mobile, '13901020102', 'the owner sees the number');

      const submitted = view(
        await applicant.post(`/api/v1/orders/${draft.id}/submit`, { version: draft.version }),
      );
      assert.equal(submitted.state, 'submitted');
      assert.equal(submitted.round, 1);
      assert.equal(submitted.dueAt, '2026-11-24T02:00:00.000Z', 'one working day later');
      assert.deepEqual(submitted.actions.sort(), ['abandon', 'withdraw']);

      const queue = (await reviewer.get('/api/v1/review/queue')).json() as { orders: View[] };
      const inQueue = queue.orders.find((o) => o.id === draft.id)!;
      assert.equal(inQueue.masked, true);
      assert.equal(inQueue.data.subject.leader.mobile, '139****0102');
      assert.match(inQueue.data.subject.leader.certificateNumber, /^110101\*+102X$/);

      const detail = view(await reviewer.get(`/api/v1/orders/${draft.id}`));
      assert.equal(detail.data.subject.leader.mobile, '13901020102');
      assert.ok(detail.actions.includes('approve_initial'));
      const audited = await t.db.query('SELECT * FROM audit_reads WHERE object_id = $1', [draft.id]);
      assert.equal(audited.rowCount, 1, 'a staff read of personal data is audited');

      const call = await reviewer.post(`/api/v1/orders/${draft.id}/calls`, {
        answered: true,
        note: '核实网站用途',
      });
      assert.equal(call.statusCode, 200, call.body);
      const approved = view(await reviewer.post(`/api/v1/orders/${draft.id}/review/approve`));
      assert.equal(approved.state, 'verifying');

      const history = (await applicant.get(`/api/v1/orders/${draft.id}/history`)).json() as {
        events: Array<{ event: string }>;
      };
      assert.deepEqual(
        history.events.map((e) => e.event),
        ['create', 'submit', 'record_call', 'approve_initial'],
      );
    });

    test('personal numbers are sealed at rest', async () => {
      const applicant = await registered(t.app);
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      const { rows } = await t.db.query<{ data: unknown; subject_key: string }>(
        'SELECT data, subject_key FROM orders WHERE id = $1',
        [o.id],
      );
      const raw = JSON.stringify(rows[0]);
      assert.ok(!raw.includes('13901020102') && !raw.includes('11010119920708102X'), raw);
      assert.ok(raw.includes('v1:'));
    });

    test('a rejection with reasons per field, fixed and resubmitted', async () => {
      const applicant = await registered(t.app);
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      await applicant.post(`/api/v1/orders/${o.id}/submit`);
      const bad = await reviewer.post(`/api/v1/orders/${o.id}/review/reject`, {
        reasons: [{ path: 'websites[0].nmae', message: '网站名称与内容不符' }],
      });
      assert.equal(bad.statusCode, 400);
      assert.equal((bad.json() as { error: { path: string } }).error.path, 'reasons[0].path');
      const rejected = view(
        await reviewer.post(`/api/v1/orders/${o.id}/review/reject`, {
          reasons: [
            { path: 'websites[0].name', message: '网站名称须体现网站内容，请修改' },
            { path: 'subject.mailingAddress.text', message: '通信地址须精确到门牌号' },
          ],
        }),
      );
      assert.equal(rejected.state, 'initial_rejected');

      const mine = view(await applicant.get(`/api/v1/orders/${o.id}`));
      assert.deepEqual(
        mine.reasons.map((r) => r.path),
        ['subject.mailingAddress.text', 'websites[0].name'].sort(),
      );
      assert.ok(mine.actions.includes('submit') && mine.actions.includes('edit'));

      const fixed = structuredClone(mine.data);
      fixed.websites[0]!.name = '陈思远的读书笔记';
      const saved = await applicant.request('PUT', `/api/v1/orders/${o.id}`, {
        version: mine.version,
        data: fixed,
      });
      assert.equal(saved.statusCode, 200, saved.body);
      const resubmitted = view(await applicant.post(`/api/v1/orders/${o.id}/submit`));
      assert.equal(resubmitted.state, 'submitted');
      assert.equal(resubmitted.round, 2);
      assert.equal(view(await reviewer.post(`/api/v1/orders/${o.id}/review/approve`)).state, 'verifying');
    });

    test('a submission with precheck errors is refused with the violations', async () => {
      const applicant = await registered(t.app);
      const data = await withServiceNumbers(t, applicant, exampleOrder());
      (data.subject.leader as { certificateValidUntil: string }).certificateValidUntil = '2026-12-01';
      const o = view(await applicant.post('/api/v1/orders', data));
      assert.equal(o.precheck.ok, false);
      const res = await applicant.post(`/api/v1/orders/${o.id}/submit`);
      assert.equal(res.statusCode, 422);
      const e = (res.json() as { error: { code: string; violations: Array<{ code: string }> } }).error;
      assert.equal(e.code, 'PRECHECK_FAILED');
      assert.ok(e.violations.some((v) => v.code === 'CERT_EXPIRING'));
      assert.equal(view(await applicant.get(`/api/v1/orders/${o.id}`)).state, 'draft');
    });

    test('unreachable: a second unanswered call about an hour later, then rejection', async () => {
      const applicant = await registered(t.app);
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      await applicant.post(`/api/v1/orders/${o.id}/submit`);
      await reviewer.post(`/api/v1/orders/${o.id}/calls`, { answered: false });
      t.clock.advance(20 * 60_000);
      await reviewer.post(`/api/v1/orders/${o.id}/calls`, { answered: false });
      const early = await reviewer.post(`/api/v1/orders/${o.id}/review/reject-unreachable`);
      assert.equal(early.statusCode, 409, 'two calls 20 minutes apart are not enough');
      t.clock.advance(45 * 60_000);
      await reviewer.post(`/api/v1/orders/${o.id}/calls`, { answered: false, note: '仍未接通' });
      const rejected = view(await reviewer.post(`/api/v1/orders/${o.id}/review/reject-unreachable`));
      assert.equal(rejected.state, 'initial_rejected');
      assert.equal(rejected.reasons[0]!.path, 'subject.leader.mobile');
    });

    test('withdraw before the review ends; abandon; one order in progress per account; one subject per account', async () => {
      const applicant = await registered(t.app);
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      assert.equal(
        (await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())))
          .statusCode,
        409,
        'one order in progress',
      );
      await applicant.post(`/api/v1/orders/${o.id}/submit`);
      assert.equal(view(await applicant.post(`/api/v1/orders/${o.id}/withdraw`)).state, 'draft');
      const claimed = await t.db.query<{ state: string }>(
        'SELECT state FROM service_numbers WHERE order_id = $1',
        [o.id],
      );
      assert.deepEqual(
        claimed.rows.map((r) => r.state),
        ['filing'],
        'the number was claimed at submission',
      );
      assert.equal(view(await applicant.post(`/api/v1/orders/${o.id}/abandon`)).state, 'abandoned');
      const voided = await t.db.query<{ state: string }>(
        'SELECT state FROM service_numbers WHERE order_id = $1',
        [o.id],
      );
      assert.deepEqual(
        voided.rows.map((r) => r.state),
        ['void'],
        'an abandoned order uses its number up',
      );
      const other = exampleOrder('nonlocal-id-FJ');
      const res = await applicant.post('/api/v1/orders', { ...other, subject: { ...other.subject } });
      assert.equal(res.statusCode, 400, 'another subject on the same account');
      assert.equal((res.json() as { error: { path: string } }).error.path, 'subject.certificate.number');
      assert.equal(
        (await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())))
          .statusCode,
        201,
        'the same subject again',
      );
    });

    test('a stale save is a conflict and changes nothing', async () => {
      const applicant = await registered(t.app);
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      const data = exampleOrder();
      assert.equal(
        (await applicant.request('PUT', `/api/v1/orders/${o.id}`, { version: o.version, data })).statusCode,
        200,
      );
      const stale = await applicant.request('PUT', `/api/v1/orders/${o.id}`, { version: o.version, data });
      assert.equal(stale.statusCode, 409);
      assert.equal((stale.json() as { error: { code: string } }).error.code, 'CONFLICT');
      assert.equal(view(await applicant.get(`/api/v1/orders/${o.id}`)).version, o.version + 1);
    });

    test('two reviewers deciding at once: exactly one decision lands', async () => {
      const applicant = await registered(t.app);
      const other = await staff(t, 'reviewer', '李审核');
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      await applicant.post(`/api/v1/orders/${o.id}/submit`);
      const [a, b] = await Promise.all([
        reviewer.post(`/api/v1/orders/${o.id}/review/approve`),
        other.post(`/api/v1/orders/${o.id}/review/reject`, {
          reasons: [{ path: 'subject', message: '主体信息有误' }],
        }),
      ]);
      assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409]);
      const events = await t.db.query(
        'SELECT event FROM order_events WHERE order_id = $1 AND event IN ($2, $3)',
        [o.id, 'approve_initial', 'reject_initial'],
      );
      assert.equal(events.rowCount, 1);
    });

    test('roles: an applicant cannot review, a reviewer cannot create or edit orders', async () => {
      const applicant = await registered(t.app);
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      await applicant.post(`/api/v1/orders/${o.id}/submit`);
      assert.equal((await applicant.post(`/api/v1/orders/${o.id}/review/approve`)).statusCode, 403);
      assert.equal((await applicant.get('/api/v1/review/queue')).statusCode, 403);
      assert.equal((await reviewer.post('/api/v1/orders', exampleOrder())).statusCode, 403);
      assert.equal(
        (await reviewer.request('PUT', `/api/v1/orders/${o.id}`, { version: 1, data: exampleOrder() }))
          .statusCode,
        403,
      );
    });

    test('a website without a service number or authorization code cannot be submitted', async () => {
      const applicant = await registered(t.app);
      const o = view(await applicant.post('/api/v1/orders', exampleOrder()));
      const res = await applicant.post(`/api/v1/orders/${o.id}/submit`);
      assert.equal(res.statusCode, 400);
      assert.equal(
        (res.json() as { error: { path: string } }).error.path,
        'websites[0].access.serviceNumber',
      );
      assert.equal(view(await applicant.get(`/api/v1/orders/${o.id}`)).state, 'draft');
    });

    test('one service number cannot serve two orders', async () => {
      const a = await registered(t.app);
      const b = await registered(t.app);
      const dataA = await withServiceNumbers(t, a, exampleOrder());
      const oa = view(await a.post('/api/v1/orders', dataA));
      const ob = view(
        await b.post('/api/v1/orders', {
          ...exampleOrder('nonlocal-id-FJ'),
          websites: exampleOrder('nonlocal-id-FJ').websites.map((w) => ({
            ...w,
            access: dataA.websites[0]!.access,
          })),
        }),
      );
      assert.equal((await a.post(`/api/v1/orders/${oa.id}/submit`)).statusCode, 200);
      const second = await b.post(`/api/v1/orders/${ob.id}/submit`);
      assert.equal(second.statusCode, 409, second.body);
      assert.equal(
        (second.json() as { error: { path: string } }).error.path,
        'websites[0].access.serviceNumber',
      );
      assert.equal(
        view(await b.get(`/api/v1/orders/${ob.id}`)).state,
        'draft',
        'the failed submission changed nothing',
      );
    });

    test('a reviewer does not see drafts', async () => {
      const applicant = await registered(t.app);
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      assert.equal((await reviewer.get(`/api/v1/orders/${o.id}`)).statusCode, 404);
    });
  });
