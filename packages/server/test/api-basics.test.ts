/** The API's basics on both engines: health, OpenAPI, the precheck door, accounts, the error shape. */
import { precheck } from '@beian/core';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Agent, registered, startApp, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';

const example = (id: string) =>
  (
    JSON.parse(
      readFileSync(
        fileURLToPath(new URL(`../../../../shared/spec/examples/${id}.json`, import.meta.url)),
        'utf8',
      ),
    ) as { input: unknown }
  ).input;

for (const engine of ENGINES)
  describe(`API basics (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine);
    });
    after(() => t.close());

    test('health names the database engine', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { ok: true, database: engine.name });
    });

    test('OpenAPI 3.1 document and docs page', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      assert.equal(res.statusCode, 200);
      const doc = res.json() as { openapi: string; paths: Record<string, unknown> };
      assert.equal(doc.openapi, '3.1.0');
      for (const p of ['/api/v1/precheck', '/api/v1/auth/register', '/api/v1/auth/login'])
        assert.ok(doc.paths[p], p);
      const docs = await t.app.inject({ method: 'GET', url: '/api/v1/docs' });
      assert.ok([200, 302].includes(docs.statusCode));
    });

    test('POST /api/v1/precheck returns the same JSON as the library, without login', async () => {
      for (const id of ['holder-legal-rep-BJ', 'base-ZJ-enterprise', 'tj-same-leader']) {
        const input = example(id);
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/precheck', payload: input as object });
        assert.equal(res.statusCode, 200);
        assert.deepEqual(res.json(), JSON.parse(JSON.stringify(precheck(input))));
      }
    });

    test('a malformed precheck input is a 400 naming the field', async () => {
      const input = example('base-ZJ-enterprise') as { subject: { leader: { mobile: unknown } } };
      input.subject.leader.mobile = 139;
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/precheck', payload: input });
      assert.equal(res.statusCode, 400);
      const body = res.json() as { error: { code: string; path: string; message: string } };
      assert.equal(body.error.code, 'INVALID_INPUT');
      assert.equal(body.error.path, 'subject.leader.mobile');
      assert.match(body.error.message, /[\u4e00-\u9fff]/);
      const notJson = await t.app.inject({
        method: 'POST',
        url: '/api/v1/precheck',
        payload: '{"asOf":',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(notJson.statusCode, 400);
      assert.equal((notJson.json() as { error: { code: string } }).error.code, 'INVALID_INPUT');
    });

    test('register, who am I, log out, log in again', async () => {
      const a = await registered(t.app, '陈思远');
      const me = await a.get('/api/v1/auth/me');
      assert.equal(me.statusCode, 200);
      assert.equal(
        (me.json() as { account: { role: string; displayName: string } }).account.role,
        'applicant',
      );
      assert.equal((await a.post('/api/v1/auth/logout')).statusCode, 204);
      assert.equal((await a.get('/api/v1/auth/me')).statusCode, 401);
      const login = await a.post('/api/v1/auth/login', {
        email: a.email.toUpperCase(),
        password: 'beian2026',
      });
      assert.equal(login.statusCode, 200, login.body);
      assert.equal((await a.get('/api/v1/auth/me')).statusCode, 200);
    });

    test('registration rejects bad input, naming the field, and changes nothing', async () => {
      const count = async () =>
        Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts')).rows[0]!.n);
      const before = await count();
      for (const [body, field] of [
        [{ email: 'not-an-email', password: 'beian2026', displayName: '陈' }, 'email'],
        [{ email: 'a@example.cn', password: 'short1', displayName: '陈' }, 'password'],
        [{ email: 'a@example.cn', password: 'longenough', displayName: '陈' }, 'password'],
        [{ email: 'a@example.cn', password: 'beian2026', displayName: '' }, 'displayName'],
        [{ email: 'a@example.cn', password: 'beian2026' }, 'displayName'],
      ] as const) {
        const res = await new Agent(t.app).post('/api/v1/auth/register', body);
        assert.equal(res.statusCode, 400, res.body);
        const e = (res.json() as { error: { code: string; path: string; message: string } }).error;
        assert.equal(e.code, 'INVALID_INPUT');
        assert.equal(e.path, field);
        assert.match(e.message, /[\u4e00-\u9fff]/);
      }
      assert.equal(await count(), before);
    });

    test('a second registration with the same email is a 409 on the email', async () => {
      const a = await registered(t.app);
      const res = await new Agent(t.app).post('/api/v1/auth/register', {
        email: a.email,
        password: 'beian2026',
        displayName: '某人',
      });
      assert.equal(res.statusCode, 409);
      assert.equal((res.json() as { error: { path: string } }).error.path, 'email');
    });

    test('a wrong password and an unknown email get the same answer', async () => {
      const a = await registered(t.app);
      const wrong = await new Agent(t.app).post('/api/v1/auth/login', {
        email: a.email,
        password: 'wrong-password1',
      });
      const unknown = await new Agent(t.app).post('/api/v1/auth/login', {
        email: 'nobody@example.cn',
        password: 'wrong-password1',
      });
      assert.equal(wrong.statusCode, 401);
      assert.deepEqual(wrong.json(), unknown.json());
    });

    test('login and registration are rate limited per address', async () => {
      const agent = new Agent(t.app);
      const codes: number[] = [];
      for (let i = 0; i < 12; i++)
        codes.push(
          (await agent.post('/api/v1/auth/login', { email: 'x@example.cn', password: 'wrong-password1' }))
            .statusCode,
        );
      assert.deepEqual(codes.slice(0, 10), Array(10).fill(401));
      assert.equal(codes[10], 429);
      const other = new Agent(t.app);
      assert.equal(
        (await other.post('/api/v1/auth/login', { email: 'x@example.cn', password: 'wrong-password1' }))
          .statusCode,
        401,
      );
    });

    test('unknown routes get the error shape', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
      assert.equal(res.statusCode, 404);
      assert.equal((res.json() as { error: { code: string } }).error.code, 'NOT_FOUND');
    });
  });
