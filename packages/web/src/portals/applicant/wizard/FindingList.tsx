/** Findings as help text: the message, then where the rule comes from (its seed citation). */
import { AFTER_FILING_FINDINGS, VIOLATIONS, type Term } from '@beian/core';
import { Typography } from 'antd';
import { useT, useTerm } from '../../../i18n/locale.js';
import type { Finding } from './findings.js';

/** Every finding's name: the precheck's and the after-filing check's (变更 / 注销). */
const NAMES: Readonly<Record<string, Term>> = { ...VIOLATIONS, ...AFTER_FILING_FINDINGS };

export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  const term = useTerm();
  if (findings.length === 0) return null;
  return (
    <ul className="finding-list">
      {findings.map((f, i) => (
        <li key={i} data-code={f.code} data-source={f.source} data-severity={f.severity}>
          <Typography.Text type={f.severity === 'error' ? 'danger' : 'warning'}>
            {f.source === 'reason' ? t('审核驳回：', 'Rejected by review: ') : ''}
            {f.message}
          </Typography.Text>
          {(f.citation || (f.code && f.code in NAMES)) && (
            <span className="finding-citation">
              {f.code && f.code in NAMES ? `${term(NAMES[f.code]!)} · ` : ''}
              {f.citation ? `${t('依据', 'Rule')}：${f.citation}` : ''}
              {f.source === 'server' ? t('（服务器预检）', ' (server precheck)') : ''}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
