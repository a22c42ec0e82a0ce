/**
 * The reviewer's queues: 待初审 ordered by the 1-working-day deadline (overdue rows highlighted), and 核验与提交管局
 * (orders waiting for a curtain to be shipped, photos to review, documents to confirm or a push), those waiting
 * for the reviewer first.
 */
import { NATURES, type NatureCode, type PrecheckResult } from '@beian/core';
import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useReviewQueue, useVerificationQueue } from '../../../api/queries.js';
import type { OrderView, VerificationResponse } from '../../../api/types.js';
import { filingTypeName, LoadFailed, orderTitle, provinceName } from '../../../consoles/common.js';
import { DueCell, isOverdue } from '../../../consoles/DueCell.js';
import { FindingCounts } from '../../../consoles/OrderDataView.js';
import { formatChinaTime, OrderStateTag } from '../../../consoles/reuse.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { ACTION_NAMES } from '../components/action-names.js';

const byDue =
  <T,>(due: (x: T) => string | null) =>
  (a: T, b: T) =>
    (due(a) ? Date.parse(due(a)!) : Infinity) - (due(b) ? Date.parse(due(b)!) : Infinity);

function counts(o: OrderView) {
  const v = (o.precheck as PrecheckResult | null)?.violations ?? [];
  const errors = v.filter((x) => x.severity === 'error').length;
  return { errors, warnings: v.length - errors };
}

function ReviewTable() {
  const t = useT();
  const term = useTerm();
  const navigate = useNavigate();
  const queue = useReviewQueue();
  if (queue.isError) return <LoadFailed error={queue.error} retry={() => void queue.refetch()} />;
  const rows = [...(queue.data ?? [])].sort(byDue((o) => o.dueAt));
  return (
    <Table<OrderView>
      rowKey="id"
      loading={queue.isPending}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      rowClassName={(o) => (isOverdue(o.dueAt) ? 'console-overdue' : '')}
      onRow={(o) => ({ 'data-order': o.id, 'data-overdue': isOverdue(o.dueAt) ? 'true' : 'false' }) as object}
      locale={{ emptyText: t('没有待初审的订单', 'Nothing waits for initial review') }}
      columns={[
        {
          title: t('截止时间', 'Due'),
          key: 'due',
          width: 170,
          render: (_, o) => <DueCell dueAt={o.dueAt} />,
        },
        {
          title: t('网站', 'Websites'),
          key: 'title',
          render: (_, o) => (
            <Space orientation="vertical" size={0}>
              <Typography.Link onClick={() => navigate(`/review/orders/${o.id}`)}>
                {orderTitle(o.data)}
              </Typography.Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {o.data.websites.length} {t('个网站', 'website(s)')}
                {o.round > 1 ? ` · ${t(`第${o.round}次提交`, `submission ${o.round}`)}` : ''}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('主体', 'Subject'),
          key: 'subject',
          render: (_, o) => (
            <Space orientation="vertical" size={0}>
              <span>{o.data.subject.name}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {o.data.subject.nature in NATURES ? term(NATURES[o.data.subject.nature as NatureCode]) : ''}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('省份', 'Province'),
          key: 'province',
          width: 90,
          render: (_, o) => provinceName(o.province, term),
        },
        {
          title: t('备案类型', 'Filing type'),
          key: 'type',
          width: 120,
          render: (_, o) => filingTypeName(o.afterFiling ? o.kind : o.filingType, term),
        },
        {
          title: t('预检', 'Precheck'),
          key: 'precheck',
          width: 150,
          render: (_, o) => <FindingCounts {...counts(o)} />,
        },
        {
          title: t('提交时间', 'Submitted'),
          key: 'submitted',
          width: 150,
          render: (_, o) => (o.submittedAt ? formatChinaTime(o.submittedAt) : '—'),
        },
        {
          title: t('操作', 'Action'),
          key: 'action',
          width: 90,
          render: (_, o) => (
            <Button type="primary" size="small" onClick={() => navigate(`/review/orders/${o.id}`)}>
              {t('审核', 'Review')}
            </Button>
          ),
        },
      ]}
    />
  );
}

function VerificationTable() {
  const t = useT();
  const term = useTerm();
  const navigate = useNavigate();
  const queue = useVerificationQueue();
  if (queue.isError) return <LoadFailed error={queue.error} retry={() => void queue.refetch()} />;
  const due = (i: VerificationResponse) => i.verification.bureau.pushDueAt ?? i.order.dueAt;
  return (
    <Table<VerificationResponse>
      rowKey={(i) => i.order.id}
      loading={queue.isPending}
      dataSource={queue.data ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      rowClassName={(i) => (isOverdue(due(i)) ? 'console-overdue' : '')}
      onRow={(i) => ({ 'data-order': i.order.id }) as object}
      locale={{
        emptyText: t('没有核验中或待提交管局的订单', 'Nothing in verification or waiting for the push'),
      }}
      columns={[
        {
          title: t('阶段', 'Stage'),
          key: 'stage',
          width: 130,
          render: (_, i) => <OrderStateTag state={i.order.state} />,
        },
        {
          title: t('待我处理', 'Waiting for me'),
          key: 'next',
          render: (_, i) =>
            i.verification.nextActions.length ? (
              <Space size={4} wrap>
                {i.verification.nextActions
                  .filter((a) => a !== 'reject_verification')
                  .map((a) => (
                    <Tag color="processing" key={a}>
                      {ACTION_NAMES[a] ? t(...ACTION_NAMES[a]) : a}
                    </Tag>
                  ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">
                {t('等待申请人', 'Waiting for the applicant')}
              </Typography.Text>
            ),
        },
        {
          title: t('网站', 'Websites'),
          key: 'title',
          render: (_, i) => (
            <Typography.Link onClick={() => navigate(`/review/orders/${i.order.id}`)}>
              {orderTitle(i.order.data)}
            </Typography.Link>
          ),
        },
        { title: t('主体', 'Subject'), key: 'subject', render: (_, i) => i.order.data.subject.name },
        {
          title: t('省份', 'Province'),
          key: 'province',
          width: 90,
          render: (_, i) => provinceName(i.order.province, term),
        },
        {
          title: t('核验方式', 'Method'),
          key: 'method',
          width: 150,
          render: (_, i) =>
            i.verification.method === 'shanghai_app'
              ? t('上海管局App核验', 'Shanghai app')
              : t('幕布拍照核验', 'Curtain photo'),
        },
        { title: t('截止时间', 'Due'), key: 'due', width: 170, render: (_, i) => <DueCell dueAt={due(i)} /> },
        {
          title: t('操作', 'Action'),
          key: 'action',
          width: 90,
          render: (_, i) => (
            <Button
              size="small"
              type={i.verification.nextActions.length ? 'primary' : 'default'}
              onClick={() => navigate(`/review/orders/${i.order.id}`)}
            >
              {t('处理', 'Open')}
            </Button>
          ),
        },
      ]}
    />
  );
}

export default function QueuePage({ tab }: { tab: 'review' | 'verification' }) {
  const t = useT();
  const navigate = useNavigate();
  const review = useReviewQueue();
  const verification = useVerificationQueue();
  const waiting = (verification.data ?? []).filter((i) => i.verification.nextActions.length > 0).length;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div className="console-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tab === 'review'
            ? t('初审队列', 'Initial review queue')
            : t('核验与提交管局', 'Verification and push')}
        </Typography.Title>
        <Space>
          <Segmented
            value={tab}
            onChange={(v) => navigate(v === 'review' ? '/review' : '/review/verification')}
            options={[
              {
                value: 'review',
                label: (
                  <Space size={6}>
                    {t('待初审', 'Initial review')}
                    <Badge count={review.data?.length ?? 0} showZero color="#1677ff" />
                  </Space>
                ),
              },
              {
                value: 'verification',
                label: (
                  <Space size={6}>
                    {t('核验与提交管局', 'Verification')}
                    <Badge count={waiting} showZero color="#1677ff" />
                  </Space>
                ),
              },
            ]}
          />
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void (tab === 'review' ? review.refetch() : verification.refetch())}
          >
            {t('刷新', 'Refresh')}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {tab === 'review'
          ? t(
              '按截止时间排序：初审须在提交后 1 个工作日内完成（法定节假日和调休已计入），已超时的订单以红色标出。',
              'Ordered by due time: initial review is due 1 working day after submission (public holidays and make-up days counted); overdue orders are red.',
            )
          : t(
              '等待您处理的订单在前（寄出幕布、审核照片、确认收到资料、提交管局），其余按截止时间排序。核验通过后 1 个工作日内系统自动提交管局。',
              'Orders waiting for you come first (ship a curtain, review photos, confirm documents, push), then by due time. Verified orders are pushed automatically within 1 working day.',
            )}
      </Typography.Paragraph>
      <Card>{tab === 'review' ? <ReviewTable /> : <VerificationTable />}</Card>
    </Space>
  );
}
