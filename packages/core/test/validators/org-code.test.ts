import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isValidOrgCode, orgCodeCharValue, orgCodeCheckChar } from '../../src/validators/org-code.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const body = fc.array(fc.constantFrom(...ALPHABET), { minLength: 8, maxLength: 8 }).map((a) => a.join(''));
const validCode = body.map((b) => b + orgCodeCheckChar(b));

test('known organisation codes (the ones inside the GB 32100 sample codes)', () => {
  assert.equal(orgCodeCheckChar('M000100Y'), '4');
  assert.equal(orgCodeCheckChar('80210043'), '3');
  assert.equal(isValidOrgCode('M000100Y4'), true);
  assert.equal(isValidOrgCode('M000100Y-4'), true);
  assert.equal(isValidOrgCode('80210043-3'), true);
  assert.equal(isValidOrgCode('MA0AB12CX'), true);
  assert.equal(orgCodeCheckChar('00000000'), '0'); // 11 − 0 = 11 → '0'
});

test('check = 11 − (weighted sum mod 11); 10 is written X and 11 is written 0', () => {
  assert.equal(orgCodeCheckChar('00000001'), '9'); // 2 → 9
  assert.equal(orgCodeCheckChar('10000000'), '8'); // 3 → 8
  assert.equal(orgCodeCheckChar('00000010'), '7'); // 4 → 7
  assert.equal(orgCodeCheckChar('00000100'), '3'); // 8 → 3
  assert.equal(orgCodeCheckChar('20000000'), '5'); // 6 → 5
  assert.equal(orgCodeCheckChar('40000000'), 'X'); // 12 mod 11 = 1 → 10 → X
});

test('malformed codes', () => {
  for (const code of [
    '',
    'M000100Y',
    'M000100Y44',
    'm000100Y4',
    'M000100Y--4',
    'M000100-Y4',
    'M000100YA',
    ' M000100Y4',
  ]) {
    assert.equal(isValidOrgCode(code), false, code);
  }
  assert.throws(() => orgCodeCheckChar('M000100'), RangeError);
});

test('property: generated valid codes pass, with and without the hyphen', () => {
  fc.assert(
    fc.property(validCode, (code) => {
      assert.equal(isValidOrgCode(code), true);
      assert.equal(isValidOrgCode(`${code.slice(0, 8)}-${code[8]}`), true);
    }),
  );
});

test('property: a one-character change fails unless GB 11714 cannot see it (values 11 apart)', () => {
  fc.assert(
    fc.property(validCode, fc.nat(8), fc.constantFrom(...ALPHABET), (code, i, c) => {
      fc.pre(code[i] !== c);
      const changed = code.slice(0, i) + c + code.slice(i + 1);
      const blind = i < 8 && (orgCodeCharValue(c) - orgCodeCharValue(code[i]!)) % 11 === 0;
      assert.equal(isValidOrgCode(changed), blind, changed);
    }),
    { numRuns: 2000 },
  );
});

test('the standard is blind to 0 ↔ B ↔ M ↔ X in the body', () => {
  assert.equal(isValidOrgCode('MA0AB12CX'), true);
  assert.equal(isValidOrgCode('MABAB12CX'), true); // 0 → B, same check character
  assert.equal(isValidOrgCode('MA1AB12CX'), false);
});
