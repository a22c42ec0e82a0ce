/** The sample cases of shared/spec/examples run as tests: each result must hold what its `expect` says. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { precheck } from '../../src/precheck/precheck.js';

const dir = fileURLToPath(new URL('../../../../../shared/spec/examples/', import.meta.url));

type Expect = {
  ok?: boolean;
  filingType?: string | null;
  cleanErrors?: boolean;
  violations?: string[];
  noViolations?: string[];
  anyViolations?: string[];
  materials?: string[];
  noMaterials?: string[];
  steps?: string[];
};

const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

test('the shared examples are there', () => {
  assert.ok(files.length >= 10, `expected the sample cases in ${dir}`);
});

for (const file of files) {
  const { id, input, expect } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    id: string;
    input: unknown;
    expect: Expect;
  };
  test(`example ${id}`, () => {
    const r = precheck(input);
    const codes = r.violations.map((v) => v.code as string);
    const materials = r.requiredMaterials.map((m) => m.code as string);
    const show = JSON.stringify({ violations: r.violations, materials }, null, 1);
    if (expect.ok !== undefined) assert.equal(r.ok, expect.ok, show);
    if (expect.filingType !== undefined) assert.equal(r.filingType, expect.filingType);
    if (expect.cleanErrors)
      assert.deepEqual(
        r.violations.filter((v) => v.severity === 'error'),
        [],
      );
    for (const c of expect.violations ?? []) assert.ok(codes.includes(c), `missing violation ${c}: ${show}`);
    for (const c of expect.noViolations ?? [])
      assert.ok(!codes.includes(c), `unexpected violation ${c}: ${show}`);
    if (expect.anyViolations)
      assert.ok(
        expect.anyViolations.some((c) => codes.includes(c)),
        show,
      );
    for (const c of expect.materials ?? [])
      assert.ok(materials.includes(c), `missing material ${c}: ${show}`);
    for (const c of expect.noMaterials ?? [])
      assert.ok(!materials.includes(c), `unexpected material ${c}: ${show}`);
    if (expect.steps) assert.deepEqual(r.steps, expect.steps);
  });
}
