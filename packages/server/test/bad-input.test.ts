/**
 * Bad input on every endpoint: each operation of the OpenAPI document that takes a body, a query or path
 * parameters is called, with a session of a role that may use it, with input of the wrong shape. The answer is
 * a 4xx in the one error shape naming the field (a zh-CN message), and the database is unchanged.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { registered, staff, startApp, type Agent, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { withMaterials } from './support/materials.js';
import { exampleOrder, withServiceNumbers } from './support/orders.js';

/** Wrong-shaped bodies where "an empty object" is not wrong enough (all fields optional). */
const BODIES: Record<string, unknown> = {
  'POST /orders/{orderId}/submit': { version: 'first' },
  'PUT /orders/{orderId}': { version: 1, data: { subject: { nature: 'individual' }, websites: 'many' } },
  'POST /orders': { subject: { province: 'XX' }, websites: [] },
  'POST /orders/{orderId}/review/reject': { reasons: [{ path: '', message: '' }] },
  'PATCH /receivers/{receiverId}': { email: 'not-an-email' },
  'POST /precheck': { asOf: 'yesterday' },
  'POST /readiness/domain': { domain: '', province: 'XX' },
};

/** Operations whose only input is a path id: a malformed id. */
const MALFORMED_ID = 'not-a-uuid';

type Role = 'applicant' | 'reviewer' | 'admin' | 'bureau_operator';

function roleFor(path: string): Role {
  if (path.startsWith('/admin')) return 'admin';
  if (path.startsWith('/bureau')) return 'bureau_operator';
  if (path.startsWith('/review') || /\/(calls|review)/.test(path)) return 'reviewer';
  return 'applicant';
}

for (const engine of ENGINES)
  describe(`bad input on every endpoint (${engine.name})`, () => {
    let t: TestApp;
    const agents: Partial<Record<Role, Agent>> = {};
    let orderId = '';

    const snapshot = async () => {
      const { rows: tables } = await t.db.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      const out: Record<string, unknown> = {};
      for (const { tablename } of tables)
        if (!['sessions', 'audit_reads', 'captchas'].includes(tablename))
          out[tablename] = (await t.db.query(`SELECT * FROM ${tablename} ORDER BY 1`)).rows;
      return JSON.stringify(out);
    };

    before(async () => {
      t = await startApp(engine);
      const a = await registered(t.app);
      agents.applicant = a;
      agents.reviewer = await staff(t, 'reviewer');
      agents.admin = await staff(t, 'admin');
      agents.bureau_operator = await staff(t, 'bureau_operator');
      const data = await withServiceNumbers(t, a, exampleOrder());
      orderId = ((await a.post('/api/v1/orders', data)).json() as { order: { id: string } }).order.id;
      // with its materials the draft could be submitted: a refusal below is the input's shape, nothing else
      await withMaterials(a, orderId);
    });
    after(() => t.close());

    test('every operation with input refuses a wrong shape, naming the field, changing nothing', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
        paths: Record<
          string,
          Record<
            string,
            { requestBody?: unknown; parameters?: Array<{ in: string; name: string; required?: boolean }> }
          >
        >;
      };
      const before = await snapshot();
      let tried = 0;
      for (const [fullPath, ops] of Object.entries(doc.paths)) {
        const path = fullPath.replace(/^\/api\/v1/, '');
        for (const [m, op] of Object.entries(ops)) {
          const method = m.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
          const key = `${method} ${path}`;
          const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
          const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required);
          const hasBody = op.requestBody !== undefined || key in BODIES;
          if (!hasBody && pathParams.length === 0 && queryParams.length === 0) continue;
          if (key === 'POST /orders/{orderId}/materials') continue; // multipart: materials.test.ts covers its fields
          const agent = agents[roleFor(path)]!;
          // a body of the wrong shape against a real resource, or a malformed id when there is no body
          const url =
            `/api/v1${path}`.replace(/\{(\w+)\}/g, (_, name: string) =>
              hasBody ? (name === 'orderId' ? orderId : MALFORMED_ID) : MALFORMED_ID,
            ) + (queryParams.length ? `?${queryParams[0]!.name}=` : '');
          const res = await agent.request(
            method,
            url,
            hasBody ? (BODIES[key] ?? { unexpected: true }) : undefined,
          );
          tried++;
          assert.ok(
            res.statusCode >= 400 && res.statusCode < 500,
            `${key}: ${res.statusCode} ${res.body.slice(0, 200)}`,
          );
          const e = (res.json() as { error?: { code: string; message: string; path?: string } }).error;
          assert.ok(e, `${key}: the error shape`);
          assert.match(e.message, /[\u4e00-\u9fff]/, `${key}: a Chinese message`);
          if (res.statusCode === 400)
            assert.ok(
              typeof e.path === 'string' && e.path.length > 0,
              `${key}: names the field (${res.body})`,
            );
        }
      }
      assert.ok(tried >= 15, `only ${tried} operations tried`);
      assert.equal(await snapshot(), before, 'bad input changed the database');
    });
  });
