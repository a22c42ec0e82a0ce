/** Calendar arithmetic without the wall clock (util/dates.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addMonths,
  ageOn,
  dayNumber,
  daysBetween,
  formatYMD,
  isIsoDate,
  parseIsoDate,
} from '../../src/util/dates.js';

test('ISO dates: real calendar days only', () => {
  for (const d of ['2026-11-23', '2024-02-29', '2000-02-29', '9999-12-31']) assert.ok(isIsoDate(d), d);
  for (const d of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-11-31', '2026-1-01', '20261123', ''])
    assert.ok(!isIsoDate(d), d);
});

test('day numbers agree with the Date object for any day', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
      (date) => {
        const iso = date.toISOString().slice(0, 10);
        assert.equal(dayNumber(parseIsoDate(iso)!), Math.floor(date.getTime() / 86_400_000));
      },
    ),
  );
});

test('days between, months added with month-end clamping, age in whole years', () => {
  assert.equal(daysBetween('2026-11-23', '2027-02-21'), 90);
  assert.equal(formatYMD(addMonths(parseIsoDate('2026-11-30')!, 3)), '2027-02-28');
  assert.equal(formatYMD(addMonths(parseIsoDate('2026-11-23')!, 3)), '2027-02-23');
  assert.equal(ageOn(parseIsoDate('2008-11-23')!, parseIsoDate('2026-11-23')!), 18);
  assert.equal(ageOn(parseIsoDate('2008-11-24')!, parseIsoDate('2026-11-23')!), 17);
  assert.equal(ageOn(parseIsoDate('2008-02-29')!, parseIsoDate('2026-02-28')!), 17);
});
