/** A precheck result as a person reads it in a terminal (zh-CN). */
import { FILING_TYPES, MATERIALS, STEPS, VIOLATIONS, type PrecheckResult } from '@beian/core';

export function formatResult(result: PrecheckResult): string {
  const lines: string[] = [];
  lines.push(`备案类型：${result.filingType ? FILING_TYPES[result.filingType].zh : '无法判定'}`);
  lines.push(`预检结果：${result.ok ? '通过' : '未通过'}`);
  if (result.violations.length > 0) {
    lines.push('', '问题：');
    for (const v of result.violations)
      lines.push(
        `  ${v.severity === 'error' ? '✗ 错误' : '! 提醒'} ${v.path}  ${VIOLATIONS[v.code].zh}`,
        `      ${v.message}`,
        `      依据：${v.citation ?? v.rule ?? ''}`,
      );
  }
  lines.push('', '所需资料：');
  for (const m of result.requiredMaterials)
    lines.push(`  · ${MATERIALS[m.code].zh}${m.path ? `（${m.path}）` : ''}：${m.reason}`);
  lines.push('', `核验步骤：${result.steps.map((s) => STEPS[s].zh).join(' → ')}`);
  return `${lines.join('\n')}\n`;
}
