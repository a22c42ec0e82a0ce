/** Scheduled tasks on both engines: applied once when due, never before; failures retried with backoff; two workers never apply a task twice. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { registerTaskHandler, runDueTasks } from '../src/jobs/worker.js';
import { cancelTasks, scheduleTask } from '../src/jobs/tasks.js';
import { startApp, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';

const applied: string[] = [];
let failuresLeft = 0;
registerTaskHandler('test.record', async (_deps, tx, task) => {
  await tx.query('SELECT 1');
  applied.push(String(task.payload.name));
});
registerTaskHandler('test.flaky', async (_deps, tx, task) => {
  await tx.query('SELECT 1');
  if (failuresLeft-- > 0) throw new Error('temporarily down');
  applied.push(String(task.payload.name));
});

for (const engine of ENGINES)
  describe(`scheduled tasks (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z');
    });
    after(() => t.close());

    test('a task runs once when due, not before; a cancelled one never', async () => {
      applied.length = 0;
      const now = t.clock.now();
      await t.db.transaction(async (tx) => {
        await scheduleTask(
          tx,
          { kind: 'test.record', dueAt: new Date(now.getTime() + 3_600_000), payload: { name: 'later' } },
          now,
        );
        await scheduleTask(tx, { kind: 'test.record', dueAt: now, payload: { name: 'now' } }, now);
      });
      assert.equal(await runDueTasks(t.deps), 1);
      assert.deepEqual(applied, ['now']);
      assert.equal(await runDueTasks(t.deps), 0, 'applied once');
      t.clock.advance(3_600_000);
      assert.equal(await runDueTasks(t.deps), 1);
      assert.deepEqual(applied, ['now', 'later']);
    });

    test('failures are retried with backoff, and the error is kept', async () => {
      applied.length = 0;
      failuresLeft = 2;
      const now = t.clock.now();
      await t.db.transaction((tx) =>
        scheduleTask(tx, { kind: 'test.flaky', dueAt: now, payload: { name: 'flaky' } }, now),
      );
      assert.equal(await runDueTasks(t.deps), 0);
      const row = await t.db.query<{ attempts: number; last_error: string }>(
        "SELECT attempts, last_error FROM scheduled_tasks WHERE kind = 'test.flaky'",
      );
      assert.deepEqual([Number(row.rows[0]!.attempts), row.rows[0]!.last_error], [1, 'temporarily down']);
      assert.equal(await runDueTasks(t.deps), 0, 'not before its backoff');
      t.clock.advance(60_000);
      assert.equal(await runDueTasks(t.deps), 0);
      t.clock.advance(120_000);
      assert.equal(await runDueTasks(t.deps), 1);
      assert.deepEqual(applied, ['flaky']);
    });

    test('cancelled tasks never run; concurrent workers apply each task once', async () => {
      applied.length = 0;
      const now = t.clock.now();
      const { rows } = await t.db.query<{ id: string }>(
        `INSERT INTO accounts (email, display_name, password_hash, role) VALUES ('t@example.cn', 't', 'x', 'applicant') RETURNING id`,
      );
      const order = await t.db.query<{ id: string }>(
        `INSERT INTO orders (account_id, state, province, data) VALUES ($1, 'draft', 'BJ', '{}') RETURNING id`,
        [rows[0]!.id],
      );
      await t.db.transaction(async (tx) => {
        await scheduleTask(
          tx,
          { kind: 'test.record', orderId: order.rows[0]!.id, dueAt: now, payload: { name: 'cancelled' } },
          now,
        );
        for (let i = 0; i < 60; i++)
          await scheduleTask(tx, { kind: 'test.record', dueAt: now, payload: { name: `n${i}` } }, now);
        assert.equal(await cancelTasks(tx, order.rows[0]!.id, 'test.record', now), 1);
      });
      const counts = await Promise.all([
        runDueTasks(t.deps, { batch: 7 }),
        runDueTasks(t.deps, { batch: 7 }),
        runDueTasks(t.deps, { batch: 7 }),
      ]);
      assert.equal(
        counts.reduce((a, b) => a + b, 0),
        60,
      );
      assert.equal(new Set(applied).size, 60);
      assert.equal(applied.length, 60, 'no task applied twice');
      assert.ok(!applied.includes('cancelled'));
    });
  });
