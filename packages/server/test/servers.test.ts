/**
 * Servers, 备案服务号 and 备案授权码 through the HTTP API on both engines (seed 004 §5, seed 003): the catalog,
 * eligibility refusals with every reason, quotas (per instance and per account), isolation between accounts,
 * bad input on every endpoint, and the claim: 50 concurrent claims of one number, exactly one wins; a claimed
 * number is never bound again.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Queryable } from '../src/db/db.js';
import { AppError } from '../src/http/errors.js';
import { registerAccount } from '../src/usecases/accounts/register-account.js';
import {
  claimAuthorizationCode,
  claimServiceNumber,
  type ClaimResult,
} from '../src/usecases/servers/claim-access.js';
import { markFiled } from '../src/usecases/servers/mark-filed.js';
import { syncOrderClaims } from '../src/usecases/servers/sync-order-claims.js';
import { voidClaims } from '../src/usecases/servers/void-claims.js';
import { Agent, registered, startApp, type TestApp } from './support/app.js';
import { ENGINES, type Engine } from './support/engines.js';

/** Another id of the same shape (the last character changed, never to itself). */
const otherId = (id: string) => id.slice(0, -1) + (id.endsWith('0') ? '1' : '0');

type Reason = { code: string; field: string; message: string; citation: string };
type ServerView = {
  id: string;
  typeCode: string;
  typeName: string;
  eligible: boolean;
  reasons: Reason[];
  quota: { size: number; per: string; used: number; remaining: number };
};
type ErrorBody = {
  error: { code: string; message: string; path?: string; reasons?: Reason[]; state?: string };
};
type AccessView = { value: string; state: string; stateName: string; serverId: string };

const API = '/api/v1';
const err = (res: { json(): unknown }) => (res.json() as ErrorBody).error;

/** A server of each type that meets its row on 2026-11-23 (the tests' start day). */
const GOOD: Record<string, Record<string, unknown>> = {
  ecs: { prepaidMonths: 12, expiresOn: '2027-11-22', publicBandwidthMbps: 5 },
  virtual_host: { prepaidMonths: 12, expiresOn: '2027-11-22' },
  web_hosting: { prepaidMonths: 12, expiresOn: '2027-11-22' },
  nat_gateway: { prepaidMonths: 1, expiresOn: '2026-12-31' },
  iot_package: { prepaidMonths: 6, expiresOn: '2027-05-31', orderAmountYuan: 90, mainland: false },
  marketplace: { prepaidMonths: 12, expiresOn: '2027-11-22', orderAmountYuan: 99 },
};

let seq = 0;

for (const engine of ENGINES)
  describe(`servers and service numbers (${engine.name})`, () => {
    let t: TestApp;
    let admin: Agent;

    before(async () => {
      t = await startApp(engine, '2026-11-23T02:00:00Z');
      const email = `admin${++seq}-${randomBytes(3).toString('hex')}@provider.example`;
      await registerAccount(t.deps, { email, password: 'staff2026x', displayName: '管理员' }, 'admin');
      admin = new Agent(t.app);
      const res = await admin.post(`${API}/auth/login`, { email, password: 'staff2026x' });
      assert.equal(res.statusCode, 200, res.body);
    });
    after(() => t.close());

    async function addServer(
      owner: { email: string },
      typeCode: keyof typeof GOOD | string,
      change: Record<string, unknown> = {},
    ): Promise<ServerView> {
      const res = await admin.post(`${API}/admin/servers`, {
        ownerEmail: owner.email,
        typeCode,
        instanceName: `${typeCode}-${++seq}`,
        region: 'cn-hangzhou',
        mainland: true,
        billing: 'prepaid',
        ...(GOOD[typeCode] ?? GOOD.ecs),
        ...change,
      });
      assert.equal(res.statusCode, 201, res.body);
      return (res.json() as { server: ServerView }).server;
    }

    const apply = (agent: Agent, serverId: string) =>
      agent.post(`${API}/servers/${serverId}/service-numbers`);
    const number = (res: { json(): unknown }) => (res.json() as { serviceNumber: string }).serviceNumber;

    async function myServers(agent: Agent): Promise<ServerView[]> {
      const res = await agent.get(`${API}/servers`);
      assert.equal(res.statusCode, 200, res.body);
      return (res.json() as { servers: ServerView[] }).servers;
    }

    async function count(table: string): Promise<number> {
      const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      return Number(rows[0]!.n);
    }
    const counts = async () => ({
      servers: await count('servers'),
      numbers: await count('service_numbers'),
      codes: await count('authorization_codes'),
    });

    /** Orders for claims (the order use cases are another issue's: a plain row is enough here). */
    async function newOrders(n: number): Promise<string[]> {
      const owner = await registered(t.app);
      const me = (await owner.get(`${API}/auth/me`)).json() as { account: { id: string } };
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const { rows } = await t.db.query<{ id: string }>(
          `INSERT INTO orders (account_id, state, province, data) VALUES ($1, 'submitted', 'ZJ', '{}') RETURNING id`,
          [me.account.id],
        );
        ids.push(rows[0]!.id);
      }
      return ids;
    }

    async function stateOf(value: string): Promise<{ state: string; order_id: string | null }> {
      const { rows } = await t.db.query<{ state: string; order_id: string | null }>(
        `SELECT state, order_id FROM service_numbers WHERE number = $1
         UNION ALL SELECT state, order_id FROM authorization_codes WHERE code = $1`,
        [value],
      );
      return rows[0]!;
    }

    test('the catalog through the API, without login, and in the OpenAPI document', async () => {
      const res = await t.app.inject({ method: 'GET', url: `${API}/server-types` });
      assert.equal(res.statusCode, 200);
      const types = (
        res.json() as {
          serverTypes: Array<{
            code: string;
            zh: string;
            quota: { size: number; per: string };
            minOrderAmountYuan?: number;
            citations: string[];
          }>;
        }
      ).serverTypes;
      assert.deepEqual(
        types.map((x) => x.zh),
        [
          'ECS实例',
          '云虚拟主机',
          '轻量应用服务器',
          '弹性Web托管',
          'NAT网关',
          'IPv6转换服务',
          'ENS',
          '物联网套餐包',
          '建站市场（云市场）产品',
        ],
      );
      const by = Object.fromEntries(types.map((x) => [x.code, x]));
      assert.deepEqual(by.ecs!.quota, { size: 5, per: 'instance' });
      assert.deepEqual(by.web_hosting!.quota, { size: 5, per: 'account' });
      assert.equal(by.iot_package!.minOrderAmountYuan, 90);
      assert.match(by.ecs!.citations[0]!, /^seed 004 §5\.1 line 401$/);
      const doc = (await t.app.inject({ method: 'GET', url: `${API}/openapi.json` })).json() as {
        paths: Record<string, Record<string, { tags: string[]; summary: string }>>;
      };
      for (const [p, m] of [
        ['/server-types', 'get'],
        ['/admin/servers', 'post'],
        ['/servers', 'get'],
        ['/servers/{id}/service-numbers', 'post'],
        ['/service-numbers', 'get'],
        ['/servers/{id}/authorization-codes', 'post'],
        ['/service-numbers/verify', 'post'],
      ] as const) {
        const op = doc.paths[`${API}${p}`]?.[m];
        assert.ok(op, `${m} ${p}`);
        assert.ok(op.tags.includes('servers'));
        assert.match(op.summary, /[\u4e00-\u9fff]/);
      }
    });

    test('only an admin adds servers, to an applicant account', async () => {
      const owner = await registered(t.app);
      const before = await counts();
      const asApplicant = await owner.post(`${API}/admin/servers`, {
        ownerEmail: owner.email,
        typeCode: 'ecs',
        instanceName: 'x',
        region: 'cn-hangzhou',
        mainland: true,
        billing: 'postpaid',
      });
      assert.equal(asApplicant.statusCode, 403);
      assert.equal(err(asApplicant).code, 'FORBIDDEN');
      const anonymous = await new Agent(t.app).post(`${API}/admin/servers`, {});
      assert.equal(anonymous.statusCode, 401);
      const unknown = await admin.post(`${API}/admin/servers`, {
        ownerEmail: 'nobody@example.cn',
        typeCode: 'ecs',
        instanceName: 'x',
        region: 'cn-hangzhou',
        mainland: true,
        billing: 'postpaid',
      });
      assert.equal(unknown.statusCode, 404);
      assert.equal(err(unknown).path, 'ownerEmail');
      const me = (await admin.get(`${API}/auth/me`)).json() as { account: { email: string } };
      const toStaff = await admin.post(`${API}/admin/servers`, {
        ownerEmail: me.account.email,
        typeCode: 'ecs',
        instanceName: 'x',
        region: 'cn-hangzhou',
        mainland: true,
        billing: 'postpaid',
      });
      assert.equal(toStaff.statusCode, 400);
      assert.equal(err(toStaff).path, 'ownerEmail');
      assert.deepEqual(await counts(), before);

      const server = await addServer(owner, 'ecs');
      assert.equal(server.eligible, true);
      assert.deepEqual(server.quota, { size: 5, per: 'instance', used: 0, remaining: 5 });
      assert.deepEqual(
        (await myServers(owner)).map((s) => s.id),
        [server.id],
      );
    });

    test('eligibility: a server that does not qualify is listed with every reason and refused with them', async () => {
      const owner = await registered(t.app);
      const cases: Array<[Record<string, unknown>, string[], RegExp]> = [
        [{ billing: 'postpaid' }, ['postpaid'], /按量付费.*请转为包年包月/],
        [{ expiresOn: '2027-01-31' }, ['remaining_too_short'], /包年包月剩余时长不足3个月.*请先续费/],
        [
          { prepaidMonths: 2, expiresOn: '2027-01-31' },
          ['prepaid_too_short', 'remaining_too_short'],
          /请续费/,
        ],
        [{ publicBandwidthMbps: 0 }, ['no_public_bandwidth'], /未购买公网带宽：请先开通公网带宽/],
        [{ mainland: false, region: 'cn-hongkong' }, ['not_mainland'], /不在中国内地（大陆）节点/],
        [
          { mainland: false, region: 'us-west-1', billing: 'postpaid', publicBandwidthMbps: 0 },
          ['not_mainland', 'postpaid', 'no_public_bandwidth'],
          /不在中国内地.*按量付费.*公网带宽/,
        ],
      ];
      for (const [change, codes, message] of cases) {
        const server = await addServer(owner, 'ecs', change);
        assert.equal(server.eligible, false);
        assert.deepEqual(
          server.reasons.map((r) => r.code),
          codes,
        );
        const before = await counts();
        for (const res of [
          await apply(owner, server.id),
          await owner.post(`${API}/servers/${server.id}/authorization-codes`),
        ]) {
          assert.equal(res.statusCode, 409, res.body);
          const e = err(res);
          assert.equal(e.code, 'INVALID_STATE');
          assert.match(e.message, message);
          assert.deepEqual(
            e.reasons!.map((r) => r.code),
            codes,
          );
        }
        assert.deepEqual(await counts(), before);
      }
      // marketplace and IoT conditions
      const market = await addServer(owner, 'marketplace', { firstPurchaseMonths: 6, orderAmountYuan: 50 });
      assert.deepEqual(
        market.reasons.map((r) => r.code),
        ['first_purchase_too_short', 'order_amount_too_low'],
      );
      const iot = await addServer(owner, 'iot_package', { orderAmountYuan: 89.5 });
      assert.deepEqual(
        iot.reasons.map((r) => r.code),
        ['order_amount_too_low'],
      );
    });

    test('eligibility moves with time: an ECS whose remaining time runs low must be renewed first', async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'ecs', { expiresOn: '2027-02-25' });
      assert.equal(server.eligible, true);
      assert.equal((await apply(owner, server.id)).statusCode, 201);
      t.clock.advance(3 * 86_400_000); // 2026-11-26: less than 3 months left
      try {
        const [listed] = await myServers(owner);
        assert.equal(listed!.eligible, false);
        assert.equal(listed!.reasons[0]!.message, '包年包月剩余时长不足3个月（2027-02-25到期）：请先续费。');
        const res = await apply(owner, server.id);
        assert.equal(res.statusCode, 409);
        assert.match(err(res).message, /请先续费/);
      } finally {
        t.clock.advance(-3 * 86_400_000);
      }
    });

    test('quota: the 6th number of an ECS fails with a clear message; NAT 2; IoT 1; codes share the quota', async () => {
      const owner = await registered(t.app);
      const ecs = await addServer(owner, 'ecs');
      const numbers: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await apply(owner, ecs.id);
        assert.equal(res.statusCode, 201, res.body);
        numbers.push(number(res));
        assert.equal((res.json() as { server: ServerView }).server.quota.remaining, 4 - i);
      }
      assert.equal(new Set(numbers).size, 5);
      for (const n of numbers) assert.match(n, /^BA[2-9A-HJKMNP-Z]{12}$/);
      const before = await counts();
      const sixth = await apply(owner, ecs.id);
      assert.equal(sixth.statusCode, 409);
      assert.equal(err(sixth).code, 'INVALID_STATE');
      assert.equal(err(sixth).path, 'serverId');
      assert.match(err(sixth).message, /已达上限（每个ECS实例最多5个）.*续费不能增加.*请另购服务器/);
      const code = await owner.post(`${API}/servers/${ecs.id}/authorization-codes`);
      assert.equal(code.statusCode, 409);
      assert.deepEqual(await counts(), before);

      for (const [type, size] of [
        ['nat_gateway', 2],
        ['iot_package', 1],
        ['marketplace', 1],
      ] as const) {
        const server = await addServer(owner, type);
        assert.equal(server.eligible, true, JSON.stringify(server.reasons));
        for (let i = 0; i < size; i++) {
          // half of them as authorization codes: the same slots
          const res =
            i % 2 === 1
              ? await owner.post(`${API}/servers/${server.id}/authorization-codes`)
              : await apply(owner, server.id);
          assert.equal(res.statusCode, 201, `${type} ${i}: ${res.body}`);
        }
        const over = await apply(owner, server.id);
        assert.equal(over.statusCode, 409, type);
        assert.match(err(over).message, new RegExp(`最多${size}个`));
      }
      const listed = await myServers(owner);
      assert.deepEqual(listed.find((s) => s.id === ecs.id)!.quota, {
        size: 5,
        per: 'instance',
        used: 5,
        remaining: 0,
      });
    });

    test('弹性Web托管: 5 service numbers per ACCOUNT across its instances', async () => {
      const owner = await registered(t.app);
      const a = await addServer(owner, 'web_hosting');
      const b = await addServer(owner, 'web_hosting');
      for (let i = 0; i < 3; i++) assert.equal((await apply(owner, a.id)).statusCode, 201);
      assert.equal((await apply(owner, b.id)).statusCode, 201);
      assert.equal((await owner.post(`${API}/servers/${b.id}/authorization-codes`)).statusCode, 201);
      for (const id of [a.id, b.id]) {
        const res = await apply(owner, id);
        assert.equal(res.statusCode, 409);
        assert.match(err(res).message, /每个账号下的弹性Web托管实例一共最多5个/);
      }
      const listed = await myServers(owner);
      for (const s of listed) assert.deepEqual(s.quota, { size: 5, per: 'account', used: 5, remaining: 0 });
      // another account's 弹性Web托管 has its own five
      const other = await registered(t.app);
      const c = await addServer(other, 'web_hosting');
      assert.equal((await apply(other, c.id)).statusCode, 201);
      // and the 6-month condition
      const short = await addServer(owner, 'web_hosting', { prepaidMonths: 5, expiresOn: '2027-04-30' });
      assert.deepEqual(
        short.reasons.map((r) => r.code),
        ['prepaid_too_short', 'remaining_too_short'],
      );
    });

    test('concurrent applications never exceed the quota', async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'ecs');
      const results = await Promise.all(Array.from({ length: 10 }, () => apply(owner, server.id)));
      assert.deepEqual(
        results.map((r) => r.statusCode).sort(),
        [201, 201, 201, 201, 201, 409, 409, 409, 409, 409],
      );
      assert.equal(await count(`service_numbers WHERE server_id = '${server.id}'`), 5);
    });

    test('another applicant cannot see or use my servers, and gets nothing of mine', async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'ecs');
      const mine = number(await apply(owner, server.id));
      const code = (
        (await owner.post(`${API}/servers/${server.id}/authorization-codes`)).json() as {
          authorizationCode: string;
        }
      ).authorizationCode;
      const other = await registered(t.app);
      const before = await counts();

      const servers = await other.get(`${API}/servers`);
      assert.equal(servers.statusCode, 200);
      assert.deepEqual(servers.json(), { servers: [] });
      const numbers = await other.get(`${API}/service-numbers`);
      assert.deepEqual(numbers.json(), { serviceNumbers: [], authorizationCodes: [] });
      for (const res of [
        await apply(other, server.id),
        await other.post(`${API}/servers/${server.id}/authorization-codes`),
      ]) {
        assert.equal(res.statusCode, 404);
        assert.equal(err(res).code, 'NOT_FOUND');
        assert.ok(!res.body.includes(mine) && !res.body.includes(owner.email));
      }
      assert.equal((await other.post(`${API}/admin/servers`, {})).statusCode, 403);
      for (const res of [await other.get(`${API}/servers`), await other.get(`${API}/service-numbers`)])
        assert.ok(!res.body.includes(server.id) && !res.body.includes(mine) && !res.body.includes(code));
      // a reviewer is no owner either
      const reviewerEmail = `rev${++seq}@provider.example`;
      await registerAccount(
        t.deps,
        { email: reviewerEmail, password: 'staff2026x', displayName: '王' },
        'reviewer',
      );
      const reviewer = new Agent(t.app);
      await reviewer.post(`${API}/auth/login`, { email: reviewerEmail, password: 'staff2026x' });
      assert.equal((await apply(reviewer, server.id)).statusCode, 404);
      // not logged in
      for (const res of [
        await new Agent(t.app).get(`${API}/servers`),
        await new Agent(t.app).get(`${API}/service-numbers`),
        await apply(new Agent(t.app), server.id),
        await new Agent(t.app).post(`${API}/service-numbers/verify`, { serviceNumber: mine }),
      ])
        assert.equal(res.statusCode, 401);
      assert.deepEqual(await counts(), before);

      // but a number (or code) I give to another account is theirs to verify: nothing about me comes back
      for (const body of [{ serviceNumber: mine }, { authorizationCode: code }]) {
        const res = await other.post(`${API}/service-numbers/verify`, body);
        assert.equal(res.statusCode, 200, res.body);
        const v = res.json() as { state: string; server: Record<string, unknown> };
        assert.equal(v.state, 'bound');
        assert.deepEqual(Object.keys(v.server).sort(), ['mainland', 'region', 'typeCode', 'typeName']);
        assert.ok(!res.body.includes(owner.email) && !res.body.includes(server.id));
      }
    });

    test('bad input on every endpoint: 4xx naming the field, nothing changed', async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'ecs');
      const base = {
        ownerEmail: owner.email,
        typeCode: 'ecs',
        instanceName: 'web-1',
        region: 'cn-hangzhou',
        mainland: true,
        billing: 'prepaid',
        prepaidMonths: 12,
        expiresOn: '2027-11-22',
        publicBandwidthMbps: 5,
      };
      const { ownerEmail: _drop, ...noOwner } = base;
      void _drop;
      const before = await counts();
      const cases: Array<[Agent, 'GET' | 'POST', string, unknown, number, string]> = [
        [admin, 'POST', '/admin/servers', noOwner, 400, 'ownerEmail'],
        [admin, 'POST', '/admin/servers', { ...base, ownerEmail: 'not-an-email' }, 400, 'ownerEmail'],
        [admin, 'POST', '/admin/servers', { ...base, typeCode: 'oss' }, 400, 'typeCode'],
        [admin, 'POST', '/admin/servers', { ...base, instanceName: '  ' }, 400, 'instanceName'],
        [admin, 'POST', '/admin/servers', { ...base, region: 'Hang Zhou' }, 400, 'region'],
        [admin, 'POST', '/admin/servers', { ...base, mainland: 'yes' }, 400, 'mainland'],
        [admin, 'POST', '/admin/servers', { ...base, billing: 'monthly' }, 400, 'billing'],
        [admin, 'POST', '/admin/servers', { ...base, prepaidMonths: undefined }, 400, 'prepaidMonths'],
        [admin, 'POST', '/admin/servers', { ...base, prepaidMonths: 2.5 }, 400, 'prepaidMonths'],
        [admin, 'POST', '/admin/servers', { ...base, expiresOn: undefined }, 400, 'expiresOn'],
        [admin, 'POST', '/admin/servers', { ...base, expiresOn: '2027-02-30' }, 400, 'expiresOn'],
        [admin, 'POST', '/admin/servers', { ...base, publicBandwidthMbps: -1 }, 400, 'publicBandwidthMbps'],
        [admin, 'POST', '/admin/servers', { ...base, orderAmountYuan: 9.999 }, 400, 'orderAmountYuan'],
        [admin, 'POST', '/admin/servers', { ...base, firstPurchaseMonths: -3 }, 400, 'firstPurchaseMonths'],
        [owner, 'POST', '/servers/not-a-uuid/service-numbers', undefined, 400, 'params.id'],
        [owner, 'POST', '/servers/12345/authorization-codes', undefined, 400, 'params.id'],
        [owner, 'POST', '/service-numbers/verify', {}, 400, 'serviceNumber'],
        [owner, 'POST', '/service-numbers/verify', { serviceNumber: 'BA123' }, 400, 'serviceNumber'],
        [owner, 'POST', '/service-numbers/verify', { serviceNumber: 12345 }, 400, 'serviceNumber'],
        [owner, 'POST', '/service-numbers/verify', { authorizationCode: 'nope' }, 400, 'authorizationCode'],
        [
          owner,
          'POST',
          '/service-numbers/verify',
          { serviceNumber: 'BA23456789ABCD', authorizationCode: 'AC23456789ABCDEFGH' },
          400,
          'authorizationCode',
        ],
        [owner, 'POST', '/service-numbers/verify', { serviceNumber: 'BA23456789ABCD' }, 404, 'serviceNumber'],
        [
          owner,
          'POST',
          '/service-numbers/verify',
          { authorizationCode: 'AC23456789ABCDEFGH' },
          404,
          'authorizationCode',
        ],
        [owner, 'POST', `/servers/${otherId(server.id)}/service-numbers`, undefined, 404, 'serverId'],
      ];
      for (const [agent, method, url, body, status, field] of cases) {
        const res = await agent.request(method, `${API}${url}`, body);
        assert.equal(res.statusCode, status, `${url} ${JSON.stringify(body)}: ${res.body}`);
        const e = err(res);
        assert.equal(e.path, field, `${url} ${JSON.stringify(body)}: ${res.body}`);
        assert.match(e.message, /[\u4e00-\u9fff]/);
      }
      const notJson = await owner.request('POST', `${API}/service-numbers/verify`, '{"serviceNumber":');
      assert.ok([400, 415].includes(notJson.statusCode), notJson.body);
      assert.deepEqual(await counts(), before);
    });

    test('verify: spaces and lower case are forgiven; used numbers and lapsed servers are refused', async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'nat_gateway', { expiresOn: '2026-11-25' });
      const n = number(await apply(owner, server.id));
      const typed = `${n.slice(0, 6).toLowerCase()} ${n.slice(6)}`;
      const ok = await owner.post(`${API}/service-numbers/verify`, { serviceNumber: typed });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.deepEqual(ok.json(), {
        kind: 'service_number',
        value: n,
        state: 'bound',
        stateName: '已绑定',
        server: { typeCode: 'nat_gateway', typeName: 'NAT网关', region: 'cn-hangzhou', mainland: true },
      });
      // the NAT gateway's month ends on 2026-11-25: three days later it has lapsed
      t.clock.advance(3 * 86_400_000);
      try {
        const lapsed = await owner.post(`${API}/service-numbers/verify`, { serviceNumber: n });
        assert.equal(lapsed.statusCode, 409);
        assert.equal(err(lapsed).path, 'serviceNumber');
        assert.match(err(lapsed).message, /已于2026-11-25到期：请先续费/);
      } finally {
        t.clock.advance(-3 * 86_400_000);
      }
      const [orderId] = await newOrders(1);
      await t.db.transaction((tx) => claimServiceNumber(tx, n, orderId!, 0, t.clock.now()));
      const used = await owner.post(`${API}/service-numbers/verify`, { serviceNumber: n });
      assert.equal(used.statusCode, 409);
      assert.equal(err(used).state, 'filing');
      assert.match(err(used).message, /正在备案中.*请使用其他/);
    });

    /**
     * Fire `n` claims, each in its own transaction. On PostgreSQL every transaction is open (each on its own
     * pooled connection) before any claims: they truly race. PGlite runs one transaction at a time.
     */
    async function race(
      n: number,
      claim: (tx: Queryable, i: number) => Promise<ClaimResult>,
      e: Engine,
    ): Promise<PromiseSettledResult<ClaimResult>[]> {
      let arrived = 0;
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      return Promise.allSettled(
        Array.from({ length: n }, (_, i) =>
          t.db.transaction(async (tx) => {
            if (e.name === 'postgres') {
              await tx.query('SELECT pg_backend_pid()');
              if (++arrived === n) open();
              await gate;
            }
            return claim(tx, i);
          }),
        ),
      );
    }

    function exactlyOne(results: PromiseSettledResult<ClaimResult>[], field: string): number {
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
      assert.equal(won.length, 1, `winners: ${won.length}`);
      const lost = results.filter((r) => r.status === 'rejected');
      assert.equal(lost.length, results.length - 1);
      for (const r of lost) {
        const e = (r as PromiseRejectedResult).reason as unknown;
        assert.ok(e instanceof AppError, String(e));
        assert.equal(e.code, 'CONFLICT');
        assert.equal(e.path, `websites[0].access.${field}`);
        assert.equal((e.details as { state: string }).state, 'filing');
      }
      return won[0]!;
    }

    test(`THE CONCURRENCY TEST: 50 concurrent claims of one number, exactly one wins (${engine.name})`, async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'ecs');
      const n = number(await apply(owner, server.id));
      const orders = await newOrders(50);
      const results = await race(
        50,
        (tx, i) => claimServiceNumber(tx, n, orders[i]!, 0, t.clock.now()),
        engine,
      );
      const winner = exactlyOne(results, 'serviceNumber');
      const row = await stateOf(n);
      assert.deepEqual(row, { state: 'filing', order_id: orders[winner]! });
      const { rows } = await t.db.query<{ website_index: number }>(
        'SELECT website_index FROM service_numbers WHERE number = $1',
        [n],
      );
      assert.equal(rows[0]!.website_index, 0);
    });

    test('20 concurrent claims of one authorization code, exactly one wins', async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'ecs');
      const code = (
        (await owner.post(`${API}/servers/${server.id}/authorization-codes`)).json() as {
          authorizationCode: string;
        }
      ).authorizationCode;
      assert.match(code, /^AC[2-9A-HJKMNP-Z]{16}$/);
      const orders = await newOrders(20);
      const results = await race(
        20,
        (tx, i) => claimAuthorizationCode(tx, code, orders[i]!, 0, t.clock.now()),
        engine,
      );
      const winner = exactlyOne(results, 'authorizationCode');
      assert.deepEqual(await stateOf(code), { state: 'filing', order_id: orders[winner]! });
    });

    test('a claim: once per website, again for the same website is a no-op, one access per website', async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'ecs');
      const [n1, n2] = [number(await apply(owner, server.id)), number(await apply(owner, server.id))];
      const [order] = await newOrders(1);
      const now = t.clock.now();
      const first = await t.db.transaction((tx) => claimServiceNumber(tx, n1!, order!, 0, now));
      assert.equal(first.alreadyClaimed, false);
      assert.equal(first.serverId, server.id);
      const again = await t.db.transaction((tx) => claimServiceNumber(tx, n1!.toLowerCase(), order!, 0, now));
      assert.equal(again.alreadyClaimed, true);
      // the same number for the order's second website: taken
      await assert.rejects(
        t.db.transaction((tx) => claimServiceNumber(tx, n1!, order!, 1, now)),
        (e: AppError) => e.code === 'CONFLICT' && e.path === 'websites[1].access.serviceNumber',
      );
      // a second number for the first website: one per website
      await assert.rejects(
        t.db.transaction((tx) => claimServiceNumber(tx, n2!, order!, 0, now)),
        (e: AppError) => e.code === 'CONFLICT' && /一个网站只用一个/.test(e.message),
      );
      assert.equal((await stateOf(n2!)).state, 'bound');
      // unknown numbers
      await assert.rejects(
        t.db.transaction((tx) => claimServiceNumber(tx, 'BA23456789ABCD', order!, 2, now)),
        (e: AppError) => e.code === 'NOT_FOUND' && e.path === 'websites[2].access.serviceNumber',
      );
      // a server that lapsed since the number was issued gives nothing
      await t.db.query(`UPDATE servers SET expires_on = '2026-11-01' WHERE id = $1`, [server.id]);
      await assert.rejects(
        t.db.transaction((tx) => claimServiceNumber(tx, n2!, order!, 3, now)),
        (e: AppError) => e.code === 'INVALID_STATE' && /请先续费/.test(e.message),
      );
      assert.equal((await stateOf(n2!)).state, 'bound');
    });

    test('resubmission: claims follow the websites; a number no website names any more is voided', async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'ecs');
      const [a, b, d, e] = [
        number(await apply(owner, server.id)),
        number(await apply(owner, server.id)),
        number(await apply(owner, server.id)),
        number(await apply(owner, server.id)),
      ];
      const c = (
        (await owner.post(`${API}/servers/${server.id}/authorization-codes`)).json() as {
          authorizationCode: string;
        }
      ).authorizationCode;
      const [order] = await newOrders(1);
      const now = t.clock.now();
      const sync = (websites: Parameters<typeof syncOrderClaims>[2]) =>
        t.db.transaction((tx) => syncOrderClaims(tx, order!, websites, now));
      const held = async () =>
        (
          await t.db.query<{ value: string; state: string; website_index: number }>(
            `SELECT number AS value, state, website_index FROM service_numbers WHERE order_id = $1
             UNION ALL SELECT code, state, website_index FROM authorization_codes WHERE order_id = $1`,
            [order],
          )
        ).rows
          .map((r) => `${r.value}:${r.state}:${r.website_index}`)
          .sort();

      const first = await sync([
        { serviceNumber: a },
        { authorizationCode: c },
        { serviceNumber: b },
        undefined,
      ]);
      assert.deepEqual(
        first.map((r) => r?.alreadyClaimed),
        [false, false, false, undefined],
      );
      const same = await sync([{ serviceNumber: a }, { authorizationCode: c }, { serviceNumber: b }]);
      assert.ok(same.every((r) => r?.alreadyClaimed));
      // the first website removed, a new one added: a is voided, c and b move up, d is claimed
      await sync([{ authorizationCode: c }, { serviceNumber: b }, { serviceNumber: d }]);
      assert.deepEqual(
        await held(),
        [`${a}:void:0`, `${b}:filing:1`, `${c}:filing:0`, `${d}:filing:2`].sort(),
      );
      // two websites trade places; the third takes another number
      await sync([{ authorizationCode: c }, { serviceNumber: d }, { serviceNumber: b }]);
      await sync([{ authorizationCode: c }, { serviceNumber: d }, { serviceNumber: e }]);
      assert.deepEqual(
        await held(),
        [`${a}:void:0`, `${b}:void:2`, `${c}:filing:0`, `${d}:filing:1`, `${e}:filing:2`].sort(),
      );
      // a voided number cannot come back, not even to its own order
      await assert.rejects(
        sync([{ authorizationCode: c }, { serviceNumber: d }, { serviceNumber: a }]),
        (x: AppError) =>
          x.code === 'CONFLICT' && x.path === 'websites[2].access.serviceNumber' && /已作废/.test(x.message),
      );
      // one number for two websites
      await assert.rejects(
        sync([{ serviceNumber: d }, { serviceNumber: d.toLowerCase() }]),
        (x: AppError) => x.code === 'INVALID_INPUT' && x.path === 'websites[1].access.serviceNumber',
      );
      // nothing changed by the refused ones
      assert.deepEqual(
        await held(),
        [`${a}:void:0`, `${b}:void:2`, `${c}:filing:0`, `${d}:filing:1`, `${e}:filing:2`].sort(),
      );
    });

    test('a claimed number is never bound again: filed stays filed, an abandoned order voids it', async () => {
      const owner = await registered(t.app);
      const server = await addServer(owner, 'nat_gateway');
      const [filedNo, abandonedNo] = [
        number(await apply(owner, server.id)),
        number(await apply(owner, server.id)),
      ];
      const [approvedOrder, abandonedOrder, laterOrder] = await newOrders(3);
      const now = t.clock.now();
      await t.db.transaction((tx) => claimServiceNumber(tx, filedNo!, approvedOrder!, 0, now));
      await t.db.transaction((tx) => claimServiceNumber(tx, abandonedNo!, abandonedOrder!, 0, now));

      // approval: 备案中 → 已备案 (and again is a no-op)
      assert.equal(await t.db.transaction((tx) => markFiled(tx, approvedOrder!, now)), 1);
      assert.equal(await t.db.transaction((tx) => markFiled(tx, approvedOrder!, now)), 0);
      // abandoned before approval: 备案中 → 已作废, not back to 已绑定
      assert.equal(await t.db.transaction((tx) => voidClaims(tx, abandonedOrder!, now)), 1);
      assert.equal(await t.db.transaction((tx) => voidClaims(tx, approvedOrder!, now)), 0);

      const listed = (await owner.get(`${API}/service-numbers`)).json() as { serviceNumbers: AccessView[] };
      assert.deepEqual(
        listed.serviceNumbers.map((s) => [s.value, s.state, s.stateName]).sort(),
        [
          [filedNo, 'filed', '已备案'],
          [abandonedNo, 'void', '已作废'],
        ].sort(),
      );
      for (const [n, state, message] of [
        [filedNo!, 'filed', /已被使用且备案成功/],
        [abandonedNo!, 'void', /已作废/],
      ] as const) {
        const v = await owner.post(`${API}/service-numbers/verify`, { serviceNumber: n });
        assert.equal(v.statusCode, 409);
        assert.equal(err(v).state, state);
        assert.match(err(v).message, message);
        await assert.rejects(
          t.db.transaction((tx) => claimServiceNumber(tx, n, laterOrder!, 0, now)),
          (e: AppError) => e.code === 'CONFLICT',
        );
      }
      // the quota still counts them: NAT gives 2, both are spent
      const [listedServer] = await myServers(owner);
      assert.deepEqual(listedServer!.quota, { size: 2, per: 'instance', used: 2, remaining: 0 });
      assert.equal((await apply(owner, server.id)).statusCode, 409);

      // the database itself refuses a way back, a second claim, or a deletion
      for (const sql of [
        `UPDATE service_numbers SET state = 'bound', order_id = NULL, website_index = NULL, claimed_at = NULL, voided_at = NULL WHERE number = $1`,
        `UPDATE service_numbers SET state = 'filing', voided_at = NULL WHERE number = $1`,
        `UPDATE service_numbers SET order_id = '${laterOrder}' WHERE number = $1`,
        `DELETE FROM service_numbers WHERE number = $1`,
      ])
        await assert.rejects(t.db.query(sql, [abandonedNo]), /never|violates/, sql);
      assert.equal((await stateOf(abandonedNo!)).state, 'void');
    });
  });
