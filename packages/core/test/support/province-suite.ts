/**
 * The province test harness. A province's test file lists, for every executable rule of its pack, an order
 * where the rule fires and one where it must not; the harness checks:
 *  - the baseline order of each scope is clean (ok, no violations, only the expected materials);
 *  - each `fires` order gets a finding carrying that rule's id (with the expected code);
 *  - each `holds` order gets none from that rule;
 *  - unit rules fire for every unit nature, not only enterprises (decisions.md 6), unless `enterpriseOnly`;
 *  - every executable rule of the pack has a case, and no case names a rule that does not exist.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProvinceCode } from '../../src/codes/provinces.js';
import type { MaterialCode, ViolationCode } from '../../src/glossary.js';
import { precheck } from '../../src/precheck/precheck.js';
import type { PrecheckInput, PrecheckResult } from '../../src/precheck/types.js';
import { provinceRules } from '../../src/rules/registry.js';
import { baseOrder, clone, type ScopeName } from './factories.js';

export type Mutation = (order: PrecheckInput) => void;

export type RuleCase = {
  /** Change the baseline so the rule fires. */
  fires: Mutation;
  /** What it must report: a violation code or a required material code. */
  expect: { violation: ViolationCode } | { material: MaterialCode };
  /** A near miss where the rule must stay silent (defaults to the baseline). */
  holds?: Mutation;
  /** More near misses. */
  alsoHolds?: Mutation[];
  /** The rule reads the enterprise certificate lines (decisions.md 6): skip the other-nature run. */
  enterpriseOnly?: boolean;
  /**
   * The rule asks something of every order of its scope: its near miss is the province's order of the other
   * scope, which must not be asked for the same thing by any rule.
   */
  holdsInOtherScope?: boolean;
};

export type ScopeSuite = {
  /** Adjust the baseline order so that it is clean in this province (e.g. 天津: a separate website leader). */
  base?: Mutation;
  /** Materials the clean baseline requires beyond the platform's base materials. */
  baseMaterials?: MaterialCode[];
  cases: Record<string, RuleCase>;
};

const PACK = { unit: 'enterprise', individual: 'individual' } as const;
const PLATFORM_BASE: Record<ScopeName, MaterialCode[]> = {
  unit: ['unit_certificate', 'subject_leader_id', 'verification_form'],
  individual: ['subject_leader_id', 'verification_form'],
};

export function findings(result: PrecheckResult, ruleId: string) {
  return [
    ...result.violations.filter((v) => v.ruleId === ruleId).map((v) => v.code as string),
    ...result.requiredMaterials.filter((m) => m.ruleId === ruleId).map((m) => m.code as string),
  ];
}

function build(
  province: ProvinceCode,
  scope: ScopeName,
  suite: ScopeSuite,
  ...mutations: Mutation[]
): PrecheckInput {
  const order = clone(baseOrder(province, scope));
  suite.base?.(order);
  for (const m of mutations) m(order);
  return order;
}

/** Switch a unit order to another unit nature with that nature's own certificate (decisions.md 6). */
function asSocialGroup(order: PrecheckInput): void {
  order.subject.nature = 'social_group';
  order.subject.certificate.type = 'social_group_certificate';
}

function scopeSuite(province: ProvinceCode, scope: ScopeName, suite: ScopeSuite): void {
  const prefix = `${province}/${PACK[scope]}/`;
  const rules = provinceRules(province, scope);
  describe(`${province} ${scope === 'unit' ? '单位' : '个人'}`, () => {
    test('the baseline order is clean', () => {
      const result = precheck(build(province, scope, suite));
      assert.deepEqual(result.violations, [], JSON.stringify(result.violations, null, 1));
      assert.equal(result.ok, true);
      const materials = result.requiredMaterials.map((m) => m.code).sort();
      assert.deepEqual(materials, [...PLATFORM_BASE[scope], ...(suite.baseMaterials ?? [])].sort());
    });

    test('every executable rule has a case, and every case a rule', () => {
      const executable = rules.filter((r) => r.kind === 'check').map((r) => r.ruleId.slice(prefix.length));
      assert.deepEqual(Object.keys(suite.cases).sort(), executable.sort());
    });

    for (const rule of rules) {
      test(`${rule.ruleId}: every rule cites its seed and says what it asks`, () => {
        assert.ok(rule.quote.length > 4, 'quote');
        assert.ok(rule.description.length > 4, 'description');
        assert.match(rule.citation, /^004 §(6|8|7\.\d\.\d) /);
      });
    }

    for (const [id, c] of Object.entries(suite.cases)) {
      const ruleId = prefix + id;
      const expected = 'violation' in c.expect ? c.expect.violation : c.expect.material;
      test(`${ruleId} fires`, () => {
        const result = precheck(build(province, scope, suite, c.fires));
        assert.ok(
          findings(result, ruleId).includes(expected),
          `${ruleId} should report ${expected}: ${JSON.stringify(result)}`,
        );
        if ('violation' in c.expect) {
          const v = result.violations.find((x) => x.ruleId === ruleId && x.code === expected)!;
          assert.match(v.message, /[\u4e00-\u9fff]/, 'zh-CN message');
          assert.ok(v.path.length > 0, 'path');
        }
      });
      if (scope === 'unit' && !c.enterpriseOnly)
        test(`${ruleId} fires for other unit natures too`, () => {
          const result = precheck(build(province, scope, suite, asSocialGroup, c.fires));
          assert.ok(
            findings(result, ruleId).includes(expected),
            `${ruleId} should report ${expected} for a 社会团体`,
          );
        });
      if (c.holdsInOtherScope)
        test(`${ruleId} holds: the other scope is not asked for ${expected}`, () => {
          const other: ScopeName = scope === 'unit' ? 'individual' : 'unit';
          const result = precheck(baseOrder(province, other));
          const codes = [
            ...result.violations.map((v) => v.code as string),
            ...result.requiredMaterials.map((m) => m.code as string),
          ];
          assert.ok(!codes.includes(expected), `${expected} must not be required of a ${other} order`);
        });
      test(`${ruleId} holds`, () => {
        for (const near of [
          ...(c.holds || !c.holdsInOtherScope ? [c.holds ?? (() => {})] : []),
          ...(c.alsoHolds ?? []),
        ]) {
          const result = precheck(build(province, scope, suite, near));
          assert.deepEqual(
            findings(result, ruleId),
            [],
            `${ruleId} must stay silent: ${JSON.stringify(result.violations)}`,
          );
        }
      });
    }
  });
}

export function provinceSuite(
  province: ProvinceCode,
  suites: { unit: ScopeSuite; individual: ScopeSuite },
): void {
  describe(`rule pack ${province}`, () => {
    scopeSuite(province, 'unit', suites.unit);
    scopeSuite(province, 'individual', suites.individual);
  });
}
