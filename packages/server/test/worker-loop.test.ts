/**
 * The server's worker loop (jobs/loop.ts), without its timer: a round reloads the calendar, applies due tasks and
 * drains the outbox; rounds never overlap; stop() waits for the round in progress. The clock is moved, never
 * slept on.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MailSender } from '../src/adapters/mail/mail.js';
import { startWorkerLoop } from '../src/jobs/loop.js';
import { scheduleTask } from '../src/jobs/tasks.js';
import { registerTaskHandler } from '../src/jobs/worker.js';
import { enqueueMessage } from '../src/usecases/outbox/enqueue-message.js';
import { startApp, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';

const applied: string[] = [];
registerTaskHandler('test.loop', async (_deps, _tx, task) => {
  applied.push(String(task.payload.name));
});

for (const engine of ENGINES)
  describe(`worker loop (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine, '2026-11-25T02:00:00Z');
    });
    after(() => t.close());

    test('a round: calendar, due tasks, outbox; rounds never overlap; stop waits for the one in progress', async () => {
      applied.length = 0;
      const sent: string[] = [];
      let release!: () => void;
      let entered!: () => void;
      const inSend = new Promise<void>((r) => (entered = r));
      const gate = new Promise<void>((r) => (release = r));
      const mail: MailSender = {
        kind: 'smtp',
        async send(m) {
          entered();
          await gate;
          sent.push(m.subject);
          return { delivery: 'sent' };
        },
        close: () => {},
      };
      const now = t.clock.now();
      await t.db.transaction(async (tx) => {
        await scheduleTask(tx, { kind: 'test.loop', dueAt: now, payload: { name: 'due' } }, now);
        await enqueueMessage(
          tx,
          { channel: 'email', recipient: 'loop@example.cn', subject: '循环测试', body: '正文' },
          now,
        );
      });
      await t.db.query(
        `INSERT INTO holiday_calendar (year, holidays, workdays, updated_at) VALUES (2027, '{2027-01-01}', '{}', $1)`,
        [now],
      );
      const errors: string[] = [];
      const loop = startWorkerLoop(
        { ...t.deps, mail },
        { intervalMs: 3_600_000, onError: (where, e) => errors.push(`${where}: ${String(e)}`) },
      );
      const first = loop.round();
      assert.equal(loop.round(), first, 'a second round while one runs is the same round');
      await inSend;
      assert.deepEqual(applied, ['due']);
      assert.ok(t.deps.calendar.current.covers(2027), 'the calendar was reloaded');
      let stopped = false;
      const stopping = loop.stop().then(() => (stopped = true));
      await new Promise((r) => setImmediate(r));
      assert.equal(stopped, false, 'stop waits for the send in progress');
      release();
      await stopping;
      assert.deepEqual(sent, ['循环测试']);
      assert.deepEqual(errors, []);
      const row = await t.db.query<{ status: string }>(
        "SELECT status FROM outbox_messages WHERE recipient = 'loop@example.cn'",
      );
      assert.equal(row.rows[0]!.status, 'sent');
    });
  });
