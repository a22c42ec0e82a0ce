import { test } from 'node:test';
import assert from 'node:assert/strict';
import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { CN_HOLIDAYS, CN_HOLIDAYS_SOURCE } from '../../src/data/cn-holidays.js';
import {
  CalendarTableError,
  DEFAULT_CALENDAR_SOURCE,
  WorkingCalendar,
  calendarTableProblems,
  chinaDateOf,
  defaultCalendarTable,
  formatInstant,
  mergeCalendarTables,
  parseInstant,
  type CalendarTable,
} from '../../src/calendar/working-days.js';

const cal = new WorkingCalendar();
const DAY = 86_400_000;
/** Test oracle: the JavaScript Date (the core itself may not use it). */
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isWeekday = (iso: string): boolean => ![0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
const range = (from: string, to: string): string[] =>
  Array.from({ length: dayOf(to) - dayOf(from) + 1 }, (_, i) => isoOf(dayOf(from) + i));

/** Dates from 2002 to 2029: the covered years 2004–2026 and fallback years on both sides. */
const anyDate = fc.integer({ min: dayOf('2002-01-01'), max: dayOf('2029-12-31') }).map(isoOf);

test('the generated data states its source, the pinned chinese-days, and covers 2004–2026', () => {
  assert.equal(CN_HOLIDAYS_SOURCE, 'chinese-days@1.5.7');
  assert.equal(DEFAULT_CALENDAR_SOURCE, CN_HOLIDAYS_SOURCE);
  assert.deepEqual(
    CN_HOLIDAYS.map(([y]) => y),
    range('2004-01-01', '2026-01-01')
      .filter((d) => d.endsWith('-01-01'))
      .map((d) => Number(d.slice(0, 4))),
  );
  assert.equal(cal.years[0], 2004);
  assert.equal(cal.years.at(-1), 2026);
  assert.deepEqual(calendarTableProblems(defaultCalendarTable()), []);
});

test('2026 facts (stack-notes §10)', () => {
  assert.equal(cal.isWorkingDay('2026-02-14'), true, '2026-02-14 Saturday is a make-up working day');
  assert.equal(cal.isWorkingDay('2026-02-16'), false, '2026-02-16 Monday is a Spring Festival holiday');
  assert.equal(cal.isWorkingDay('2026-09-20'), true, '2026-09-20 Sunday is a make-up working day');
  assert.equal(cal.isWorkingDay('2026-10-10'), true, '2026-10-10 Saturday is a make-up working day');
  assert.equal(cal.addWorkingDays('2026-09-30', 5), '2026-10-13');
  assert.equal(chineseDays.findWorkday(5, '2026-09-30'), '2026-10-13');
});

test('the Spring Festival week 2026: 02-15 to 02-23 off, 调休 Saturdays 02-14 and 02-28', () => {
  for (const d of range('2026-02-15', '2026-02-23')) assert.equal(cal.isWorkingDay(d), false, d);
  assert.equal(cal.isWorkingDay('2026-02-13'), true);
  assert.equal(cal.isWorkingDay('2026-02-24'), true);
  assert.equal(cal.isWorkingDay('2026-02-28'), true, 'Saturday 02-28 is worked');
  assert.equal(cal.isWorkingDay('2026-03-01'), false, 'Sunday 03-01 is not');
  assert.equal(cal.nextWorkingDay('2026-02-13'), '2026-02-14');
  assert.equal(cal.nextWorkingDay('2026-02-14'), '2026-02-24');
  assert.equal(cal.addWorkingDays('2026-02-14', 5), '2026-02-28');
  assert.equal(cal.workingDaysBetween('2026-02-01', '2026-02-28'), 16); // 10 + 02-14 + 4 + 02-28
});

test('National Day week 2026: 10-01 to 10-07 off, 调休 Sunday 09-20 and Saturday 10-10', () => {
  for (const d of range('2026-10-01', '2026-10-07')) assert.equal(cal.isWorkingDay(d), false, d);
  assert.equal(cal.isWorkingDay('2026-10-08'), true);
  assert.equal(cal.isWorkingDay('2026-10-11'), false, 'Sunday 10-11 is not worked');
  assert.equal(cal.nextWorkingDay('2026-09-30'), '2026-10-08');
  assert.equal(cal.workingDaysBetween('2026-09-30', '2026-10-10'), 3);
  // Mid-Autumn 09-25 (Friday) to 09-27 off; Saturday 09-19 not worked, Sunday 09-20 worked
  assert.equal(cal.isWorkingDay('2026-09-19'), false);
  assert.equal(cal.isWorkingDay('2026-09-25'), false);
  assert.equal(cal.addWorkingDays('2026-09-24', 1), '2026-09-28');
});

test('make-up Saturdays and Sundays of other years are working days', () => {
  for (const d of [
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    '2024-02-04',
    '2024-02-18',
  ])
    assert.equal(cal.isWorkingDay(d), true, d);
  // 2020: the Spring Festival holiday was extended to 02-02 (COVID-19)
  assert.equal(cal.isWorkingDay('2020-01-31'), false);
  assert.equal(cal.isWorkingDay('2020-02-03'), true);
});

test('agrees with chinese-days isWorkday on every day of 2004–2026', () => {
  for (const d of range('2004-01-01', '2026-12-31'))
    assert.equal(cal.isWorkingDay(d), chineseDays.isWorkday(d), d);
});

test('n = 0 gives the date itself when working, else the next working day', () => {
  assert.equal(cal.addWorkingDays('2026-09-30', 0), '2026-09-30');
  assert.equal(cal.addWorkingDays('2026-10-01', 0), '2026-10-08');
  assert.equal(cal.addWorkingDays('2026-10-10', 0), '2026-10-10');
  assert.equal(cal.addWorkingDays('2026-10-11', 0), '2026-10-12');
});

test('outside the covered years: a plain Monday–Friday week, and covers() says so', () => {
  assert.equal(cal.covers(2026), true);
  assert.equal(cal.covers(2027), false);
  assert.equal(cal.covers(2003), false);
  // 2027-02-08 is in the 2027 Spring Festival, but 2027 is not announced in chinese-days 1.5.7
  assert.equal(cal.isWorkingDay('2027-02-08'), true);
  assert.equal(cal.isWorkingDay('2027-01-01'), true, 'New Year 2027 (a Friday) is unknown');
  assert.equal(cal.isWorkingDay('2027-01-02'), false);
  assert.equal(cal.addWorkingDays('2026-12-31', 1), '2027-01-01');
  assert.equal(cal.workingDaysBetween('2027-01-01', '2027-12-31'), 260);
  assert.equal(cal.workingDaysBetween('2003-01-01', '2003-12-31'), 260);
  const empty = new WorkingCalendar({ years: [], holidays: [], workdays: [] });
  assert.equal(empty.covers(2026), false);
  assert.equal(empty.isWorkingDay('2026-10-01'), true);
  assert.equal(empty.addWorkingDays('2026-09-30', 5), '2026-10-07');
});

test('addWorkingDays and workingDaysBetween are inverse (random dates, covered and fallback years)', () => {
  fc.assert(
    fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (d, n) => {
      const t = cal.addWorkingDays(d, n);
      assert.ok(t > d);
      assert.equal(cal.isWorkingDay(t), true);
      assert.equal(cal.workingDaysBetween(d, t), n);
      assert.equal(cal.workingDaysBetween(t, d), -n);
      // the day before t is short of n
      assert.equal(cal.workingDaysBetween(d, isoOf(dayOf(t) - 1)), n - 1);
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(anyDate, anyDate, (a, b) => {
      const [d, t] = a <= b ? [a, b] : [b, a];
      if (cal.isWorkingDay(t)) assert.equal(cal.addWorkingDays(d, cal.workingDaysBetween(d, t)), t);
    }),
    { numRuns: 2000 },
  );
});

test('workingDaysBetween counts the working days after `from` up to `to`, one by one', () => {
  fc.assert(
    fc.property(anyDate, fc.integer({ min: 0, max: 120 }), (from, span) => {
      const to = isoOf(dayOf(from) + span);
      const counted = range(from, to)
        .slice(1)
        .filter((d) => cal.isWorkingDay(d)).length;
      assert.equal(cal.workingDaysBetween(from, to), counted);
    }),
    { numRuns: 1000 },
  );
  fc.assert(
    fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
      assert.equal(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c), cal.workingDaysBetween(a, c));
    }),
  );
});

test('backwards over no working day is 0, not -0 (found by the property above)', () => {
  assert.ok(Object.is(cal.workingDaysBetween('2029-12-22', '2029-12-21'), 0));
});

test('nextWorkingDay walks day by day to the first working day after the date', () => {
  fc.assert(
    fc.property(anyDate, (d) => {
      let next = dayOf(d) + 1;
      while (!cal.isWorkingDay(isoOf(next))) next++;
      assert.equal(cal.nextWorkingDay(d), isoOf(next));
    }),
    { numRuns: 1000 },
  );
});

test('dueAt: the same China-local time on the n-th working day after the China-local start date', () => {
  // Wednesday 2026-09-30 18:15 China time + 1 → Thursday 10-08 (National Day week)
  assert.equal(cal.dueAt('2026-09-30T10:15:00Z', 1), '2026-10-08T10:15:00.000Z');
  assert.equal(cal.dueAt('2026-09-30T18:15:00+08:00', 1), '2026-10-08T10:15:00.000Z');
  // bureau review: 20 working days from the start of the National Day week
  assert.equal(
    cal.dueAt('2026-09-30T02:00:00Z', 20),
    cal.addWorkingDays('2026-09-30', 20) + 'T02:00:00.000Z',
  );
  // across UTC midnight: 2026-09-30T17:00Z is 2026-10-01 01:00 in China, a holiday
  assert.equal(chinaDateOf('2026-09-30T17:00:00Z'), '2026-10-01');
  assert.equal(cal.dueAt('2026-09-30T17:00:00Z', 1), '2026-10-07T17:00:00.000Z'); // 10-08 01:00 China
  assert.equal(cal.dueAt('2026-09-30T17:00:00Z', 0), '2026-10-07T17:00:00.000Z');
  assert.equal(cal.dueAt('2026-09-30T15:59:59.999Z', 0), '2026-09-30T15:59:59.999Z'); // 09-30 23:59 China
  // a start on the 调休 Saturday 10-10 counts from it; Saturday 09-19 10:00 + 1 → Sunday 09-20 (worked)
  assert.equal(cal.dueAt('2026-10-10T01:00:00Z', 1), '2026-10-12T01:00:00.000Z');
  assert.equal(cal.dueAt('2026-09-19T02:00:00Z', 1), '2026-09-20T02:00:00.000Z');
  // an offset west of UTC: 2026-02-13 20:00 −05:00 is 02-14 09:00 China (a 调休 Saturday) → + 1 = 02-24
  assert.equal(cal.dueAt('2026-02-13T20:00:00-05:00', 1), '2026-02-24T01:00:00.000Z');
});

test('dueAt agrees with Date arithmetic for random instants', () => {
  const instant = fc
    .integer({ min: Date.parse('2003-01-01T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') })
    .map((ms) => new Date(ms).toISOString());
  fc.assert(
    fc.property(instant, fc.integer({ min: 0, max: 30 }), (start, n) => {
      const china = new Date(Date.parse(start) + 8 * 3_600_000).toISOString();
      const dueDate = cal.addWorkingDays(china.slice(0, 10), n);
      const expected = new Date(Date.parse(`${dueDate}${china.slice(10, 23)}+08:00`)).toISOString();
      assert.equal(cal.dueAt(start, n), expected);
    }),
    { numRuns: 1000 },
  );
});

test('parseInstant reads ISO instants as Date.parse does, and formatInstant as toISOString', () => {
  for (const s of [
    '2026-09-30T10:15Z',
    '2026-09-30T10:15:07Z',
    '2026-09-30T10:15:07.5Z',
    '2026-09-30T10:15:07.123Z',
    '2026-09-30T10:15:07.123+08:00',
    '2026-01-01T00:30:00+08:00',
    '2024-02-29T23:59:59.999-12:00',
    '1969-12-31T23:59:59.999Z',
  ])
    assert.equal(parseInstant(s), Date.parse(s), s);
  assert.equal(parseInstant('2026-09-30T10:15:07.123456+00:00'), Date.parse('2026-09-30T10:15:07.123Z'));
  for (const bad of [
    '2026-09-30',
    '2026-09-30T10:15:00',
    '2026-09-30 10:15:00Z',
    '2026-02-29T10:15:00Z',
    '2026-09-30T24:00:00Z',
    '2026-09-30T10:60:00Z',
    '2026-09-30T10:15:60Z',
    '2026-09-30T10:15:00+0800',
    '2026-09-30T10:15:00+24:00',
    '2026-09-30T10:15:00.Z',
  ])
    assert.equal(parseInstant(bad), undefined, bad);
  fc.assert(
    fc.property(
      fc.integer({ min: Date.parse('1900-01-01T00:00:00Z'), max: Date.parse('2199-12-31T00:00:00Z') }),
      (ms) => {
        const iso = new Date(ms).toISOString();
        assert.equal(formatInstant(ms), iso);
        assert.equal(parseInstant(iso), ms);
      },
    ),
  );
  assert.throws(() => cal.dueAt('2026-09-30T10:15:00', 1), RangeError);
});

test('bad arguments are RangeErrors', () => {
  assert.throws(() => cal.isWorkingDay('2026-02-30'), RangeError);
  assert.throws(() => cal.addWorkingDays('2026-09-30', -1), RangeError);
  assert.throws(() => cal.addWorkingDays('2026-09-30', 1.5), RangeError);
  assert.throws(() => cal.workingDaysBetween('2026-09-30', '20261001'), RangeError);
});

test('an override table replaces the years it lists, and only those', () => {
  // An admin enters 2027 (as announced) and corrects 2026 to have no make-up days; 2025 stays generated.
  const override: CalendarTable = {
    years: [2026, 2027],
    holidays: ['2026-10-01', '2026-10-02', ...range('2027-02-06', '2027-02-14')],
    workdays: ['2027-02-20'],
  };
  const merged = mergeCalendarTables(defaultCalendarTable(), override);
  const c = new WorkingCalendar(merged);
  assert.equal(c.covers(2027), true);
  assert.equal(c.isWorkingDay('2027-02-08'), false);
  assert.equal(c.isWorkingDay('2027-02-20'), true, 'the 2027 make-up Saturday');
  assert.equal(c.isWorkingDay('2026-10-05'), true, '2026 now only has 10-01 and 10-02 off');
  assert.equal(c.isWorkingDay('2026-10-10'), false, 'and no make-up Saturday');
  assert.equal(c.isWorkingDay('2025-10-01'), false, '2025 unchanged');
  assert.equal(c.isWorkingDay('2025-10-11'), true);
  assert.deepEqual(
    merged.years,
    range('2004-01-01', '2027-01-01')
      .filter((d) => d.endsWith('-01-01'))
      .map((d) => Number(d.slice(0, 4))),
  );
  assert.equal(merged.holidays.filter((d) => d.startsWith('2026')).length, 2);
  // A year listed with no dates: no holidays that year, but covered
  const plain = new WorkingCalendar(
    mergeCalendarTables(defaultCalendarTable(), { years: [2026], holidays: [], workdays: [] }),
  );
  assert.equal(plain.covers(2026), true);
  assert.equal(plain.isWorkingDay('2026-02-16'), true);
  // The constructor merges nothing: the override alone knows nothing of 2025
  const alone = new WorkingCalendar(override);
  assert.equal(alone.covers(2025), false);
  assert.equal(alone.isWorkingDay('2025-10-01'), true);
});

test('invalid tables are rejected with every problem named', () => {
  const bad: CalendarTable = {
    years: [2027, 2027, 1.5],
    holidays: ['2027-02-30', '2028-01-01', '2027-10-01', '2027-10-01'],
    workdays: ['2027-10-01', '2027-10-13'],
  };
  const problems = calendarTableProblems(bad);
  assert.deepEqual(
    problems.map((p) => p.path),
    [
      'years[1]',
      'years[2]',
      'holidays[0]',
      'holidays[1]',
      'holidays[3]',
      'workdays[0]',
      'workdays[0]',
      'workdays[1]',
    ],
  );
  assert.throws(
    () => new WorkingCalendar(bad),
    (e: unknown) =>
      e instanceof CalendarTableError && e.code === 'INVALID_CALENDAR_TABLE' && e.problems.length === 8,
  );
  assert.throws(() => mergeCalendarTables(defaultCalendarTable(), bad), CalendarTableError);
  assert.match(problems[7]!.message, /周六或周日/);
});

test('any valid table: addWorkingDays and workingDaysBetween agree with a day-by-day walk', () => {
  const days2026 = range('2026-01-01', '2026-12-31');
  const table = fc
    .tuple(
      fc.subarray(days2026, { maxLength: 200 }),
      fc.subarray(
        days2026.filter((d) => !isWeekday(d)),
        { maxLength: 104 },
      ),
    )
    .map(([holidays, weekend]): CalendarTable => {
      const off = new Set(holidays);
      return { years: [2026], holidays, workdays: weekend.filter((d) => !off.has(d)) };
    });
  fc.assert(
    fc.property(
      table,
      fc.integer({ min: dayOf('2025-10-01'), max: dayOf('2026-12-31') }).map(isoOf),
      fc.integer({ min: 0, max: 300 }),
      (t, d, n) => {
        const c = new WorkingCalendar(t);
        const off = new Set(t.holidays);
        const on = new Set(t.workdays);
        const working = (iso: string): boolean =>
          iso.startsWith('2026') ? on.has(iso) || (isWeekday(iso) && !off.has(iso)) : isWeekday(iso);
        let day = dayOf(d);
        let left = n;
        if (n === 0) while (!working(isoOf(day))) day++;
        while (left > 0) if (working(isoOf(++day))) left--;
        assert.equal(c.addWorkingDays(d, n), isoOf(day));
        if (n > 0) assert.equal(c.workingDaysBetween(d, isoOf(day)), n);
      },
    ),
    { numRuns: 300 },
  );
});
