/**
 * An order's page: where it stands in the filing's stages, the due time of the current step in working days,
 * every state change on a timeline, and, when it was rejected, the reviewer's reasons by field.
 */
import {
  FILING_TYPES,
  ORDER_STATES,
  PROVINCES,
  ROLES,
  STEPS,
  type FilingType,
  type OrderState,
  type PrecheckResult,
  type ProvinceCode,
  type Role,
  type StepCode,
} from '@beian/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Space,
  Steps,
  Timeline,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import { orders } from '../../../api/endpoints.js';
import { keys, useOrder, useOrderHistory } from '../../../api/queries.js';
import type { HistoryEvent, OrderView } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { DueTime } from '../components/DueTime.js';
import { formatChinaTime } from '../components/due-time.js';
import { fieldLabel } from '../components/field-label.js';
import { OrderStateTag } from '../components/OrderStateTag.js';
import { StagePanel } from '../components/StagePanel.js';
import { OrderAfterFilingCard } from '../after-filing/ChangesCard.js';
import { abandonText, KindTag, kindTerm } from '../../../shared/after-filing.js';

/** Where each state sits on the way to 备案成功. */
const STATE_RANK: Record<OrderState, number> = {
  draft: 0,
  submitted: 1,
  initial_rejected: 1,
  verifying: 2,
  awaiting_documents: 3,
  pending_bureau_push: 4,
  sms_verification: 5,
  returned: 5,
  bureau_review: 6,
  bureau_rejected: 6,
  approved: 7,
  abandoned: -1,
};
const STEP_RANK: Record<StepCode, number> = {
  initial_review: 1,
  curtain_photo: 2,
  shanghai_app_verification: 2,
  mail_documents: 3,
  sms_verification: 5,
  bureau_review: 6,
};
/** Saves while typing write one edit event each: consecutive ones are one row, at the last one's time. */
function collapseEdits(events: readonly HistoryEvent[]): (HistoryEvent & { times: number })[] {
  const out: (HistoryEvent & { times: number })[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (last && e.event === 'edit' && last.event === 'edit')
      out[out.length - 1] = { ...e, times: last.times + 1 };
    else out.push({ ...e, times: 1 });
  }
  return out;
}

const FAILED: ReadonlySet<OrderState> = new Set(['initial_rejected', 'bureau_rejected', 'returned']);

function Stages({ order }: { order: OrderView }) {
  const t = useT();
  const term = useTerm();
  const state = order.state as OrderState;
  const steps = ((order.precheck as PrecheckResult | null)?.steps ?? [
    'initial_review',
    'bureau_review',
  ]) as StepCode[];
  const items = [
    { rank: 0, title: t('提交订单', 'Submitted') },
    ...steps.map((s) => ({ rank: STEP_RANK[s], title: term(STEPS[s]) })),
    { rank: 7, title: order.afterFiling ? t('办理完成', 'Done') : t('备案成功', 'Filed') },
  ];
  const rank = STATE_RANK[state] ?? 0;
  // the first stage not yet behind the order
  const found = items.findIndex((i) => i.rank >= rank);
  const current = found === -1 ? items.length - 1 : found;
  return (
    <Steps
      size="small"
      current={current}
      status={FAILED.has(state) ? 'error' : state === 'approved' ? 'finish' : 'process'}
      items={items.map((i) => ({ title: i.title }))}
      responsive
    />
  );
}

export default function OrderPage() {
  const { orderId = '' } = useParams();
  const t = useT();
  const term = useTerm();
  const order = useOrder(orderId);
  const history = useOrderHistory(orderId);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const act = useMutation({
    mutationFn: (what: 'withdraw' | 'abandon') =>
      what === 'withdraw' ? orders.withdraw(orderId) : orders.abandon(orderId),
    onSuccess: (o) => {
      queryClient.setQueryData(keys.order(o.id), o);
      void queryClient.invalidateQueries({ queryKey: keys.history(o.id) });
      void queryClient.invalidateQueries({ queryKey: keys.orders, exact: true });
      void message.success(
        t(`订单已${o.stateZh === '草稿' ? '撤回为草稿' : o.stateZh}`, `Order is now: ${o.state}`),
      );
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (order.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (order.isError)
    return (
      <Result
        status="warning"
        title={t('订单载入失败', 'Could not load the order')}
        subTitle={errorMessage(order.error)}
        extra={
          <Space>
            <Button onClick={() => void order.refetch()}>{t('重试', 'Retry')}</Button>
            <Link to="/">
              <Button type="primary">{t('返回我的备案', 'My filings')}</Button>
            </Link>
          </Space>
        }
      />
    );
  const o = order.data;
  const data = o.data;
  const rejected = FAILED.has(o.state as OrderState);
  const abandon = abandonText(o.kind);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          justifyContent: 'space-between',
          alignItems: 'center',
        }}
      >
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {data.websites
              .map((w) => w.domains[0])
              .filter(Boolean)
              .join('、') || (o.afterFiling ? data.subject.name : t('备案订单', 'Filing order'))}
          </Typography.Title>
          <KindTag kind={o.kind} />
          <OrderStateTag state={o.state} />
        </Space>
        <Space wrap>
          {o.actions.includes('edit') && (
            <Link to={`/orders/${o.id}/edit`}>
              <Button type="primary">
                {o.state === 'draft' ? t('继续填写', 'Continue') : t('修改并重新提交', 'Fix and resubmit')}
              </Button>
            </Link>
          )}
          {o.actions.includes('withdraw') && (
            <Popconfirm
              title={t(
                '撤回后订单回到草稿，可修改后重新提交。确定撤回？',
                'Withdraw to a draft you can edit and resubmit?',
              )}
              okText={t('撤回', 'Withdraw')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() => act.mutate('withdraw')}
            >
              <Button loading={act.isPending}>{t('撤回', 'Withdraw')}</Button>
            </Popconfirm>
          )}
          {o.actions.includes('abandon') && (
            <Popconfirm
              title={t(
                `放弃后订单不能恢复。确定${abandon.zh}？`,
                'An abandoned order cannot be restored. Abandon?',
              )}
              okText={term(abandon)}
              okButtonProps={{ danger: true }}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() => act.mutate('abandon')}
            >
              <Button danger loading={act.isPending} data-testid="abandon">
                {term(abandon)}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </div>

      {rejected && (
        <Alert
          type="error"
          showIcon
          title={t(
            `订单${term(ORDER_STATES[o.state as OrderState])}：请按下列原因修改后重新提交`,
            'The order was rejected: fix the fields below and resubmit',
          )}
          description={
            o.reasons.length ? (
              <ul className="finding-list" data-testid="reasons">
                {o.reasons.map((r, i) => (
                  <li key={i} data-path={r.path}>
                    <Typography.Text strong>{fieldLabel(r.path, t)}：</Typography.Text>
                    {r.message}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}

      <StagePanel order={o} />
      <OrderAfterFilingCard order={o} />

      <Card title={o.afterFiling ? t('办理进度', 'Progress') : t('备案进度', 'Progress')}>
        <Stages order={o} />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 24 }}>
          <Descriptions.Item label={t('当前状态', 'State')}>
            {term(ORDER_STATES[o.state as OrderState])}
          </Descriptions.Item>
          <Descriptions.Item label={t('当前步骤截止时间', 'Current step due')}>
            <DueTime dueAt={o.dueAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('提交时间', 'Submitted')}>
            {o.submittedAt ? formatChinaTime(o.submittedAt) : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={10}>
          <Card title={t('办理记录', 'History')}>
            {history.isPending ? (
              <Skeleton active />
            ) : history.isError ? (
              <Alert type="error" showIcon title={errorMessage(history.error)} />
            ) : (
              <Timeline
                items={collapseEdits(history.data)
                  .reverse()
                  .map((e) => ({
                    color: FAILED.has(e.toState as OrderState)
                      ? 'red'
                      : e.toState === 'approved'
                        ? 'green'
                        : 'blue',
                    title: formatChinaTime(e.at),
                    content: (
                      <>
                        <Typography.Text strong>
                          {e.eventZh}
                          {e.times > 1 ? t(`（${e.times}次）`, ` (${e.times}×)`) : ''}
                        </Typography.Text>
                        <br />
                        <Typography.Text type="secondary">
                          {e.toState in ORDER_STATES
                            ? term(ORDER_STATES[e.toState as OrderState])
                            : e.toState}{' '}
                          · {e.actorRole in ROLES ? term(ROLES[e.actorRole as Role]) : e.actorRole}
                        </Typography.Text>
                      </>
                    ),
                  }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={
              !o.afterFiling
                ? t('备案信息', 'Filing details')
                : o.afterFiling.kind.startsWith('change_')
                  ? t('变更后的备案信息', 'Details as they will be')
                  : t(`${o.afterFiling.kindZh}的备案信息`, 'The filings concerned')
            }
          >
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('备案类型', 'Filing type')}>
                {kindTerm(o.kind)
                  ? term(kindTerm(o.kind)!)
                  : o.filingType && o.filingType in FILING_TYPES
                    ? term(FILING_TYPES[o.filingType as FilingType])
                    : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('所属区域', 'Province')}>
                {o.province in PROVINCES ? term(PROVINCES[o.province as ProvinceCode]) : o.province}
              </Descriptions.Item>
              <Descriptions.Item
                label={
                  data.subject.nature === 'individual' ? t('姓名', 'Name') : t('主办单位名称', 'Unit name')
                }
              >
                {data.subject.name}
              </Descriptions.Item>
              <Descriptions.Item label={t('主体负责人', 'Subject leader')}>
                {data.subject.leader.name} · {data.subject.leader.mobile}
              </Descriptions.Item>
              {data.websites.map((w, i) => (
                <Descriptions.Item key={i} label={`${t('网站', 'Website')}${i + 1}`}>
                  {w.name} · {w.domains.join('、')} · {w.access?.serviceNumber ?? '—'}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
