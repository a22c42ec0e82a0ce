/**
 * 消息接收人 through the API on both engines: at most 15, each confirmed once through the emailed link within
 * 24 hours of the clock; editing the email asks for a new confirmation; nobody reaches another account's
 * receivers; bad input names the field and changes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Agent, registered, startApp, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';

type Receiver = {
  id: string;
  name: string;
  email: string;
  position: string;
  status: 'confirmed' | 'pending' | 'expired';
  confirmedAt: string | null;
  confirmExpiresAt: string | null;
  createdAt: string;
};
type ErrorBody = { error: { code: string; message: string; path?: string; reason?: string } };
type Res = { statusCode: number; body: string; json(): unknown };

const DAY = 24 * 3_600_000;
const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);
let seq = 0;
const someone = (name = '李雷') => ({
  name,
  email: `receiver${++seq}@example.cn`,
  position: '运维负责人',
});

function errorOf(res: Res, status: number, code: string, path?: string): ErrorBody['error'] {
  assert.equal(res.statusCode, status, res.body);
  const e = (res.json() as ErrorBody).error;
  assert.equal(e.code, code);
  if (path !== undefined) assert.equal(e.path, path, e.message);
  assert.ok(hasChinese(e.message), e.message);
  return e;
}

for (const engine of ENGINES)
  describe(`消息接收人 (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine);
    });
    after(() => t.close());

    const count = async (table: string, where = 'true', params: unknown[] = []) =>
      (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))
        .rows[0]!.n;

    /** The newest confirmation email to an address, and the token its link carries. */
    const mailTo = async (email: string) => {
      const { rows } = await t.db.query<{
        subject: string;
        body: string;
        channel: string;
        sent_at: Date | null;
      }>(
        'SELECT channel, subject, body, sent_at FROM outbox_messages WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
        [email],
      );
      const mail = rows[0];
      assert.ok(mail, `no mail to ${email}`);
      const m = /\/api\/v1\/receivers\/confirm\?token=(\S+)/.exec(mail.body);
      assert.ok(m, mail.body);
      return { ...mail, token: decodeURIComponent(m[1]!), path: m[0] };
    };

    const add = async (agent: Agent, body: unknown) => {
      const res = await agent.post('/api/v1/receivers', body);
      assert.equal(res.statusCode, 201, res.body);
      return (res.json() as { receiver: Receiver }).receiver;
    };
    const list = async (agent: Agent) => {
      const res = await agent.get('/api/v1/receivers');
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { receivers: Receiver[]; max: number };
    };
    const confirm = (token: string) =>
      new Agent(t.app).get(`/api/v1/receivers/confirm?token=${encodeURIComponent(token)}`);

    test('add: pending, a confirmation email in the outbox; the link confirms once, without login', async () => {
      const me = await registered(t.app, '韩梅梅');
      const input = { name: ' 李雷 ', email: 'Li.Lei@Example.CN', position: '技术总监' };
      const r = await add(me, input);
      assert.deepEqual(
        [r.name, r.email, r.position, r.status, r.confirmedAt],
        ['李雷', 'li.lei@example.cn', '技术总监', 'pending', null],
      );
      assert.equal(new Date(r.confirmExpiresAt!).getTime(), t.clock.now().getTime() + DAY);

      const mail = await mailTo('li.lei@example.cn');
      assert.equal(mail.channel, 'email');
      assert.equal(mail.sent_at, null, 'queued, not sent');
      assert.ok(hasChinese(mail.subject));
      assert.ok(mail.body.includes('李雷') && mail.body.includes('韩梅梅') && mail.body.includes('24小时'));
      const stored = await t.db.query<{ confirm_token_hash: string }>(
        'SELECT confirm_token_hash FROM notice_receivers WHERE id = $1',
        [r.id],
      );
      assert.notEqual(stored.rows[0]!.confirm_token_hash, mail.token, 'the database keeps a digest only');

      const ok = await new Agent(t.app).get(mail.path);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.deepEqual(ok.json(), { confirmed: true, name: '李雷', email: 'li.lei@example.cn' });
      const [listed] = (await list(me)).receivers;
      assert.equal(listed!.status, 'confirmed');
      assert.equal(listed!.confirmedAt, t.clock.now().toISOString());
      assert.equal(listed!.confirmExpiresAt, null);

      const again = errorOf(await confirm(mail.token), 400, 'INVALID_INPUT', 'token');
      assert.equal(again.reason, 'invalid');
      assert.equal((await list(me)).receivers[0]!.confirmedAt, listed!.confirmedAt, 'nothing changed');
      errorOf(await confirm('made-up-token'), 400, 'INVALID_INPUT', 'token');
    });

    test('the link lapses 24 hours after it was sent; a new link works and the old one is dead', async () => {
      const me = await registered(t.app);
      const who = someone();
      const r = await add(me, who);
      const first = await mailTo(who.email);

      t.clock.advance(DAY - 1000);
      assert.equal((await list(me)).receivers[0]!.status, 'pending');
      t.clock.advance(1000);
      assert.equal((await list(me)).receivers[0]!.status, 'expired');
      assert.equal(errorOf(await confirm(first.token), 400, 'INVALID_INPUT', 'token').reason, 'expired');
      assert.equal(await count('notice_receivers', 'id = $1 AND confirmed_at IS NULL', [r.id]), 1);

      const before = await count('outbox_messages', 'recipient = $1', [who.email]);
      const resent = await me.post(`/api/v1/receivers/${r.id}/resend-confirmation`);
      assert.equal(resent.statusCode, 200, resent.body);
      assert.equal((resent.json() as { receiver: Receiver }).receiver.status, 'pending');
      assert.equal(await count('outbox_messages', 'recipient = $1', [who.email]), before + 1);
      const second = await mailTo(who.email);
      assert.notEqual(second.token, first.token);
      assert.equal(errorOf(await confirm(first.token), 400, 'INVALID_INPUT', 'token').reason, 'invalid');

      t.clock.advance(DAY - 1000);
      assert.equal((await confirm(second.token)).statusCode, 200);
      errorOf(await me.post(`/api/v1/receivers/${r.id}/resend-confirmation`), 409, 'INVALID_STATE');
    });

    test('at most 15 receivers: the 16th is refused and changes nothing; removing one makes room', async () => {
      const me = await registered(t.app);
      const added: Receiver[] = [];
      for (let i = 0; i < 15; i++) added.push(await add(me, someone(`接收人${i + 1}`)));
      const { receivers, max } = await list(me);
      assert.equal(max, 15);
      assert.deepEqual(
        receivers.map((r) => r.id),
        added.map((r) => r.id),
      );
      const before = [await count('notice_receivers'), await count('outbox_messages')];
      const sixteenth = someone('第十六人');
      const e = errorOf(await me.post('/api/v1/receivers', sixteenth), 409, 'INVALID_STATE');
      assert.ok(e.message.includes('15'));
      assert.deepEqual([await count('notice_receivers'), await count('outbox_messages')], before);
      assert.equal(await count('outbox_messages', 'recipient = $1', [sixteenth.email]), 0);

      assert.equal((await me.request('DELETE', `/api/v1/receivers/${added[3]!.id}`)).statusCode, 204);
      assert.equal((await list(me)).receivers.length, 14);
      await add(me, sixteenth);
      assert.equal((await list(me)).receivers.length, 15);
    });

    test('concurrent adds cannot pass the limit together', async () => {
      const me = await registered(t.app);
      for (let i = 0; i < 13; i++) await add(me, someone());
      const results = await Promise.all(
        Array.from({ length: 5 }, () => me.post('/api/v1/receivers', someone())),
      );
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 201, 409, 409, 409]);
      assert.equal((await list(me)).receivers.length, 15);
    });

    test('the same email twice is refused (any case); another account may use it', async () => {
      const me = await registered(t.app);
      const who = someone();
      await add(me, who);
      const before = [await count('notice_receivers'), await count('outbox_messages')];
      const dup = await me.post('/api/v1/receivers', {
        ...who,
        email: who.email.toUpperCase(),
        name: '别名',
      });
      errorOf(dup, 409, 'ALREADY_EXISTS', 'email');
      assert.deepEqual([await count('notice_receivers'), await count('outbox_messages')], before);
      const other = await registered(t.app);
      await add(other, who);
    });

    test('edit: name and position keep the confirmation; a new email resets it and sends a new link', async () => {
      const me = await registered(t.app);
      const who = someone();
      const r = await add(me, who);
      const firstLink = await mailTo(who.email);
      assert.equal((await confirm(firstLink.token)).statusCode, 200);
      const mails = await count('outbox_messages');

      const renamed = await me.request('PATCH', `/api/v1/receivers/${r.id}`, {
        name: '李雷雷',
        position: '总经理',
      });
      assert.equal(renamed.statusCode, 200, renamed.body);
      const v = (renamed.json() as { receiver: Receiver }).receiver;
      assert.deepEqual([v.name, v.position, v.email, v.status], ['李雷雷', '总经理', who.email, 'confirmed']);
      const sameEmail = await me.request('PATCH', `/api/v1/receivers/${r.id}`, {
        email: who.email.toUpperCase(),
      });
      assert.equal((sameEmail.json() as { receiver: Receiver }).receiver.status, 'confirmed');
      assert.equal(await count('outbox_messages'), mails, 'no mail when the email stays');

      const moved = await me.request('PATCH', `/api/v1/receivers/${r.id}`, {
        email: 'new-address@example.cn',
      });
      assert.equal(moved.statusCode, 200, moved.body);
      const m = (moved.json() as { receiver: Receiver }).receiver;
      assert.deepEqual([m.email, m.status, m.confirmedAt], ['new-address@example.cn', 'pending', null]);
      const link = await mailTo('new-address@example.cn');
      assert.ok(link.body.includes('李雷雷'));
      assert.equal(await count('outbox_messages'), mails + 1);

      // a pending link of the old address stops working when the email changes again
      const moved2 = await me.request('PATCH', `/api/v1/receivers/${r.id}`, { email: 'third@example.cn' });
      assert.equal(moved2.statusCode, 200);
      assert.equal(errorOf(await confirm(link.token), 400, 'INVALID_INPUT', 'token').reason, 'invalid');
      assert.equal((await confirm((await mailTo('third@example.cn')).token)).statusCode, 200);

      const other = await add(me, someone());
      const clash = await me.request('PATCH', `/api/v1/receivers/${other.id}`, { email: 'third@example.cn' });
      errorOf(clash, 409, 'ALREADY_EXISTS', 'email');
      assert.equal(await count('notice_receivers', 'id = $1 AND email = $2', [other.id, other.email]), 1);
    });

    test('another applicant can never read or change my receivers', async () => {
      const me = await registered(t.app);
      const intruder = await registered(t.app);
      const who = someone();
      const mine = await add(me, who);
      assert.deepEqual((await list(intruder)).receivers, []);
      const snapshot = async () =>
        (await t.db.query('SELECT * FROM notice_receivers WHERE id = $1', [mine.id])).rows[0];
      const before = [await snapshot(), await count('outbox_messages')];
      const attempts = [
        await intruder.request('PATCH', `/api/v1/receivers/${mine.id}`, { name: '篡改' }),
        await intruder.request('PATCH', `/api/v1/receivers/${mine.id}`, { email: 'evil@example.cn' }),
        await intruder.request('DELETE', `/api/v1/receivers/${mine.id}`),
        await intruder.post(`/api/v1/receivers/${mine.id}/resend-confirmation`),
      ];
      for (const res of attempts) errorOf(res, 404, 'NOT_FOUND', 'receiverId');
      assert.deepEqual([await snapshot(), await count('outbox_messages')], before);
      assert.equal((await list(me)).receivers.length, 1);
    });

    test('remove: gone from the list, and its pending link no longer works', async () => {
      const me = await registered(t.app);
      const who = someone();
      const r = await add(me, who);
      const link = await mailTo(who.email);
      assert.equal((await me.request('DELETE', `/api/v1/receivers/${r.id}`)).statusCode, 204);
      assert.deepEqual((await list(me)).receivers, []);
      errorOf(await confirm(link.token), 400, 'INVALID_INPUT', 'token');
      errorOf(await me.request('DELETE', `/api/v1/receivers/${r.id}`), 404, 'NOT_FOUND');
    });

    test('bad input on every endpoint is a 400 naming the field and changes nothing', async () => {
      const me = await registered(t.app);
      const r = await add(me, someone());
      const state = async () => [
        await count('notice_receivers'),
        await count('outbox_messages'),
        (await t.db.query('SELECT * FROM notice_receivers WHERE id = $1', [r.id])).rows[0],
      ];
      const before = await state();
      const good = someone();
      const cases: [Promise<Res>, string][] = [
        [me.post('/api/v1/receivers', { ...good, name: '' }), 'name'],
        [me.post('/api/v1/receivers', { ...good, name: '   ' }), 'name'],
        [me.post('/api/v1/receivers', { ...good, name: '长'.repeat(51) }), 'name'],
        [me.post('/api/v1/receivers', { email: good.email, position: '经理' }), 'name'],
        [me.post('/api/v1/receivers', { ...good, email: 'not-an-email' }), 'email'],
        [me.post('/api/v1/receivers', { ...good, email: undefined }), 'email'],
        [me.post('/api/v1/receivers', { ...good, position: '' }), 'position'],
        [me.post('/api/v1/receivers', { ...good, position: 42 }), 'position'],
        [me.request('PATCH', `/api/v1/receivers/${r.id}`, { email: 'broken@' }), 'email'],
        [me.request('PATCH', `/api/v1/receivers/${r.id}`, { name: '' }), 'name'],
        [me.request('PATCH', `/api/v1/receivers/${r.id}`, { position: '职'.repeat(51) }), 'position'],
        [me.request('PATCH', `/api/v1/receivers/${r.id}`, {}), ''],
        [me.request('PATCH', '/api/v1/receivers/not-a-uuid', { name: '李' }), 'params.receiverId'],
        [me.request('DELETE', '/api/v1/receivers/not-a-uuid'), 'params.receiverId'],
        [me.post('/api/v1/receivers/not-a-uuid/resend-confirmation'), 'params.receiverId'],
        [me.get('/api/v1/receivers/confirm'), 'querystring.token'],
        [me.get('/api/v1/receivers/confirm?token='), 'querystring.token'],
      ];
      for (const [pending, field] of cases) errorOf(await pending, 400, 'INVALID_INPUT', field);
      assert.deepEqual(await state(), before);
    });

    test('every receiver endpoint but the link needs a login', async () => {
      const anonymous = new Agent(t.app);
      const id = '7d1f4c1e-0000-4000-8000-000000000000';
      for (const res of [
        await anonymous.get('/api/v1/receivers'),
        await anonymous.post('/api/v1/receivers', someone()),
        await anonymous.request('PATCH', `/api/v1/receivers/${id}`, { name: '李' }),
        await anonymous.request('DELETE', `/api/v1/receivers/${id}`),
        await anonymous.post(`/api/v1/receivers/${id}/resend-confirmation`),
      ])
        errorOf(res, 401, 'UNAUTHENTICATED');
    });

    test('OpenAPI lists the receiver endpoints', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
        paths: Record<string, unknown>;
      };
      for (const p of [
        '/api/v1/receivers',
        '/api/v1/receivers/confirm',
        '/api/v1/receivers/{receiverId}',
        '/api/v1/receivers/{receiverId}/resend-confirmation',
      ])
        assert.ok(doc.paths[p], p);
    });
  });
