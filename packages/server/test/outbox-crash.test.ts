/**
 * The outbox across a crash, on both engines, with real processes: a submission through the API commits its
 * notices; a drainer process leases them and is killed with SIGKILL; a restarted drainer sends each message once.
 *
 * - Killed after the lease committed and before the SMTP transaction (the crash between commit and send): after
 *   the lease lapses the email is sent exactly once.
 * - Killed after the SMTP server accepted and before the mark was written: nothing can tell the restarted drainer
 *   that the message went out, so it is sent again — with the same Message-ID, the idempotency key, by which
 *   receiving mail systems recognise the copy. The test pins this down so it stays the only duplicate possible.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { smtpMail } from '../src/adapters/mail/smtp.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig, type Config } from '../src/config.js';
import { Sealer } from '../src/crypto/sealer.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import { drainOutbox, LAPSED_LEASE_NOTE, OUTBOX_LEASE_MS } from '../src/notices/drain-outbox.js';
import { createStorage } from '../src/adapters/storage/index.js';
import { ServerCalendar } from '../src/usecases/calendar/server-calendar.js';
import { appOn, registered } from './support/app.js';
import { createDatabaseUrl } from './support/engines.js';
import { withMaterials } from './support/materials.js';
import { exampleOrder, withServiceNumbers } from './support/orders.js';
import { startSmtpSink, type SmtpSink } from './support/smtp.js';

const child = fileURLToPath(new URL('./support/drain-child.ts', import.meta.url));
const NOW = '2026-11-25T02:00:00.000Z';

/** Run the drainer process until it stops in its sender, then kill it with SIGKILL. */
function drainAndKill(env: Record<string, string>, crashAt: 'before-send' | 'after-send'): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child], {
      env: { ...process.env, ...env, CRASH_AT: crashAt, NOW },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stoppedAt = '';
    const timer = setTimeout(() => proc.kill('SIGKILL'), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /STOPPED (\S+) (\S+)/.exec(out);
      if (m && !stoppedAt) {
        stoppedAt = m[2]!;
        proc.kill('SIGKILL');
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && stoppedAt) resolve(stoppedAt);
      else reject(new Error(`the drainer did not stop where it should (${signal}): ${out}`));
    });
  });
}

type Setup = { env: Record<string, string>; config: Config };

function setup(databaseUrl: string | undefined, smtpUrl: string): Setup {
  const env: Record<string, string> = {
    BEIAN_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'beian-outbox-crash-')),
    DATA_KEY: randomBytes(32).toString('base64'),
    SMTP_URL: smtpUrl,
    MAIL_FROM: 'Beian 备案通知 <noreply@beian.localhost>',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  return { env, config: loadConfig(env) };
}

/**
 * An applicant's order submitted through the API as in the product (service number, materials uploaded, submit):
 * its notices committed with the change; returns the order id.
 */
async function submitAnOrder(s: Setup): Promise<string> {
  const db = await openDatabase(s.config);
  await migrate(db);
  const sealer = new Sealer(Buffer.from(s.config.dataKey!, 'base64'));
  const t = await appOn({
    config: s.config,
    db,
    clock: new ManualClock(NOW),
    sealer,
    storage: createStorage(s.config, sealer),
    calendar: await ServerCalendar.load(db),
  });
  try {
    const applicant = await registered(t.app, '陈思远');
    const created = await applicant.post(
      '/api/v1/orders',
      await withServiceNumbers(t, applicant, exampleOrder()),
    );
    assert.equal(created.statusCode, 201, created.body);
    const id = (created.json() as { order: { id: string } }).order.id;
    await withMaterials(applicant, id);
    const submitted = await applicant.post(`/api/v1/orders/${id}/submit`);
    assert.equal(submitted.statusCode, 200, submitted.body);
    return id;
  } finally {
    await t.close();
  }
}

/** The restarted drainer, in this process: drains at `at`; returns the email row afterwards. */
async function restartAndDrain(s: Setup, orderId: string, smtpUrl: string, at: number) {
  const db = await openDatabase(s.config);
  const mail = smtpMail(smtpUrl, s.config.mail.from);
  try {
    const deps = {
      config: s.config,
      db,
      clock: new ManualClock(new Date(at)),
      sealer: new Sealer(Buffer.from(s.config.dataKey!, 'base64')),
      mail,
    };
    const result = await drainOutbox(deps);
    const again = await drainOutbox(deps);
    const { rows } = await db.query<{
      status: string;
      attempts: number;
      last_error: string | null;
      idempotency_key: string;
    }>(
      "SELECT status, attempts, last_error, idempotency_key FROM outbox_messages WHERE order_id = $1 AND channel = 'email'",
      [orderId],
    );
    return { result, again, email: rows[0]! };
  } finally {
    mail.close();
    await db.close();
  }
}

for (const engine of ['pglite', 'postgres'] as const)
  describe(`outbox across a crash (${engine}, real processes)`, () => {
    let sink: SmtpSink;
    before(async () => {
      sink = await startSmtpSink();
    });
    after(() => sink.close());

    const database = async () => (engine === 'postgres' ? await createDatabaseUrl() : undefined);

    test('killed after leasing, before sending: sent exactly once after the restart', async () => {
      const s = setup(await database(), sink.url);
      const orderId = await submitAnOrder(s);
      const start = sink.received.length;
      const stoppedAt = await drainAndKill(s.env, 'before-send');
      assert.equal(sink.received.length, start, 'the killed drainer sent nothing');

      const lapse = Date.parse(NOW) + OUTBOX_LEASE_MS;
      const early = await restartAndDrain(s, orderId, sink.url, lapse - 1);
      assert.equal(early.result.sent, 0, 'the lease still holds');
      assert.equal(early.email.status, 'sending');
      const later = await restartAndDrain(s, orderId, sink.url, lapse);
      assert.deepEqual(later.result, { sent: 1, outbox: 0, retried: 0, failed: 0 });
      assert.deepEqual(later.again, { sent: 0, outbox: 0, retried: 0, failed: 0 });
      assert.equal(later.email.status, 'sent');
      assert.equal(later.email.attempts, 2);
      const got = sink.received.slice(start);
      assert.equal(got.length, 1, 'exactly once');
      assert.equal(got[0]!.messageId, stoppedAt, 'the Message-ID the killed drainer would have used');
      assert.equal(got[0]!.messageId, `<${later.email.idempotency_key}@beian.localhost>`);
      assert.match(got[0]!.subject!, /^【备案通知】提交初审：陈思远/);
      assert.match(got[0]!.text!, /您的备案订单已提交初审，预计 11月26日 10:00 前完成。/);
    });

    test('killed after the SMTP server accepted, before the mark: the one resend carries the same Message-ID', async () => {
      const s = setup(await database(), sink.url);
      const orderId = await submitAnOrder(s);
      const start = sink.received.length;
      await drainAndKill(s.env, 'after-send');
      assert.equal(sink.received.length, start + 1);

      const later = await restartAndDrain(s, orderId, sink.url, Date.parse(NOW) + OUTBOX_LEASE_MS);
      assert.equal(later.result.sent, 1);
      assert.equal(later.again.sent, 0, 'then never again');
      assert.equal(later.email.last_error, LAPSED_LEASE_NOTE, 'the unknown outcome is recorded');
      const got = sink.received.slice(start);
      assert.equal(got.length, 2);
      assert.equal(got[0]!.messageId, got[1]!.messageId, 'one message to the receiving mail system');
    });
  });
