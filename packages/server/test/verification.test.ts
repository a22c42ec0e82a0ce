/**
 * Verification (核验), mailed documents (邮寄资料) and the push to the bureau (提交管局) through the HTTP API on both
 * engines, with a ManualClock (never a sleep) and a stand-in bureau behind the bureau adapter:
 * - a Beijing order: curtain requested and shipped, a real JPEG photo rejected and uploaded again, approval, the
 *   automatic push one working day later (the clock moved, the worker run);
 * - a Shanghai order through the 上海管局App path, pushed early by a reviewer;
 * - a Tibet unit's first filing through the mailed 党政机关确认函 and 短信核验 after the push;
 * - the bureau failing, then the retry; an answer lost after the bureau took the filing, then the same reference;
 * - every endpoint with another applicant's session, bad input naming the field with nothing changed, roles.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { residentIdCheckChar } from '@beian/core';
import { runDueTasks } from '../src/jobs/worker.js';
import { registered, staff, startApp, type Agent, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { jpeg, multipart, withMaterials } from './support/materials.js';
import { exampleOrder, withServiceNumbers, type OrderInput } from './support/orders.js';
import { StandInBureau } from './support/stand-in-bureau.js';

type Json = Record<string, unknown>;
type Res = { statusCode: number; body: string; json(): unknown };
type Verification = {
  method: string;
  steps: string[];
  masked: boolean;
  curtain: null | {
    province: string;
    address: string;
    recipient: string;
    mobile: string;
    shipment: null | { carrier: string; trackingNumber: string; shippedAt: string };
  };
  photos: Array<{
    path: string;
    websites: number[];
    leaderName: string;
    photo: null | { id: string; code: string; name: string; byteSize: number };
    needsUpload: boolean;
  }>;
  review: null | { decision: string; reasons: Array<{ path: string | null; message: string }> };
  shanghaiApp: null | { claimedAt: string | null };
  mailedDocuments: null | {
    materials: string[];
    carrier: string | null;
    trackingNumber: string | null;
    receivedAt: string | null;
  };
  bureau: {
    pushDueAt: string | null;
    reference: string | null;
    pushedAt: string | null;
    lastAttempt: null | { outcome: string; error: string | null };
  };
  nextActions: string[];
};
type Answer = {
  order: { id: string; state: string; version: number; dueAt: string | null; actions: string[] };
  verification: Verification;
  material?: { id: string; code: string; name: string };
};
const answer = (res: Res): Answer => {
  assert.ok(res.statusCode < 300, `${res.statusCode} ${res.body.slice(0, 400)}`);
  return res.json() as Answer;
};
const error = (res: Res) => (res.json() as { error: { code: string; message: string; path?: string } }).error;

// ------------------------------------------------------------------ identities and orders

let serial = 0;
const residentId = (region: string, birth: string) => {
  const first17 = `${region}${birth}${String(100 + (++serial % 900)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
};

/** The shared Beijing example with its own ID, phone and domain; `secondLeader` adds a website with its own leader. */
function beijingOrder(opts: { secondLeader?: boolean } = {}): OrderInput {
  const d = structuredClone(exampleOrder()) as unknown as {
    subject: { certificate: Json; leader: Json };
    websites: Json[];
  };
  const id = residentId('110101', '19920708');
  const n = ++serial;
  d.subject.certificate.number = id;
  d.subject.leader.certificateNumber = id;
  d.subject.leader.mobile = `1390102${String(1000 + (n % 9000)).slice(-4)}`;
  d.websites[0] = { ...d.websites[0], domains: [`chensy${n}bj.cn`], homepage: `https://chensy${n}bj.cn` };
  if (opts.secondLeader)
    d.websites.push({
      name: '陈思远的摄影作品',
      domains: [`chensy${n}photo.cn`],
      homepage: `https://chensy${n}photo.cn`,
      serviceContent: 'general',
      leader: {
        name: '王小明',
        region: 'mainland',
        certificateType: 'resident_id',
        certificateNumber: residentId('110105', '19880312'),
        certificateValidUntil: '2036-05-01',
        mobile: '13901050105',
        mobileProvince: 'BJ',
        email: 'wxm@example.cn',
      },
    });
  return d as unknown as OrderInput;
}

function shanghaiOrder(): OrderInput {
  const id = residentId('310101', '19900307');
  const leader = {
    name: '林晓雯', region: 'mainland', certificateType: 'resident_id', certificateNumber: id,
    certificateValidUntil: '2036-05-01', mobile: '13901610161', mobileProvince: 'SH', email: 'lin@example.cn',
    isLegalRepresentative: false,
  }; // prettier-ignore
  return {
    subject: {
      nature: 'individual', province: 'SH', name: '林晓雯',
      certificate: { type: 'resident_id', number: id, address: '上海市黄浦区南京东路100号', addressProvince: 'SH' },
      mailingAddress: { province: 'SH', text: '上海市黄浦区南京东路100号2单元' },
      leader,
    },
    websites: [{ name: '林晓雯的读书笔记', domains: ['linxiaowen.cn'], homepage: 'https://linxiaowen.cn', serviceContent: 'general', leader: 'subject_leader' }],
  }; // prettier-ignore
}

/** A Tibet enterprise's first filing: 党政机关确认函 mailed to the bureau (seed 004 §7.8.4), SMS after the push. */
function tibetUnitOrder(): OrderInput {
  return {
    subject: {
      nature: 'enterprise', province: 'XZ', name: '拉萨市雪域信息科技有限公司',
      certificate: { type: 'business_license', number: '91540102MA0AB12CXJ', address: '拉萨市城关区北京中路8号', addressProvince: 'XZ' },
      mailingAddress: { province: 'XZ', text: '拉萨市城关区北京中路8号3层' },
      investor: '扎西次仁', businessScope: '软件开发；信息技术咨询服务',
      leader: {
        name: '扎西次仁', region: 'mainland', certificateType: 'resident_id', certificateNumber: '540102198504121237',
        certificateValidUntil: '2036-05-01', mobile: '13908910891', mobileProvince: 'XZ', email: 'zhaxi@example.cn',
        isLegalRepresentative: true,
      },
      legalRepresentative: { name: '扎西次仁', region: 'mainland' },
    },
    websites: [{ name: '雪域科技企业官网', domains: ['xueyukeji.com'], homepage: 'https://www.xueyukeji.com', serviceContent: 'general', leader: 'subject_leader' }],
  }; // prettier-ignore
}

// ------------------------------------------------------------------ images and multipart

let photos: Promise<{ photo: Buffer; small: Buffer }> | undefined;
const images = () =>
  (photos ??= (async () => ({ photo: await jpeg(1200, 1600), small: await jpeg(240, 320, 50) }))());

const upload = async (
  agent: Agent,
  orderId: string,
  fields: Record<string, string> = {},
  file?: { bytes: Buffer; name?: string; type?: string },
) => {
  const { body, type } = multipart(
    fields,
    file && { bytes: file.bytes, name: file.name ?? 'curtain.jpg', type: file.type ?? 'image/jpeg' },
  );
  return agent.raw('POST', `/api/v1/orders/${orderId}/verification/curtain-photos`, body, type);
};

const BJ_ADDRESS = {
  province: 'BJ',
  address: '北京市东城区文化路12号3单元502室',
  recipient: '陈思远',
  mobile: '13901020102',
};

for (const engine of ENGINES)
  describe(`verification and the push to the bureau (${engine.name})`, { timeout: 300_000 }, () => {
    let t: TestApp;
    const bureau = new StandInBureau();
    let reviewer: Agent & { email: string };
    let admin: Agent & { email: string };

    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z', { bureau }); // Monday 10:00 China time
      bureau.probe = t.db;
      reviewer = await staff(t, 'reviewer', '王审核');
      admin = await staff(t, 'admin', '李管理');
    });
    after(() => t.close());

    const url = (id: string, path = '') => `/api/v1/orders/${id}${path}`;

    /** Create, upload its materials, submit and pass initial review: the order is 核验中. */
    async function verifying(applicant: Agent & { email: string }, data: OrderInput): Promise<string> {
      const created = await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, data));
      assert.equal(created.statusCode, 201, created.body);
      const id = (created.json() as { order: { id: string } }).order.id;
      await withMaterials(applicant, id);
      const submitted = await applicant.post(url(id, '/submit'));
      assert.equal(submitted.statusCode, 200, submitted.body);
      const approved = await reviewer.post(url(id, '/review/approve'));
      assert.equal(approved.statusCode, 200, approved.body);
      return id;
    }

    /** A Beijing order through a photo approval: 待提交管局, its push due one working day later. */
    async function pendingPush(applicant: Agent & { email: string }): Promise<string> {
      const id = await verifying(applicant, beijingOrder());
      answer(await upload(applicant, id, {}, { bytes: (await images()).photo }));
      const a = answer(await reviewer.post(url(id, '/verification/curtain-photos/approve')));
      assert.equal(a.order.state, 'pending_bureau_push');
      return id;
    }

    const state = async (id: string) =>
      (await t.db.query<{ state: string }>('SELECT state FROM orders WHERE id = $1', [id])).rows[0]!.state;

    test('Beijing: curtain requested and shipped, photo rejected and uploaded again, approved, pushed after 1 working day', async () => {
      const applicant = await registered(t.app, '陈思远');
      const id = await verifying(applicant, beijingOrder());
      const { photo } = await images();
      assert.ok(photo.length >= 200 * 1024, `a real photo of ${photo.length} bytes`);

      let v = answer(await applicant.get(url(id, '/verification')));
      assert.equal(v.order.state, 'verifying');
      assert.equal(v.verification.method, 'curtain_photo');
      assert.deepEqual(v.verification.steps, ['initial_review', 'curtain_photo', 'bureau_review']);
      assert.deepEqual(v.verification.nextActions, ['request_curtain', 'upload_curtain_photo']);
      assert.deepEqual(
        v.verification.photos.map((p) => [p.path, p.needsUpload, p.leaderName]),
        [['websites[0]', true, '陈思远']],
      );

      // 申请幕布: the address, sealed at rest
      v = answer(await applicant.post(url(id, '/verification/curtain-request'), BJ_ADDRESS));
      assert.equal(v.verification.curtain?.address, BJ_ADDRESS.address, 'the owner sees the address');
      assert.equal(v.verification.curtain?.shipment, null);
      const raw = JSON.stringify(
        (await t.db.query('SELECT * FROM curtain_requests WHERE order_id = $1', [id])).rows,
      );
      assert.ok(!raw.includes('文化路') && !raw.includes('13901020102') && !raw.includes('陈思远'), raw);
      // corrected before shipment: the same request
      v = answer(
        await applicant.post(url(id, '/verification/curtain-request'), {
          ...BJ_ADDRESS,
          address: '北京市东城区文化路12号3单元602室',
        }),
      );
      assert.equal(v.verification.curtain?.address, '北京市东城区文化路12号3单元602室');
      const requests = await t.db.query('SELECT 1 FROM curtain_requests WHERE order_id = $1', [id]);
      assert.equal(requests.rowCount, 1);

      // the reviewers' queue: masked; opening the order's verification shows the address, audited
      const queue = (await reviewer.get('/api/v1/verification/queue')).json() as { items: Answer[] };
      const item = queue.items.find((i) => i.order.id === id)!;
      assert.deepEqual(item.verification.nextActions, ['ship_curtain']);
      assert.equal(item.verification.curtain?.mobile, '139****0102');
      assert.ok(!JSON.stringify(item).includes('602室'));
      const opened = answer(await reviewer.get(url(id, '/verification')));
      assert.equal(opened.verification.curtain?.address, '北京市东城区文化路12号3单元602室');
      const audited = await t.db.query(
        "SELECT 1 FROM audit_reads WHERE object_type = 'curtain_request' AND detail->>'orderId' = $1",
        [id],
      );
      assert.equal(audited.rowCount, 1, 'the staff read of the address is audited');

      // nothing to review yet
      const early = await reviewer.post(url(id, '/verification/curtain-photos/approve'));
      assert.equal(early.statusCode, 409);
      assert.match(error(early).message, /尚未上传/);

      // 寄出幕布, and the applicant sees the tracking number
      const shipped = answer(
        await reviewer.post(url(id, '/verification/curtain-request/shipment'), {
          carrier: '顺丰速运',
          trackingNumber: 'SF1234567890',
        }),
      );
      assert.deepEqual(shipped.verification.nextActions, [], 'shipped: nothing left for the reviewer');
      v = answer(await applicant.get(url(id, '/verification')));
      assert.equal(v.verification.curtain?.shipment?.trackingNumber, 'SF1234567890');
      assert.deepEqual(v.verification.nextActions, ['upload_curtain_photo']);

      // the photo, through the materials pipeline
      const uploaded = answer(await upload(applicant, id, {}, { bytes: photo }));
      assert.equal(uploaded.material?.code, 'curtain_photo');
      assert.equal(uploaded.material?.name, '幕布照片');
      assert.equal(uploaded.verification.photos[0]!.needsUpload, false);
      const list = (await applicant.get(url(id, '/materials'))).json() as {
        materials: Array<{ code: string }>;
      };
      assert.ok(list.materials.some((m) => m.code === 'curtain_photo'));
      const file = await reviewer.get(url(id, `/materials/${uploaded.material!.id}/file`));
      assert.equal(file.statusCode, 200);
      assert.equal(file.rawPayload.length, photo.length, 'the reviewer sees the photo as uploaded');
      v = answer(await reviewer.get(url(id, '/verification')));
      assert.deepEqual(v.verification.nextActions, ['approve_verification', 'reject_verification']);

      // rejected: the order stays 核验中, the applicant uploads again
      v = answer(
        await reviewer.post(url(id, '/verification/curtain-photos/reject'), {
          reasons: [{ path: 'websites[0]', message: '幕布文字不清晰，请在光线充足处重新拍摄' }],
        }),
      );
      assert.equal(v.order.state, 'verifying');
      assert.equal(v.verification.review?.decision, 'rejected');
      assert.deepEqual(
        v.verification.photos.map((p) => p.needsUpload),
        [true],
      );
      assert.deepEqual(v.verification.nextActions, []);
      const again = await reviewer.post(url(id, '/verification/curtain-photos/approve'));
      assert.equal(again.statusCode, 409, 'not before a new photo');
      v = answer(await applicant.get(url(id, '/verification')));
      assert.deepEqual(v.verification.review?.reasons, [
        { path: 'websites[0]', message: '幕布文字不清晰，请在光线充足处重新拍摄' },
      ]);
      assert.deepEqual(v.verification.nextActions, ['upload_curtain_photo']);

      const seen = answer(await reviewer.get(url(id, '/verification'))).order.version;
      const second = answer(await upload(applicant, id, {}, { bytes: (await images()).photo }));
      assert.notEqual(second.material?.id, uploaded.material?.id);
      const gone = await reviewer.get(url(id, `/materials/${uploaded.material!.id}/file`));
      assert.equal(gone.statusCode, 404, 'the replaced photo is gone');
      const stale = await reviewer.post(url(id, '/verification/curtain-photos/approve'), { version: seen });
      assert.equal(stale.statusCode, 409, 'approving a page older than the new photo');
      assert.equal(error(stale).code, 'CONFLICT');

      // approved: 待提交管局, due one working day later (Tuesday 10:00 China time)
      const fresh = answer(await reviewer.get(url(id, '/verification'))).order.version;
      v = answer(await reviewer.post(url(id, '/verification/curtain-photos/approve'), { version: fresh }));
      assert.equal(v.order.state, 'pending_bureau_push');
      assert.equal(v.order.dueAt, '2026-11-24T02:00:00.000Z');
      assert.equal(v.verification.bureau.pushDueAt, '2026-11-24T02:00:00.000Z');
      assert.deepEqual(v.verification.nextActions, ['push_to_bureau']);

      // not before it is due; then the worker pushes it through the adapter
      const before = bureau.received.length;
      await runDueTasks(t.deps);
      assert.equal(await state(id), 'pending_bureau_push');
      assert.equal(bureau.received.length, before);
      t.clock.set('2026-11-24T02:00:00Z');
      assert.ok((await runDueTasks(t.deps)) >= 1);
      v = answer(await applicant.get(url(id, '/verification')));
      assert.equal(v.order.state, 'bureau_review', 'Beijing has no 短信核验');
      assert.match(v.verification.bureau.reference ?? '', /^BJ-STANDIN-\d{4}$/);
      assert.equal(v.verification.bureau.pushedAt, '2026-11-24T02:00:00.000Z');
      assert.equal(v.verification.bureau.lastAttempt?.outcome, 'accepted');

      const snapshot = bureau.received.at(-1)!;
      assert.equal(snapshot.orderId, id);
      assert.equal(snapshot.submissionId, `${id}:1`);
      assert.equal(snapshot.smsVerification, false);
      assert.equal(snapshot.verification.method, 'curtain_photo');
      assert.equal(snapshot.verification.mailedDocuments, false);
      assert.match(snapshot.data.subject.leader.mobile, /^1390102\d{4}$/, 'numbers in clear for the bureau');
      assert.ok(snapshot.materials.some((m) => m.code === 'curtain_photo' && m.id === second.material?.id));
      const task = await t.db.query<{ done_at: Date | null }>(
        "SELECT done_at FROM scheduled_tasks WHERE order_id = $1 AND kind = 'order.bureau_push'",
        [id],
      );
      assert.equal(task.rowCount, 1);
      assert.ok(task.rows[0]!.done_at, 'the push task is done');
      assert.equal(await runDueTasks(t.deps), 0);
      assert.equal(bureau.received.filter((s) => s.orderId === id).length, 1, 'pushed once');

      const history = (await applicant.get(url(id, '/history'))).json() as {
        events: Array<{ event: string; actorRole: string }>;
      };
      assert.deepEqual(history.events.map((e) => e.event).slice(-4), [
        'approve_initial',
        'reject_verification',
        'approve_verification',
        'push_to_bureau',
      ]);
      assert.equal(history.events.at(-1)!.actorRole, 'system');
    });

    test('two website leaders: one photo each, each named by its website', async () => {
      const applicant = await registered(t.app, '陈思远');
      const id = await verifying(applicant, beijingOrder({ secondLeader: true }));
      const { photo } = await images();
      let v = answer(await applicant.get(url(id, '/verification')));
      assert.deepEqual(
        v.verification.photos.map((p) => [p.path, p.leaderName]),
        [
          ['websites[0]', '陈思远'],
          ['websites[1]', '王小明'],
        ],
      );
      const unnamed = await upload(applicant, id, {}, { bytes: photo });
      assert.equal(unnamed.statusCode, 400);
      assert.equal(error(unnamed).path, 'path');
      assert.match(error(unnamed).message, /2位网站负责人/);
      answer(await upload(applicant, id, { path: 'websites[0]' }, { bytes: photo }));
      const half = await reviewer.post(url(id, '/verification/curtain-photos/approve'));
      assert.equal(half.statusCode, 409);
      assert.match(error(half).message, /websites\[1\]/);
      v = answer(await upload(applicant, id, { path: 'websites[1]' }, { bytes: photo }));
      assert.deepEqual(
        v.verification.photos.map((p) => p.needsUpload),
        [false, false],
      );
      // only the second leader's photo is rejected: only it must be taken again
      v = answer(
        await reviewer.post(url(id, '/verification/curtain-photos/reject'), {
          reasons: [{ path: 'websites[1]', message: '照片须露出双肩，请重新拍摄' }],
        }),
      );
      assert.deepEqual(
        v.verification.photos.map((p) => p.needsUpload),
        [false, true],
      );
      answer(await upload(applicant, id, { path: 'websites[1]' }, { bytes: photo }));
      v = answer(await reviewer.post(url(id, '/verification/curtain-photos/approve')));
      assert.equal(v.order.state, 'pending_bureau_push');
    });

    test('Shanghai: the 上海管局App path, confirmed by a reviewer, pushed early', async () => {
      const applicant = await registered(t.app, '林晓雯');
      const id = await verifying(applicant, shanghaiOrder());
      let v = answer(await applicant.get(url(id, '/verification')));
      assert.equal(v.verification.method, 'shanghai_app');
      assert.deepEqual(v.verification.steps, [
        'initial_review',
        'shanghai_app_verification',
        'bureau_review',
      ]);
      assert.deepEqual(v.verification.nextActions, ['claim_shanghai_app']);
      assert.equal(v.verification.curtain, null);
      assert.deepEqual(v.verification.photos, []);

      const curtain = await applicant.post(url(id, '/verification/curtain-request'), {
        ...BJ_ADDRESS,
        province: 'SH',
        address: '上海市黄浦区南京东路100号2单元',
      });
      assert.equal(curtain.statusCode, 409);
      assert.match(error(curtain).message, /上海通信管理局App/);
      const photo = await upload(applicant, id, {}, { bytes: (await images()).photo });
      assert.equal(photo.statusCode, 409, 'no curtain photos in Shanghai');
      const early = await reviewer.post(url(id, '/verification/shanghai-app/approve'));
      assert.equal(early.statusCode, 409, 'not before the applicant says it is done');
      const wrongPath = await reviewer.post(url(id, '/verification/curtain-photos/approve'));
      assert.equal(wrongPath.statusCode, 409);

      v = answer(await applicant.post(url(id, '/verification/shanghai-app'), { completed: true }));
      assert.ok(v.verification.shanghaiApp?.claimedAt);
      assert.deepEqual(v.verification.nextActions, []);
      v = answer(
        await reviewer.post(url(id, '/verification/shanghai-app/reject'), {
          reasons: [{ message: '上海管局App中未查到网站负责人的核验记录，请完成后再确认' }],
        }),
      );
      assert.equal(v.order.state, 'verifying');
      v = answer(await applicant.get(url(id, '/verification')));
      assert.deepEqual(v.verification.nextActions, ['claim_shanghai_app']);
      assert.equal(v.verification.review?.reasons[0]?.path, null);
      answer(await applicant.post(url(id, '/verification/shanghai-app'), { completed: true }));
      v = answer(await reviewer.post(url(id, '/verification/shanghai-app/approve')));
      assert.equal(v.order.state, 'pending_bureau_push');
      const pushDue = v.order.dueAt!;

      // a reviewer pushes before the task is due; the task is cancelled and never pushes again
      v = answer(await reviewer.post(url(id, '/bureau-push')));
      assert.equal(v.order.state, 'bureau_review');
      assert.match(v.verification.bureau.reference ?? '', /^SH-STANDIN-/);
      assert.equal(bureau.received.at(-1)!.verification.method, 'shanghai_app');
      const task = await t.db.query<{ cancelled_at: Date | null }>(
        "SELECT cancelled_at FROM scheduled_tasks WHERE order_id = $1 AND kind = 'order.bureau_push'",
        [id],
      );
      assert.ok(task.rows[0]!.cancelled_at);
      const twice = await reviewer.post(url(id, '/bureau-push'));
      assert.equal(twice.statusCode, 409);
      t.clock.set(pushDue); // when the task would have pushed
      await runDueTasks(t.deps);
      assert.equal(bureau.received.filter((s) => s.orderId === id).length, 1);
    });

    test('Tibet unit first filing: the 党政机关确认函 by post until received, then the push and 短信核验', async () => {
      const applicant = await registered(t.app, '扎西次仁');
      const id = await verifying(applicant, tibetUnitOrder());
      let v = answer(await applicant.get(url(id, '/verification')));
      assert.deepEqual(v.verification.steps, [
        'initial_review',
        'curtain_photo',
        'mail_documents',
        'sms_verification',
        'bureau_review',
      ]);
      assert.deepEqual(v.verification.mailedDocuments?.materials, ['party_gov_confirmation']);
      // a curtain from a photo point (拍照点) will do: no request needed
      answer(await upload(applicant, id, {}, { bytes: (await images()).photo }));
      v = answer(await reviewer.post(url(id, '/verification/curtain-photos/approve')));
      assert.equal(v.order.state, 'awaiting_documents');
      assert.equal(v.order.dueAt, null, 'no push is due before the documents arrive');
      const tasks = await t.db.query('SELECT 1 FROM scheduled_tasks WHERE order_id = $1 AND kind = $2', [
        id,
        'order.bureau_push',
      ]);
      assert.equal(tasks.rowCount, 0);

      const notYet = await reviewer.post(url(id, '/mailed-documents/received'));
      assert.equal(notYet.statusCode, 409);
      assert.match(error(notYet).message, /快递单号/);
      v = answer(
        await applicant.post(url(id, '/mailed-documents'), {
          carrier: '中国邮政EMS',
          trackingNumber: 'EMS100200300',
        }),
      );
      assert.deepEqual(v.verification.nextActions, ['send_documents']);
      v = answer(
        await applicant.post(url(id, '/mailed-documents'), {
          carrier: '中国邮政EMS',
          trackingNumber: 'EMS100200399',
        }),
      );
      assert.equal(
        v.verification.mailedDocuments?.trackingNumber,
        'EMS100200399',
        'corrected before receipt',
      );
      v = answer(await reviewer.get(url(id, '/verification')));
      assert.deepEqual(v.verification.nextActions, ['documents_received']);

      const at = t.clock.now();
      v = answer(await reviewer.post(url(id, '/mailed-documents/received')));
      assert.equal(v.order.state, 'pending_bureau_push');
      assert.ok(v.verification.mailedDocuments?.receivedAt);
      assert.ok(v.order.dueAt && Date.parse(v.order.dueAt) > at.getTime());
      const late = await applicant.post(url(id, '/mailed-documents'), {
        carrier: '顺丰速运',
        trackingNumber: 'SF999999999',
      });
      assert.equal(late.statusCode, 409, 'received: no more corrections');

      t.clock.set(v.order.dueAt!);
      assert.ok((await runDueTasks(t.deps)) >= 1);
      v = answer(await applicant.get(url(id, '/verification')));
      assert.equal(v.order.state, 'sms_verification', 'Tibet verifies by SMS after the push');
      assert.equal(v.order.dueAt, new Date(Date.parse(v.order.dueAt!)).toISOString());
      assert.equal(Date.parse(v.order.dueAt!) - t.clock.now().getTime(), 48 * 3_600_000);
      const snapshot = bureau.received.at(-1)!;
      assert.equal(snapshot.orderId, id);
      assert.equal(snapshot.smsVerification, true);
      assert.equal(snapshot.verification.mailedDocuments, true);
    });

    test('the bureau fails: the order stays 待提交管局 and the task retries; a lost answer gets the same reference', async () => {
      const applicant = await registered(t.app, '陈思远');
      const id = await pendingPush(applicant);
      const due = answer(await applicant.get(url(id, '/verification'))).order.dueAt!;

      bureau.failNext(1);
      const failed = await reviewer.post(url(id, '/bureau-push'));
      assert.equal(failed.statusCode, 503, failed.body);
      assert.equal(error(failed).code, 'UNAVAILABLE');
      assert.match(error(failed).message, /待提交管局/);
      assert.equal(await state(id), 'pending_bureau_push');
      let v = answer(await reviewer.get(url(id, '/verification')));
      assert.equal(v.verification.bureau.lastAttempt?.outcome, 'failed');
      assert.match(v.verification.bureau.lastAttempt?.error ?? '', /超时/);
      assert.deepEqual(v.verification.nextActions, ['push_to_bureau']);
      v = answer(await applicant.get(url(id, '/verification')));
      assert.equal(v.verification.bureau.lastAttempt?.error, null, "the bureau's error is for staff");

      // the task: fails once, waits its backoff, then pushes
      bureau.failNext(1);
      t.clock.set(due);
      await runDueTasks(t.deps);
      assert.equal(await state(id), 'pending_bureau_push');
      const task = async () =>
        (
          await t.db.query<{ attempts: number; last_error: string | null; done_at: Date | null }>(
            "SELECT attempts, last_error, done_at FROM scheduled_tasks WHERE order_id = $1 AND kind = 'order.bureau_push'",
            [id],
          )
        ).rows[0]!;
      assert.equal(Number((await task()).attempts), 1);
      assert.match((await task()).last_error ?? '', /管局系统暂时无法接收/);
      await runDueTasks(t.deps);
      assert.equal(await state(id), 'pending_bureau_push', 'not before its backoff');
      t.clock.advance(60_000);
      await runDueTasks(t.deps);
      assert.equal(await state(id), 'bureau_review');
      assert.ok((await task()).done_at);
      const outcomes = await t.db.query<{ outcome: string }>(
        'SELECT outcome FROM bureau_pushes WHERE order_id = $1 ORDER BY started_at, id',
        [id],
      );
      assert.deepEqual(
        outcomes.rows.map((r) => r.outcome),
        ['failed', 'failed', 'accepted'],
      );

      // the bureau takes a filing but its answer is lost: the retry files the same submission, one reference
      const other = await pendingPush(await registered(t.app, '陈思远'));
      bureau.loseNextAnswers(1);
      const lost = await reviewer.post(url(other, '/bureau-push'));
      assert.equal(lost.statusCode, 503);
      const retried = answer(await reviewer.post(url(other, '/bureau-push')));
      assert.equal(retried.order.state, 'bureau_review');
      const received = bureau.received.filter((s) => s.orderId === other);
      assert.equal(received.length, 2);
      assert.equal(received[0]!.submissionId, received[1]!.submissionId);
      assert.match(retried.verification.bureau.reference ?? '', /^BJ-STANDIN-/);
    });

    test('a push interrupted mid-call: one at a time until its lease runs out, then taken again', async () => {
      const id = await pendingPush(await registered(t.app, '陈思远'));
      const now = t.clock.now();
      // what a process that died while the bureau was answering leaves behind
      await t.db.query(
        `INSERT INTO bureau_pushes (order_id, round, submission_id, actor_role, started_at, lease_until)
         VALUES ($1, 1, $2, 'system', $3, $4)`,
        [id, `${id}:1`, now, new Date(now.getTime() + 600_000)],
      );
      const busy = await reviewer.post(url(id, '/bureau-push'));
      assert.equal(busy.statusCode, 409, 'one push at a time');
      assert.deepEqual(answer(await reviewer.get(url(id, '/verification'))).verification.nextActions, []);
      t.clock.advance(600_000);
      const v = answer(await reviewer.post(url(id, '/bureau-push')));
      assert.equal(v.order.state, 'bureau_review');
      const outcomes = await t.db.query<{ outcome: string }>(
        'SELECT outcome FROM bureau_pushes WHERE order_id = $1 ORDER BY started_at, id',
        [id],
      );
      assert.deepEqual(
        outcomes.rows.map((r) => r.outcome),
        ['expired', 'accepted'],
      );
    });

    test("every endpoint with another applicant's session: not found, nothing changed, nothing leaked", async () => {
      const a = await registered(t.app, '陈思远');
      const b = await registered(t.app, '赵明');
      const curtainOrder = await verifying(a, beijingOrder());
      answer(await a.post(url(curtainOrder, '/verification/curtain-request'), BJ_ADDRESS));
      const shOrder = await verifying(await registered(t.app, '林晓雯'), shanghaiOrder());
      const snapshot = async () =>
        JSON.stringify(
          await Promise.all(
            [
              'orders',
              'curtain_requests',
              'shanghai_app_claims',
              'materials',
              'mailed_documents',
              'bureau_pushes',
            ].map(
              async (table) =>
                (
                  await t.db.query(
                    `SELECT * FROM ${table} WHERE ${table === 'orders' ? 'id' : 'order_id'} = ANY($1) ORDER BY 1`,
                    [[curtainOrder, shOrder]],
                  )
                ).rows,
            ),
          ),
        );
      const before = await snapshot();
      const { photo } = await images();
      const calls: Array<[string, () => Promise<Res>]> = [
        ['GET verification', () => b.get(url(curtainOrder, '/verification'))],
        ['request curtain', () => b.post(url(curtainOrder, '/verification/curtain-request'), BJ_ADDRESS)],
        ['upload photo', () => upload(b, curtainOrder, {}, { bytes: photo })],
        ['Shanghai app', () => b.post(url(shOrder, '/verification/shanghai-app'), { completed: true })],
        [
          'mailed documents',
          () =>
            b.post(url(curtainOrder, '/mailed-documents'), {
              carrier: '顺丰速运',
              trackingNumber: 'SF1234567890',
            }),
        ],
      ];
      for (const [name, call] of calls) {
        const res = await call();
        assert.equal(res.statusCode, 404, `${name}: ${res.body}`);
        assert.ok(!res.body.includes(curtainOrder) && !res.body.includes('文化路'), `${name} leaked`);
      }
      // the reviewers' endpoints refuse an applicant by role, whoever's order it is
      for (const [path, body] of [
        ['/verification/curtain-request/shipment', { carrier: '顺丰速运', trackingNumber: 'SF1234567890' }],
        ['/verification/curtain-photos/approve', {}],
        ['/verification/curtain-photos/reject', { reasons: [{ message: '照片模糊，请重新拍摄' }] }],
        ['/verification/shanghai-app/approve', {}],
        ['/verification/shanghai-app/reject', { reasons: [{ message: '未查到核验记录' }] }],
        ['/mailed-documents/received', {}],
        ['/bureau-push', undefined],
      ] as const) {
        const res = await b.post(url(curtainOrder, path), body);
        assert.equal(res.statusCode, 403, `${path}: ${res.body}`);
      }
      const queue = await b.get('/api/v1/verification/queue');
      assert.equal(queue.statusCode, 403);
      assert.equal(await snapshot(), before);
    });

    test('bad input: a 4xx naming the field, nothing changed', async () => {
      const applicant = await registered(t.app, '陈思远');
      const id = await verifying(applicant, beijingOrder());
      const shApplicant = await registered(t.app, '林晓雯');
      const sh = await verifying(shApplicant, shanghaiOrder());
      const dump = async () => {
        const { rows: tables } = await t.db.query<{ tablename: string }>(
          "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
        );
        const out: Record<string, unknown> = {};
        for (const { tablename } of tables)
          if (!['sessions', 'audit_reads'].includes(tablename))
            out[tablename] = (await t.db.query(`SELECT * FROM ${tablename} ORDER BY 1`)).rows;
        return JSON.stringify(out);
      };
      const before = await dump();
      const { small } = await images();
      const cases: Array<[string, () => Promise<Res>, number, string]> = [
        ['province', () => applicant.post(url(id, '/verification/curtain-request'), { ...BJ_ADDRESS, province: 'XX' }), 400, 'province'],
        ['address', () => applicant.post(url(id, '/verification/curtain-request'), { ...BJ_ADDRESS, address: '北京' }), 400, 'address'],
        ['recipient', () => applicant.post(url(id, '/verification/curtain-request'), { ...BJ_ADDRESS, recipient: undefined }), 400, 'recipient'],
        ['mobile', () => applicant.post(url(id, '/verification/curtain-request'), { ...BJ_ADDRESS, mobile: '1234567' }), 400, 'mobile'],
        ['order id', () => applicant.post(url('not-an-order', '/verification/curtain-request'), BJ_ADDRESS), 400, 'params.orderId'],
        ['tracking', () => reviewer.post(url(id, '/verification/curtain-request/shipment'), { carrier: '顺丰速运', trackingNumber: '单号!' }), 400, 'trackingNumber'],
        ['carrier', () => reviewer.post(url(id, '/verification/curtain-request/shipment'), { trackingNumber: 'SF1234567890' }), 400, 'carrier'],
        ['photo path', () => upload(applicant, id, { path: 'websites[5]' }, { bytes: small }), 400, 'path'],
        ['photo path shape', () => upload(applicant, id, { path: 'subject' }, { bytes: small }), 400, 'path'],
        ['no file', () => upload(applicant, id, {}), 400, 'file'],
        ['small photo', () => upload(applicant, id, {}, { bytes: small }), 400, 'file'],
        ['not an image', () => upload(applicant, id, {}, { bytes: Buffer.from('不是图片'.repeat(30000)), name: 'a.jpg' }), 415, 'file'],
        ['not multipart', () => applicant.post(url(id, '/verification/curtain-photos'), { path: 'websites[0]' }), 415, 'file'],
        ['no reasons', () => reviewer.post(url(id, '/verification/curtain-photos/reject'), { reasons: [] }), 400, 'reasons'],
        ['short reason', () => reviewer.post(url(id, '/verification/curtain-photos/reject'), { reasons: [{ message: '不行' }] }), 400, 'reasons[0].message'],
        ['version', () => reviewer.post(url(id, '/verification/curtain-photos/approve'), { version: 'latest' }), 400, 'version'],
        ['completed', () => shApplicant.post(url(sh, '/verification/shanghai-app'), { completed: false }), 400, 'completed'],
        ['mailed carrier', () => applicant.post(url(id, '/mailed-documents'), { carrier: '', trackingNumber: 'EMS100200300' }), 400, 'carrier'],
      ]; // prettier-ignore
      for (const [name, call, status, path] of cases) {
        const res = await call();
        assert.equal(res.statusCode, status, `${name}: ${res.body}`);
        const e = error(res);
        assert.match(e.message, /[\u4e00-\u9fff]/, `${name}: a Chinese message`);
        assert.equal(e.path, path, `${name}: ${res.body}`);
      }
      // a rejection naming a photo the order does not have: refused in the use case, rolled back
      answer(await upload(applicant, id, {}, { bytes: (await images()).photo }));
      const mid = await dump();
      const res = await reviewer.post(url(id, '/verification/curtain-photos/reject'), {
        reasons: [{ path: 'websites[3]', message: '照片模糊，请重新拍摄' }],
      });
      assert.equal(res.statusCode, 400);
      assert.equal(error(res).path, 'reasons[0].path');
      assert.equal(await dump(), mid);
      assert.notEqual(before, mid);
    });

    test('roles: only reviewers decide; reviewers and admins ship; staff do not upload', async () => {
      const applicant = await registered(t.app, '陈思远');
      const id = await verifying(applicant, beijingOrder());
      answer(await applicant.post(url(id, '/verification/curtain-request'), BJ_ADDRESS));
      answer(await upload(applicant, id, {}, { bytes: (await images()).photo }));
      const operator = await staff(t, 'bureau_operator', '管局张');

      const own = await applicant.post(url(id, '/verification/curtain-photos/approve'));
      assert.equal(own.statusCode, 403, 'an applicant cannot approve their own photo');
      assert.equal((await applicant.post(url(id, '/verification/curtain-photos/reject'), {
        reasons: [{ message: '我觉得不行，重新拍' }],
      })).statusCode, 403); // prettier-ignore
      assert.equal(
        (
          await applicant.post(url(id, '/verification/curtain-request/shipment'), {
            carrier: '顺丰速运',
            trackingNumber: 'SF1234567890',
          })
        ).statusCode,
        403,
      );
      assert.equal((await applicant.post(url(id, '/bureau-push'))).statusCode, 403);
      assert.equal((await admin.post(url(id, '/verification/curtain-photos/approve'))).statusCode, 403);
      assert.equal((await operator.post(url(id, '/verification/curtain-photos/approve'))).statusCode, 403);
      assert.equal((await operator.get(url(id, '/verification'))).statusCode, 404, 'not at the bureau yet');
      assert.equal((await upload(reviewer, id, {}, { bytes: (await images()).photo })).statusCode, 403);
      assert.equal(
        (await reviewer.post(url(id, '/verification/shanghai-app'), { completed: true })).statusCode,
        403,
      );
      assert.equal(await state(id), 'verifying');

      const shipped = answer(
        await admin.post(url(id, '/verification/curtain-request/shipment'), {
          carrier: '顺丰速运',
          trackingNumber: 'SF1234567890',
        }),
      );
      assert.equal(shipped.verification.curtain?.shipment?.carrier, '顺丰速运');
      assert.equal(shipped.verification.curtain?.mobile, '139****0102', 'masked in an action answer');
      const again = await admin.post(url(id, '/verification/curtain-request/shipment'), {
        carrier: '顺丰速运',
        trackingNumber: 'SF1234567899',
      });
      assert.equal(again.statusCode, 409, 'shipped once');
      const rerequest = await applicant.post(url(id, '/verification/curtain-request'), BJ_ADDRESS);
      assert.equal(rerequest.statusCode, 409);
      assert.match(error(rerequest).message, /SF1234567890/);
    });
  });

for (const engine of ENGINES)
  describe(`the push through the built-in bureau simulator (${engine.name})`, { timeout: 300_000 }, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z');
    });
    after(() => t.close());

    test('a Tibet order pushed by its task reaches the simulated bureau, which sends the 短信核验 codes', async () => {
      const reviewer = await staff(t, 'reviewer', '王审核');
      const applicant = await registered(t.app, '扎西次仁');
      const created = await applicant.post(
        '/api/v1/orders',
        await withServiceNumbers(t, applicant, tibetUnitOrder()),
      );
      const id = (created.json() as { order: { id: string } }).order.id;
      await withMaterials(applicant, id);
      assert.equal((await applicant.post(`/api/v1/orders/${id}/submit`)).statusCode, 200);
      assert.equal((await reviewer.post(`/api/v1/orders/${id}/review/approve`)).statusCode, 200);
      answer(await upload(applicant, id, {}, { bytes: (await images()).photo }));
      answer(await reviewer.post(`/api/v1/orders/${id}/verification/curtain-photos/approve`));
      answer(
        await applicant.post(`/api/v1/orders/${id}/mailed-documents`, {
          carrier: '中国邮政EMS',
          trackingNumber: 'EMS100200300',
        }),
      );
      const v = answer(await reviewer.post(`/api/v1/orders/${id}/mailed-documents/received`));
      t.clock.set(v.order.dueAt!);
      await runDueTasks(t.deps);
      const after = answer(await applicant.get(`/api/v1/orders/${id}/verification`));
      assert.equal(after.order.state, 'sms_verification');
      const filing = await t.db.query<{ reference: string; status: string }>(
        'SELECT reference, status FROM bureau_filings WHERE order_id = $1',
        [id],
      );
      assert.equal(filing.rows[0]?.status, 'sms_pending');
      assert.equal(after.verification.bureau.reference, filing.rows[0]?.reference);
      const codes = await t.db.query(
        'SELECT 1 FROM bureau_sms_codes WHERE filing_id IN (SELECT id FROM bureau_filings WHERE order_id = $1)',
        [id],
      );
      assert.equal(codes.rowCount, 1, 'one code: the subject leader runs the website');
    });
  });
