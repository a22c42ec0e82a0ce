/**
 * precheck(input): the rules engine (precheck-contract.md). Parses the input, builds the order context once,
 * runs the province's rules for the subject's scope and then the platform rules, and assembles the result.
 * A finding reported by both a province rule and a platform rule (same code, same path) is kept once, with
 * the province's citation, since the province rule is the more specific source.
 */
import type { MaterialCode, ViolationCode } from '../glossary.js';
import { MATERIALS } from '../glossary.js';
import { buildContext } from '../rules/context.js';
import { platformRules, provinceRules } from '../rules/registry.js';
import type { Emit, Rule } from '../rules/types.js';
import { parsePrecheckInput } from './parse.js';
import { stepsFor } from './steps.js';
import type { PrecheckInput, PrecheckResult, RequiredMaterial, Severity, Violation } from './types.js';

/** Run the rules on an input that has already been parsed. */
export function evaluate(input: PrecheckInput): PrecheckResult {
  const ctx = buildContext(input);
  const violations: Violation[] = [];
  const materials: RequiredMaterial[] = [];
  const seenViolations = new Set<string>();
  const seenMaterials = new Set<string>();
  let rule: Rule;
  const emit: Emit = {
    violation(code: ViolationCode, path: string, message: string, severity: Severity = 'error') {
      const key = `${code}|${path}`;
      if (seenViolations.has(key)) return;
      seenViolations.add(key);
      violations.push({
        code,
        severity,
        path,
        message,
        rule: rule.pack,
        ruleId: rule.ruleId,
        citation: rule.citation,
      });
    },
    material(code: MaterialCode, reason: string, path?: string) {
      const key = `${code}|${path ?? ''}`;
      if (seenMaterials.has(key)) return;
      seenMaterials.add(key);
      materials.push({
        code,
        ...(path === undefined ? {} : { path }),
        reason,
        rule: rule.pack,
        ruleId: rule.ruleId,
        citation: rule.citation,
      });
    },
  };
  for (const list of [provinceRules(ctx.province, ctx.scope), platformRules(ctx.scope)])
    for (rule of list) rule.check?.(ctx, emit);

  if (input.materials) {
    // a bare code supplies the material whoever's it is; { code, path } only whose it names (schema.ts)
    const supplied = new Set<string>(
      input.materials.map((s) => (typeof s === 'string' ? s : `${s.code}|${s.path ?? ''}`)),
    );
    for (const m of materials)
      if (!supplied.has(m.code) && !supplied.has(`${m.code}|${m.path ?? ''}`))
        violations.push({
          code: 'MATERIAL_MISSING',
          severity: 'error',
          path: m.path ?? 'materials',
          message: `缺少《${MATERIALS[m.code].zh}》${materialOwnerZh(input, m.path)}：${m.reason}`,
          ...(m.rule === undefined ? {} : { rule: m.rule }),
          ...(m.ruleId === undefined ? {} : { ruleId: m.ruleId }),
          ...(m.citation === undefined ? {} : { citation: m.citation }),
        });
  }

  return {
    ok: !violations.some((v) => v.severity === 'error'),
    filingType: ctx.filing.filingType,
    violations,
    requiredMaterials: materials,
    steps: stepsFor(
      ctx.province,
      ctx.filing.filingType,
      materials.map((m) => m.code),
    ),
  };
}

/**
 * Whose a material is, in words for a message: '' (the subject's), '（网站2）', '（网站1的域名 example.cn）'.
 * `path` as in requiredMaterials.
 */
export function materialOwnerZh(
  input: { websites: ReadonlyArray<{ domains: readonly string[] }> },
  path: string | null | undefined,
): string {
  const m = path ? /^websites\[(\d+)\](?:\.domains\[(\d+)\])?$/.exec(path) : null;
  if (!m) return '';
  const website = `网站${Number(m[1]) + 1}`;
  const domain = m[2] === undefined ? undefined : input.websites[Number(m[1])]?.domains[Number(m[2])];
  return domain ? `（${website}的域名 ${domain}）` : `（${website}）`;
}

/**
 * The precheck: synchronous and pure. Throws PrecheckInputError (code INVALID_INPUT, with the field's path)
 * when the input is malformed; otherwise returns the result.
 */
export function precheck(input: unknown): PrecheckResult {
  return evaluate(parsePrecheckInput(input));
}
