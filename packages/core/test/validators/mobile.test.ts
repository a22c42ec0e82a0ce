import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { geocoder } from 'libphonenumber-geo-carrier';
import { PROVINCE_CODES, PROVINCES, type ProvinceCode } from '../../src/codes/provinces.js';
import { isMainlandMobile, mobileProvince, normalizeMobile } from '../../src/validators/mobile.js';

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((a) => a.join(''));
const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), digits(9))
  .map(([second, rest]) => `1${second}${rest}`);

test('normalizeMobile accepts +86 / 0086 / 86, spaces, hyphens and full-width digits', () => {
  for (const s of [
    '13800138000',
    '+8613800138000',
    '+86 138 0013 8000',
    '86-138-0013-8000',
    '008613800138000',
    ' 138 0013 8000 ',
    '１３８００１３８０００',
    '＋８６ １３８００１３８０００',
  ]) {
    assert.equal(normalizeMobile(s), '13800138000', s);
  }
  for (const s of [
    '',
    '1380013800',
    '138001380001',
    '12800138000',
    '23800138000',
    '+85213800138000',
    '138O0138000',
    '+86+8613800138000',
    '1380013800O',
  ]) {
    assert.equal(normalizeMobile(s), undefined, s);
    assert.equal(isMainlandMobile(s), false, s);
  }
});

test('province attribution: the stack-notes samples', () => {
  assert.equal(mobileProvince('13800138000'), 'BJ');
  assert.equal(mobileProvince('13912345678'), 'JS');
  assert.equal(mobileProvince('18621234567'), 'SH');
  assert.equal(mobileProvince('15013581234'), 'GD');
  assert.equal(mobileProvince('+86 139-1234-5678'), 'JS');
});

test('province attribution: more numbers, as the package attributes them', () => {
  const expected: Record<string, ProvinceCode> = {
    '13512345678': 'CQ', // 重庆市
    '13088886666': 'GD', // 广东省深圳市
    '15912345678': 'YN', // 云南省文山壮族苗族自治州
    '13312345678': 'GZ', // 贵州省遵义市
    '14712345678': 'SC', // 四川省成都市
    '17712345678': 'JS', // 江苏省常州市
    '13700000000': 'LN', // 辽宁省沈阳市
    '18600000001': 'BJ', // 北京市
    '15800000000': 'GD', // 广东省广州市
  };
  for (const [number, province] of Object.entries(expected))
    assert.equal(mobileProvince(number), province, number);
});

test('segments the data does not know, and non-mobiles, have no province', () => {
  for (const s of [
    '17012345678',
    '19912345678',
    '16612345678',
    '19812345678',
    '17301234567',
    '12345678901',
    'abc',
    '',
  ]) {
    assert.equal(mobileProvince(s), undefined, s);
  }
});

test('every province is reachable', () => {
  const seen = new Set<ProvinceCode>();
  for (let prefix = 1300000; prefix < 2000000 && seen.size < PROVINCE_CODES.length; prefix += 37) {
    const p = mobileProvince(`${prefix}0000`);
    if (p) seen.add(p);
  }
  assert.deepEqual([...seen].sort(), [...PROVINCE_CODES].sort());
});

test('property: 1[3-9] and nine digits is a mainland mobile; other lengths are not', () => {
  fc.assert(fc.property(mobile, (m) => assert.equal(isMainlandMobile(m), true, m)));
  const otherLength = fc
    .integer({ min: 0, max: 20 })
    .filter((n) => n !== 9)
    .chain(digits);
  fc.assert(
    fc.property(fc.integer({ min: 3, max: 9 }), otherLength, (second, rest) =>
      assert.equal(isMainlandMobile(`1${second}${rest}`), false),
    ),
  );
});

test('property: the +86 form and separators normalise to the same number and province', () => {
  fc.assert(
    fc.property(mobile, fc.constantFrom('', '+86', '+86 ', '0086', '86-'), (m, prefix) => {
      const spaced = `${prefix}${m.slice(0, 3)} ${m.slice(3, 7)}-${m.slice(7)}`;
      assert.equal(normalizeMobile(spaced), m);
      assert.equal(mobileProvince(spaced), mobileProvince(m));
    }),
  );
});

test('property: agrees with libphonenumber-geo-carrier on random numbers', async () => {
  const byName = (description: string | null) =>
    description === null ? undefined : PROVINCE_CODES.find((c) => description.startsWith(PROVINCES[c].zh));
  await fc.assert(
    fc.asyncProperty(mobile, async (m) => {
      const description = await geocoder(parsePhoneNumberFromString(m, 'CN'), 'zh');
      assert.equal(mobileProvince(m), byName(description), `${m} ${description}`);
    }),
    { numRuns: 10 },
  );
});

test('the committed data module is what the generator writes from the installed package', () => {
  const result = spawnSync(process.execPath, ['scripts/gen-mobile-segments.mjs', '--check'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
});

test('lookups are cheap enough for every keystroke', () => {
  mobileProvince('13800138000');
  const start = performance.now();
  for (let i = 0; i < 100_000; i++)
    mobileProvince(
      `1${3 + (i % 7)}${String(i * 7919)
        .padStart(9, '0')
        .slice(0, 9)}`,
    );
  assert.ok(performance.now() - start < 2000);
});
