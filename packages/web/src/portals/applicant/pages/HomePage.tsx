/** 我的备案: my orders with their state and the due time of the current step; a draft kept only in this browser. */
import { AuditOutlined, PlusOutlined } from '@ant-design/icons';
import { FILING_TYPES, PROVINCES, type FilingType, type ProvinceCode } from '@beian/core';
import { Alert, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import { useMe, useMyOrders } from '../../../api/queries.js';
import type { OrderView } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { DueTime } from '../components/DueTime.js';
import { formatChinaTime } from '../components/due-time.js';
import { OrderStateTag } from '../components/OrderStateTag.js';
import { loadLocal } from '../wizard/local-draft.js';
import { kindTerm } from '../../../shared/after-filing.js';

function websitesOf(o: OrderView): string {
  return (
    o.data.websites
      .map((w) => w.domains[0] ?? w.name)
      .filter(Boolean)
      .join('、') || '—'
  );
}

function OrderAction({ order }: { order: OrderView }) {
  const t = useT();
  if (order.actions.includes('edit'))
    return (
      <Link to={`/orders/${order.id}/edit`}>
        <Button type="primary" size="small">
          {order.state === 'draft' ? t('继续填写', 'Continue') : t('修改并重新提交', 'Fix and resubmit')}
        </Button>
      </Link>
    );
  return (
    <Link to={`/orders/${order.id}`}>
      <Button size="small">{t('查看进度', 'Progress')}</Button>
    </Link>
  );
}

export default function HomePage() {
  const t = useT();
  const term = useTerm();
  const me = useMe();
  const orders = useMyOrders();
  const localNew = me.data ? loadLocal(me.data.id, undefined) : undefined;
  const typeName = (o: OrderView) =>
    kindTerm(o.kind)
      ? term(kindTerm(o.kind)!)
      : o.filingType && o.filingType in FILING_TYPES
        ? term(FILING_TYPES[o.filingType as FilingType])
        : '—';
  const provinceName = (p: string) => (p in PROVINCES ? term(PROVINCES[p as ProvinceCode]) : p);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('我的备案', 'My filings')}
        </Typography.Title>
        <Space wrap>
          <Link to="/readiness">
            <Button icon={<AuditOutlined />}>{t('备案前检查', 'Readiness checks')}</Button>
          </Link>
          <Link to="/verify">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('开始备案', 'Start a filing')}
            </Button>
          </Link>
        </Space>
      </div>

      {localNew && (
        <Alert
          type="info"
          showIcon
          title={t(
            '有一份尚未保存到服务器的备案草稿（保存在本机）',
            'A draft kept in this browser has not reached the server yet',
          )}
          description={localNew.data.websites
            .map((w) => w.domains[0])
            .filter(Boolean)
            .join('、')}
          action={
            <Link to="/orders/new">
              <Button size="small" type="primary">
                {t('继续填写', 'Continue')}
              </Button>
            </Link>
          }
        />
      )}

      <Card>
        {orders.isPending ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : orders.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('备案订单加载失败', 'Could not load your orders')}
            description={errorMessage(orders.error)}
            action={<Button onClick={() => void orders.refetch()}>{t('重试', 'Retry')}</Button>}
          />
        ) : orders.data.length === 0 ? (
          <Empty
            description={t(
              '还没有备案订单。建议先做备案前检查（域名、服务器、所需资料和本省规则），再验证备案类型：系统会判断您要办理首次备案、新增网站还是接入备案。',
              'No filing orders yet. Run the readiness checks first (domain, servers, materials, your province’s rules), then verify the filing type: Beian tells you which kind of filing you need.',
            )}
          >
            <Space wrap style={{ justifyContent: 'center' }}>
              <Link to="/readiness">
                <Button>{t('备案前检查', 'Readiness checks')}</Button>
              </Link>
              <Link to="/verify">
                <Button type="primary">{t('验证备案类型', 'Verify filing type')}</Button>
              </Link>
            </Space>
          </Empty>
        ) : (
          <div className="order-rows">
            {orders.data.map((o) => (
              <div className="order-row" key={o.id} data-order={o.id}>
                <div className="order-row-main">
                  <Space wrap>
                    <Link to={o.actions.includes('edit') ? `/orders/${o.id}/edit` : `/orders/${o.id}`}>
                      <Typography.Text strong>{websitesOf(o)}</Typography.Text>
                    </Link>
                    <OrderStateTag state={o.state} />
                  </Space>
                  <Typography.Text type="secondary">
                    {typeName(o)} · {provinceName(o.province)} · {t('更新于', 'updated')}{' '}
                    {formatChinaTime(o.updatedAt)}
                  </Typography.Text>
                  <span>
                    <Typography.Text type="secondary">
                      {t('当前步骤截止：', 'Current step due: ')}
                    </Typography.Text>
                    <DueTime dueAt={o.dueAt} />
                  </span>
                </div>
                <OrderAction order={o} />
              </div>
            ))}
          </div>
        )}
      </Card>
    </Space>
  );
}
