/**
 * npm run bench (part 2): order submissions per second on a real PostgreSQL server, beside pgbench running the
 * same writes in the same run. A submission is the use case `submitOrder`: load the order, open its sealed data
 * and its materials (uploaded in the setup through the materials API, as an applicant does before submitting),
 * run the precheck with them, then one transaction — compare-and-set on the order, its audit row, the materials
 * unchanged, the service-number claim.
 * pgbench runs that transaction's SQL (the same UPDATE, INSERT and claim) with the same concurrency, so the
 * ratio shows what the application layer costs over the database's own work.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { systemClock } from '../packages/server/src/clock.js';
import { loadConfig } from '../packages/server/src/config.js';
import { Sealer } from '../packages/server/src/crypto/sealer.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { connectPostgres } from '../packages/server/src/db/postgres.js';
import { createStorage } from '../packages/server/src/adapters/storage/index.js';
import { buildApp } from '../packages/server/src/app.js';
import type { Actor } from '../packages/server/src/auth/actor.js';
import { createSession, SESSION_COOKIE } from '../packages/server/src/auth/sessions.js';
import type { Deps } from '../packages/server/src/deps.js';
import { ServerCalendar } from '../packages/server/src/usecases/calendar/server-calendar.js';
import { createOrder } from '../packages/server/src/usecases/orders/create-order.js';
import { submitOrder } from '../packages/server/src/usecases/orders/submit-order.js';
import {
  smallMaterialFiles,
  uploadMaterials,
  type SendMultipart,
} from '../packages/server/test/support/materials.js';
import { residentIdCheckChar, type PrecheckResult } from '@beian/core';

import { startTestPostgres } from '../scripts/test-postgres.mjs';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 600);
const CONCURRENCY = 8;
const SECONDS = 8;

function personId(i: number): string {
  const first17 = `110101${1960 + (i % 40)}0101${String(i % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

function orderData(i: number, serviceNumber: string) {
  const id = personId(i);
  return {
    subject: {
      nature: 'individual',
      province: 'BJ' as const,
      name: '陈思远',
      certificate: { type: 'resident_id', number: id, address: '北京市东城区文化路12号', addressProvince: 'BJ' as const },
      mailingAddress: { province: 'BJ' as const, text: '北京市东城区文化路12号3单元' },
      leader: {
        name: '陈思远', region: 'mainland' as const, certificateType: 'resident_id' as const, certificateNumber: id,
        certificateValidUntil: '2036-05-01', mobile: '13901020102', mobileProvince: 'BJ' as const, email: `u${i}@example.cn`,
      },
    },
    websites: [
      { name: '陈思远的学习笔记', domains: [`chensy${i}.cn`], serviceContent: 'general', leader: 'subject_leader' as const, access: { serviceNumber } },
    ],
  }; // prettier-ignore
}

const server = await startTestPostgres();
if (!server) throw new Error('PostgreSQL is needed for this benchmark (apt-get install postgresql)');
try {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = server.url.replace(/\/postgres$/, '/bench');
  const db = connectPostgres(url, { max: CONCURRENCY + 2 });
  await migrate(db);
  const config = loadConfig({
    BEIAN_ENV: 'test',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'beian-bench-')),
    LOG_LEVEL: 'silent',
    RATE_LIMITS: '0',
  });
  const sealer = new Sealer(randomBytes(32));
  const deps: Deps = {
    config,
    db,
    clock: systemClock,
    sealer,
    storage: createStorage(config, sealer),
    calendar: await ServerCalendar.load(db),
  };

  // setup (not measured): applicants, a server, one bound service number each, draft orders
  const { rows: srv } = await db.query<{ account_id: string }>(
    `INSERT INTO accounts (email, display_name, password_hash, role) VALUES ('owner@example.cn', '服务器所有者', 'x', 'applicant') RETURNING id AS account_id`,
  );
  const { rows: servers } = await db.query<{ id: string }>(
    `INSERT INTO servers (account_id, type_code, instance_name, region, mainland, billing, prepaid_months, first_purchase_months, expires_on, public_bandwidth_mbps, created_at)
     VALUES ($1, 'ecs', 'i-bench', 'cn-hangzhou', true, 'prepaid', 12, 12, '2030-01-01', 5, now()) RETURNING id`,
    [srv[0]!.account_id],
  );
  const serverId = servers[0]!.id;
  await db.query(
    `INSERT INTO service_numbers (number, server_id, created_at) SELECT 'BN' || lpad(g::text, 12, '0'), $1, now() FROM generate_series(1, $2) g`,
    [serverId, ORDERS + 60_000],
  );
  const work: Array<{ actor: Actor; orderId: string }> = [];
  for (let i = 0; i < ORDERS; i++) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO accounts (email, display_name, password_hash, role) VALUES ($1, '陈思远', 'x', 'applicant') RETURNING id`,
      [`a${i}@example.cn`],
    );
    const actor: Actor = {
      accountId: rows[0]!.id,
      role: 'applicant',
      email: `a${i}@example.cn`,
      displayName: '陈思远',
    };
    const order = await createOrder(deps, actor, orderData(i, `BN${String(i + 1).padStart(12, '0')}`));
    work.push({ actor, orderId: order.id });
  }
  // each order's required materials, uploaded through the HTTP API (POST /orders/:id/materials) as its applicant
  const app = await buildApp(deps);
  await app.ready();
  const files = await smallMaterialFiles();
  let uploading = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (uploading < work.length) {
        const w = work[uploading++]!;
        const { token } = await createSession(db, w.actor.accountId, new Date());
        const send: SendMultipart = async (url, payload, type) => {
          const res = await app.inject({
            method: 'POST',
            url,
            payload,
            headers: { cookie: `${SESSION_COOKIE}=${token}`, 'content-type': type },
          });
          return { statusCode: res.statusCode, body: res.body };
        };
        const { rows } = await db.query<{ precheck: PrecheckResult }>(
          'SELECT precheck FROM orders WHERE id = $1',
          [w.orderId],
        );
        await uploadMaterials(send, w.orderId, rows[0]!.precheck.requiredMaterials, files);
      }
    }),
  );
  await app.close();

  // ours: every draft submitted through the use case, CONCURRENCY at a time
  const t0 = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < work.length) {
        const w = work[next++]!;
        const o = await submitOrder(deps, w.actor, w.orderId);
        if (o.state !== 'submitted') throw new Error(`not submitted: ${o.state}`);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const ours = ORDERS / seconds;

  // pgbench: the same transaction's SQL on the same tables, same concurrency
  const precheck = (
    await db.query<{ precheck: unknown }>('SELECT precheck FROM orders WHERE precheck IS NOT NULL LIMIT 1')
  ).rows[0]!.precheck;
  await db.query('CREATE TABLE bench_map AS SELECT row_number() OVER () AS n, id AS order_id FROM orders');
  await db.query('CREATE UNIQUE INDEX ON bench_map (n)');
  await db.query('CREATE TABLE bench_precheck AS SELECT $1::jsonb AS precheck', [JSON.stringify(precheck)]);
  const script = join(mkdtempSync(join(tmpdir(), 'beian-pgbench-')), 'submit.sql');
  writeFileSync(
    script,
    `\\set n random(1, ${ORDERS})
\\set w random(10, 2000000000)
BEGIN;
UPDATE orders SET state = 'submitted', version = version + 1, updated_at = now(), submitted_at = now(),
  due_at = now() + interval '1 day', round = round + 1, precheck = (SELECT precheck FROM bench_precheck)
  WHERE id = (SELECT order_id FROM bench_map WHERE n = :n);
INSERT INTO order_events (order_id, at, actor_role, event, from_state, to_state)
  SELECT order_id, now(), 'applicant', 'submit', 'draft', 'submitted' FROM bench_map WHERE n = :n;
UPDATE service_numbers SET state = 'filing', order_id = (SELECT order_id FROM bench_map WHERE n = :n), website_index = :w, claimed_at = now()
  WHERE number = (SELECT number FROM service_numbers WHERE state = 'bound' LIMIT 1 FOR UPDATE SKIP LOCKED);
COMMIT;
`,
  );
  const r = spawnSync(
    join(server.bin, 'pgbench'),
    ['-n', '-f', script, '-c', String(CONCURRENCY), '-j', '2', '-T', String(SECONDS), url],
    {
      encoding: 'utf8',
    },
  );
  const tps = Number(/tps = ([\d.]+)/.exec(r.stdout)?.[1]);
  if (!Number.isFinite(tps)) throw new Error(`pgbench failed: ${r.stderr || r.stdout}`);
  await db.close();

  console.log(
    `\norder submissions on PostgreSQL (${server.bin}), ${CONCURRENCY} concurrent, ${ORDERS} orders`,
  );
  console.log(
    `submitOrder (precheck + CAS + audit + claim)   ${ours.toFixed(0).padStart(6)} /s   ${(1000 / ours).toFixed(2)} ms each (wall, ${CONCURRENCY} at once)`,
  );
  console.log(`pgbench, the same transaction's SQL           ${tps.toFixed(0).padStart(6)} /s`);
  console.log(`ratio submitOrder / pgbench = ${(ours / tps).toFixed(2)}`);
} finally {
  server.stop();
}
