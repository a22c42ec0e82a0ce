/**
 * One filing at the simulated bureau: its record (受理编号, status, dates), the order's data in the wizard's
 * sections with the bureau's reasons beside their fields, the materials, and the decision the server lists:
 * 审核通过 (the ICP numbers issued are shown) or 驳回 with a reason per field.
 */
import { ArrowLeftOutlined, CheckOutlined, CloseOutlined } from '@ant-design/icons';
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
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import { bureau } from '../../../api/endpoints.js';
import { keys, useBureauOrder, useOrder } from '../../../api/queries.js';
import type { BureauOrderView, RejectInput } from '../../../api/types.js';
import { filingTypeName, LoadFailed, orderTitle } from '../../../consoles/common.js';
import { HistoryCard } from '../../../consoles/HistoryCard.js';
import { MaterialsPanel } from '../../../consoles/MaterialsViewer.js';
import { OrderDataView } from '../../../consoles/OrderDataView.js';
import { ReasonsDrawer } from '../../../consoles/ReasonsDrawer.js';
import {
  fieldLabel,
  formatChinaTime,
  indexFindings,
  KindTag,
  OrderAfterFilingCard,
} from '../../../consoles/reuse.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { BUREAU_STATUS } from '../bureau-status.js';

type Reasons = RejectInput['reasons'];

function StatusTag({ status }: { status: string }) {
  const t = useT();
  const s = BUREAU_STATUS[status];
  return <Tag color={s?.[2] ?? 'default'}>{s ? t(s[0], s[1]) : status}</Tag>;
}

export default function BureauOrderPage() {
  const { orderId = '' } = useParams();
  const t = useT();
  const term = useTerm();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const query = useBureauOrder(orderId);
  // the order's own view (masked for the bureau): an after-filing order's kind and what it changes
  const own = useOrder(orderId).data;
  const afterFiling = own?.afterFiling ? own : undefined;
  const [drawer, setDrawer] = useState(false);
  const [reasons, setReasons] = useState<Reasons>([]);
  const o = query.data;
  const findings = useMemo(
    () =>
      indexFindings({
        shape: [],
        live: undefined,
        server: [],
        extra: [],
        reasons: (o?.reasons ?? []).map((r) => ({ ...r, stage: 'bureau', round: o?.round ?? 0 })),
      }),
    [o],
  );
  const update = (next: BureauOrderView) => {
    // the decision's answer masks the certificate numbers (as a list does): keep the ones this page opened
    queryClient.setQueryData(keys.bureauOrder(next.orderId), (old: BureauOrderView | undefined) =>
      old ? { ...next, data: old.data, masked: old.masked } : next,
    );
    void queryClient.invalidateQueries({ queryKey: ['bureau', 'orders'] });
  };
  const approve = useMutation({
    mutationFn: () => bureau.approve(orderId),
    onSuccess: (next) => {
      update(next);
      void message.success(
        t(`审核通过：主体备案号 ${next.subjectIcpNumber ?? ''}`, `Approved: ${next.subjectIcpNumber ?? ''}`),
      );
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.isError || !o)
    return (
      <LoadFailed
        error={query.error}
        retry={() => void query.refetch()}
        back={{ to: '/bureau', zh: '返回管局审核', en: 'Back to the queue' }}
      />
    );
  const canApprove = o.actions.includes('bureau_approve');
  const canReject = o.actions.includes('bureau_reject');
  const addReason = (path: string) => {
    setReasons((list) =>
      list.some((r) => r.path === path && !r.message)
        ? list
        : [...list.filter((r) => r.path || r.message), { path, message: '' }],
    );
    setDrawer(true);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div className="console-page-head">
        <Space wrap align="center">
          <Link to="/bureau">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('返回管局审核', 'Back')} />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {orderTitle(o.data)}
          </Typography.Title>
          {afterFiling && <KindTag kind={afterFiling.kind} />}
          <StatusTag status={o.bureauStatus} />
        </Space>
      </div>
      <Card size="small">
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t('受理编号', 'Reference')}>
            <Typography.Text code copyable>
              {o.bureauReference}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('管局', 'Bureau')}>{o.provinceZh}</Descriptions.Item>
          <Descriptions.Item label={t('备案类型', 'Filing type')}>
            {filingTypeName(afterFiling ? afterFiling.kind : o.filingType, term)}
          </Descriptions.Item>
          <Descriptions.Item label={t('主体', 'Subject')}>{o.data.subject.name}</Descriptions.Item>
          <Descriptions.Item label={t('收到', 'Received')}>{formatChinaTime(o.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('审核开始', 'Review began')}>
            {o.reviewStartedAt ? formatChinaTime(o.reviewStartedAt) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('结论', 'Decided')}>
            {o.decidedAt ? formatChinaTime(o.decidedAt) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('订单状态', 'Order state')}>{o.stateZh}</Descriptions.Item>
        </Descriptions>
      </Card>
      {o.bureauStatus === 'approved' && afterFiling && (
        <Card>
          <Result
            status="success"
            style={{ padding: 8 }}
            title={t(
              `审核通过：${filingTypeName(afterFiling.kind, term)}已办结`,
              `Approved: ${filingTypeName(afterFiling.kind, term)} done`,
            )}
            subTitle={t(
              `主体备案号 ${afterFiling.afterFiling!.subjectIcpNumber} 的备案信息已按本次办理更新，审核结果已通知申请人。`,
              'The filing record is updated; the applicant was notified.',
            )}
          />
        </Card>
      )}
      {o.bureauStatus === 'approved' && !afterFiling && (
        <Card>
          <Result
            status="success"
            style={{ padding: 8 }}
            title={t('审核通过，已核发ICP备案号', 'Approved: ICP numbers issued')}
            subTitle={
              <Space orientation="vertical" size={4} data-testid="icp-numbers">
                <span>
                  {t('主体备案号：', 'Subject number: ')}
                  <Typography.Text strong copyable data-testid="subject-icp-number">
                    {o.subjectIcpNumber}
                  </Typography.Text>
                </span>
                <span>
                  {t(
                    `网站备案号为主体备案号加“-序号”（共 ${o.data.websites.reduce((n, w) => n + w.domains.length, 0)} 个域名），已随审核结果通知申请人。`,
                    `Website numbers are the subject number with “-N” (${o.data.websites.reduce((n, w) => n + w.domains.length, 0)} domain(s)); the applicant was notified.`,
                  )}
                </span>
              </Space>
            }
          />
        </Card>
      )}
      {o.bureauStatus === 'rejected' && (
        <Alert
          type="error"
          showIcon
          title={t('已驳回：申请人修改后可重新提交', 'Rejected: the applicant may fix and resubmit')}
          description={
            <ul className="finding-list" data-testid="bureau-reasons">
              {o.reasons.map((r, i) => (
                <li key={i}>
                  <Typography.Text strong>{fieldLabel(r.path, t)}：</Typography.Text>
                  {r.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={[20, 20]}>
        <Col span={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {afterFiling && <OrderAfterFilingCard order={afterFiling} />}
            <OrderDataView
              data={o.data}
              findings={findings}
              summary={false}
              {...(canReject ? { onReason: addReason } : {})}
            />
            <Card size="small" title={t('资料', 'Materials')}>
              <MaterialsPanel orderId={o.orderId} data={o.data} required={[]} />
            </Card>
          </Space>
        </Col>
        <Col span={8}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('管局审核结论', 'Decision')} data-testid="bureau-decision">
              {canApprove || canReject ? (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {t(
                      '手机号码已遮盖：管局通过短信核验联系当事人。证件号码的查看已记入审计。',
                      'Mobile numbers are masked: the bureau reaches people by SMS verification. Viewing certificate numbers is audited.',
                    )}
                  </Typography.Paragraph>
                  <Space wrap>
                    {canApprove && (
                      <Popconfirm
                        title={t('审核通过并核发ICP备案号？', 'Approve and issue the ICP numbers?')}
                        okText={t('审核通过', 'Approve')}
                        cancelText={t('取消', 'Cancel')}
                        onConfirm={() => approve.mutate()}
                      >
                        <Button
                          type="primary"
                          icon={<CheckOutlined />}
                          loading={approve.isPending}
                          data-testid="bureau-approve"
                        >
                          {t('审核通过', 'Approve')}
                        </Button>
                      </Popconfirm>
                    )}
                    {canReject && (
                      <Button
                        danger
                        icon={<CloseOutlined />}
                        onClick={() => setDrawer(true)}
                        data-testid="bureau-reject"
                      >
                        {t('驳回（逐字段写原因）', 'Reject with reasons')}
                      </Button>
                    )}
                  </Space>
                </Space>
              ) : (
                <Typography.Text type="secondary">
                  {t('该备案申请已不在审核中。', 'This filing is no longer under review.')}
                </Typography.Text>
              )}
            </Card>
            <HistoryCard orderId={o.orderId} />
          </Space>
        </Col>
      </Row>
      <ReasonsDrawer
        open={drawer}
        onClose={() => setDrawer(false)}
        data={o.data}
        reasons={reasons}
        onReasonsChange={setReasons}
        findings={[]}
        title={t('管局驳回：逐字段写明原因', 'Bureau rejection: a reason per field')}
        submitText={t('驳回', 'Reject')}
        onSubmit={async (list) => {
          const next = await bureau.reject(orderId, { reasons: list });
          setDrawer(false);
          setReasons([]);
          update(next);
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
