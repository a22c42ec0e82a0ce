/**
 * Tasks that call an outside system (the bureau) on both engines: they run with no transaction open (their
 * handler uses the database freely, which would wait forever on the embedded engine inside the worker's
 * transaction), leased first; a failure keeps the error and retries with backoff; a lease that runs out (the
 * process died mid-call) lets the task run again.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scheduleTask } from '../src/jobs/tasks.js';
import { LEASE_MS, registerOutsideTaskHandler, runDueTasks } from '../src/jobs/worker.js';
import { startApp, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';

const calls: string[] = [];
let failuresLeft = 0;
registerOutsideTaskHandler('test.outside', async (deps, task) => {
  // a transaction of its own: only possible when the worker holds none
  await deps.db.transaction((tx) => tx.query('SELECT 1'));
  if (failuresLeft-- > 0) throw new Error('bureau unreachable');
  calls.push(String(task.payload.name));
});

type Row = { attempts: number; last_error: string | null; done_at: Date | null; due_at: Date };

for (const engine of ENGINES)
  describe(`outside tasks (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z');
    });
    after(() => t.close());

    const row = async (name: string) =>
      (
        await t.db.query<Row>(
          "SELECT attempts, last_error, done_at, due_at FROM scheduled_tasks WHERE payload->>'name' = $1",
          [name],
        )
      ).rows[0]!;

    test('runs outside the worker transaction, once; failures retry with backoff', async () => {
      calls.length = 0;
      failuresLeft = 1;
      const now = t.clock.now();
      await t.db.transaction((tx) =>
        scheduleTask(tx, { kind: 'test.outside', dueAt: now, payload: { name: 'push' } }, now),
      );
      assert.equal(await runDueTasks(t.deps), 0);
      const failed = await row('push');
      assert.equal(Number(failed.attempts), 1);
      assert.equal(failed.last_error, 'bureau unreachable');
      assert.equal(failed.done_at, null);
      assert.equal(await runDueTasks(t.deps), 0, 'not before its backoff');
      t.clock.advance(60_000);
      assert.equal(await runDueTasks(t.deps), 1);
      assert.deepEqual(calls, ['push']);
      assert.ok((await row('push')).done_at);
      assert.equal(await runDueTasks(t.deps), 0, 'applied once');
    });

    test('a lease that ran out (the worker died mid-call) lets the task run again', async () => {
      calls.length = 0;
      const now = t.clock.now();
      await t.db.transaction((tx) =>
        scheduleTask(tx, { kind: 'test.outside', dueAt: now, payload: { name: 'crashed' } }, now),
      );
      // what a worker that died after leasing leaves behind
      await t.db.query(
        "UPDATE scheduled_tasks SET attempts = 1, due_at = $1 WHERE payload->>'name' = 'crashed'",
        [new Date(now.getTime() + LEASE_MS)],
      );
      assert.equal(await runDueTasks(t.deps), 0, 'leased: left alone');
      t.clock.advance(LEASE_MS);
      assert.equal(await runDueTasks(t.deps), 1);
      assert.deepEqual(calls, ['crashed']);
      assert.equal(Number((await row('crashed')).attempts), 2);
    });
  });
