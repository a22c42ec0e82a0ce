/**
 * kill -9 in the middle of submissions (each order with its materials uploaded) leaves no half-written order: every order is either still a draft with
 * no submission recorded, or submitted with its round, due time and exactly one audit row. The server is a real
 * process (embedded database in a folder, or a PostgreSQL database), killed with SIGKILL and started again.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/usecases/demo/seed-demo.js';
import { exampleOrder } from './support/orders.js';
import { createDatabaseUrl } from './support/engines.js';
import { uploadMaterials, type Required, type SendMultipart } from './support/materials.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

type Server = { proc: ChildProcess; base: string };

function startServer(env: Record<string, string>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', main], {
      env: {
        ...process.env,
        BEIAN_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        SEED_DEMO: '1',
        RATE_LIMITS: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Beian 已启动：(http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, base: m[1]!.replace('localhost', '127.0.0.1') });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

async function call(base: string, method: string, path: string, body?: unknown, cookie?: string) {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(cookie ? { cookie } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: res.status,
    cookie: res.headers.get('set-cookie')?.split(';')[0],
    json: (await res.json().catch(() => null)) as unknown,
  };
}

/** A multipart upload to the real server with the applicant's cookie (the materials' helpers send through it). */
const upload =
  (base: string, cookie: string): SendMultipart =>
  async (path, body, type) => {
    const res = await fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': type, cookie },
      body: new Uint8Array(body),
    });
    return { statusCode: res.status, body: await res.text() };
  };

const killed = (proc: ChildProcess) => new Promise<void>((resolve) => { proc.once('exit', () => resolve()); proc.kill('SIGKILL'); }); // prettier-ignore

type Row = { state: string; round: number; due_at: unknown; submits: number; claims: number };

const stopped = (proc: ChildProcess) => new Promise<void>((resolve) => { proc.once('exit', () => resolve()); proc.kill('SIGINT'); }); // prettier-ignore

async function scenario(
  env: Record<string, string>,
  inspect: () => Promise<Row[]>,
  log: (s: string) => void,
) {
  const N = 24;
  let server = await startServer(env);
  const sessions: Array<{ cookie: string; orderId: string }> = [];
  const admin = await call(server.base, 'POST', '/api/v1/auth/login', {
    email: 'admin@beian.local',
    password: DEMO_PASSWORD,
  });
  assert.equal(admin.status, 200, JSON.stringify(admin.json));
  for (let i = 0; i < N; i++) {
    const email = `crash${i}@example.cn`;
    const reg = await call(server.base, 'POST', '/api/v1/auth/register', {
      email,
      password: 'beian2026',
      displayName: `申请人${i}`,
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.json));
    const srv = await call(
      server.base,
      'POST',
      '/api/v1/admin/servers',
      {
        ownerEmail: email,
        typeCode: 'ecs',
        instanceName: `i-crash${i}`,
        region: 'cn-hangzhou',
        mainland: true,
        billing: 'prepaid',
        prepaidMonths: 12,
        expiresOn: '2030-01-01',
        publicBandwidthMbps: 5,
      },
      admin.cookie,
    );
    assert.equal(srv.status, 201, JSON.stringify(srv.json));
    const num = await call(
      server.base,
      'POST',
      `/api/v1/servers/${(srv.json as { server: { id: string } }).server.id}/service-numbers`,
      undefined,
      reg.cookie,
    );
    assert.equal(num.status, 201, JSON.stringify(num.json));
    const data = exampleOrder();
    data.websites[0]!.access = { serviceNumber: (num.json as { serviceNumber: string }).serviceNumber };
    const created = await call(server.base, 'POST', '/api/v1/orders', data, reg.cookie);
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const order = (created.json as { order: { id: string; precheck: { requiredMaterials: Required[] } } })
      .order;
    await uploadMaterials(upload(server.base, reg.cookie!), order.id, order.precheck.requiredMaterials);
    sessions.push({ cookie: reg.cookie!, orderId: order.id });
  }
  // fire every submission at once and kill the server while they are in flight
  const inflight = sessions.map((s) =>
    call(server.base, 'POST', `/api/v1/orders/${s.orderId}/submit`, {}, s.cookie).catch(() => null),
  );
  // kill as soon as the first one has answered: the others are still in flight
  await new Promise<void>((resolve) =>
    inflight.forEach((p) => void p.then((r) => r?.status === 200 && resolve())),
  );
  await killed(server.proc);
  const answered = (await Promise.all(inflight)).filter((r) => r?.status === 200).length;

  // recovery: the server starts again on the same data (a stale lock file is taken over), then stops cleanly
  server = await startServer(env);
  await stopped(server.proc);

  const rows = await inspect();
  assert.equal(rows.length, N);
  let submitted = 0;
  for (const r of rows) {
    if (r.state === 'draft')
      assert.deepEqual([Number(r.round), r.due_at, Number(r.submits), Number(r.claims)], [0, null, 0, 0]);
    else {
      submitted++;
      assert.equal(r.state, 'submitted');
      assert.equal(Number(r.round), 1);
      assert.ok(r.due_at);
      assert.equal(Number(r.submits), 1);
      assert.equal(Number(r.claims), 1, 'the service number was claimed with the submission');
    }
  }
  assert.ok(submitted >= answered, 'every submission the client saw succeed is durable');
  log(`${submitted} of ${N} orders were submitted when the server was killed (${answered} answered)`);

  // and it still works: every order can be submitted now
  server = await startServer(env);
  try {
    for (const s of sessions) {
      const res = await call(server.base, 'POST', `/api/v1/orders/${s.orderId}/submit`, {}, s.cookie);
      assert.ok([200, 409].includes(res.status), JSON.stringify(res.json));
    }
  } finally {
    await stopped(server.proc);
  }
  return { submittedBeforeKill: submitted, answered };
}

const INSPECT_SQL = `SELECT o.state, o.round, o.due_at,
  (SELECT count(*)::int FROM order_events e WHERE e.order_id = o.id AND e.event = 'submit') AS submits,
  (SELECT count(*)::int FROM service_numbers n WHERE n.order_id = o.id AND n.state = 'filing') AS claims
  FROM orders o`;

describe('kill -9 in the middle of submissions', { timeout: 300_000 }, () => {
  test('embedded database (PGlite in a folder)', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'beian-crash-'));
    await scenario(
      { DATA_DIR: dir },
      async () => {
        const { openPglite } = await import('../src/db/pglite.js');
        const db = await openPglite({ dataDir: join(dir, 'pg') });
        try {
          return (await db.query<Row>(INSPECT_SQL)).rows;
        } finally {
          await db.close();
        }
      },
      (m) => t.diagnostic(m),
    );
  });

  test('PostgreSQL server', async (t) => {
    const url = await createDatabaseUrl();
    await scenario(
      { DATABASE_URL: url },
      async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        try {
          return (await c.query<Row>(INSPECT_SQL)).rows;
        } finally {
          await c.end();
        }
      },
      (m) => t.diagnostic(m),
    );
  });
});
