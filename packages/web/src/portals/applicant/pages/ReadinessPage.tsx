/**
 * 备案前检查 (seed 004 §1–§7, product.md capability 1): before filing, the applicant checks a domain, their servers
 * and 备案服务号, sees the materials their province and scenario ask for, and reads the province's rules in plain
 * Chinese. One situation for the four — province, 主办单位性质, how many websites — kept in the address (so a link
 * or a reload keeps it) and filled from the applicant's latest order when there is one.
 */
import { NATURES, PROVINCES, isProvinceCode, type NatureCode, type ProvinceCode } from '@beian/core';
import { Alert, Button, Card, Form, Grid, InputNumber, Select, Space, Tabs, Typography } from 'antd';
import { lazy, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMyOrders } from '../../../api/queries.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { Suspended } from '../../../shell/Suspended.js';
import { ProvinceSelect } from '../components/ProvinceSelect.js';
import '../readiness/readiness.css';
import type { Situation } from '../readiness/situation.js';

const DomainCheckTab = lazy(() => import('../readiness/DomainCheckTab.js'));
const ServerCheckTab = lazy(() => import('../readiness/ServerCheckTab.js'));
const MaterialsTab = lazy(() => import('../readiness/MaterialsTab.js'));
const ProvinceRulesTab = lazy(() => import('../readiness/ProvinceRulesTab.js'));

const TABS = ['domain', 'servers', 'materials', 'rules'] as const;
type Tab = (typeof TABS)[number];

const isNature = (v: string | null): v is NatureCode => v !== null && v in NATURES;

export default function ReadinessPage() {
  const t = useT();
  const term = useTerm();
  const [params, setParams] = useSearchParams();
  const orders = useMyOrders();
  const screens = Grid.useBreakpoint();

  // the latest order's subject fills what the address does not say
  const latest = useMemo(
    () => [...(orders.data ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.data.subject,
    [orders.data],
  );
  const p = params.get('province');
  const n = params.get('nature');
  const province: ProvinceCode | undefined = isProvinceCode(p)
    ? p
    : p === null && latest && isProvinceCode(latest.province)
      ? latest.province
      : undefined;
  const nature: NatureCode = isNature(n)
    ? n
    : latest && isNature(latest.nature)
      ? latest.nature
      : 'enterprise';
  const websites = Math.min(Math.max(Number(params.get('websites')) || 1, 1), 10);
  const tabParam = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'domain';
  const situation: Situation = { province, nature, websites, fromOrder: latest !== undefined };

  // from the address as it is now: several changes in one render each keep the others'
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(window.location.search);
    if (value === undefined) next.set(key, '');
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const tabs = [
    {
      key: 'domain',
      label: t('域名检查', 'Domain'),
      children: <Suspended page={<DomainCheckTab situation={situation} />} />,
    },
    {
      key: 'servers',
      label: t('服务器', 'Servers'),
      children: <Suspended page={<ServerCheckTab situation={situation} />} />,
    },
    {
      key: 'materials',
      label: t('所需资料', 'Materials'),
      children: <Suspended page={<MaterialsTab situation={situation} />} />,
    },
    {
      key: 'rules',
      label: t('本省规则', 'Rules'),
      children: <Suspended page={<ProvinceRulesTab situation={situation} />} />,
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('备案前检查', 'Readiness checks')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 720 }}>
            {t(
              '备案前先检查域名和服务器是否满足要求，了解本省、本场景需要准备的资料和管局规则，可以避免备案被驳回。',
              'Before filing, check that your domain and servers qualify, and see the materials and the bureau rules for your province and case: it saves rejected orders.',
            )}
          </Typography.Paragraph>
        </div>
        <Link to="/verify">
          <Button type="primary">{t('准备好了，开始备案', 'Ready: start a filing')}</Button>
        </Link>
      </div>

      <Card size="small" title={t('我的情况', 'My situation')} className="readiness-situation">
        <Form layout="vertical" component="div">
          <Space wrap size="large" align="start">
            <Form.Item label={t('主办单位所属区域', 'Province of the subject')} htmlFor="readiness-province">
              <ProvinceSelect
                id="readiness-province"
                style={{ width: 200 }}
                allowClear
                placeholder={t('请选择省份', 'Choose a province')}
                value={province}
                onChange={(v) => set('province', v)}
              />
            </Form.Item>
            <Form.Item label={t('主办单位性质', 'Nature of the subject')} htmlFor="readiness-nature">
              <Select<NatureCode>
                id="readiness-nature"
                style={{ width: 180 }}
                value={nature}
                onChange={(v) => set('nature', v)}
                options={(Object.keys(NATURES) as NatureCode[]).map((c) => ({
                  value: c,
                  label: term(NATURES[c]),
                }))}
              />
            </Form.Item>
            <Form.Item label={t('计划备案的网站数', 'Websites to file')} htmlFor="readiness-websites">
              <InputNumber
                id="readiness-websites"
                min={1}
                max={10}
                precision={0}
                value={websites}
                onChange={(v) => set('websites', String(v ?? 1))}
                style={{ width: 120 }}
              />
            </Form.Item>
          </Space>
        </Form>
        {situation.fromOrder && p === null && (
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
            {t(
              `已按您备案订单中的主体填写（${province ? term(PROVINCES[province]) : ''}、${term(NATURES[nature])}），可以修改。`,
              'Filled in from the subject of your filing order; you may change it.',
            )}
          </Typography.Paragraph>
        )}
        {!province && (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            title={t(
              '选择主体所在的省份后，按该省管局规则检查并列出所需资料和本省规则。',
              'Choose the province of the subject to check by its bureau’s rules and list its materials and rules.',
            )}
          />
        )}
      </Card>

      <Card className="readiness-tabs">
        <Tabs
          activeKey={tab}
          onChange={(k) => set('tab', k)}
          items={tabs}
          {...(screens.sm === false ? { tabBarGutter: 16 } : {})}
        />
      </Card>
    </Space>
  );
}
