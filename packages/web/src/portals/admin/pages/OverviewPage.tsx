/** 管理概览: what needs an admin's attention (the calendar) and the size of each list, with links to them. */
import { allRules, APPROVED_TLDS, PROVINCE_CODES } from '@beian/core';
import { Alert, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useAccounts, useCalendarStatus, useReviewQueue, useServerTypes } from '../../../api/queries.js';
import { useT } from '../../../i18n/locale.js';

export default function OverviewPage() {
  const t = useT();
  const status = useCalendarStatus();
  const accounts = useAccounts();
  const types = useServerTypes();
  const queue = useReviewQueue();
  const rules = useMemo(() => allRules(), []);
  const covered = (status.data?.years ?? []).map((y) => y.year).sort((a, b) => a - b);
  const tiles = [
    {
      to: '/admin/rules',
      title: t('备案规则', 'Rules'),
      value: rules.length,
      suffix: t(`条 · ${PROVINCE_CODES.length}个省份`, ` · ${PROVINCE_CODES.length} provinces`),
    },
    {
      to: '/admin/tlds',
      title: t('批准的域名后缀', 'Approved suffixes'),
      value: APPROVED_TLDS.tlds.length,
      suffix: t('个', ''),
    },
    {
      to: '/admin/server-types',
      title: t('服务器类型', 'Server types'),
      value: types.data?.length ?? '—',
      suffix: t('种', ''),
    },
    {
      to: '/admin/accounts',
      title: t('账号', 'Accounts'),
      value: accounts.data?.length ?? '—',
      suffix: t('个', ''),
    },
    {
      to: '/review',
      title: t('待初审订单', 'Orders awaiting review'),
      value: queue.data?.length ?? '—',
      suffix: t('个', ''),
    },
    {
      to: '/admin/calendar',
      title: t('工作日历覆盖', 'Calendar covers'),
      value: covered.length ? `${covered[0]}–${covered[covered.length - 1]}` : '—',
      suffix: status.data?.missing.length
        ? t(`（缺 ${status.data.missing.join('、')}）`, ` (missing ${status.data.missing.join(', ')})`)
        : '',
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('管理概览', 'Overview')}
      </Typography.Title>
      {status.data && !status.data.ok && (
        <Alert
          type="warning"
          showIcon
          data-testid="calendar-warning"
          title={t('工作日历需要更新', 'The working-day calendar needs updating')}
          description={
            <Space orientation="vertical" size={4}>
              {status.data.warnings.map((w, i) => (
                <span key={i}>{w}</span>
              ))}
              <Link to="/admin/calendar">{t('前往工作日历', 'Open the calendar')}</Link>
            </Space>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        {tiles.map((x) => (
          <Col span={8} key={x.to}>
            <Link to={x.to}>
              <Card hoverable size="small">
                <Statistic title={x.title} value={x.value} suffix={x.suffix} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
