/** The demo data of the embedded default: every role can log in, the applicants have service numbers, once only. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/usecases/demo/seed-demo.js';
import { Agent, startApp, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';

for (const engine of ENGINES)
  describe(`demo data (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine);
    });
    after(() => t.close());

    test('seeds accounts of every role, servers with service numbers and registry filings; a second run does nothing', async () => {
      const first = await seedDemo(t.deps);
      assert.equal(first.seeded, true);
      assert.equal(first.serviceNumbers['applicant@beian.local']!.length, 2);
      for (const a of DEMO_ACCOUNTS) {
        const res = await new Agent(t.app).post('/api/v1/auth/login', {
          email: a.email,
          password: DEMO_PASSWORD,
        });
        assert.equal(res.statusCode, 200, a.email);
        assert.equal((res.json() as { account: { role: string } }).account.role, a.role);
      }
      const agent = new Agent(t.app);
      await agent.post('/api/v1/auth/login', { email: 'company@beian.local', password: DEMO_PASSWORD });
      const numbers = (await agent.get('/api/v1/service-numbers')).json() as {
        serviceNumbers: Array<{ state: string }>;
      };
      assert.equal(numbers.serviceNumbers.filter((n) => n.state === 'bound').length, 3);
      const filings = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM registry_subjects');
      assert.ok(Number(filings.rows[0]!.n) >= 4);
      const again = await seedDemo(t.deps);
      assert.equal(again.seeded, false);
      const accounts = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
      assert.equal(Number(accounts.rows[0]!.n), DEMO_ACCOUNTS.length);
    });
  });
