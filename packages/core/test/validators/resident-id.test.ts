import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PROVINCE_CODES, PROVINCES } from '../../src/codes/provinces.js';
import { daysInMonth } from '../../src/util/dates.js';
import {
  ageOnDate,
  isValidResidentId,
  parseResidentId,
  residentIdCheckChar,
} from '../../src/validators/resident-id.js';

const REGION_PREFIXES = new Set(PROVINCE_CODES.map((c) => PROVINCES[c].regionCode));
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((a) => a.join(''));

const validDate = fc
  .record({ y: fc.integer({ min: 1900, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.nat() })
  .map(({ y, m, d }) => ({ y, m, d: (d % daysInMonth(y, m)) + 1 }));

const validId = fc
  .record({ province: fc.constantFrom(...PROVINCE_CODES), area: digits(4), birth: validDate, seq: digits(3) })
  .map(({ province, area, birth, seq }) => ({
    province,
    birth,
    seq,
    number: withCheck(
      `${PROVINCES[province].regionCode}${area}${pad(birth.y, 4)}${pad(birth.m, 2)}${pad(birth.d, 2)}${seq}`,
    ),
  }));

test('the GB 11643 example numbers', () => {
  assert.equal(residentIdCheckChar('11010519491231002'), 'X');
  assert.deepEqual(parseResidentId('11010519491231002X'), {
    ok: true,
    normalized: '11010519491231002X',
    province: 'BJ',
    regionCode: '110105',
    birth: { y: 1949, m: 12, d: 31 },
    sex: 'female',
  });
  assert.equal(isValidResidentId('440524188001010014'), true);
  const guangdong = parseResidentId('440524188001010014');
  assert.ok(guangdong.ok);
  assert.equal(guangdong.province, 'GD');
  assert.equal(guangdong.sex, 'male');
});

test('a lower-case x is the check character X', () => {
  assert.equal(isValidResidentId('11010519491231002x'), true);
  const parsed = parseResidentId('11010519491231002x');
  assert.ok(parsed.ok);
  assert.equal(parsed.normalized, '11010519491231002X');
  assert.equal(isValidResidentId('1101051949123100x2'), false);
});

test('failure reasons', () => {
  assert.deepEqual(parseResidentId(''), { ok: false, reason: 'format' });
  assert.deepEqual(parseResidentId('11010519491231002'), { ok: false, reason: 'format' });
  assert.deepEqual(parseResidentId(' 11010519491231002X'), { ok: false, reason: 'format' });
  assert.deepEqual(parseResidentId('110105194912310021X'), { ok: false, reason: 'format' });
  assert.deepEqual(parseResidentId('110105491231002'), { ok: false, reason: 'format' }); // 15-digit first generation
  assert.deepEqual(parseResidentId(withCheck('81000019491231002')), { ok: false, reason: 'region' }); // Hong Kong
  assert.deepEqual(parseResidentId(withCheck('71000019491231002')), { ok: false, reason: 'region' }); // Taiwan
  assert.deepEqual(parseResidentId(withCheck('11010519490229002')), { ok: false, reason: 'birth_date' });
  assert.deepEqual(parseResidentId(withCheck('11010517991231002')), { ok: false, reason: 'birth_date' });
  assert.equal(isValidResidentId(withCheck('11010520000229002')), true);
  assert.deepEqual(parseResidentId('110105194912310021'), { ok: false, reason: 'checksum' });
});

test('residentIdCheckChar rejects anything but 17 digits', () => {
  assert.throws(() => residentIdCheckChar('1101051949123100'), RangeError);
  assert.throws(() => residentIdCheckChar('1101051949123100X'), RangeError);
});

test('ageOnDate counts whole years on asOf', () => {
  const id = '11010519491231002X';
  assert.equal(ageOnDate(id, '2026-12-30'), 76);
  assert.equal(ageOnDate(id, '2026-12-31'), 77);
  assert.equal(ageOnDate(id, 'not a date'), undefined);
  assert.equal(ageOnDate('110105194912310021', '2026-12-31'), undefined);
  const minor = withCheck('32010220081126001');
  assert.equal(ageOnDate(minor, '2026-11-25'), 17);
  assert.equal(ageOnDate(minor, '2026-11-26'), 18);
});

test('property: generated valid numbers parse back to their parts', () => {
  fc.assert(
    fc.property(validId, ({ province, birth, seq, number }) => {
      const parsed = parseResidentId(number);
      assert.ok(parsed.ok, number);
      assert.equal(parsed.province, province);
      assert.deepEqual(parsed.birth, birth);
      assert.equal(parsed.sex, Number(seq[2]) % 2 === 1 ? 'male' : 'female');
    }),
  );
});

test('property: any one-character change makes a valid number invalid', () => {
  fc.assert(
    fc.property(validId, fc.nat(17), fc.constantFrom(...'0123456789X'), ({ number }, i, c) => {
      fc.pre(number[i] !== c);
      const changed = number.slice(0, i) + c + number.slice(i + 1);
      assert.equal(isValidResidentId(changed), false, changed);
    }),
    { numRuns: 2000 },
  );
});

test('property: impossible birth dates fail with birth_date', () => {
  const badDate = fc.oneof(
    fc.record({
      y: fc.integer({ min: 1900, max: 2025 }),
      m: fc.constantFrom(0, 13, 20, 99),
      d: fc.integer({ min: 1, max: 28 }),
    }),
    fc.record({
      y: fc.integer({ min: 1900, max: 2025 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.constant(0),
    }),
    fc
      .record({
        y: fc.integer({ min: 1900, max: 2025 }),
        m: fc.integer({ min: 1, max: 12 }),
        extra: fc.integer({ min: 1, max: 68 }),
      })
      .map(({ y, m, extra }) => ({ y, m, d: Math.min(99, daysInMonth(y, m) + extra) })),
  );
  fc.assert(
    fc.property(validId, badDate, ({ number }, { y, m, d }) => {
      const changed = withCheck(
        `${number.slice(0, 6)}${pad(y, 4)}${pad(m, 2)}${pad(d, 2)}${number.slice(14, 17)}`,
      );
      assert.deepEqual(parseResidentId(changed), { ok: false, reason: 'birth_date' });
    }),
  );
});

test('property: region prefixes outside the 31 provinces fail with region', () => {
  fc.assert(
    fc.property(validId, fc.integer({ min: 0, max: 99 }), ({ number }, prefix) => {
      fc.pre(!REGION_PREFIXES.has(pad(prefix, 2)));
      const changed = withCheck(pad(prefix, 2) + number.slice(2, 17));
      assert.deepEqual(parseResidentId(changed), { ok: false, reason: 'region' });
    }),
  );
});
