/**
 * 管局审核队列: the filings under bureau review, by province (then by when their review began), masked. A province
 * filter narrows it to one bureau; the counts per province show where work waits.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { PROVINCE_CODES, PROVINCES, type ProvinceCode } from '@beian/core';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useBureauOrders } from '../../../api/queries.js';
import type { BureauOrderView } from '../../../api/types.js';
import { filingTypeName, LoadFailed, orderTitle } from '../../../consoles/common.js';
import { formatChinaTime } from '../../../consoles/reuse.js';
import { useT, useTerm } from '../../../i18n/locale.js';

export default function BureauQueuePage() {
  const t = useT();
  const term = useTerm();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const province = params.get('province') ?? undefined;
  const all = useBureauOrders(undefined);
  const list = useBureauOrders(province);
  const perProvince = new Map<string, number>();
  for (const o of all.data ?? []) perProvince.set(o.province, (perProvince.get(o.province) ?? 0) + 1);
  const setProvince = (p: string | undefined) => setParams(p ? { province: p } : {});
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div className="console-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('管局审核（模拟）', 'Bureau review (simulator)')}
        </Typography.Title>
        <Space>
          <Select<string>
            id="bureau-province"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            placeholder={t('全部省份', 'All provinces')}
            value={province}
            onChange={(v) => setProvince(v ?? undefined)}
            options={PROVINCE_CODES.map((c) => ({
              value: c,
              label: `${term(PROVINCES[c])}（${c}）${perProvince.get(c) ? ` · ${perProvince.get(c)}` : ''}`,
            }))}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void Promise.all([all.refetch(), list.refetch()])}>
            {t('刷新', 'Refresh')}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(
          '内置的31个省级管局模拟器：接入商提交管局（需要时经短信核验）后，备案申请出现在这里。审核通过即核发ICP备案号；驳回须逐字段写明原因。',
          'The built-in simulator of the 31 provincial bureaus: filings appear here once pushed (after SMS verification where needed). Approval issues the ICP numbers; a rejection gives a reason per field.',
        )}
      </Typography.Paragraph>
      {perProvince.size > 0 && (
        <Space size={[6, 6]} wrap data-testid="province-counts">
          {[...perProvince.entries()].map(([p, n]) => (
            <Tag.CheckableTag
              key={p}
              checked={province === p}
              onChange={(on) => setProvince(on ? p : undefined)}
            >
              {p in PROVINCES ? term(PROVINCES[p as ProvinceCode]) : p} {n}
            </Tag.CheckableTag>
          ))}
        </Space>
      )}
      <Card>
        {list.isError ? (
          <LoadFailed error={list.error} retry={() => void list.refetch()} />
        ) : (
          <Table<BureauOrderView>
            rowKey="orderId"
            loading={list.isPending}
            dataSource={list.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            onRow={(o) => ({ 'data-order': o.orderId }) as object}
            locale={{
              emptyText: province
                ? t(
                    `${term(PROVINCES[province as ProvinceCode])}管局没有审核中的备案申请`,
                    'Nothing under review in this province',
                  )
                : t('没有审核中的备案申请', 'Nothing under review'),
            }}
            columns={[
              { title: t('省份', 'Province'), key: 'province', width: 90, render: (_, o) => o.provinceZh },
              {
                title: t('受理编号', 'Reference'),
                key: 'ref',
                width: 190,
                render: (_, o) => <Typography.Text code>{o.bureauReference}</Typography.Text>,
              },
              {
                title: t('网站', 'Websites'),
                key: 'title',
                render: (_, o) => (
                  <Typography.Link onClick={() => navigate(`/bureau/orders/${o.orderId}`)}>
                    {orderTitle(o.data)}
                  </Typography.Link>
                ),
              },
              { title: t('主体', 'Subject'), key: 'subject', render: (_, o) => o.data.subject.name },
              {
                title: t('备案类型', 'Filing type'),
                key: 'type',
                width: 120,
                render: (_, o) => filingTypeName(o.filingType, term),
              },
              {
                title: t('审核开始', 'Review began'),
                key: 'began',
                width: 150,
                render: (_, o) => formatChinaTime(o.reviewStartedAt ?? o.receivedAt),
              },
              {
                title: t('操作', 'Action'),
                key: 'action',
                width: 90,
                render: (_, o) => (
                  <Button type="primary" size="small" onClick={() => navigate(`/bureau/orders/${o.orderId}`)}>
                    {t('审核', 'Review')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
