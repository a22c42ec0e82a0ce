/**
 * 验证备案类型 through the API on both engines, against the simulated registry's seed filings: the five types,
 * every blocking conflict, the captcha (wrong, lapsed, reused), bad input naming the field and changing nothing.
 */
import { isValidResidentId, isValidUscc } from '@beian/core';
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { svgCaptcha, type CaptchaImages } from '../src/adapters/captcha/svg-captcha.js';
import { REGISTRY_SEED, REGISTRY_UNFILED, seedRegistry } from '../src/adapters/registry/seed.js';
import { SimulatedRegistry } from '../src/adapters/registry/simulator.js';
import { Agent, registered, staff, startApp, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { exampleOrder } from './support/orders.js';

const ANSWER = 'K7MPA';
/** The built-in images with a known answer, so the tests can solve them. */
const knownCaptcha: CaptchaImages = { newCode: () => ANSWER, render: (code) => svgCaptcha.render(code) };

type ErrorBody = { error: { code: string; message: string; path?: string; reason?: string } };
type Result = {
  ok: boolean;
  filingType: string | null;
  filingTypeZh: string | null;
  subject: { filed: boolean; icpNumber: string | null; accessedHere: boolean };
  domains: {
    input: string;
    domain: string;
    filingType: string | null;
    icpNumber: string | null;
    conflict: string | null;
  }[];
  conflicts: { code: string; zh: string; message: string; path: string; orderId?: string }[];
};

type Subject = { province: string; nature: string; certificateType: string; certificateNumber: string };
const subjectOf = (s: {
  province: string;
  nature: string;
  certificateType: string;
  certificateNumber: string;
}): Subject => ({
  province: s.province,
  nature: s.nature,
  certificateType: s.certificateType,
  certificateNumber: s.certificateNumber,
});

const HERE = subjectOf(REGISTRY_SEED.filedHere);
const ELSEWHERE = subjectOf(REGISTRY_SEED.filedElsewhere);
const NEW_UNIT: Subject = {
  province: 'GD',
  nature: 'enterprise',
  certificateType: 'business_license',
  certificateNumber: REGISTRY_UNFILED.businessLicense,
};

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

for (const engine of ENGINES)
  describe(`验证备案类型 (${engine.name})`, () => {
    let t: TestApp;
    let applicant: Agent;

    before(async () => {
      t = await startApp(engine);
      Object.assign(t.deps, { captcha: knownCaptcha });
      await t.db.transaction((tx) => seedRegistry(tx, t.clock.now()));
    });
    after(() => t.close());
    // rate limits count per address: each test acts from a fresh one
    beforeEach(async () => {
      applicant = await registered(t.app);
    });

    const captcha = async (agent: Agent) => {
      const res = await agent.get('/api/v1/captcha');
      assert.equal(res.statusCode, 200, res.body);
      return (res.json() as { id: string }).id;
    };

    const verify = async (agent: Agent, subject: Subject, domains: string[]) => {
      const res = await agent.post('/api/v1/filing-type/verify', {
        ...subject,
        domains,
        captchaId: await captcha(agent),
        captchaAnswer: ANSWER.toLowerCase(),
      });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as Result;
    };

    const count = async (table: string, where = 'true') =>
      (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)).rows[0]!.n;

    test('the seed filings carry valid certificate numbers and seeding twice changes nothing', async () => {
      for (const s of Object.values(REGISTRY_SEED))
        assert.ok(
          s.certificateType === 'resident_id'
            ? isValidResidentId(s.certificateNumber)
            : isValidUscc(s.certificateNumber),
          s.certificateNumber,
        );
      assert.ok(isValidUscc(REGISTRY_UNFILED.businessLicense));
      assert.ok(isValidResidentId(REGISTRY_UNFILED.residentId));
      const before = [await count('registry_subjects'), await count('registry_websites')];
      await seedRegistry(t.db, t.clock.now());
      assert.deepEqual([await count('registry_subjects'), await count('registry_websites')], before);
    });

    test('the simulator answers by certificate type + number and by domain in any form', async () => {
      const r = new SimulatedRegistry(t.db);
      const here = REGISTRY_SEED.filedHere;
      assert.equal(
        (await r.findSubject({ type: here.certificateType, number: here.certificateNumber.toLowerCase() }))
          ?.icpNumber,
        here.icpNumber,
      );
      assert.equal(
        await r.findSubject({ type: 'organization_code', number: here.certificateNumber }),
        undefined,
      );
      assert.equal((await r.findWebsite('QINGHE-TECH.CN'))?.icpNumber, `${here.icpNumber}-1`);
      assert.equal((await r.findWebsite('xn--rht990j.xn--fiqs8s'))?.icpNumber, '浙ICP备19054321号-2');
      assert.equal(await r.findWebsite('qinghe-old.cn'), undefined, 'a cancelled filing frees its domain');
      const shell = REGISTRY_SEED.shell;
      assert.equal(
        await r.isShellSubject({ type: shell.certificateType, number: shell.certificateNumber }),
        true,
      );
      assert.equal(
        await r.isShellSubject({ type: here.certificateType, number: here.certificateNumber }),
        false,
      );
      const pending = REGISTRY_SEED.firstFilingInFlight;
      const ref = { type: pending.certificateType, number: pending.certificateNumber };
      assert.equal(await r.findSubject(ref), undefined, 'a first filing under review has no number yet');
      assert.equal(await r.hasOrderInFlight(ref), true);
    });

    test('GET /captcha: an SVG image with no text in it, five minutes, not cached', async () => {
      const res = await applicant.get('/api/v1/captcha');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'no-store');
      const body = res.json() as { id: string; image: string; expiresAt: string };
      assert.match(body.id, /^[0-9a-f-]{36}$/);
      const prefix = 'data:image/svg+xml;base64,';
      assert.ok(body.image.startsWith(prefix));
      const svg = Buffer.from(body.image.slice(prefix.length), 'base64').toString('utf8');
      assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      assert.ok(!svg.includes('<text') && !svg.includes(ANSWER), 'the answer is not in the markup');
      assert.equal(new Date(body.expiresAt).getTime() - t.clock.now().getTime(), 5 * 60_000);
      const row = (
        await t.db.query<{ answer_hash: string }>('SELECT answer_hash FROM captchas WHERE id = $1', [body.id])
      ).rows[0]!;
      assert.ok(!row.answer_hash.includes(ANSWER), 'stored as a digest');
    });

    test('首次备案: neither the subject nor the domain was ever filed', async () => {
      const r = await verify(applicant, NEW_UNIT, ['brand-new-site.cn']);
      assert.equal(r.ok, true);
      assert.equal(r.filingType, 'first_filing');
      assert.equal(r.filingTypeZh, '首次备案');
      assert.deepEqual(r.subject, { filed: false, icpNumber: null, accessedHere: false });
      assert.deepEqual(r.conflicts, []);
      const person = await verify(
        applicant,
        {
          province: 'BJ',
          nature: 'individual',
          certificateType: 'resident_id',
          certificateNumber: REGISTRY_UNFILED.residentId,
        },
        ['my-own-blog.cn'],
      );
      assert.equal(person.filingType, 'first_filing');
    });

    test('新增网站: the subject is filed and accessed here, the domain is new', async () => {
      const r = await verify(applicant, HERE, ['qinghe-new.cn', 'qinghe-old.cn']);
      assert.equal(r.ok, true, JSON.stringify(r.conflicts));
      assert.equal(r.filingType, 'new_website');
      assert.equal(r.filingTypeZh, '新增网站');
      assert.deepEqual(r.subject, {
        filed: true,
        icpNumber: REGISTRY_SEED.filedHere.icpNumber,
        accessedHere: true,
      });
      assert.deepEqual(
        r.domains.map((d) => [d.domain, d.filingType, d.icpNumber]),
        [
          ['qinghe-new.cn', 'new_website', null],
          ['qinghe-old.cn', 'new_website', null], // its filing was cancelled
        ],
      );
    });

    test('新增网站（原备案不在本平台）: the subject is filed elsewhere only', async () => {
      const r = await verify(applicant, ELSEWHERE, ['yuanshan-new.com']);
      assert.equal(r.ok, true);
      assert.equal(r.filingType, 'new_website_elsewhere');
      assert.equal(r.filingTypeZh, '新增网站（原备案不在本平台）');
      assert.deepEqual(r.subject, {
        filed: true,
        icpNumber: REGISTRY_SEED.filedElsewhere.icpNumber,
        accessedHere: false,
      });
    });

    test('接入备案: the website is filed elsewhere under this subject (IDN in either form)', async () => {
      const r = await verify(applicant, ELSEWHERE, ['yuanshan.net.cn', 'XN--RHT990J.XN--FIQS8S']);
      assert.equal(r.ok, true, JSON.stringify(r.conflicts));
      assert.equal(r.filingType, 'access_filing');
      assert.equal(r.filingTypeZh, '接入备案');
      assert.deepEqual(
        r.domains.map((d) => [d.input, d.domain, d.filingType, d.icpNumber]),
        [
          ['yuanshan.net.cn', 'yuanshan.net.cn', 'access_filing', '浙ICP备19054321号-1'],
          ['XN--RHT990J.XN--FIQS8S', '远山.中国', 'access_filing', '浙ICP备19054321号-2'],
        ],
      );
    });

    test('新增接入: the subject is accessed here, the website is filed but accessed elsewhere', async () => {
      const r = await verify(applicant, HERE, ['qinghe-shop.com']);
      assert.equal(r.ok, true);
      assert.equal(r.filingType, 'new_access');
      assert.equal(r.filingTypeZh, '新增接入');
      assert.equal(r.domains[0]!.icpNumber, '京ICP备20123456号-2');
    });

    test('conflict: a domain filed under another subject', async () => {
      const r = await verify(applicant, NEW_UNIT, ['qiming-info.com']);
      assert.equal(r.ok, false);
      assert.equal(r.filingType, null);
      assert.equal(r.domains[0]!.conflict, 'DOMAIN_FILED_BY_OTHER_SUBJECT');
      const [c] = r.conflicts;
      assert.equal(c!.code, 'DOMAIN_FILED_BY_OTHER_SUBJECT');
      assert.equal(c!.path, 'domains[0]');
      assert.ok(c!.message.includes('沪ICP备17098765号-1') && c!.message.includes('注销'), c!.message);
      // the same domain blocks a subject that is itself filed
      const filed = await verify(applicant, HERE, ['qiming-info.com']);
      assert.deepEqual(
        filed.conflicts.map((x) => x.code),
        ['DOMAIN_FILED_BY_OTHER_SUBJECT'],
      );
    });

    test('conflict: a domain already filed and accessed here', async () => {
      const r = await verify(applicant, HERE, ['qinghe-tech.cn']);
      assert.equal(r.ok, false);
      assert.deepEqual(
        r.conflicts.map((c) => [c.code, c.path]),
        [['DOMAIN_ALREADY_ACCESSED', 'domains[0]']],
      );
      assert.ok(r.conflicts[0]!.message.includes('变更备案'));
    });

    test('conflict: 空壳主体 must be cancelled first', async () => {
      const r = await verify(applicant, subjectOf(REGISTRY_SEED.shell), ['zhangwei-blog.cn']);
      assert.equal(r.ok, false);
      assert.equal(r.filingType, 'new_website_elsewhere');
      const [c] = r.conflicts;
      assert.equal(c!.code, 'SHELL_SUBJECT');
      assert.equal(c!.zh, '空壳主体');
      assert.equal(c!.path, 'certificateNumber');
      assert.ok(c!.message.includes('注销') && c!.message.includes('粤ICP备18011223号'), c!.message);
    });

    test('conflict: an order for the subject in a bureau review, filed or not yet filed', async () => {
      const filed = await verify(applicant, subjectOf(REGISTRY_SEED.inFlight), ['yunfan-new.cn']);
      assert.equal(filed.ok, false);
      assert.equal(filed.filingType, 'new_website_elsewhere');
      assert.deepEqual(
        filed.conflicts.map((c) => c.code),
        ['SUBJECT_IN_BUREAU_REVIEW'],
      );
      const pending = await verify(applicant, subjectOf(REGISTRY_SEED.firstFilingInFlight), ['liuyang.cn']);
      assert.equal(pending.filingType, 'first_filing');
      assert.deepEqual(
        pending.conflicts.map((c) => c.code),
        ['SUBJECT_IN_BUREAU_REVIEW'],
      );
      assert.ok(hasChinese(pending.conflicts[0]!.message));
    });

    test('conflict: a live order for the same certificate number on this platform', async () => {
      const owner = await registered(t.app, '陈思远');
      const data = exampleOrder('base-BJ-individual');
      const { number } = data.subject.certificate as { number: string };
      const created = await owner.post('/api/v1/orders', data);
      assert.equal(created.statusCode, 201, created.body);
      const orderId = (created.json() as { order: { id: string } }).order.id;
      const subject: Subject = {
        province: 'BJ',
        nature: 'individual',
        certificateType: 'resident_id',
        certificateNumber: number.toLowerCase(),
      };
      const mine = await verify(owner, subject, ['chensiyuan-new.cn']);
      assert.equal(mine.ok, false);
      assert.deepEqual(
        mine.conflicts.map((c) => [c.code, c.orderId]),
        [['SUBJECT_ORDER_IN_PROGRESS', orderId]],
      );
      assert.ok(mine.conflicts[0]!.message.includes('草稿'));
      const other = await verify(applicant, subject, ['chensiyuan-new.cn']);
      assert.deepEqual(
        other.conflicts.map((c) => [c.code, c.orderId]),
        [['SUBJECT_ORDER_IN_PROGRESS', undefined]],
      );
      assert.equal((await owner.post(`/api/v1/orders/${orderId}/abandon`)).statusCode, 200);
      const after = await verify(owner, subject, ['chensiyuan-new.cn']);
      assert.equal(after.ok, true, JSON.stringify(after.conflicts));
      assert.equal(after.filingType, 'first_filing');
    });

    test('conflict: domains that need different types (split the order)', async () => {
      const r = await verify(applicant, HERE, ['qinghe-new.cn', 'qinghe-shop.com']);
      assert.equal(r.ok, false);
      assert.equal(r.filingType, 'new_website');
      assert.deepEqual(
        r.conflicts.map((c) => [c.code, c.path]),
        [['MIXED_FILING_TYPES', 'domains[1]']],
      );
    });

    test('captcha: a wrong answer uses it up; a used, unknown or lapsed one is refused', async () => {
      const body = (captchaId: string, captchaAnswer = ANSWER) => ({
        ...NEW_UNIT,
        domains: ['brand-new-site.cn'],
        captchaId,
        captchaAnswer,
      });
      const post = (b: unknown) => applicant.post('/api/v1/filing-type/verify', b);
      const err = (res: { statusCode: number; json(): unknown }) => {
        assert.equal(res.statusCode, 400);
        const e = (res.json() as ErrorBody).error;
        assert.equal(e.code, 'INVALID_INPUT');
        assert.equal(e.path, 'captchaAnswer');
        assert.ok(hasChinese(e.message));
        return e.reason;
      };

      const id = await captcha(applicant);
      assert.equal(err(await post(body(id, 'WRONG'))), 'wrong');
      assert.equal(err(await post(body(id))), 'used', 'one attempt per captcha, even after a wrong answer');

      const once = await captcha(applicant);
      assert.equal((await post(body(once))).statusCode, 200);
      assert.equal(err(await post(body(once))), 'used', 'a solved captcha cannot be replayed');

      assert.equal(err(await post(body('7d1f4c1e-0000-4000-8000-000000000000'))), 'used');
      assert.equal(err(await post(body('not-a-uuid'))), 'used');

      const lapsing = await captcha(applicant);
      t.clock.advance(5 * 60_000);
      assert.equal(err(await post(body(lapsing))), 'expired');
      const fresh = await captcha(applicant);
      t.clock.advance(5 * 60_000 - 1000);
      assert.equal((await post(body(fresh))).statusCode, 200, 'valid until the fifth minute ends');
    });

    test('bad input on every field is a 400 naming the field; nothing changes, the captcha stays usable', async () => {
      const id = await captcha(applicant);
      const good = { ...NEW_UNIT, domains: ['brand-new-site.cn'], captchaId: id, captchaAnswer: ANSWER };
      const state = async () => [
        await count('captchas'),
        await count('captchas', 'used_at IS NOT NULL'),
        await count('registry_subjects'),
        await count('registry_websites'),
        await count('orders'),
      ];
      const before = await state();
      const cases: [Record<string, unknown>, string][] = [
        [{ province: 'XX' }, 'province'],
        [{ province: undefined }, 'province'],
        [{ nature: 'alien' }, 'nature'],
        [{ certificateType: 'library_card' }, 'certificateType'],
        [{ nature: 'individual' }, 'certificateType'],
        [{ nature: 'enterprise', certificateType: 'resident_id' }, 'certificateType'],
        [{ nature: 'government', certificateType: 'law_firm_license' }, 'certificateType'],
        [{ certificateNumber: '' }, 'certificateNumber'],
        [{ certificateNumber: '91440305MA5FXQ8NXA' }, 'certificateNumber'],
        [
          { nature: 'individual', certificateType: 'resident_id', certificateNumber: '110101199003071234' },
          'certificateNumber',
        ],
        [{ certificateType: 'organization_code', certificateNumber: '12345678-0' }, 'certificateNumber'],
        [{ domains: [] }, 'domains'],
        [{ domains: 'brand-new-site.cn' }, 'domains'],
        [{ domains: Array.from({ length: 11 }, (_, i) => `site${i}.cn`) }, 'domains'],
        [{ domains: ['not a domain'] }, 'domains[0]'],
        [{ domains: ['ok-site.cn', 'www.example.com'] }, 'domains[1]'],
        [{ domains: ['ok-site.cn', 'OK-SITE.cn'] }, 'domains[1]'],
        [{ domains: ['com.cn'] }, 'domains[0]'],
        [{ captchaId: undefined }, 'captchaId'],
        [{ captchaAnswer: '' }, 'captchaAnswer'],
        [{ captchaAnswer: 12345 }, 'captchaAnswer'],
      ];
      for (const [patch, field] of cases) {
        const res = await applicant.post('/api/v1/filing-type/verify', { ...good, ...patch });
        assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
        const e = (res.json() as ErrorBody).error;
        assert.equal(e.code, 'INVALID_INPUT');
        assert.equal(e.path, field, `${JSON.stringify(patch)} → ${e.message}`);
        assert.ok(hasChinese(e.message), e.message);
      }
      const notJson = await t.app.inject({
        method: 'POST',
        url: '/api/v1/filing-type/verify',
        payload: '{"province":',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(notJson.statusCode, 400);
      assert.deepEqual(await state(), before);
      assert.equal((await applicant.post('/api/v1/filing-type/verify', good)).statusCode, 200);
    });

    test('only a logged-in applicant may verify; the captcha itself needs no login', async () => {
      const anonymous = new Agent(t.app);
      const id = await captcha(anonymous);
      const body = { ...NEW_UNIT, domains: ['brand-new-site.cn'], captchaId: id, captchaAnswer: ANSWER };
      const res = await anonymous.post('/api/v1/filing-type/verify', body);
      assert.equal(res.statusCode, 401);
      const reviewer = await staff(t, 'reviewer');
      assert.equal((await reviewer.post('/api/v1/filing-type/verify', body)).statusCode, 403);
      assert.equal(await count('captchas', `id = '${id}' AND used_at IS NULL`), 1, 'not used up');
    });

    test('the captcha and the verification are rate limited per address', async () => {
      const agent = new Agent(t.app);
      const codes: number[] = [];
      for (let i = 0; i < 31; i++) codes.push((await agent.get('/api/v1/captcha')).statusCode);
      assert.deepEqual(codes.slice(0, 30), Array(30).fill(200));
      assert.equal(codes[30], 429);
      assert.equal((await new Agent(t.app).get('/api/v1/captcha')).statusCode, 200);
      const verifier = await registered(t.app);
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++)
        statuses.push((await verifier.post('/api/v1/filing-type/verify', { province: 'XX' })).statusCode);
      assert.deepEqual(statuses.slice(0, 30), Array(30).fill(400));
      assert.equal(statuses[30], 429);
    });

    test('OpenAPI lists both endpoints', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
        paths: Record<string, unknown>;
      };
      assert.ok(doc.paths['/api/v1/captcha']);
      assert.ok(doc.paths['/api/v1/filing-type/verify']);
    });
  });
