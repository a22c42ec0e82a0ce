/** `beian rules [PROVINCE] [--scope unit|individual] [--json]`: list the rule packs with their seed citations. */
import { allRules, isProvinceCode, PROVINCES, type Rule } from '@beian/core';
import type { Io } from './check.js';

const KIND_ZH: Record<Rule['kind'], string> = {
  check: '预检',
  reviewer: '审核员',
  change: '变更',
  access: '接入',
};

export function runRules(args: readonly string[], io: Io): number {
  const json = args.includes('--json');
  const scopeAt = args.indexOf('--scope');
  const scope = scopeAt >= 0 ? args[scopeAt + 1] : undefined;
  if (scope !== undefined && scope !== 'unit' && scope !== 'individual') {
    io.stderr('beian rules: --scope 只能是 unit 或 individual\n');
    return 2;
  }
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--scope');
  const province = positional[0]?.toUpperCase();
  if (province !== undefined && province !== 'PLATFORM' && !isProvinceCode(province)) {
    io.stderr(`beian rules: 未知的省份代码 ${positional[0]}（如 BJ、SH、GD，或 platform）\n`);
    return 2;
  }
  const rules = allRules().filter(
    (r) =>
      (province === undefined || (province === 'PLATFORM' ? r.province === null : r.province === province)) &&
      (scope === undefined || r.scope === scope || r.scope === 'all'),
  );
  if (json) {
    io.stdout(
      `${JSON.stringify(
        rules.map(({ check: _check, ...r }) => ({ ...r, executable: _check !== undefined })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  let pack = '';
  for (const r of rules) {
    if (r.pack !== pack) {
      pack = r.pack;
      const title = r.province ? `${PROVINCES[r.province].zh} ${pack}` : '平台规则 platform';
      io.stdout(`\n${title}\n`);
    }
    io.stdout(`  [${KIND_ZH[r.kind]}] ${r.ruleId}: ${r.description}\n      ${r.citation}\n`);
  }
  return 0;
}
