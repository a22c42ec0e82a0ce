/**
 * The working-day calendar on both engines: the status warns that 2027 is missing (the data package ends in
 * 2026; today is 2026-11-25); an admin reads and saves a year; bad input is a 400 naming the field and changes
 * nothing; a holiday an admin adds moves the next deadline; another process picks the change up.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ServerCalendar } from '../src/usecases/calendar/server-calendar.js';
import { dueAfterWorkingDays } from '../src/usecases/orders/deadlines.js';
import { Agent, registered, staff, startApp, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { withMaterials } from './support/materials.js';
import { exampleOrder, withServiceNumbers } from './support/orders.js';

type Status = {
  today: string;
  years: Array<{ year: number; source: string }>;
  missing: number[];
  warnings: string[];
  ok: boolean;
};
type Year = {
  year: number;
  source: string;
  holidays: string[];
  workdays: string[];
  updatedBy: string | null;
};

/** Made-up 2027 dates for the test (the real schedule is published by the State Council each winter). */
const Y2027 = {
  holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
  workdays: ['2027-02-13', '2027-02-20'],
}; // prettier-ignore

for (const engine of ENGINES)
  describe(`working-day calendar (${engine.name})`, () => {
    let t: TestApp;
    let admin: Agent;
    let applicant: Agent & { email: string };
    before(async () => {
      t = await startApp(engine, '2026-11-25T02:00:00Z'); // Wednesday 10:00 China time
      admin = await staff(t, 'admin', '李管理');
      applicant = await registered(t.app);
    });
    after(() => t.close());

    const stored = async () => (await t.db.query('SELECT * FROM holiday_calendar ORDER BY year')).rows;

    test('the status says which years are covered and warns that 2027 is missing', async () => {
      const res = await applicant.get('/api/v1/calendar/status');
      assert.equal(res.statusCode, 200, res.body);
      const s = res.json() as Status;
      assert.equal(s.today, '2026-11-25');
      assert.deepEqual(s.missing, [2027]);
      assert.equal(s.ok, false);
      assert.equal(s.warnings.length, 1);
      assert.match(s.warnings[0]!, /2027年的法定节假日和调休安排尚未录入/);
      assert.deepEqual(s.years.at(-1), { year: 2026, source: 'package' });
      assert.equal(s.years[0]!.year, 2004);
      assert.equal((await new Agent(t.app).get('/api/v1/calendar/status')).statusCode, 401);
    });

    test('an admin reads a year: the package’s, or none', async () => {
      const y2026 = (await admin.get('/api/v1/admin/calendar/2026')).json() as Year;
      assert.equal(y2026.source, 'package');
      assert.ok(y2026.holidays.includes('2026-10-01') && y2026.workdays.includes('2026-10-10'));
      const y2027 = (await admin.get('/api/v1/admin/calendar/2027')).json() as Year;
      assert.deepEqual([y2027.source, y2027.holidays, y2027.workdays], ['none', [], []]);
      assert.equal((await applicant.get('/api/v1/admin/calendar/2026')).statusCode, 403);
    });

    test('bad input is a 400 naming the field, in Chinese, and changes nothing', async () => {
      const cases: Array<[string, unknown, string, RegExp]> = [
        ['2027', { holidays: ['2027-13-01'], workdays: [] }, 'holidays[0]', /YYYY-MM-DD/],
        [
          '2027',
          { holidays: ['2027-01-01', '2026-12-31'], workdays: [] },
          'holidays[1]',
          /2026-12-31 不在2027年内/,
        ],
        ['2027', { holidays: ['2027-01-01', '2027-01-01'], workdays: [] }, 'holidays[1]', /日期重复/],
        ['2027', { holidays: [], workdays: ['2027-01-04'] }, 'workdays[0]', /调休上班日应为周六或周日/],
        [
          '2027',
          { holidays: ['2027-02-13'], workdays: ['2027-02-13'] },
          'workdays[0]',
          /既是放假日又是调休上班日/,
        ],
        ['2027', { holidays: ['2027-01-01'] }, 'workdays', /调休上班日期/],
        ['2027', { holidays: [20270101], workdays: [] }, 'holidays[0]', /放假日期/],
        ['1999', { holidays: [], workdays: [] }, 'params.year', /年份应在2000至2100之间/],
        ['next', { holidays: [], workdays: [] }, 'params.year', /年份/],
      ];
      for (const [year, body, path, message] of cases) {
        const res = await admin.request('PUT', `/api/v1/admin/calendar/${year}`, body);
        assert.equal(res.statusCode, 400, `${JSON.stringify(body)}: ${res.body}`);
        const e = (res.json() as { error: { path: string; message: string } }).error;
        assert.equal(e.path, path, res.body);
        assert.match(e.message, message);
      }
      assert.equal((await applicant.request('PUT', '/api/v1/admin/calendar/2027', Y2027)).statusCode, 403);
      assert.deepEqual(await stored(), []);
      assert.deepEqual(((await admin.get('/api/v1/calendar/status')).json() as Status).missing, [2027]);
    });

    test('an admin saves 2027: the warning goes, deadlines in 2027 follow it', async () => {
      const saved = await admin.request('PUT', '/api/v1/admin/calendar/2027', Y2027);
      assert.equal(saved.statusCode, 200, saved.body);
      const y = saved.json() as Year;
      assert.deepEqual([y.source, y.holidays, y.workdays], ['admin', Y2027.holidays, Y2027.workdays]);
      assert.ok(y.updatedBy);
      const s = (await applicant.get('/api/v1/calendar/status')).json() as Status;
      assert.deepEqual([s.missing, s.ok, s.warnings], [[], true, []]);
      assert.deepEqual(s.years.at(-1), { year: 2027, source: 'admin' });
      // Friday 2027-02-05 10:00 + 1 working day: the Spring Festival week, then the 调休 Saturday
      const friday = new Date('2027-02-05T02:00:00Z');
      assert.equal(dueAfterWorkingDays(friday, 1, t.deps.calendar).toISOString(), '2027-02-13T02:00:00.000Z');
      assert.equal(
        dueAfterWorkingDays(friday, 1).toISOString(),
        '2027-02-08T02:00:00.000Z',
        'the package alone: Monday',
      );
    });

    test('a holiday an admin adds moves the next deadline; other processes pick it up', async () => {
      const other = await ServerCalendar.load(t.db); // another server process on the same database
      const a = await registered(t.app, '陈思远');
      const first = await a.post('/api/v1/orders', await withServiceNumbers(t, a, exampleOrder()));
      const firstId = (first.json() as { order: { id: string } }).order.id;
      await withMaterials(a, firstId);
      const submitted = await a.post(`/api/v1/orders/${firstId}/submit`);
      assert.equal(
        (submitted.json() as { order: { dueAt: string } }).order.dueAt,
        '2026-11-26T02:00:00.000Z',
      );

      const y2026 = (await admin.get('/api/v1/admin/calendar/2026')).json() as Year;
      const edited = await admin.request('PUT', '/api/v1/admin/calendar/2026', {
        holidays: [...y2026.holidays, '2026-11-26'],
        workdays: y2026.workdays,
      });
      assert.equal(edited.statusCode, 200, edited.body);
      assert.equal((edited.json() as Year).source, 'admin');

      const b = await registered(t.app, '赵明');
      const second = await b.post('/api/v1/orders', await withServiceNumbers(t, b, exampleOrder()));
      assert.equal(second.statusCode, 201, second.body);
      const secondId = (second.json() as { order: { id: string } }).order.id;
      await withMaterials(b, secondId);
      const res = await b.post(`/api/v1/orders/${secondId}/submit`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(
        (res.json() as { order: { dueAt: string } }).order.dueAt,
        '2026-11-27T02:00:00.000Z',
        'Thursday is now a holiday: due Friday',
      );
      const notice = await t.db.query<{ body: string }>(
        "SELECT body FROM outbox_messages WHERE order_id = $1 AND channel = 'site'",
        [secondId],
      );
      assert.match(notice.rows[0]!.body, /预计 11月27日 10:00 前完成/);

      const start = new Date('2026-11-25T02:00:00Z');
      assert.equal(dueAfterWorkingDays(start, 1, other).toISOString(), '2026-11-26T02:00:00.000Z', 'not yet');
      assert.equal(await other.refresh(t.db), true);
      assert.equal(dueAfterWorkingDays(start, 1, other).toISOString(), '2026-11-27T02:00:00.000Z');
      assert.equal(await other.refresh(t.db), false, 'nothing new');
      assert.equal((await stored()).length, 2);
    });
  });
