/**
 * 本省备案规则 (seed 004 §7): the province's rule pack for 单位 or 个人, grouped by the seed's headings, each rule in
 * plain Chinese with its kind (checked while the order is typed, judged by the reviewer, for change or access filings)
 * and its citation, the seed's words one click away; the platform's rules that apply everywhere below.
 */
import { platformRules, PROVINCES, provinceRules, type Rule, type RuleKind, type Scope } from '@beian/core';
import { Collapse, Empty, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useT, useTerm } from '../../../i18n/locale.js';
import { RULE_KINDS, RuleCard, RuleKindTag } from '../../../shared/rules.js';
import type { Situation } from './situation.js';

/** Rules by heading, in the order the seed gives them. */
function byHeading(rules: readonly Rule[]): { heading: string; rules: Rule[] }[] {
  const out: { heading: string; rules: Rule[] }[] = [];
  for (const r of rules) {
    const last = out[out.length - 1];
    const group = last?.heading === r.heading ? last : out.find((g) => g.heading === r.heading);
    if (group) group.rules.push(r);
    else out.push({ heading: r.heading, rules: [r] });
  }
  return out;
}

function KindCounts({ rules }: { rules: readonly Rule[] }) {
  const t = useT();
  return (
    <Space wrap size={4}>
      {(Object.keys(RULE_KINDS) as RuleKind[]).map((k) => {
        const n = rules.filter((r) => r.kind === k).length;
        return n ? (
          <span key={k}>
            <RuleKindTag kind={k} />
            <Typography.Text type="secondary">{t(`${n}条`, `${n}`)}</Typography.Text>
          </span>
        ) : null;
      })}
    </Space>
  );
}

export default function ProvinceRulesTab({ situation }: { situation: Situation }) {
  const t = useT();
  const term = useTerm();
  const [override, setOverride] = useState<Scope>();
  const scope: Scope = override ?? (situation.nature === 'individual' ? 'individual' : 'unit');
  const province = situation.province;
  const rules = useMemo(() => (province ? provinceRules(province, scope) : []), [province, scope]);
  const platform = useMemo(() => platformRules(scope), [scope]);
  if (!province)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('请先在上方“我的情况”中选择主体所在的省份。', 'Choose the province above first.')}
      />
    );
  const groups = byHeading(rules);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Segmented<Scope>
          aria-label={t('规则适用于', 'Rules for')}
          value={scope}
          onChange={setOverride}
          options={[
            { value: 'unit', label: t('单位（企业用户）', 'Units') },
            { value: 'individual', label: t('个人', 'Individuals') },
          ]}
        />
        <KindCounts rules={rules} />
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(
          `${term(PROVINCES[province])}管局对${scope === 'unit' ? '单位（企业用户规则适用于所有单位性质）' : '个人'}备案的 ${rules.length} 条规则。“自动预检”的规则在填写备案信息时会逐项提示；“人工审核”的由初审员核对。`,
          `${rules.length} rules of the ${term(PROVINCES[province])} bureau. Checked rules are flagged as you fill the order; reviewer rules are checked by a person.`,
        )}
      </Typography.Paragraph>
      {groups.map((g) => (
        <section key={g.heading} className="readiness-rule-section" data-heading={g.heading}>
          <Typography.Title level={5}>
            {g.heading}（{g.rules.length}）
          </Typography.Title>
          {g.rules.map((r) => (
            <RuleCard key={r.ruleId} rule={r} pack={false} quoteFolded />
          ))}
        </section>
      ))}
      <Collapse
        items={[
          {
            key: 'platform',
            label: t(
              `平台通用规则（所有省份，${platform.length}条）`,
              `Platform rules (every province, ${platform.length})`,
            ),
            children: platform.map((r) => <RuleCard key={r.ruleId} rule={r} pack={false} quoteFolded />),
          },
        ]}
      />
    </Space>
  );
}
