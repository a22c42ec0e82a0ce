/**
 * Orders through the HTTP API on both engines: a first filing from registration to the end of initial review,
 * a rejection fixed and resubmitted, the call log, withdraw and abandon, stale and concurrent transitions,
 * personal data masked in lists and sealed at rest.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { registered, staff, startApp, type Agent, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { slotsOf, uploadMaterial, viaAgent, withMaterials } from './support/materials.js';
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

    /** A draft with its service numbers and the materials its precheck requires, as the wizard leaves it. */
    async function readyDraft(applicant: Agent & { email: string }, data = exampleOrder()): Promise<View> {
      const o = view(await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, data)));
      await withMaterials(applicant, o.id);
      return o;
    }

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
      await withMaterials(applicant, draft.id);

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
      const o = await readyDraft(applicant);
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
      const o = await readyDraft(applicant);
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
      const o = await readyDraft(applicant);
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
      const o = await readyDraft(applicant);
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
      const o = await readyDraft(applicant);
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
      await withMaterials(a, oa.id);
      const ob = view(
        await b.post('/api/v1/orders', {
          ...exampleOrder('nonlocal-id-FJ'),
          websites: exampleOrder('nonlocal-id-FJ').websites.map((w) => ({
            ...w,
            access: dataA.websites[0]!.access,
          })),
        }),
      );
      await withMaterials(b, ob.id);
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

    /** What a submission writes: the order's state, version, round and precheck, its events, notices and claims. */
    async function footprint(orderId: string): Promise<unknown> {
      const { rows } = await t.db.query(
        `SELECT o.state, o.version, o.round, o.submitted_at, o.due_at, o.precheck,
           (SELECT count(*)::int FROM order_events e WHERE e.order_id = o.id) AS events,
           (SELECT count(*)::int FROM outbox_messages m WHERE m.order_id = o.id) AS notices,
           (SELECT count(*)::int FROM service_numbers n WHERE n.order_id = o.id) AS claims
         FROM orders o WHERE o.id = $1`,
        [orderId],
      );
      return rows[0];
    }

    type Refusal = {
      error: {
        code: string;
        message: string;
        violations: Array<{ code: string; path: string; message: string }>;
      };
    };
    type Required = { code: string; path?: string };
    const requiredOf = (o: View) =>
      (o.precheck as unknown as { requiredMaterials: Required[] }).requiredMaterials;

    test('a submission is refused while a required material is missing, naming it, and changes nothing; accepted once uploaded', async () => {
      const applicant = await registered(t.app);
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      const required = requiredOf(o);
      assert.deepEqual(required.map((r) => r.code).sort(), [
        'handheld_personal_id', // 北京个人 (seed 004 §7.3.1)
        'subject_leader_id',
        'verification_form',
      ]);
      const send = viaAgent(applicant);
      // everything but the handheld photo, and only the front of the ID
      for (const r of required)
        if (r.code !== 'handheld_personal_id')
          for (const fields of slotsOf(r))
            if (fields.side !== 'back') await uploadMaterial(send, o.id, fields);
      const before = await footprint(o.id);

      const res = await applicant.post(`/api/v1/orders/${o.id}/submit`, { version: o.version });
      assert.equal(res.statusCode, 422, res.body);
      const { error } = res.json() as Refusal;
      assert.equal(error.code, 'PRECHECK_FAILED');
      assert.match(error.message, /还缺少资料/);
      assert.match(error.message, /《主体负责人证件》（反面）/);
      assert.match(error.message, /《手持个人证件照片》/);
      assert.ok(!error.message.includes('真实性核验单'), error.message);
      assert.deepEqual(
        error.violations.map((v) => [v.code, v.path]),
        [
          ['MATERIAL_MISSING', 'materials'],
          ['MATERIAL_MISSING', 'materials'],
        ],
      );
      assert.ok(error.violations.every((v) => /^缺少《.+》：/.test(v.message)));
      assert.deepEqual(
        await footprint(o.id),
        before,
        'nothing changed: no submission, event, notice or claim',
      );

      await uploadMaterial(send, o.id, { code: 'subject_leader_id', side: 'back' });
      const still = await applicant.post(`/api/v1/orders/${o.id}/submit`);
      assert.equal(still.statusCode, 422);
      assert.match((still.json() as Refusal).error.message, /^预检未通过：还缺少资料《手持个人证件照片》，/);
      await uploadMaterial(send, o.id, { code: 'handheld_personal_id' });
      const submitted = view(await applicant.post(`/api/v1/orders/${o.id}/submit`, { version: o.version }));
      assert.equal(submitted.state, 'submitted');
      assert.equal(submitted.round, 1);
    });

    test("a website leader's certificate counts for the website it was uploaded for", async () => {
      const applicant = await registered(t.app);
      const data = exampleOrder();
      data.websites.push({
        name: '陈思远的摄影作品',
        domains: ['chensyphoto.cn'],
        homepage: 'https://chensyphoto.cn',
        serviceContent: 'general',
        leader: {
          name: '王小明',
          region: 'mainland',
          certificateType: 'resident_id',
          certificateNumber: '110105198803120014',
          certificateValidUntil: '2036-05-01',
          mobile: '13901050105',
          mobileProvince: 'BJ',
          email: 'wxm@example.cn',
        },
      });
      const o = view(await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, data)));
      const required = requiredOf(o);
      assert.ok(required.some((r) => r.code === 'website_leader_id' && r.path === 'websites[1]'));
      const send = viaAgent(applicant);
      for (const r of required)
        for (const fields of slotsOf(r.code === 'website_leader_id' ? { ...r, path: 'websites[0]' } : r))
          await uploadMaterial(send, o.id, fields);

      const res = await applicant.post(`/api/v1/orders/${o.id}/submit`);
      assert.equal(res.statusCode, 422, res.body);
      const { error } = res.json() as Refusal;
      assert.match(error.message, /《网站负责人证件》（网站2）/);
      assert.deepEqual(
        error.violations.map((v) => [v.code, v.path]),
        [['MATERIAL_MISSING', 'websites[1]']],
      );
      for (const fields of slotsOf({ code: 'website_leader_id', path: 'websites[1]' }))
        await uploadMaterial(send, o.id, fields);
      assert.equal(view(await applicant.post(`/api/v1/orders/${o.id}/submit`)).state, 'submitted');
    });

    test('a material deleted after a rejection blocks the resubmission until it is uploaded again', async () => {
      const applicant = await registered(t.app);
      const o = await readyDraft(applicant);
      assert.equal(view(await applicant.post(`/api/v1/orders/${o.id}/submit`)).state, 'submitted');
      const rejected = await reviewer.post(`/api/v1/orders/${o.id}/review/reject`, {
        reasons: [{ path: 'subject.mailingAddress.text', message: '通信地址须精确到门牌号' }],
      });
      assert.equal(view(rejected).state, 'initial_rejected');

      const list = (await applicant.get(`/api/v1/orders/${o.id}/materials`)).json() as {
        materials: Array<{ id: string; code: string }>;
      };
      const form = list.materials.find((m) => m.code === 'verification_form')!;
      const deleted = await applicant.request('DELETE', `/api/v1/orders/${o.id}/materials/${form.id}`);
      assert.equal(deleted.statusCode, 204, deleted.body);
      const before = await footprint(o.id);
      const res = await applicant.post(`/api/v1/orders/${o.id}/submit`);
      assert.equal(res.statusCode, 422, res.body);
      assert.match((res.json() as Refusal).error.message, /《网站备案信息真实性核验单》/);
      assert.deepEqual(await footprint(o.id), before, 'still rejected, round 1, nothing written');

      await uploadMaterial(viaAgent(applicant), o.id, { code: 'verification_form' });
      const resubmitted = view(await applicant.post(`/api/v1/orders/${o.id}/submit`));
      assert.equal(resubmitted.state, 'submitted');
      assert.equal(resubmitted.round, 2);
    });

    test('a reviewer does not see drafts', async () => {
      const applicant = await registered(t.app);
      const o = view(
        await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, exampleOrder())),
      );
      assert.equal((await reviewer.get(`/api/v1/orders/${o.id}`)).statusCode, 404);
    });
  });
