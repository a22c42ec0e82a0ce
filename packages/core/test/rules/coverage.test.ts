/**
 * Every province has a real rule pack for both scopes and a test file that runs the fire/hold harness on it,
 * every rule id is unique, and every rule cites a seed section and says in Chinese what it asks.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PROVINCE_CODES } from '../../src/codes/provinces.js';
import { allRules, provinceRules } from '../../src/rules/registry.js';

for (const code of PROVINCE_CODES) {
  test(`${code}: a rule pack for 单位 and 个人, and its fire/hold test file`, () => {
    for (const scope of ['unit', 'individual'] as const) {
      const rules = provinceRules(code, scope);
      assert.ok(
        rules.filter((r) => r.kind === 'check').length >= 4,
        `${code} ${scope}: too few executable rules`,
      );
      assert.ok(
        rules.some((r) => r.kind === 'change'),
        `${code} ${scope}: the 变更备案规则 are data too`,
      );
    }
    const file = fileURLToPath(new URL(`./provinces/${code.toLowerCase()}.test.ts`, import.meta.url));
    assert.ok(existsSync(file), `missing ${file}`);
    assert.match(readFileSync(file, 'utf8'), new RegExp(`provinceSuite\\('${code}'`));
  });
}

test('rule ids are unique; every rule has a citation, a quote and a Chinese description', () => {
  const rules = allRules();
  assert.equal(new Set(rules.map((r) => r.ruleId)).size, rules.length);
  for (const r of rules) {
    assert.ok(r.citation.length > 3, r.ruleId);
    assert.ok(r.quote.trim().length > 3, r.ruleId);
    assert.match(r.description, /[\u4e00-\u9fff]/, r.ruleId);
    assert.match(r.ruleId, /^(platform|[A-Z]{2}\/(enterprise|individual))\/[a-z0-9-]+$/);
    assert.equal(r.kind === 'check', typeof r.check === 'function', r.ruleId);
  }
});
