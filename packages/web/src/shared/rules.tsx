/**
 * Rules as people read them, shared by the admin console's rules browser and the applicant's 本省备案规则: the
 * kinds (checked by the precheck, for reviewers, change and access rules) and one rule's card — what it asks in
 * plain Chinese, its kind and pack, the seed's own words and the citation.
 */
import { PROVINCES, type Rule, type RuleKind } from '@beian/core';
import { Card, Space, Tag, Typography } from 'antd';
import { useT, useTerm } from '../i18n/locale.js';
import './rules.css';

export const RULE_KINDS: Record<
  RuleKind,
  { zh: string; en: string; color: string; hintZh: string; hintEn: string }
> = {
  check: {
    zh: '自动预检',
    en: 'Checked',
    color: 'blue',
    hintZh: '预检按此规则检查订单（申请人填写时即提示）',
    hintEn: 'The precheck applies it as the order is typed',
  },
  reviewer: {
    zh: '人工审核',
    en: 'Reviewer',
    color: 'orange',
    hintZh: '需要初审员判断或订单以外的信息',
    hintEn: 'Needs a person, or facts the order does not carry',
  },
  change: {
    zh: '变更备案',
    en: 'Change',
    color: 'purple',
    hintZh: '变更备案时适用',
    hintEn: 'For change filings',
  },
  access: {
    zh: '接入备案',
    en: 'Access',
    color: 'cyan',
    hintZh: '接入备案时适用',
    hintEn: 'For access filings',
  },
};

/** 'unit' → 单位, 'individual' → 个人, 'all' → 全部. */
export function useScopeName(): (scope: Rule['scope']) => string {
  const t = useT();
  return (scope) =>
    scope === 'unit'
      ? t('单位', 'Units')
      : scope === 'individual'
        ? t('个人', 'Individuals')
        : t('全部', 'All');
}

export function RuleKindTag({ kind }: { kind: RuleKind }) {
  const t = useT();
  const k = RULE_KINDS[kind];
  return (
    <Tag color={k.color} title={t(k.hintZh, k.hintEn)}>
      {t(k.zh, k.en)}
    </Tag>
  );
}

/**
 * One rule. `pack`: show its province and scope and id (the admin's browser lists every pack together);
 * `quoteFolded`: the seed's words behind a disclosure (the applicant reads the plain description first).
 */
export function RuleCard({
  rule,
  pack = true,
  quoteFolded = false,
}: {
  rule: Rule;
  pack?: boolean;
  quoteFolded?: boolean;
}) {
  const t = useT();
  const term = useTerm();
  const scopeName = useScopeName();
  return (
    <Card size="small" className="rule-card" data-rule={rule.ruleId}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={6}>
          <RuleKindTag kind={rule.kind} />
          {pack && (
            <>
              <Tag>
                {rule.province ? term(PROVINCES[rule.province]) : t('平台', 'Platform')} ·{' '}
                {scopeName(rule.scope)}
              </Tag>
              <Typography.Text code style={{ fontSize: 12 }}>
                {rule.ruleId}
              </Typography.Text>
            </>
          )}
        </Space>
        <Typography.Text strong>{rule.description}</Typography.Text>
        {quoteFolded ? (
          <details className="rule-quote-details">
            <summary>{t('资料原文', 'The source’s words')}</summary>
            <blockquote className="rule-quote">{rule.quote}</blockquote>
          </details>
        ) : (
          <blockquote className="rule-quote">{rule.quote}</blockquote>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('出处', 'Source')}：{rule.citation}
        </Typography.Text>
      </Space>
    </Card>
  );
}
