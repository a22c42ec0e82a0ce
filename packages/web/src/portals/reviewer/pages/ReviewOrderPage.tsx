/**
 * One order for the reviewer: the data in the wizard's sections with every precheck finding (and this round's
 * reasons) beside its field, the materials viewer, the call log, the decision (初审通过, or 驳回 with a reason per
 * field), the verification stage and the push, and the order's history. Only the actions the server lists for
 * the order (`order.actions`, `verification.nextActions`) are offered.
 */
import { ArrowLeftOutlined, CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { NATURES, type NatureCode, type PrecheckResult } from '@beian/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import { review } from '../../../api/endpoints.js';
import { keys, useMe, useOrder } from '../../../api/queries.js';
import type { OrderView, RejectInput } from '../../../api/types.js';
import { filingTypeName, LoadFailed, orderTitle, provinceName } from '../../../consoles/common.js';
import { DueCell } from '../../../consoles/DueCell.js';
import { HistoryCard } from '../../../consoles/HistoryCard.js';
import { MaterialsPanel } from '../../../consoles/MaterialsViewer.js';
import { OrderDataView } from '../../../consoles/OrderDataView.js';
import { ReasonsDrawer } from '../../../consoles/ReasonsDrawer.js';
import {
  fieldLabel,
  formatChinaTime,
  indexFindings,
  isOrderWarning,
  KindTag,
  OrderAfterFilingCard,
  OrderStateTag,
} from '../../../consoles/reuse.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { CallLog } from '../components/CallLog.js';
import { VerificationCard } from '../components/VerificationCard.js';

type Reasons = RejectInput['reasons'];

/** States after the initial review passed: the verification card has something to say. */
const PAST_REVIEW = new Set([
  'verifying',
  'awaiting_documents',
  'pending_bureau_push',
  'sms_verification',
  'bureau_review',
  'bureau_rejected',
  'returned',
  'approved',
]);

function DecisionCard(props: {
  order: OrderView;
  errors: number;
  reasonsDrafted: number;
  onReject: () => void;
  onOrder: (o: OrderView) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const o = props.order;
  const me = useMe();
  const approve = useMutation({
    mutationFn: () => review.approve(o.id),
    onSuccess: (next) => {
      props.onOrder(next);
      void message.success(t('初审通过：订单进入核验', 'Approved: the order moves on to verification'));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const previous = o.reasons.filter((r) => r.round < o.round);
  const canApprove = o.actions.includes('approve_initial');
  const canReject = o.actions.includes('reject_initial');
  return (
    <Card size="small" title={t('初审结论', 'Decision')} data-testid="decision-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {o.state === 'submitted' && !canApprove && !canReject && (
          <Alert
            type="info"
            showIcon
            title={
              me.data?.role === 'admin'
                ? t('管理员可查看订单；初审结论由初审员作出。', 'Administrators can view; reviewers decide.')
                : t('您不能对该订单作出初审结论。', 'You cannot decide this order.')
            }
          />
        )}
        {o.state === 'initial_rejected' && (
          <Alert
            type="error"
            showIcon
            title={t(
              '本轮已驳回：等待申请人修改后重新提交。',
              'Rejected: waiting for the applicant to resubmit.',
            )}
          />
        )}
        {PAST_REVIEW.has(o.state) && (
          <Alert
            type="success"
            showIcon
            title={t(`初审已通过，当前：${o.stateZh}`, `Passed initial review; now: ${o.state}`)}
          />
        )}
        {props.errors > 0 && canApprove && (
          <Alert
            type="warning"
            showIcon
            title={t(
              `服务器预检仍有 ${props.errors} 个错误：请核实后再决定。`,
              `The server's precheck still has ${props.errors} error(s): check before deciding.`,
            )}
          />
        )}
        {previous.length > 0 && (
          <Alert
            type="info"
            title={t(
              '上一轮驳回原因（申请人已修改并重新提交）',
              'Reasons of the previous round (resubmitted since)',
            )}
            description={
              <ul className="finding-list">
                {previous.map((r, i) => (
                  <li key={i}>
                    <Typography.Text strong>{fieldLabel(r.path, t)}：</Typography.Text>
                    {r.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {(canApprove || canReject) && (
          <Space wrap>
            {canApprove && (
              <Popconfirm
                title={t(
                  '信息、资料和电话核实均无问题？初审通过后进入核验。',
                  'Details, materials and the call all check out? Approve and move on to verification.',
                )}
                okText={t('初审通过', 'Approve')}
                cancelText={t('取消', 'Cancel')}
                onConfirm={() => approve.mutate()}
              >
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  loading={approve.isPending}
                  data-testid="approve-initial"
                >
                  {t('初审通过', 'Approve')}
                </Button>
              </Popconfirm>
            )}
            {canReject && (
              <Button danger icon={<CloseOutlined />} onClick={props.onReject} data-testid="reject-initial">
                {props.reasonsDrafted
                  ? t(
                      `驳回（已写 ${props.reasonsDrafted} 条原因）`,
                      `Reject (${props.reasonsDrafted} reason(s))`,
                    )
                  : t('驳回（逐字段写原因）', 'Reject with reasons')}
              </Button>
            )}
          </Space>
        )}
      </Space>
    </Card>
  );
}

export default function ReviewOrderPage() {
  const { orderId = '' } = useParams();
  const t = useT();
  const term = useTerm();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const order = useOrder(orderId);
  const [drawer, setDrawer] = useState(false);
  const [reasons, setReasons] = useState<Reasons>([]);

  const o = order.data;
  const precheck = (o?.precheck as PrecheckResult | null) ?? null;
  const findings = useMemo(
    () =>
      indexFindings({
        shape: [],
        live: undefined,
        // an after-filing order's warnings about the whole order show with its changes
        server: (precheck?.violations ?? []).filter((v) => !o?.afterFiling || !isOrderWarning(v)),
        extra: [],
        reasons: (o?.reasons ?? []).filter((r) => r.round === o?.round),
      }),
    [o, precheck],
  );

  if (order.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (order.isError || !o)
    return (
      <LoadFailed
        error={order.error}
        retry={() => void order.refetch()}
        back={{ to: '/review', zh: '返回初审队列', en: 'Back to the queue' }}
      />
    );

  const setOrder = (next: OrderView) => {
    // a decision's answer is masked (a list view); the page keeps the numbers it opened, with the new state
    queryClient.setQueryData(keys.order(next.id), (old: OrderView | undefined) =>
      old ? { ...old, ...next, data: old.data, afterFiling: old.afterFiling, masked: old.masked } : next,
    );
    void queryClient.invalidateQueries({ queryKey: keys.order(next.id) });
    void queryClient.invalidateQueries({ queryKey: keys.reviewQueue });
    void queryClient.invalidateQueries({ queryKey: keys.verificationQueue });
    void queryClient.invalidateQueries({ queryKey: keys.history(next.id) });
  };
  const canReject = o.actions.includes('reject_initial');
  const addReason = (path: string) => {
    setReasons((list) =>
      list.some((r) => r.path === path && !r.message)
        ? list
        : [...list.filter((r) => r.path || r.message), { path, message: '' }],
    );
    setDrawer(true);
  };
  const errors = (precheck?.violations ?? []).filter((v) => v.severity === 'error').length;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div className="console-page-head">
        <Space wrap align="center">
          <Link to={PAST_REVIEW.has(o.state) ? '/review/verification' : '/review'}>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('返回队列', 'Back to the queue')}
            />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {orderTitle(o.data)}
          </Typography.Title>
          <KindTag kind={o.kind} />
          <OrderStateTag state={o.state} />
        </Space>
      </div>
      <Card size="small">
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t('主体', 'Subject')}>
            {o.data.subject.name}（
            {o.data.subject.nature in NATURES
              ? term(NATURES[o.data.subject.nature as NatureCode])
              : o.data.subject.nature}
            ）
          </Descriptions.Item>
          <Descriptions.Item label={t('省份', 'Province')}>
            {provinceName(o.province, term)}
          </Descriptions.Item>
          <Descriptions.Item label={t('备案类型', 'Filing type')}>
            {filingTypeName(o.afterFiling ? o.kind : o.filingType, term)}
          </Descriptions.Item>
          <Descriptions.Item label={t('提交', 'Submitted')}>
            {o.submittedAt ? formatChinaTime(o.submittedAt) : '—'}
            {o.round > 1 ? t(`（第${o.round}次）`, ` (#${o.round})`) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('当前步骤截止', 'Current step due')}>
            <DueCell dueAt={o.dueAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('订单编号', 'Order')}>
            <Typography.Text copyable style={{ fontSize: 12 }}>
              {o.id}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[20, 20]}>
        <Col span={15}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <OrderAfterFilingCard order={o} />
            <OrderDataView
              data={o.data}
              findings={findings}
              {...(canReject ? { onReason: addReason } : {})}
            />
            <Card size="small" title={t('资料', 'Materials')} data-testid="materials">
              <MaterialsPanel orderId={o.id} data={o.data} required={precheck?.requiredMaterials ?? []} />
            </Card>
          </Space>
        </Col>
        <Col span={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <DecisionCard
              order={o}
              errors={errors}
              reasonsDrafted={reasons.filter((r) => r.path && r.message).length}
              onReject={() => setDrawer(true)}
              onOrder={setOrder}
            />
            {(o.state === 'submitted' || o.state === 'initial_rejected') && (
              <CallLog order={o} onOrder={setOrder} />
            )}
            {PAST_REVIEW.has(o.state) && <VerificationCard order={o} onOrder={setOrder} />}
            <HistoryCard orderId={o.id} />
          </Space>
        </Col>
      </Row>
      <ReasonsDrawer
        open={drawer}
        onClose={() => setDrawer(false)}
        data={o.data}
        reasons={reasons}
        onReasonsChange={setReasons}
        findings={findings.all.filter((f) => f.source !== 'reason')}
        title={t('初审驳回：逐字段写明原因', 'Reject: a reason per field')}
        submitText={t('驳回订单', 'Reject the order')}
        onSubmit={async (list) => {
          const next = await review.reject(o.id, { reasons: list });
          setDrawer(false);
          setReasons([]);
          setOrder(next);
          void message.success(
            t(
              '已驳回：申请人会在对应字段旁看到原因',
              'Rejected: the applicant sees each reason beside its field',
            ),
          );
        }}
      />
    </Space>
  );
}
