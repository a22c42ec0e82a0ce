/**
 * All rules in one place: the 31 province packs and the platform pack, compiled once into `Rule` records
 * with their ids and citations. The engine asks for the rules of one province and scope; the rules browser
 * lists them all.
 */
import { PROVINCE_CODES, PROVINCES, type ProvinceCode } from '../codes/provinces.js';
import { PLATFORM_RULES } from './platform.js';
import { PROVINCE_PACKS } from './provinces/index.js';
import type { Rule, RuleDef, Scope } from './types.js';

const SCOPE_PACK: Record<Scope, string> = { unit: 'enterprise', individual: 'individual' };
const SCOPE_ZH: Record<Scope, string> = { unit: '企业用户', individual: '个人用户' };

function compileProvince(province: ProvinceCode, scope: Scope, defs: readonly RuleDef[]): Rule[] {
  const p = PROVINCES[province];
  const pack = `${province}/${SCOPE_PACK[scope]}`;
  const seen = new Set<string>();
  return defs.map((def) => {
    if (seen.has(def.id)) throw new Error(`duplicate rule id ${pack}/${def.id}`);
    seen.add(def.id);
    // a heading like '网站建设方案书（§7.9.2）' names a section of its own (§6, §7.9, §8)
    const own = /^(.*)（§([\d.]+)）$/.exec(def.heading);
    const citation = own
      ? `004 §${own[2]} ${own[1]} · ${p.zh} · ${SCOPE_ZH[scope]}`
      : `004 §${p.section} ${p.zh}备案规则 · ${SCOPE_ZH[scope]} · ${def.heading}`;
    return { ...def, ruleId: `${pack}/${def.id}`, pack, province, scope, citation };
  });
}

const PLATFORM: readonly Rule[] = PLATFORM_RULES.map((def) => ({
  ...def,
  ruleId: `platform/${def.id}`,
  pack: 'platform',
  province: null,
  citation: def.source,
}));

const BY_PACK = new Map<string, readonly Rule[]>();
for (const code of PROVINCE_CODES) {
  const pack = PROVINCE_PACKS[code];
  if (pack.province !== code) throw new Error(`rule pack for ${code} says it is ${pack.province}`);
  BY_PACK.set(`${code}/unit`, compileProvince(code, 'unit', pack.unit));
  BY_PACK.set(`${code}/individual`, compileProvince(code, 'individual', pack.individual));
}

/** The platform rules that apply to a scope. */
export function platformRules(scope?: Scope): readonly Rule[] {
  return scope ? PLATFORM.filter((r) => r.scope === 'all' || r.scope === scope) : PLATFORM;
}

/** A province's rules for one scope, in the order the seed gives them. */
export function provinceRules(province: ProvinceCode, scope: Scope): readonly Rule[] {
  return BY_PACK.get(`${province}/${scope}`)!;
}

/** Every rule: for the rules browser and for tests that every rule is covered. */
export function allRules(): readonly Rule[] {
  return [
    ...PLATFORM,
    ...PROVINCE_CODES.flatMap((c) => [...provinceRules(c, 'unit'), ...provinceRules(c, 'individual')]),
  ];
}

export function findRule(ruleId: string): Rule | undefined {
  return allRules().find((r) => r.ruleId === ruleId);
}
