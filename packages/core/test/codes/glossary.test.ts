/** The glossary and code lists agree with the contract, and every code has its Chinese name. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  PROVINCE_CODES,
  PROVINCES,
  SMS_PILOT_PROVINCES,
  provinceOfAbbr,
  provinceOfRegion,
} from '../../src/codes/provinces.js';
import * as G from '../../src/glossary.js';

const contract = readFileSync(
  fileURLToPath(new URL('../../../../../shared/spec/precheck-contract.md', import.meta.url)),
  'utf8',
);

/** The backticked codes in the first column of the contract's table under `heading`. */
function contractTable(heading: string): string[] {
  const section = contract.slice(contract.indexOf(heading));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| ---')));
  return [...table.matchAll(/^\| `([A-Za-z_]+)` \|/gm)].map((m) => m[1]!);
}

/** The string literals of a TypeScript union type in the contract. */
function contractUnion(name: string): string[] {
  const start = contract.indexOf(`type ${name} =`);
  const body = contract.slice(start, contract.indexOf(';', start));
  return [...body.replace(/\/\/[^\n]*/g, '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
}

describe('glossary', () => {
  test('material codes are exactly the contract table', () => {
    assert.deepEqual(Object.keys(G.MATERIALS), contractTable('### Material codes'));
  });
  test('violation codes are exactly the contract table', () => {
    assert.deepEqual(Object.keys(G.VIOLATIONS), contractTable('### Violation codes'));
  });
  test('steps, filing types, person certificates and regions, pre-approvals are the contract unions', () => {
    assert.deepEqual(Object.keys(G.STEPS), contractUnion('StepCode'));
    assert.deepEqual(Object.keys(G.FILING_TYPES), contractUnion('FilingType'));
    assert.deepEqual(Object.keys(G.PERSON_CERT_TYPES), contractUnion('PersonCertType'));
    assert.deepEqual(Object.keys(G.PERSON_REGIONS), contractUnion('PersonRegion'));
    assert.deepEqual(Object.keys(G.PRE_APPROVAL_TYPES), contractUnion('PreApprovalType'));
    assert.deepEqual(Object.keys(G.UNIT_CERT_TYPES), contractUnion('UnitCertType'));
  });
  test('every term has a Chinese and an English name, Chinese names unique within a list', () => {
    for (const table of [
      G.TERMS,
      G.NATURES,
      G.UNIT_CERT_TYPES,
      G.PERSON_CERT_TYPES,
      G.PERSON_REGIONS,
      G.MATERIALS,
      G.STEPS,
      G.FILING_TYPES,
      G.PRE_APPROVAL_TYPES,
      G.VIOLATIONS,
    ]) {
      const terms = Object.values(table) as G.Term[];
      for (const t of terms) {
        assert.match(t.zh, /[\u4e00-\u9fff]/);
        assert.ok(t.en.length > 1);
      }
      assert.equal(new Set(terms.map((t) => t.zh)).size, terms.length);
    }
  });
});

describe('provinces', () => {
  test('the 31 bureaus of the contract, with the ICP abbreviations of the issue', () => {
    const contractCodes = [...contract.slice(contract.indexOf('type ProvinceCode')).matchAll(/'([A-Z]{2})'/g)]
      .slice(0, 31)
      .map((m) => m[1]);
    assert.deepEqual([...PROVINCE_CODES], contractCodes);
    assert.equal(
      PROVINCE_CODES.map((c) => PROVINCES[c].abbr).join(' '),
      '京 津 冀 晋 蒙 辽 吉 黑 沪 苏 浙 皖 闽 赣 鲁 豫 鄂 湘 粤 桂 琼 渝 蜀 黔 滇 藏 陕 陇 青 宁 新',
    );
  });
  test('region codes and abbreviations map back to their province', () => {
    for (const c of PROVINCE_CODES) {
      assert.equal(provinceOfRegion(`${PROVINCES[c].regionCode}0101`), c);
      assert.equal(provinceOfAbbr(PROVINCES[c].abbr), c);
      assert.match(PROVINCES[c].section, /^7\.\d\.\d$/);
    }
    assert.equal(provinceOfRegion('810000'), undefined); // 香港
    assert.equal(provinceOfAbbr('川'), 'SC');
    assert.equal(new Set(PROVINCE_CODES.map((c) => PROVINCES[c].section)).size, 31);
  });
  test('the 22 SMS pilot provinces of seeds 001/002 (decisions 1)', () => {
    assert.equal(SMS_PILOT_PROVINCES.size, 22);
    for (const c of ['BJ', 'SH', 'GD', 'JS', 'HE', 'JL', 'LN', 'JX', 'GZ'] as const)
      assert.ok(!SMS_PILOT_PROVINCES.has(c), c);
  });
});
