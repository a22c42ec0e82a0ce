/** 服务器类型目录 (GET /server-types): which products give 备案服务号, on what purchase conditions, how many. */
import { Alert, Card, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../../api/api-error.js';
import { useServerTypes } from '../../../api/queries.js';
import type { ServerTypeView } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';

export default function ServerTypesPage() {
  const t = useT();
  const term = useTerm();
  const types = useServerTypes();
  const yes = (b: boolean) =>
    b ? (
      <Tag color="blue">{t('需要', 'Required')}</Tag>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('服务器类型', 'Server types')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(
          '支持备案的云产品、购买要求和每台（或每个账号）可申请的备案服务号数量；不满足要求的服务器不能申请备案服务号。',
          'The products that give service numbers, their purchase conditions and how many numbers each gives.',
        )}
      </Typography.Paragraph>
      <Card size="small">
        {types.isPending ? (
          <Skeleton active />
        ) : types.isError ? (
          <Alert type="error" showIcon title={errorMessage(types.error)} />
        ) : (
          <Table<ServerTypeView>
            rowKey="code"
            dataSource={types.data}
            pagination={false}
            size="middle"
            expandable={{
              expandedRowRender: (s) => (
                <Space orientation="vertical" size={4}>
                  {s.notes.map((n, i) => (
                    <Typography.Text key={i}>· {n}</Typography.Text>
                  ))}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('出处', 'Source')}：{s.citations.join('；')}
                  </Typography.Text>
                </Space>
              ),
            }}
            columns={[
              {
                title: t('类型', 'Type'),
                key: 'name',
                render: (_, s) => (
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>{term(s)}</Typography.Text>
                    <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
                      {s.code}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('中国内地节点', 'Mainland'),
                key: 'mainland',
                render: (_, s) => yes(s.mainlandRequired),
              },
              {
                title: t('包年包月', 'Prepaid'),
                key: 'prepaid',
                render: (_, s) =>
                  s.prepaidRequired ? (
                    <Space orientation="vertical" size={0}>
                      <Tag color="blue">{t('需要', 'Required')}</Tag>
                      {s.minPrepaidMonths !== undefined && (
                        <Typography.Text style={{ fontSize: 12 }}>
                          {t(`累计≥${s.minPrepaidMonths}个月`, `≥${s.minPrepaidMonths} months`)}
                        </Typography.Text>
                      )}
                      {s.minRemainingMonths !== undefined && (
                        <Typography.Text style={{ fontSize: 12 }}>
                          {t(`剩余≥${s.minRemainingMonths}个月`, `≥${s.minRemainingMonths} months left`)}
                        </Typography.Text>
                      )}
                      {s.minFirstPurchaseMonths !== undefined && (
                        <Typography.Text style={{ fontSize: 12 }}>
                          {t(
                            `首购≥${s.minFirstPurchaseMonths}个月`,
                            `first purchase ≥${s.minFirstPurchaseMonths} months`,
                          )}
                        </Typography.Text>
                      )}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ),
              },
              {
                title: t('公网带宽', 'Public bandwidth'),
                key: 'bw',
                render: (_, s) => yes(s.publicBandwidthRequired),
              },
              {
                title: t('订单金额', 'Order amount'),
                key: 'amount',
                render: (_, s) => (s.minOrderAmountYuan !== undefined ? `≥ ¥${s.minOrderAmountYuan}` : '—'),
              },
              {
                title: t('备案服务号数量', 'Service numbers'),
                key: 'quota',
                render: (_, s) =>
                  t(
                    `${s.quota.per === 'account' ? '每个账号' : '每台'} ${s.quota.size} 个`,
                    `${s.quota.size} per ${s.quota.per}`,
                  ),
              },
              {
                title: t('状态', 'Status'),
                key: 'offline',
                render: (_, s) =>
                  s.offline ? (
                    <Tag
                      color="default"
                      title={t(`替代产品：${s.offline.replacement}`, `Replacement: ${s.offline.replacement}`)}
                    >
                      {t(
                        `${s.offline.since} 起停售（已购仍可备案）`,
                        `Not sold since ${s.offline.since} (bought ones qualify)`,
                      )}
                    </Tag>
                  ) : (
                    <Tag color="success">{t('在售', 'On sale')}</Tag>
                  ),
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
