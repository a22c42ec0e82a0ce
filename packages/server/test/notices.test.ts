/**
 * Notices on both engines: every order state change (submit, approve, reject) writes an SMS, emails and an
 * in-site message into the outbox in its own transaction (a rolled-back change leaves none); only confirmed
 * receivers get email; the drainer sends through a real SMTP server (parsed back with mailparser), retries with
 * backoff when the server refuses and gives up on a permanent refusal; the in-site messages and the embedded
 * outbox through the API.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { smtpMail } from '../src/adapters/mail/smtp.js';
import type { OrderRow } from '../src/usecases/orders/access.js';
import { applyTransition } from '../src/usecases/orders/apply-transition.js';
import { enqueueOrderNotices } from '../src/notices/order-notices.js';
import { drainOutbox, LAPSED_LEASE_NOTE, OUTBOX_LEASE_MS } from '../src/notices/drain-outbox.js';
import { enqueueMessage } from '../src/usecases/outbox/enqueue-message.js';
import { Agent, registered, staff, startApp, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { withMaterials } from './support/materials.js';
import { exampleOrder, withServiceNumbers } from './support/orders.js';
import { startSmtpSink, type SmtpSink } from './support/smtp.js';

type Msg = {
  id: number;
  channel: 'email' | 'sms' | 'site';
  recipient: string;
  subject: string;
  body: string;
  kind: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date | null;
  idempotency_key: string;
  account_id: string | null;
};

for (const engine of ENGINES)
  describe(`notices (${engine.name})`, () => {
    let t: TestApp;
    let reviewer: Agent;
    let sink: SmtpSink;
    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z'); // Monday 10:00 China time
      reviewer = await staff(t, 'reviewer');
      sink = await startSmtpSink();
    });
    after(async () => {
      await sink.close();
      await t.close();
    });

    const messages = async (where: string, params: unknown[]) =>
      (await t.db.query<Msg>(`SELECT * FROM outbox_messages WHERE ${where} ORDER BY id`, params)).rows;
    const accountId = async (email: string) =>
      (await t.db.query<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [email])).rows[0]!.id;

    /** An applicant with two receivers: one confirmed through the emailed link, one still pending. */
    async function applicantWithReceivers() {
      const a = await registered(t.app, '陈思远');
      for (const [name, email] of [
        ['赵明', `zhao-${a.email}`],
        ['钱芳', `qian-${a.email}`],
      ] as const)
        assert.equal((await a.post('/api/v1/receivers', { name, email, position: '运维' })).statusCode, 201);
      const mail = (await messages("recipient = $1 AND kind = 'receiver.confirm'", [`zhao-${a.email}`]))[0]!;
      const token = /confirm\?token=(\S+)/.exec(mail.body)![1]!;
      const confirmed = await new Agent(t.app).get(`/api/v1/receivers/confirm?token=${token}`);
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      return a;
    }

    /** A draft ready to submit: service numbers and the materials its precheck requires. */
    async function newOrder(a: Agent & { email: string }) {
      const res = await a.post('/api/v1/orders', await withServiceNumbers(t, a, exampleOrder()));
      assert.equal(res.statusCode, 201, res.body);
      const id = (res.json() as { order: { id: string } }).order.id;
      await withMaterials(a, id);
      return id;
    }

    test('submit, approve and reject each write SMS, emails and an in-site message; only confirmed receivers get email', async () => {
      const a = await applicantWithReceivers();
      const me = await accountId(a.email);
      const id = await newOrder(a);
      assert.deepEqual(await messages('order_id = $1', [id]), [], 'creating a draft notifies nobody');

      assert.equal((await a.post(`/api/v1/orders/${id}/submit`)).statusCode, 200);
      const submitted = await messages("order_id = $1 AND kind = 'order.submit'", [id]);
      assert.deepEqual(submitted.map((m) => m.channel).sort(), ['email', 'email', 'site', 'sms']);
      const emails = submitted.filter((m) => m.channel === 'email');
      assert.deepEqual(emails.map((m) => m.recipient).sort(), [a.email, `zhao-${a.email}`].sort());
      assert.ok(!emails.some((m) => m.recipient.startsWith('qian-')), 'a pending receiver gets nothing');
      for (const m of submitted) {
        assert.equal(m.account_id, me);
        assert.match(m.body, /您的备案订单已提交初审，预计 11月24日 10:00 前完成/);
      }
      const sms = submitted.find((m) => m.channel === 'sms')!;
      assert.ok(sms.recipient.startsWith('v1:'), 'the mobile number stays sealed in the outbox');
      assert.ok(!JSON.stringify(submitted).includes('13901020102'));
      const site = submitted.find((m) => m.channel === 'site')!;
      assert.equal(site.status, 'delivered', 'an in-site message is delivered when committed');
      assert.equal(site.recipient, me);
      assert.ok(emails.every((m) => m.status === 'pending') && sms.status === 'pending');
      assert.equal(new Set(submitted.map((m) => m.idempotency_key)).size, 4);

      const approved = await reviewer.post(`/api/v1/orders/${id}/review/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      const approval = await messages("order_id = $1 AND kind = 'order.approve_initial'", [id]);
      assert.equal(approval.length, 4);
      assert.match(approval[0]!.subject, /^【备案通知】初审通过：/);
      assert.match(approval.find((m) => m.channel === 'site')!.body, /已通过初审/);

      // another applicant: a rejection, the call log (no notice), a resubmission
      const a2 = await applicantWithReceivers();
      const id2 = await newOrder(a2);
      await a2.post(`/api/v1/orders/${id2}/submit`);
      const rejected = await reviewer.post(`/api/v1/orders/${id2}/review/reject`, {
        reasons: [{ path: 'websites[0].name', message: '网站名称须体现网站内容，请修改' }],
      });
      assert.equal(rejected.statusCode, 200, rejected.body);
      const rejection = await messages("order_id = $1 AND kind = 'order.reject_initial'", [id2]);
      assert.deepEqual(rejection.map((m) => m.channel).sort(), ['email', 'email', 'site', 'sms']);
      assert.match(rejection[0]!.body, /初审未通过：请登录查看驳回原因/);

      const resubmitted = await a2.post(`/api/v1/orders/${id2}/submit`);
      assert.equal(resubmitted.statusCode, 200, resubmitted.body);
      // the call log changes no state the applicant waits for: no notice
      const before = (await messages('order_id = $1', [id2])).length;
      assert.equal((await reviewer.post(`/api/v1/orders/${id2}/calls`, { answered: true })).statusCode, 200);
      assert.equal((await messages('order_id = $1', [id2])).length, before);

      // the in-site messages through the API: newest first, unread count, mark read
      const list = (await a2.get('/api/v1/notices')).json() as {
        notices: Array<{ id: number; kind: string; orderId: string; title: string; readAt: string | null }>;
        unread: number;
      };
      assert.deepEqual(
        list.notices.map((n) => n.kind),
        ['order.submit', 'order.reject_initial', 'order.submit'],
      );
      assert.equal(list.unread, 3);
      assert.equal(list.notices[1]!.orderId, id2);
      assert.match(list.notices[1]!.title, /^【备案通知】初审驳回：/);
      const read = await a2.post(`/api/v1/notices/${list.notices[2]!.id}/read`);
      assert.equal(read.statusCode, 200, read.body);
      assert.ok((read.json() as { notice: { readAt: string } }).notice.readAt);
      assert.equal(((await a2.get('/api/v1/notices')).json() as { unread: number }).unread, 2);
      const page = (await a2.get('/api/v1/notices?limit=2')).json() as {
        notices: Array<{ id: number }>;
        nextBefore: number;
      };
      assert.equal(page.notices.length, 2);
      const rest = (await a2.get(`/api/v1/notices?limit=10&before=${page.nextBefore}`)).json() as {
        notices: Array<{ id: number }>;
        nextBefore: number | null;
      };
      assert.deepEqual(
        [...page.notices, ...rest.notices].map((n) => n.id),
        list.notices.map((n) => n.id),
      );
      assert.equal(rest.nextBefore, null);
      // another applicant neither sees nor marks them
      const b = await registered(t.app, '赵明');
      assert.deepEqual(((await b.get('/api/v1/notices')).json() as { notices: unknown[] }).notices, []);
      assert.equal((await b.post(`/api/v1/notices/${list.notices[0]!.id}/read`)).statusCode, 404);
      assert.equal((await b.post('/api/v1/notices/read-all')).statusCode, 200);
      assert.equal(((await a2.get('/api/v1/notices')).json() as { unread: number }).unread, 2);
      assert.deepEqual((await a2.post('/api/v1/notices/read-all')).json(), { updated: 2 });
      assert.equal(((await a2.get('/api/v1/notices')).json() as { unread: number }).unread, 0);
      assert.equal(
        ((await a.get('/api/v1/notices')).json() as { unread: number }).unread,
        2,
        'the first applicant: submit, approval',
      );
    });

    test('a rolled-back transition leaves no notice; the same change never enqueues twice', async () => {
      const a = await applicantWithReceivers();
      const id = await newOrder(a);
      const load = async () =>
        (await t.db.query<OrderRow>('SELECT * FROM orders WHERE id = $1', [id])).rows[0]!;
      const actor = {
        accountId: await accountId(a.email),
        role: 'applicant' as const,
        email: a.email,
        displayName: '陈思远',
      };
      const draft = await load();
      await assert.rejects(
        t.db.transaction(async (tx) => {
          await applyTransition(tx, draft, 'submit', actor, t.clock.now(), {
            facts: { precheckOk: true },
          });
          assert.equal(
            (await tx.query('SELECT 1 FROM outbox_messages WHERE order_id = $1', [id])).rowCount,
            4,
            'written in the transaction',
          );
          throw new Error('something later in the same transaction failed');
        }),
        /later in the same transaction/,
      );
      assert.equal((await load()).state, 'draft');
      assert.deepEqual(await messages('order_id = $1', [id]), [], 'rolled back with the change');

      // a stale second attempt: CONFLICT, and still only the first change's notices
      const stale = await load();
      const updated = await t.db.transaction((tx) =>
        applyTransition(tx, stale, 'submit', actor, t.clock.now(), { facts: { precheckOk: true } }),
      );
      await assert.rejects(
        t.db.transaction((tx) =>
          applyTransition(tx, stale, 'submit', actor, t.clock.now(), { facts: { precheckOk: true } }),
        ),
        /订单已被他人更新/,
      );
      assert.equal((await messages('order_id = $1', [id])).length, 4);
      const again = await t.db.transaction((tx) =>
        enqueueOrderNotices(tx, { order: updated, event: 'submit', at: t.clock.now() }),
      );
      assert.equal(again, 0, 'the idempotency keys refuse a second copy');
      assert.equal((await messages('order_id = $1', [id])).length, 4);
    });

    test('the drainer sends through a real SMTP server: Chinese subject and body, Message-ID = the key', async () => {
      const mail = smtpMail(sink.url, 'Beian 备案通知 <noreply@beian.localhost>');
      const deps = { ...t.deps, mail };
      await drainOutbox(deps); // what earlier tests left
      const start = sink.received.length;
      const a = await applicantWithReceivers();
      const id = await newOrder(a);
      assert.equal((await a.post(`/api/v1/orders/${id}/submit`)).statusCode, 200);
      const result = await drainOutbox(deps);
      assert.deepEqual(result, { sent: 4, outbox: 1, retried: 0, failed: 0 }); // 2 confirmations, 2 notices; the SMS
      const got = sink.received.slice(start);
      const notice = got.find(
        (m) => m.to && JSON.stringify(m.to).includes(a.email) && m.subject?.includes('提交初审'),
      )!;
      assert.ok(notice, 'the applicant got the notice');
      assert.match(notice.subject!, /^【备案通知】提交初审：/);
      assert.match(notice.text!, /陈思远，您好：/);
      assert.match(notice.text!, /您的备案订单已提交初审，预计 11月24日 10:00 前完成。/);
      assert.match(notice.text!, new RegExp(`查看订单：http://localhost:8080/orders/${id}`));
      assert.match(notice.from!.text, /Beian 备案通知/);
      const row = (
        await messages("order_id = $1 AND channel = 'email' AND recipient = $2", [id, a.email])
      )[0]!;
      assert.equal(notice.messageId, `<${row.idempotency_key}@beian.localhost>`);
      assert.equal(row.status, 'sent');
      const receiverMail = got.find(
        (m) => JSON.stringify(m.to).includes(`zhao-${a.email}`) && m.subject?.includes('提交初审'),
      )!;
      assert.match(receiverMail.text!, /赵明，您好：\n\n您是账号“陈思远”的备案消息接收人。/);
      const sms = (await messages("order_id = $1 AND channel = 'sms'", [id]))[0]!;
      assert.equal(sms.status, 'outbox', 'SMS goes to the simulator outbox');

      assert.deepEqual(await drainOutbox(deps), { sent: 0, outbox: 0, retried: 0, failed: 0 });
      assert.equal(sink.received.length, start + 4, 'nothing sent twice');
      mail.close();
    });

    test('an SMTP server that refuses is retried with backoff; a permanent refusal gives up', async () => {
      const mail = smtpMail(sink.url, 'Beian <noreply@beian.localhost>');
      const deps = { ...t.deps, mail };
      await drainOutbox(deps);
      const start = sink.received.length;
      await t.db.transaction((tx) =>
        enqueueMessage(
          tx,
          {
            channel: 'email',
            recipient: 'retry@example.cn',
            subject: '重试测试',
            body: '正文',
            key: 'test.retry',
          },
          t.clock.now(),
        ),
      );
      const row = async () => (await messages("idempotency_key = 'test.retry'", []))[0]!;
      sink.refuse(2, 451);
      assert.deepEqual(await drainOutbox(deps), { sent: 0, outbox: 0, retried: 1, failed: 0 });
      let r = await row();
      assert.equal(r.status, 'pending');
      assert.equal(r.attempts, 1);
      assert.match(r.last_error!, /451|busy/i);
      assert.equal(new Date(r.next_attempt_at!).getTime(), t.clock.now().getTime() + 60_000);
      assert.equal((await drainOutbox(deps)).retried, 0, 'not before its backoff');
      t.clock.advance(60_000);
      assert.equal((await drainOutbox(deps)).retried, 1);
      r = await row();
      assert.equal(
        new Date(r.next_attempt_at!).getTime(),
        t.clock.now().getTime() + 120_000,
        'backoff doubles',
      );
      t.clock.advance(119_000);
      assert.deepEqual(await drainOutbox(deps), { sent: 0, outbox: 0, retried: 0, failed: 0 });
      t.clock.advance(1_000);
      assert.deepEqual(await drainOutbox(deps), { sent: 1, outbox: 0, retried: 0, failed: 0 });
      assert.equal((await row()).status, 'sent');
      assert.equal(sink.received.length, start + 1);
      assert.equal(sink.received.at(-1)!.subject, '重试测试');
      assert.equal(sink.refusals, 2);

      await t.db.transaction((tx) =>
        enqueueMessage(
          tx,
          {
            channel: 'email',
            recipient: 'nobody@example.cn',
            subject: '退信',
            body: '正文',
            key: 'test.bounce',
          },
          t.clock.now(),
        ),
      );
      sink.refuse(1, 550);
      assert.deepEqual(await drainOutbox(deps), { sent: 0, outbox: 0, retried: 0, failed: 1 });
      const bounced = (await messages("idempotency_key = 'test.bounce'", []))[0]!;
      assert.equal(bounced.status, 'failed');
      assert.match(bounced.last_error!, /550|unavailable/i);
      t.clock.advance(24 * 3_600_000);
      assert.equal((await drainOutbox(deps)).sent, 0, 'a permanent refusal is not retried');
      mail.close();
    });

    test('a drainer that died holding a lease: the row is sent once when the lease lapses', async () => {
      const mail = smtpMail(sink.url, 'Beian <noreply@beian.localhost>');
      await drainOutbox({ ...t.deps, mail });
      const start = sink.received.length;
      await t.db.transaction((tx) =>
        enqueueMessage(
          tx,
          {
            channel: 'email',
            recipient: 'lease@example.cn',
            subject: '租约测试',
            body: '正文',
            key: 'test.lease',
          },
          t.clock.now(),
        ),
      );
      // a drainer whose sender never returns (it hangs, as a process that died would never finish)
      let entered!: () => void;
      const inSend = new Promise<void>((resolve) => (entered = resolve));
      const stuck = drainOutbox({
        ...t.deps,
        mail: { kind: 'smtp', send: () => (entered(), new Promise(() => {})), close: () => {} },
      });
      void stuck;
      await inSend;
      const leased = (await messages("idempotency_key = 'test.lease'", []))[0]!;
      assert.equal(leased.status, 'sending');
      const healthy = { ...t.deps, mail };
      assert.equal((await drainOutbox(healthy)).sent, 0, 'a leased row is left to its drainer');
      t.clock.advance(OUTBOX_LEASE_MS - 1);
      assert.equal((await drainOutbox(healthy)).sent, 0);
      t.clock.advance(1);
      assert.equal((await drainOutbox(healthy)).sent, 1, 'taken again when the lease lapsed');
      const sent = (await messages("idempotency_key = 'test.lease'", []))[0]!;
      assert.equal(sent.status, 'sent');
      assert.equal(sent.attempts, 2);
      assert.equal(sent.last_error, LAPSED_LEASE_NOTE);
      assert.equal(sink.received.length, start + 1);
      assert.equal(await drainOutbox(healthy).then((r) => r.sent), 0);
      mail.close();
    });

    test('GET /outbox: my SMS (masked) and emails as they would have been sent; admins see all', async () => {
      const a = await applicantWithReceivers();
      const id = await newOrder(a);
      await a.post(`/api/v1/orders/${id}/submit`);
      await drainOutbox(t.deps); // the embedded default: no SMTP server
      const res = await a.get('/api/v1/outbox');
      assert.equal(res.statusCode, 200, res.body);
      const box = res.json() as {
        mode: { email: string; sms: string };
        messages: Array<{
          channel: string;
          to: string;
          subject: string;
          text: string;
          status: string;
          kind: string;
          orderId: string | null;
          messageId: string | null;
        }>;
      };
      assert.deepEqual(box.mode, { email: 'outbox', sms: 'simulator' });
      const mine = box.messages.filter((m) => m.orderId === id);
      assert.deepEqual(mine.map((m) => m.channel).sort(), ['email', 'email', 'sms']);
      assert.ok(
        mine.every((m) => m.status === 'outbox'),
        'delivered to the outbox',
      );
      const sms = mine.find((m) => m.channel === 'sms')!;
      assert.equal(sms.to, '139****0102');
      assert.match(sms.text, /^【备案通知】.*您的备案订单已提交初审，预计 /);
      const mail = mine.find((m) => m.channel === 'email' && m.to === a.email)!;
      assert.match(mail.text, new RegExp(`查看订单：http://localhost:8080/orders/${id}`));
      assert.match(mail.messageId!, /^<order\..+@beian\.localhost>$/);
      assert.ok(
        box.messages.some((m) => m.kind === 'receiver.confirm'),
        'the confirmation emails too',
      );
      assert.ok(!res.body.includes('13901020102'));
      const sms2 = (await a.get('/api/v1/outbox?channel=sms')).json() as {
        messages: Array<{ channel: string }>;
      };
      assert.ok(sms2.messages.length > 0 && sms2.messages.every((m) => m.channel === 'sms'));

      const b = await registered(t.app, '赵明');
      const theirs = (await b.get('/api/v1/outbox')).json() as { messages: unknown[] };
      assert.deepEqual(theirs.messages, []);
      const me = await accountId(a.email);
      assert.equal((await b.get(`/api/v1/outbox?accountId=${me}`)).statusCode, 403);
      const admin = await staff(t, 'admin', '李管理');
      const all = (await admin.get('/api/v1/outbox?limit=200')).json() as {
        messages: Array<{ accountId: string | null }>;
      };
      assert.ok(new Set(all.messages.map((m) => m.accountId)).size > 1, 'every account');
      const one = (await admin.get(`/api/v1/outbox?accountId=${me}`)).json() as {
        messages: Array<{ accountId: string }>;
      };
      assert.ok(one.messages.length >= 3 && one.messages.every((m) => m.accountId === me));
    });
  });
