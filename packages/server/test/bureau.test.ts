/**
 * The bureau stage through the HTTP API on both engines, with a clock the tests move: a first filing to its ICP
 * number and into the applicant's filings; 短信核验 in Zhejiang (the code read from the outbox), five wrong entries
 * and the 48-hour lapse returning the order; a new website of a subject filed elsewhere (the SMS to the website
 * leader, the number after the subject's websites); a bureau rejection fixed and resubmitted; the demo policy;
 * numbers never reused under concurrent approvals; other accounts, bad input, orders not at the bureau.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { REGISTRY_SEED, seedRegistry } from '../src/adapters/registry/seed.js';
import { SimulatedRegistry } from '../src/adapters/registry/simulator.js';
import { runDueTasks } from '../src/jobs/worker.js';
import { dueAfterWorkingDays } from '../src/usecases/orders/deadlines.js';
import { registered, staff, startApp, type Agent, type TestApp } from './support/app.js';
import {
  atBureau,
  individualOrder,
  mobile,
  passVerification,
  pushToBureau,
  residentId,
  smsCodes,
  submittedAndReviewed,
} from './support/bureau.js';
import { ENGINES } from './support/engines.js';
import { freshPhoto, multipart } from './support/materials.js';
import { exampleOrder, type OrderInput } from './support/orders.js';

type BureauView = {
  orderId: string;
  bureauReference: string;
  province: string;
  state: string;
  bureauStatus: string;
  subjectIcpNumber: string | null;
  masked: boolean;
  actions: string[];
  reasons: Array<{ path: string; message: string }>;
  data: {
    subject: { certificate: { number: string }; leader: { mobile: string; certificateNumber: string } };
  };
};
type OrderView = {
  id: string;
  state: string;
  version: number;
  round: number;
  actions: string[];
  reasons: Array<{ path: string; message: string; stage: string }>;
  data: OrderInput & { websites: Array<{ name: string }> };
};
type Filing = {
  icpNumber: string;
  name: string;
  accessedHere: boolean;
  websites: Array<{ icpNumber: string; domain: string; accessedHere: boolean; orderId: string | null }>;
};
type ErrorBody = { error: { code: string; message: string; path?: string; remainingAttempts?: number } };

const bureauView = (res: { json(): unknown }) => (res.json() as { order: BureauView }).order;
const err = (res: { json(): unknown }) => (res.json() as ErrorBody).error;

async function stateOf(t: TestApp, orderId: string): Promise<string> {
  return (await t.db.query<{ state: string }>('SELECT state FROM orders WHERE id = $1', [orderId])).rows[0]!
    .state;
}

/** The seeded subject filed at another provider, with a new website led by someone else (new_website_elsewhere). */
function websiteElsewhereOrder(): OrderInput & {
  websiteLeaderMobile: string;
  websiteLeaderId: string;
  domain: string;
} {
  const d = exampleOrder('base-ZJ-enterprise') as unknown as {
    subject: Record<string, unknown> & {
      leader: Record<string, unknown>;
      certificate: Record<string, unknown>;
    };
    websites: Array<Record<string, unknown>>;
  };
  const s = REGISTRY_SEED.filedElsewhere;
  d.subject.name = s.name;
  d.subject.certificate = { ...d.subject.certificate, number: s.certificateNumber };
  d.subject.investor = s.leaderName;
  d.subject.leader = { ...d.subject.leader, name: s.leaderName, mobile: mobile() };
  d.subject.legalRepresentative = { name: s.leaderName, region: 'mainland' };
  const websiteLeaderMobile = mobile();
  const websiteLeaderId = residentId('ZJ', '19900312');
  const domain = 'yuanshan-blog.cn';
  d.websites[0] = {
    ...d.websites[0],
    name: '远山网络博客',
    domains: [domain],
    homepage: `https://${domain}`,
    leader: {
      name: '王强',
      region: 'mainland',
      certificateType: 'resident_id',
      certificateNumber: websiteLeaderId,
      certificateValidUntil: '2036-05-01',
      mobile: websiteLeaderMobile,
      mobileProvince: 'ZJ',
      email: 'wangqiang@example.cn',
      isLegalRepresentative: false,
    },
  };
  return { ...(d as unknown as OrderInput), websiteLeaderMobile, websiteLeaderId, domain };
}

for (const engine of ENGINES)
  describe(`bureau stage (${engine.name})`, () => {
    let t: TestApp;
    let operator: Agent;
    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z'); // Monday 10:00 in China
      operator = await staff(t, 'bureau_operator', '赵管局');
      await seedRegistry(t.db, t.clock.now());
    });
    after(() => t.close());

    test('a first filing: the bureau reviews it masked, approves it, the ICP numbers reach the registry and my filings', async () => {
      const a = await registered(t.app, '陈思远');
      const data = individualOrder('BJ');
      const id = await atBureau(t, a, data);
      assert.equal(await stateOf(t, id), 'bureau_review', 'Beijing first filings skip 短信核验');

      const list = (await operator.get('/api/v1/bureau/orders?province=BJ')).json() as {
        orders: BureauView[];
      };
      const listed = list.orders.find((o) => o.orderId === id)!;
      assert.ok(listed, 'under review in the Beijing queue');
      assert.equal(listed.masked, true);
      assert.equal(
        listed.data.subject.leader.mobile,
        `${data.mobile.slice(0, 3)}****${data.mobile.slice(7)}`,
      );
      assert.notEqual(listed.data.subject.certificate.number, data.id);
      assert.match(listed.bureauReference, /^BJ20261123-[0-9A-F]{8}$/);
      const zj = (await operator.get('/api/v1/bureau/orders?province=ZJ')).json() as { orders: BureauView[] };
      assert.ok(!zj.orders.some((o) => o.orderId === id), 'not in another province');

      const one = bureauView(await operator.get(`/api/v1/bureau/orders/${id}`));
      assert.equal(one.data.subject.certificate.number, data.id, 'the bureau checks the certificate');
      assert.equal(one.data.subject.leader.certificateNumber, data.id);
      assert.match(one.data.subject.leader.mobile, /^\d{3}\*{4}\d{4}$/, 'phones stay masked');
      assert.deepEqual(one.actions.sort(), ['bureau_approve', 'bureau_reject']);
      const audited = await t.db.query('SELECT 1 FROM audit_reads WHERE object_id = $1', [id]);
      assert.equal(audited.rowCount, 1, 'the unmasked read is audited');

      const approved = await operator.post(`/api/v1/bureau/orders/${id}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      const view = bureauView(approved);
      assert.equal(view.state, 'approved');
      assert.equal(view.bureauStatus, 'approved');
      assert.match(
        view.subjectIcpNumber!,
        /^京ICP备26\d{6}号$/,
        'the year of first approval, then the sequence',
      );
      const again = await operator.post(`/api/v1/bureau/orders/${id}/approve`);
      assert.equal(again.statusCode, 409, 'approved once');

      const filings = (await a.get('/api/v1/filings')).json() as { filings: Filing[] };
      assert.equal(filings.filings.length, 1);
      assert.equal(filings.filings[0]!.icpNumber, view.subjectIcpNumber);
      assert.deepEqual(filings.filings[0]!.websites, [
        {
          icpNumber: `${view.subjectIcpNumber}-1`,
          name: '陈思远的学习笔记',
          domain: data.domain,
          accessedHere: true,
          orderId: id,
          siteCheck: null, // not checked yet (site-checks.test.ts)
        },
      ]);

      const registry = new SimulatedRegistry(t.db);
      const subject = await registry.findSubject({ type: 'resident_id', number: data.id });
      assert.equal(subject?.icpNumber, view.subjectIcpNumber);
      assert.equal(subject?.accessedHere, true);
      assert.equal(await registry.hasOrderInFlight({ type: 'resident_id', number: data.id }), false);
      assert.equal((await registry.findWebsite(data.domain))?.icpNumber, `${view.subjectIcpNumber}-1`);

      const numbers = await t.db.query<{ state: string }>(
        'SELECT state FROM service_numbers WHERE order_id = $1',
        [id],
      );
      assert.deepEqual(
        numbers.rows.map((r) => r.state),
        ['filed'],
        'the service number is 已备案',
      );
      const history = (await a.get(`/api/v1/orders/${id}/history`)).json() as {
        events: Array<{ event: string }>;
      };
      assert.deepEqual(
        history.events.slice(-2).map((e) => e.event),
        ['push_to_bureau', 'bureau_approve'],
      );
      const queue = (await operator.get('/api/v1/bureau/orders')).json() as { orders: BureauView[] };
      assert.ok(!queue.orders.some((o) => o.orderId === id), 'decided filings leave the queue');

      // the next Beijing subject gets the next number of the sequence
      const b = await registered(t.app, '周宁');
      const id2 = await atBureau(t, b, individualOrder('BJ'));
      const second = bureauView(await operator.post(`/api/v1/bureau/orders/${id2}/approve`));
      const seq = (n: string) => Number(/备(\d+)号/.exec(n)![1]);
      assert.equal(seq(second.subjectIcpNumber!), seq(view.subjectIcpNumber!) + 1);
    });

    test('Zhejiang: the code goes to the leader, wrong entries count, the fifth returns the order; resubmitted, it verifies', async () => {
      const a = await registered(t.app, '陈思远');
      const data = individualOrder('ZJ');
      const id = await atBureau(t, a, data);
      assert.equal(await stateOf(t, id), 'sms_verification');
      const codes = await smsCodes(t, id);
      assert.deepEqual(
        [...codes.keys()],
        [data.mobile],
        'one SMS, to the subject leader (also the website leader)',
      );
      const code = codes.get(data.mobile)!;
      const wrong = code === '000000' ? '111111' : '000000';
      const tail = data.id.slice(-6);
      const url = `/api/v1/orders/${id}/sms-verification`;

      for (let remaining = 4; remaining >= 1; remaining--) {
        const res = await a.post(url, { code: wrong, mobile: data.mobile, certificateTail: tail });
        assert.equal(res.statusCode, 400, res.body);
        assert.equal(err(res).path, 'code');
        assert.equal(err(res).remainingAttempts, remaining);
      }
      const fifth = await a.post(url, { code, mobile: data.mobile, certificateTail: '000000' });
      assert.equal(fifth.statusCode, 409, 'the right code with a wrong certificate tail is a wrong entry');
      assert.match(err(fifth).message, /连续5次输入错误，订单已退回/);
      assert.equal(await stateOf(t, id), 'returned');
      const sixth = await a.post(url, { code, mobile: data.mobile, certificateTail: tail });
      assert.equal(sixth.statusCode, 409);

      const returned = (await a.get(`/api/v1/orders/${id}`)).json() as { order: OrderView };
      assert.deepEqual(
        returned.order.reasons.map((r) => [r.stage, r.path]),
        [['sms', 'subject.leader.mobile']],
      );
      assert.ok(returned.order.actions.includes('submit') && returned.order.actions.includes('edit'));
      const registry = new SimulatedRegistry(t.db);
      assert.equal(await registry.hasOrderInFlight({ type: 'resident_id', number: data.id }), false);
      const lapse = await t.db.query(
        "SELECT 1 FROM scheduled_tasks WHERE order_id = $1 AND kind = 'bureau.sms_lapse' AND cancelled_at IS NOT NULL",
        [id],
      );
      assert.equal(lapse.rowCount, 1, 'the 48-hour task is cancelled');

      // resubmitted unchanged (the phone works): a new round, a new code
      const resubmitted = await a.post(`/api/v1/orders/${id}/submit`);
      assert.equal(resubmitted.statusCode, 200, resubmitted.body);
      const reviewer = await staff(t, 'reviewer');
      assert.equal((await reviewer.post(`/api/v1/orders/${id}/review/approve`)).statusCode, 200);
      const round2 = (await a.get(`/api/v1/orders/${id}/verification`)).json() as {
        verification: { photos: Array<{ needsUpload: boolean }> };
      };
      assert.deepEqual(
        round2.verification.photos.map((p) => p.needsUpload),
        [true],
        'a returned order verifies again: a new curtain photo',
      );
      await passVerification(t, a, id);
      await pushToBureau(t, id);
      const fresh = (await smsCodes(t, id)).get(data.mobile)!;
      const ok = await a.post(url, { code: fresh, mobile: data.mobile, certificateTail: tail.toLowerCase() });
      assert.equal(ok.statusCode, 200, ok.body);
      const body = ok.json() as { complete: boolean; pending: string[]; order: OrderView };
      assert.equal(body.complete, true);
      assert.equal(body.order.state, 'bureau_review');
      assert.equal(body.order.round, 2);
      const queue = (await operator.get('/api/v1/bureau/orders?province=ZJ')).json() as {
        orders: BureauView[];
      };
      assert.ok(queue.orders.some((o) => o.orderId === id));
    });

    test('a first filing with its own website leader: one code per phone, both must verify', async () => {
      const a = await registered(t.app, '李建国');
      const data = exampleOrder('base-ZJ-enterprise') as unknown as {
        subject: { leader: { mobile: string; certificateNumber: string } };
        websites: Array<Record<string, unknown>>;
      };
      data.subject.leader.mobile = mobile();
      const leader2 = { mobile: mobile(), id: residentId('ZJ', '19881105') };
      data.websites[0]!.leader = {
        name: '周敏',
        region: 'mainland',
        certificateType: 'resident_id',
        certificateNumber: leader2.id,
        certificateValidUntil: '2036-05-01',
        mobile: leader2.mobile,
        mobileProvince: 'ZJ',
        email: 'zhoumin@example.cn',
        isLegalRepresentative: false,
      };
      const id = await atBureau(t, a, data as unknown as OrderInput);
      const codes = await smsCodes(t, id);
      assert.deepEqual(
        [...codes.keys()].sort(),
        [data.subject.leader.mobile, leader2.mobile].sort(),
        'the subject leader and the website leader',
      );
      const url = `/api/v1/orders/${id}/sms-verification`;
      const crossed = await a.post(url, {
        code: codes.get(data.subject.leader.mobile)!,
        mobile: leader2.mobile,
        certificateTail: leader2.id.slice(-6),
      });
      assert.equal(crossed.statusCode, 400, "one phone's code does not verify another");
      const first = await a.post(url, {
        code: codes.get(leader2.mobile)!,
        mobile: leader2.mobile,
        certificateTail: leader2.id.slice(-6),
      });
      assert.equal(first.statusCode, 200, first.body);
      const half = first.json() as { complete: boolean; pending: string[]; order: OrderView };
      assert.equal(half.complete, false);
      assert.deepEqual(half.pending, [
        `${data.subject.leader.mobile.slice(0, 3)}****${data.subject.leader.mobile.slice(7)}`,
      ]);
      assert.equal(half.order.state, 'sms_verification');
      const second = await a.post(url, {
        code: codes.get(data.subject.leader.mobile)!,
        mobile: data.subject.leader.mobile,
        certificateTail: data.subject.leader.certificateNumber.slice(-6),
      });
      assert.equal(second.statusCode, 200, second.body);
      assert.equal((second.json() as { complete: boolean }).complete, true);
      assert.equal(await stateOf(t, id), 'bureau_review');
    });

    test('the 48 hours lapse: the task returns the order with the reason beside the phone', async () => {
      const a = await registered(t.app);
      const data = individualOrder('SD');
      const id = await atBureau(t, a, data);
      assert.equal(await stateOf(t, id), 'sms_verification');
      const code = (await smsCodes(t, id)).get(data.mobile)!;
      t.clock.advance(48 * 3_600_000 - 60_000);
      await runDueTasks(t.deps);
      assert.equal(await stateOf(t, id), 'sms_verification', 'not a minute early');
      t.clock.advance(60_000);
      await runDueTasks(t.deps);
      assert.equal(await stateOf(t, id), 'returned');
      const view = (await a.get(`/api/v1/orders/${id}`)).json() as { order: OrderView };
      assert.equal(view.order.reasons.length, 1);
      assert.equal(view.order.reasons[0]!.stage, 'sms');
      assert.equal(view.order.reasons[0]!.path, 'subject.leader.mobile');
      assert.match(view.order.reasons[0]!.message, /48小时/);
      const late = await a.post(`/api/v1/orders/${id}/sms-verification`, {
        code,
        mobile: data.mobile,
        certificateTail: data.id.slice(-6),
      });
      assert.equal(late.statusCode, 409);
    });

    test('a new website of a subject filed elsewhere: the SMS to the website leader, the number after its websites', async () => {
      const a = await registered(t.app, '李娜');
      const data = websiteElsewhereOrder();
      const id = await atBureau(t, a, data);
      const order = (await a.get(`/api/v1/orders/${id}`)).json() as { order: { filingType: string } };
      assert.equal(order.order.filingType, 'new_website_elsewhere');
      assert.equal(await stateOf(t, id), 'sms_verification', 'every province verifies new_website_elsewhere');
      const codes = await smsCodes(t, id);
      assert.deepEqual([...codes.keys()], [data.websiteLeaderMobile], 'only the website leader gets a code');

      const subjectLeaderTry = await a.post(`/api/v1/orders/${id}/sms-verification`, {
        code: codes.get(data.websiteLeaderMobile)!,
        mobile: (data.subject as { leader: { mobile: string } }).leader.mobile,
        certificateTail: data.websiteLeaderId.slice(-6),
      });
      assert.equal(subjectLeaderTry.statusCode, 400, 'the subject leader was sent no code');
      const ok = await a.post(`/api/v1/orders/${id}/sms-verification`, {
        code: codes.get(data.websiteLeaderMobile)!,
        mobile: data.websiteLeaderMobile,
        certificateTail: data.websiteLeaderId.slice(-6),
      });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal((ok.json() as { order: OrderView }).order.state, 'bureau_review');

      const approved = bureauView(await operator.post(`/api/v1/bureau/orders/${id}/approve`));
      const s = REGISTRY_SEED.filedElsewhere;
      assert.equal(approved.subjectIcpNumber, s.icpNumber, 'a filed subject keeps its number');
      const filings = (await a.get('/api/v1/filings')).json() as { filings: Filing[] };
      assert.equal(filings.filings.length, 1);
      assert.equal(filings.filings[0]!.accessedHere, true, 'the subject is accessed here now');
      assert.deepEqual(
        filings.filings[0]!.websites.map((w) => [w.icpNumber, w.accessedHere, w.orderId]),
        [
          [`${s.icpNumber}-1`, false, null],
          [`${s.icpNumber}-2`, false, null],
          [`${s.icpNumber}-3`, true, id],
        ],
      );
      const issued = await t.db.query<{ icp_number: string }>(
        "SELECT icp_number FROM bureau_icp_numbers WHERE kind = 'subject' AND icp_number = $1",
        [s.icpNumber],
      );
      assert.equal(issued.rowCount, 0, 'no subject number was issued');
    });

    test('a bureau rejection with reasons per field, fixed and resubmitted, then approved', async () => {
      const a = await registered(t.app);
      const data = individualOrder('GD');
      const id = await atBureau(t, a, data);
      const url = `/api/v1/bureau/orders/${id}/reject`;
      const none = await operator.post(url, { reasons: [] });
      assert.equal(none.statusCode, 400);
      assert.equal(err(none).path, 'reasons');
      const badPath = await operator.post(url, {
        reasons: [{ path: 'websites[0].nmae', message: '名称不符' }],
      });
      assert.equal(badPath.statusCode, 400);
      assert.equal(err(badPath).path, 'reasons[0].path');
      const reviewer = await staff(t, 'reviewer');
      assert.equal(
        (await reviewer.post(url, { reasons: [{ path: 'websites[0].name', message: '名称不符' }] }))
          .statusCode,
        403,
        'only the bureau rejects at the bureau',
      );

      const rejected = await operator.post(url, {
        reasons: [{ path: 'websites[0].name', message: '网站名称须体现网站内容：请修改网站名称' }],
      });
      assert.equal(rejected.statusCode, 200, rejected.body);
      assert.equal(bureauView(rejected).state, 'bureau_rejected');
      assert.deepEqual(
        bureauView(rejected).reasons.map((r) => r.path),
        ['websites[0].name'],
      );
      assert.equal(
        await new SimulatedRegistry(t.db).hasOrderInFlight({ type: 'resident_id', number: data.id }),
        false,
      );

      const mine = ((await a.get(`/api/v1/orders/${id}`)).json() as { order: OrderView }).order;
      assert.deepEqual(
        mine.reasons.map((r) => [r.stage, r.path]),
        [['bureau', 'websites[0].name']],
      );
      const fixed = structuredClone(mine.data);
      fixed.websites[0]!.name = '陈思远的读书笔记';
      const saved = await a.request('PUT', `/api/v1/orders/${id}`, { version: mine.version, data: fixed });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal((await a.post(`/api/v1/orders/${id}/submit`)).statusCode, 200);
      assert.equal((await reviewer.post(`/api/v1/orders/${id}/review/approve`)).statusCode, 200);
      await passVerification(t, a, id);
      await pushToBureau(t, id);
      const approved = bureauView(await operator.post(`/api/v1/bureau/orders/${id}/approve`));
      assert.equal(approved.state, 'approved');
      assert.match(approved.subjectIcpNumber!, /^粤ICP备26\d{6}号$/);
      const filings = (await a.get('/api/v1/filings')).json() as { filings: Filing[] };
      assert.equal(filings.filings[0]!.websites[0]!.icpNumber, `${approved.subjectIcpNumber}-1`);
    });

    test('a new round after a bureau rejection needs new curtain photos: the approved one counts no more, nor the same image again', async () => {
      const a = await registered(t.app, '陈思远');
      const id = await atBureau(t, a, individualOrder('BJ'));
      const url = (path: string) => `/api/v1/orders/${id}${path}`;
      type V = {
        order: { state: string; round: number };
        verification: {
          curtain: { shipment: object | null } | null;
          photos: Array<{ path: string; photo: { id: string } | null; needsUpload: boolean }>;
          nextActions: string[];
        };
      };
      const first = ((await a.get(url('/verification'))).json() as V).verification.photos[0]!.photo!;
      const firstBytes = (await a.get(url(`/materials/${first.id}/file`))).rawPayload;
      const rejected = await operator.post(`/api/v1/bureau/orders/${id}/reject`, {
        reasons: [{ path: 'subject.mailingAddress.text', message: '通信地址须精确到门牌号' }],
      });
      assert.equal(bureauView(rejected).state, 'bureau_rejected');
      assert.equal((await a.post(url('/submit'))).statusCode, 200, 'resubmitted as it was');
      const reviewer = await staff(t, 'reviewer');
      assert.equal((await reviewer.post(url('/review/approve'))).statusCode, 200);

      // round 2: the curtain already shipped serves again, the photo is due again
      let v = (await a.get(url('/verification'))).json() as V;
      assert.equal(v.order.round, 2);
      assert.ok(v.verification.curtain?.shipment, 'the curtain of round 1');
      assert.deepEqual(
        v.verification.photos.map((p) => [p.path, p.photo, p.needsUpload]),
        [['websites[0]', null, true]],
      );
      assert.deepEqual(v.verification.nextActions, ['upload_curtain_photo']);
      const early = await reviewer.post(url('/verification/curtain-photos/approve'));
      assert.equal(early.statusCode, 409, "round 1's approval is not round 2's");
      assert.match(err(early).message, /尚未上传幕布照片（websites\[0\]）/);

      // the same image again is refused: the leader is photographed anew
      const again = multipart({}, { bytes: firstBytes });
      const reused = await a.raw('POST', url('/verification/curtain-photos'), again.body, again.type);
      assert.equal(reused.statusCode, 400, reused.body);
      assert.equal(err(reused).path, 'file');
      assert.match(err(reused).message, /之前的核验中使用过/);

      const fresh = multipart({}, { bytes: await freshPhoto() });
      const uploaded = await a.raw('POST', url('/verification/curtain-photos'), fresh.body, fresh.type);
      assert.equal(uploaded.statusCode, 201, uploaded.body.slice(0, 300));
      v = (await reviewer.post(url('/verification/curtain-photos/approve'))).json() as V;
      assert.equal(v.order.state, 'pending_bureau_push');
      const reviews = await t.db.query<{ round: number; decision: string; material_ids: string[] }>(
        'SELECT round, decision, material_ids FROM verification_reviews WHERE order_id = $1 ORDER BY round',
        [id],
      );
      assert.deepEqual(
        reviews.rows.map((r) => [Number(r.round), r.decision, r.material_ids.length]),
        [
          [1, 'approved', 1],
          [2, 'approved', 1],
        ],
      );
      assert.notEqual(reviews.rows[0]!.material_ids[0], reviews.rows[1]!.material_ids[0]);
    });

    test('other accounts, bad input and orders not at the bureau', async () => {
      const a = await registered(t.app);
      const b = await registered(t.app);
      const data = individualOrder('HA');
      const id = await atBureau(t, a, data);
      const url = `/api/v1/orders/${id}/sms-verification`;
      const code = (await smsCodes(t, id)).get(data.mobile)!;
      const body = { code, mobile: data.mobile, certificateTail: data.id.slice(-6) };

      const other = await b.post(url, body);
      assert.equal(other.statusCode, 404, "another applicant's session");
      assert.ok(!other.body.includes(id));
      assert.deepEqual(((await b.get('/api/v1/filings')).json() as { filings: unknown[] }).filings, []);
      assert.equal((await b.get('/api/v1/bureau/orders')).statusCode, 403);
      assert.equal((await b.post(`/api/v1/bureau/orders/${id}/approve`)).statusCode, 403);

      for (const [field, value] of [
        ['code', '12ab56'],
        ['mobile', '12345'],
        ['certificateTail', '12'],
      ] as const) {
        const res = await a.post(url, { ...body, [field]: value });
        assert.equal(res.statusCode, 400, res.body);
        assert.equal(err(res).path, field);
        assert.match(err(res).message, /[\u4e00-\u9fff]/);
      }
      const missing = await a.post(url, { code });
      assert.equal(missing.statusCode, 400);
      assert.equal(err(missing).path, 'mobile');
      const wrongEntries = await t.db.query<{ n: number }>(
        'SELECT sms_wrong_entries AS n FROM bureau_filings WHERE order_id = $1',
        [id],
      );
      assert.equal(Number(wrongEntries.rows[0]!.n), 0, 'malformed input is not a wrong entry');
      const province = await operator.get('/api/v1/bureau/orders?province=XX');
      assert.equal(province.statusCode, 400);
      assert.equal(err(province).path, 'querystring.province');
      const badId = await operator.post('/api/v1/bureau/orders/not-a-uuid/approve');
      assert.equal(badId.statusCode, 400);
      assert.equal(err(badId).path, 'params.orderId');

      // the bureau sees nothing before the push: initial review, verification, 待提交管局
      const c = await registered(t.app);
      const early = await submittedAndReviewed(t, c, individualOrder('BJ'));
      assert.equal(await stateOf(t, early), 'verifying');
      assert.equal((await operator.get(`/api/v1/bureau/orders/${early}`)).statusCode, 404);
      assert.equal((await operator.post(`/api/v1/bureau/orders/${early}/approve`)).statusCode, 404);
      await passVerification(t, c, early);
      assert.equal(await stateOf(t, early), 'pending_bureau_push');
      assert.equal((await operator.get(`/api/v1/bureau/orders/${early}`)).statusCode, 404);
      assert.equal((await operator.get(`/api/v1/orders/${early}`)).statusCode, 404);
      const queue = (await operator.get('/api/v1/bureau/orders')).json() as { orders: BureauView[] };
      assert.ok(!queue.orders.some((o) => o.orderId === early));
      // at SMS verification it is at the bureau but not yet under review: visible, not approvable
      assert.equal((await operator.get(`/api/v1/bureau/orders/${id}`)).statusCode, 200);
      assert.equal((await operator.post(`/api/v1/bureau/orders/${id}/approve`)).statusCode, 409);
      assert.ok(!queue.orders.some((o) => o.orderId === id));
    });
  });

for (const engine of ENGINES)
  describe(`bureau demo policy (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z'); // Monday 10:00 in China
    });
    after(() => t.close());

    test('off in tests unless set; set, it approves N working days after the review began', async () => {
      assert.equal(t.deps.config.bureau.autoApproveWorkingDays, null);
      const a = await registered(t.app);
      const off = await atBureau(t, a, individualOrder('BJ'));
      const none = await t.db.query(
        "SELECT 1 FROM scheduled_tasks WHERE order_id = $1 AND kind = 'bureau.auto_approve'",
        [off],
      );
      assert.equal(none.rowCount, 0);

      t.deps.config.bureau.autoApproveWorkingDays = 3; // as BUREAU_AUTO_APPROVE_WORKING_DAYS=3 would
      const b = await registered(t.app);
      const id = await atBureau(t, b, individualOrder('JS'));
      const pushedAt = t.clock.now();
      const due = dueAfterWorkingDays(pushedAt, 3, t.deps.calendar);
      assert.equal(due.toISOString(), '2026-11-26T02:00:00.000Z', 'Monday 10:00 + 3 working days');
      t.clock.set(new Date(due.getTime() - 60_000));
      await runDueTasks(t.deps);
      assert.equal(await stateOf(t, id), 'bureau_review');
      t.clock.set(due);
      await runDueTasks(t.deps);
      assert.equal(await stateOf(t, id), 'approved');
      const filings = (await b.get('/api/v1/filings')).json() as { filings: Filing[] };
      assert.match(filings.filings[0]!.icpNumber, /^苏ICP备26\d{6}号$/);
      const events = await t.db.query<{ actor_role: string }>(
        "SELECT actor_role FROM order_events WHERE order_id = $1 AND event = 'bureau_approve'",
        [id],
      );
      assert.deepEqual(events.rows, [{ actor_role: 'system' }]);
      assert.equal(await stateOf(t, off), 'bureau_review', 'an order pushed while the policy was off waits');
    });

    if (engine.name === 'postgres')
      test('ICP numbers are never issued twice under concurrent approvals', async () => {
        t.deps.config.bureau.autoApproveWorkingDays = null;
        const operators = await Promise.all([1, 2, 3].map(() => staff(t, 'bureau_operator')));
        const ids: string[] = [];
        for (let i = 0; i < 9; i++)
          ids.push(await atBureau(t, await registered(t.app), individualOrder('HE')));
        const results = await Promise.all(
          ids.map((id, i) => operators[i % 3]!.post(`/api/v1/bureau/orders/${id}/approve`)),
        );
        for (const r of results) assert.equal(r.statusCode, 200, r.body);
        const numbers = results.map((r) => bureauView(r).subjectIcpNumber!);
        assert.equal(new Set(numbers).size, numbers.length, 'all distinct');
        const seqs = numbers.map((n) => Number(/冀ICP备26(\d+)号/.exec(n)![1])).sort((x, y) => x - y);
        assert.deepEqual(
          seqs,
          seqs.map((_, i) => seqs[0]! + i),
          'one sequence, no gaps',
        );
        const issued = await t.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM bureau_icp_numbers WHERE icp_number LIKE '冀%'",
        );
        assert.equal(Number(issued.rows[0]!.n), 18, 'nine subjects, nine websites');
      });
  });
