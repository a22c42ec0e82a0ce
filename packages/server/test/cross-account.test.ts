/**
 * Every endpoint tried with another applicant's session: never a read or a write across accounts. The
 * endpoints come from the OpenAPI document, so a new endpoint fails this test until it is listed here with a
 * plausible body. Applicant A owns an order (submitted), a draft's material, a receiver, a server with a
 * service number; applicant B calls everything with A's ids. A's rows must be byte-identical afterwards, and
 * no answer to B may contain A's identifiers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { registered, startApp, type Agent, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { withMaterials } from './support/materials.js';
import { exampleOrder, withServiceNumbers } from './support/orders.js';

type Ids = {
  orderId: string;
  materialId: string;
  receiverId: string;
  serverId: string;
  serviceNumber: string;
  email: string;
  noticeId: string;
};

/** Plausible bodies, so that a refusal is about the account, not about the input. */
function bodyFor(method: string, path: string, ids: Ids): unknown {
  const data = exampleOrder();
  const table: Record<string, unknown> = {
    'PUT /orders/{orderId}': { version: 2, data },
    'POST /orders/{orderId}/submit': {},
    'POST /orders/{orderId}/calls': { answered: true },
    'POST /orders/{orderId}/review/reject': { reasons: [{ path: 'subject', message: '主体信息有误' }] },
    'POST /orders/{orderId}/sms-verification': { code: '123456', mobile: '13901020102', certificateTail: '08102X' },
    'POST /bureau/orders/{orderId}/reject': { reasons: [{ path: 'subject', message: '主体信息有误' }] },
    'PATCH /receivers/{receiverId}': { name: '赵明', email: 'zhao@example.cn' },
    'POST /orders/{orderId}/verification/curtain-request': { province: 'BJ', address: '北京市东城区文化路12号3单元', recipient: '赵明', mobile: '13901020102' },
    'POST /orders/{orderId}/verification/curtain-request/shipment': { carrier: '顺丰速运', trackingNumber: 'SF1234567890' },
    'POST /orders/{orderId}/verification/curtain-photos/reject': { reasons: [{ message: '照片模糊，请重新拍摄' }] },
    'POST /orders/{orderId}/verification/shanghai-app': { completed: true },
    'POST /orders/{orderId}/verification/shanghai-app/reject': { reasons: [{ message: '管局App中未查到核验记录' }] },
    'POST /orders/{orderId}/mailed-documents': { carrier: '中国邮政EMS', trackingNumber: 'EMS1234567890' },
    'PUT /admin/calendar/{year}': { holidays: ['2027-01-01'], workdays: [] },
    'PUT /admin/whois/{domain}': { registrar: '阿里云计算有限公司（万网）', registrarApproved: true, realNameVerified: true, holder: '赵明', expiresAt: '2028-11-30' },
    'POST /servers/{id}/service-numbers': {},
    'POST /servers/{id}/authorization-codes': {},
    'POST /service-numbers/verify': { serviceNumber: ids.serviceNumber },
    'POST /orders': data,
    'POST /receivers': { name: '赵明', email: 'zhao@example.cn', position: '运维' },
    'POST /readiness/domain': { domain: 'chensyjing.cn', province: 'BJ', nature: 'individual' },
    'POST /after-filing/check': { kind: 'cancel_subject', declarations: { acknowledged: true } },
    'POST /after-filing/orders': { kind: 'cancel_subject', declarations: { acknowledged: true } },
    'PUT /after-filing/orders/{orderId}': { version: 2, request: { kind: 'cancel_subject', declarations: { acknowledged: true } } },
    'PUT /filings/websites/{icpNumber}/public-security': { number: '京公网安备11010502030000号' },
    'POST /filing-type/verify': {
      province: 'BJ', nature: 'individual', certificateType: 'resident_id',
      certificateNumber: '11010119920708102X', domains: ['chensyjing.cn'], captchaId: '00000000-0000-0000-0000-000000000000', captchaAnswer: 'ABCD',
    },
  }; // prettier-ignore
  return table[`${method} ${path}`];
}

const BOUNDARY = 'beiancrossaccount';

/** A small multipart upload: B's upload to A's order must be refused for the order, before the file is judged. */
function multipartFile(): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="code"\r\n\r\nsubject_leader_id\r\n`),
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="id.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

/** Endpoints B may legitimately use on its own account (lists, creates): checked for leaks, not refusals. */
const OWN = new Set([
  'GET /orders', 'POST /orders', 'GET /receivers', 'POST /receivers', 'GET /servers', 'GET /service-numbers',
  'POST /service-numbers/verify', 'GET /auth/me', 'POST /filing-type/verify', 'GET /receivers/confirm',
  'GET /filings', 'GET /notices', 'POST /notices/read-all', 'GET /outbox', 'POST /readiness/domain',
  'GET /filings/record', 'POST /after-filing/check', 'POST /after-filing/orders',
]); // prettier-ignore

/** Open or staff-only endpoints: B gets the public answer or a refusal. */
const NOT_ACCOUNT_SCOPED = new Set([
  'GET /health', 'POST /precheck', 'POST /auth/register', 'POST /auth/login', 'GET /captcha', 'GET /server-types',
  'GET /review/queue', 'POST /admin/accounts', 'GET /admin/accounts', 'POST /admin/servers', 'POST /auth/logout',
  'GET /bureau/orders', 'GET /calendar/status', 'GET /verification/queue', 'GET /admin/whois',
]); // prettier-ignore

for (const engine of ENGINES)
  describe(`cross-account access (${engine.name})`, () => {
    let t: TestApp;
    let a: Agent & { email: string };
    let b: Agent & { email: string };
    let ids: Ids;

    const snapshot = async () => {
      const parts: unknown[] = [];
      for (const [table, where] of [
        ['orders', 'account_id = (SELECT id FROM accounts WHERE email = $1)'],
        ['materials', 'uploaded_by = (SELECT id FROM accounts WHERE email = $1)'],
        ['notice_receivers', 'account_id = (SELECT id FROM accounts WHERE email = $1)'],
        [
          'service_numbers',
          'server_id IN (SELECT id FROM servers WHERE account_id = (SELECT id FROM accounts WHERE email = $1))',
        ],
        ['servers', 'account_id = (SELECT id FROM accounts WHERE email = $1)'],
        ['outbox_messages', 'account_id = (SELECT id FROM accounts WHERE email = $1)'],
        ...(
          [
            'curtain_requests',
            'shanghai_app_claims',
            'verification_reviews',
            'mailed_documents',
            'bureau_pushes',
            'scheduled_tasks',
          ] as const
        ).map(
          (table) =>
            [
              table,
              'order_id IN (SELECT id FROM orders WHERE account_id = (SELECT id FROM accounts WHERE email = $1))',
            ] as const,
        ),
        [
          'authorization_codes',
          'server_id IN (SELECT id FROM servers WHERE account_id = (SELECT id FROM accounts WHERE email = $1))',
        ],
        [
          'site_checks',
          `website_icp_number IN (SELECT w.icp_number FROM registry_websites w JOIN registry_subjects s ON s.id = w.subject_id
             JOIN bureau_filings f ON f.subject_icp_number = s.icp_number JOIN orders o ON o.id = f.order_id
             WHERE o.account_id = (SELECT id FROM accounts WHERE email = $1))`,
        ],
      ] as const)
        parts.push((await t.db.query(`SELECT * FROM ${table} WHERE ${where} ORDER BY 1`, [a.email])).rows);
      return JSON.stringify(parts);
    };

    before(async () => {
      t = await startApp(engine);
      a = await registered(t.app, '陈思远');
      b = await registered(t.app, '赵明');
      const data = await withServiceNumbers(t, a, exampleOrder());
      const order = (await a.post('/api/v1/orders', data)).json() as { order: { id: string } };
      await withMaterials(a, order.order.id);
      const submitted = await a.post(`/api/v1/orders/${order.order.id}/submit`);
      assert.equal(submitted.statusCode, 200, submitted.body);
      const receiver = await a.post('/api/v1/receivers', {
        name: '陈思远',
        email: 'chen.receiver@example.cn',
        position: '站长',
      });
      assert.equal(receiver.statusCode, 201, receiver.body);
      const servers = (await a.get('/api/v1/servers')).json() as { servers: Array<{ id: string }> };
      // a filed website of A's (京ICP备26000001号-1: the bureau's approval is the bureau suite's), checked once
      const subject = await t.db.query<{ id: string }>(
        `INSERT INTO registry_subjects (icp_number, certificate_type, certificate_number, name, nature, province,
           leader_name, accessed_here)
         VALUES ('京ICP备26000001号', 'resident_id', '110101199001010011', '陈思远', 'individual', 'BJ', '陈思远', true)
         RETURNING id`,
      );
      await t.db.query(
        `INSERT INTO registry_websites (icp_number, subject_id, domain, name, accessed_here)
         VALUES ('京ICP备26000001号-1', $1, 'chen-filed-site.cn', '陈思远的笔记', true)`,
        [subject.rows[0]!.id],
      );
      await t.db.query(
        `INSERT INTO bureau_filings (reference, order_id, round, province, filing_type, status, received_at,
           decided_at, subject_icp_number)
         VALUES ('BJ20261123-0000A001', $1, 1, 'BJ', 'first_filing', 'approved', $2, $2, '京ICP备26000001号')`,
        [order.order.id, t.clock.now()],
      );
      await t.db.query(
        `INSERT INTO site_checks (website_icp_number, domain, checked_at, trigger, url, reachable, http_status,
           footer_found, required_by_province, ok)
         VALUES ('京ICP备26000001号-1', 'chen-filed-site.cn', $1, 'sweep', 'http://chen-filed-site.cn/', true, 200,
           true, false, true)`,
        [t.clock.now()],
      );
      // a material of A's order, uploaded before the submission
      const m = (await a.get(`/api/v1/orders/${order.order.id}/materials`)).json() as {
        materials: Array<{ id: string }>;
      };
      ids = {
        orderId: order.order.id,
        materialId: m.materials[0]!.id,
        receiverId: (receiver.json() as { receiver: { id: string } }).receiver.id,
        serverId: servers.servers[0]!.id,
        serviceNumber: (data.websites[0]!.access as { serviceNumber: string }).serviceNumber,
        email: a.email,
        noticeId: String(
          (
            await t.db.query<{ id: number }>(
              `SELECT id FROM outbox_messages WHERE channel = 'site' AND order_id = $1 ORDER BY id LIMIT 1`,
              [order.order.id],
            )
          ).rows[0]!.id,
        ),
      };
    });
    after(() => t.close());

    test("every endpoint, with B's session and A's ids", async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
        paths: Record<string, Record<string, unknown>>;
      };
      const before = await snapshot();
      const secrets = [
        ids.orderId,
        ids.materialId,
        ids.receiverId,
        ids.serverId,
        ids.serviceNumber,
        ids.email,
        'chen.receiver@example.cn',
        'chen-filed-site.cn',
      ];
      let tried = 0;
      for (const [fullPath, ops] of Object.entries(doc.paths)) {
        const path = fullPath.replace(/^\/api\/v1/, '');
        for (const method of Object.keys(ops).map((m) => m.toUpperCase())) {
          const key = `${method} ${path}`;
          const url = `/api/v1${path}`
            .replace('{orderId}', ids.orderId)
            .replace('{receiverId}', ids.receiverId)
            .replace('{noticeId}', ids.noticeId)
            .replace('{year}', '2027')
            .replace('{domain}', 'chensyjing.cn')
            .replace('{icpNumber}', encodeURIComponent('京ICP备26000001号-1'))
            .replace('{id}', path.startsWith('/orders') ? ids.materialId : ids.serverId);
          if (NOT_ACCOUNT_SCOPED.has(key)) continue;
          const scoped = path.includes('{');
          assert.ok(
            scoped || OWN.has(key),
            `${key}: list it in OWN or NOT_ACCOUNT_SCOPED, or give it a path id`,
          );
          const res =
            key === 'POST /orders/{orderId}/materials'
              ? await b.raw('POST', url, multipartFile(), `multipart/form-data; boundary=${BOUNDARY}`)
              : await b.request(method as 'GET', url, bodyFor(method, path, ids));
          tried++;
          if (scoped)
            assert.ok(
              [403, 404].includes(res.statusCode),
              `${key} answered ${res.statusCode}: ${res.body.slice(0, 200)}`,
            );
          // verifying a number B was given may echo that number (seed 000: any account may use a number it was given)
          for (const s of secrets)
            if (!(key === 'POST /service-numbers/verify' && s === ids.serviceNumber))
              assert.ok(!res.body.includes(s), `${key} leaked ${s}`);
        }
      }
      assert.ok(tried > 20, `only ${tried} endpoints tried`);
      assert.equal(await snapshot(), before, "A's rows changed");
    });
  });
