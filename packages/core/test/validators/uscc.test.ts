import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { orgCodeCheckChar } from '../../src/validators/org-code.js';
import { isValidUscc, parseUscc, USCC_CHARSET, usccCheckChar } from '../../src/validators/uscc.js';

const chars = (alphabet: string, length: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length }).map((a) => a.join(''));
const withCheck = (first17: string) => first17 + usccCheckChar(first17);

const validUscc = fc
  .record({ head: chars(USCC_CHARSET, 2), region: chars('0123456789', 6), org: chars(USCC_CHARSET, 8) })
  .map(({ head, region, org }) => withCheck(head + region + org + orgCodeCheckChar(org)));

test('the GB 32100 samples', () => {
  assert.deepEqual(parseUscc('91350100M000100Y43'), {
    ok: true,
    province: 'FJ',
    regionCode: '350100',
    orgCode: 'M000100Y4',
    registrationAuthority: '9',
    entityType: '1',
  });
  const beijing = parseUscc('91110000802100433B');
  assert.ok(beijing.ok);
  assert.equal(beijing.province, 'BJ');
  assert.equal(beijing.orgCode, '802100433');
});

test('the codes of the contract examples validate, including their GB 11714 part', () => {
  const examples = {
    '91330106MA0AB12CXT': 'ZJ',
    '91370102MA0AB12CXH': 'SD',
    '91110101MA0AB12CXW': 'BJ',
    '91320102MA0AB12CXW': 'JS',
    '91440103MA0AB12CXA': 'GD',
    '91120101MA0AB12CX1': 'TJ',
  } as const;
  for (const [code, province] of Object.entries(examples)) {
    const parsed = parseUscc(code);
    assert.ok(parsed.ok, code);
    assert.equal(parsed.province, province);
    assert.equal(parsed.orgCode, 'MA0AB12CX');
  }
});

test('failure reasons', () => {
  assert.deepEqual(parseUscc(''), { ok: false, reason: 'format' });
  assert.deepEqual(parseUscc('91350100M000100Y4'), { ok: false, reason: 'format' });
  assert.deepEqual(parseUscc('91350100m000100y43'), { ok: false, reason: 'format' });
  assert.deepEqual(parseUscc('9135010OM000100Y43'), { ok: false, reason: 'format' }); // letter O in the region
  assert.deepEqual(parseUscc('91350100I000100Y43'), { ok: false, reason: 'format' }); // I is not in the charset
  assert.deepEqual(parseUscc('91350100M000100Y44'), { ok: false, reason: 'checksum' });
  // the USCC check character is right, the organisation code's own check character is not
  const badOrg = withCheck('91350100M000100Y5');
  assert.deepEqual(parseUscc(badOrg), { ok: false, reason: 'org_code' });
});

test('a national-level region code has no province', () => {
  const code = withCheck(`91100000M000100Y4`);
  const parsed = parseUscc(code);
  assert.ok(parsed.ok);
  assert.equal(parsed.province, undefined);
  assert.equal('province' in parsed, false);
  assert.equal(parsed.regionCode, '100000');
});

test('usccCheckChar rejects malformed input', () => {
  assert.throws(() => usccCheckChar('91350100M000100Y'), RangeError);
  assert.throws(() => usccCheckChar('91350100M000100YO'), RangeError);
});

test('property: generated valid codes pass', () => {
  fc.assert(fc.property(validUscc, (code) => assert.equal(isValidUscc(code), true, code)));
});

test('property: any one-character change makes a valid code invalid', () => {
  fc.assert(
    fc.property(validUscc, fc.nat(17), fc.constantFrom(...USCC_CHARSET), (code, i, c) => {
      fc.pre(code[i] !== c);
      const changed = code.slice(0, i) + c + code.slice(i + 1);
      assert.equal(isValidUscc(changed), false, changed);
    }),
    { numRuns: 2000 },
  );
});
