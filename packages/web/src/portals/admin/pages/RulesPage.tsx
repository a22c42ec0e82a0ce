/**
 * 备案规则浏览: the platform rules and the 31 provincial bureaus' rules (企业用户 = every unit nature, 个人用户), each
 * with its kind (checked by the precheck, for reviewers, change rules, access rules), what it asks in plain
 * Chinese, the seed's own words and the citation. Search runs over all of them.
 */
import {
  allRules,
  PROVINCE_CODES,
  PROVINCES,
  type ProvinceCode,
  type Rule,
  type RuleKind,
} from '@beian/core';
import { Card, Checkbox, Empty, Input, List, Segmented, Select, Space, Typography } from 'antd';
import { useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT, useTerm } from '../../../i18n/locale.js';
import { RULE_KINDS, RuleCard } from '../../../shared/rules.js';

const ALL = 'ALL';
const PLATFORM = 'PLATFORM';
type Scope = 'unit' | 'individual' | 'all';

function matches(r: Rule, q: string): boolean {
  if (!q) return true;
  const hay = `${r.description}\n${r.quote}\n${r.ruleId}\n${r.citation}\n${r.heading}`.toLowerCase();
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

export default function RulesPage() {
  const t = useT();
  const term = useTerm();
  const [params, setParams] = useSearchParams();
  const province = params.get('province') ?? 'BJ';
  const scope = (params.get('scope') ?? 'unit') as Scope;
  const query = params.get('q') ?? '';
  const kinds = (params.get('kinds')?.split(',').filter(Boolean) ?? Object.keys(RULE_KINDS)) as RuleKind[];
  const deferred = useDeferredValue(query);
  // from the address as it is now: several changes in one render each keep the others'
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(window.location.search);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const rules = useMemo(() => allRules(), []);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of rules) m.set(r.province ?? PLATFORM, (m.get(r.province ?? PLATFORM) ?? 0) + 1);
    return m;
  }, [rules]);
  const shown = useMemo(
    () =>
      rules.filter(
        (r) =>
          (province === ALL || (province === PLATFORM ? r.province === null : r.province === province)) &&
          (scope === 'all' || r.scope === scope || r.scope === 'all') &&
          kinds.includes(r.kind) &&
          matches(r, deferred),
      ),
    [rules, province, scope, kinds, deferred],
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('备案规则', 'Filing rules')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(
          `共 ${rules.length} 条规则：平台规则和 31 个省级管局的规则（企业用户规则适用于所有单位性质），每条附资料原文与出处。规则是代码中的数据（packages/core/src/rules/），预检、服务器和本页使用同一份。`,
          `${rules.length} rules: the platform's and the 31 provincial bureaus' (unit rules apply to every unit nature), each with the seed's words and citation. Rules are data in packages/core/src/rules/, the same for the precheck, the server and this page.`,
        )}
      </Typography.Paragraph>
      <Card size="small">
        <Space wrap size="middle">
          <Select<string>
            id="rules-province"
            value={province}
            onChange={(v) => set('province', v)}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            options={[
              { value: ALL, label: t('全部省份和平台', 'All provinces and platform') },
              { value: PLATFORM, label: `${t('平台规则', 'Platform rules')} · ${counts.get(PLATFORM) ?? 0}` },
              ...PROVINCE_CODES.map((c) => ({
                value: c,
                label: `${term(PROVINCES[c])}（${c}）· ${counts.get(c) ?? 0}`,
              })),
            ]}
          />
          <Segmented<Scope>
            value={scope}
            onChange={(v) => set('scope', v)}
            options={[
              { value: 'unit', label: t('单位（企业用户）', 'Units') },
              { value: 'individual', label: t('个人', 'Individuals') },
              { value: 'all', label: t('全部', 'All') },
            ]}
          />
          <Checkbox.Group
            value={kinds}
            onChange={(v) => set('kinds', (v as string[]).join(',') || 'none')}
            options={(Object.keys(RULE_KINDS) as RuleKind[]).map((k) => ({
              value: k,
              label: t(RULE_KINDS[k].zh, RULE_KINDS[k].en),
            }))}
          />
          <Input.Search
            id="rules-search"
            allowClear
            style={{ width: 300 }}
            placeholder={t('搜索规则、原文、出处（如 域名 负责人）', 'Search rules, quotes, citations')}
            defaultValue={query}
            onChange={(e) => set('q', e.target.value)}
          />
        </Space>
      </Card>
      <Typography.Text type="secondary" data-testid="rules-count">
        {t(`显示 ${shown.length} 条`, `${shown.length} shown`)}
        {province !== ALL && province !== PLATFORM && <> · {term(PROVINCES[province as ProvinceCode])}</>}
      </Typography.Text>
      {shown.length === 0 ? (
        <Card>
          <Empty description={t('没有符合条件的规则', 'No rule matches')} />
        </Card>
      ) : (
        <List
          dataSource={shown}
          pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
          renderItem={(r) => <RuleCard rule={r} />}
        />
      )}
    </Space>
  );
}
