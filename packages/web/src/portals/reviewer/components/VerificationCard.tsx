/**
 * The verification stage as the reviewer works it (GET /orders/:id/verification): the curtain request and its
 * shipment, the curtain photos (one per website leader) to approve or reject with a reason per photo, or the
 * Shanghai app check to confirm; mailed documents to mark received; the push to the bureau. Only the actions the
 * server lists in `nextActions` are offered.
 */
import { CheckOutlined, CloseOutlined, SendOutlined } from '@ant-design/icons';
import { MATERIALS, STEPS, type MaterialCode, type StepCode } from '@beian/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Divider,
  Form,
  Input,
  Modal,
  Popconfirm,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.js';
import { materials as materialsApi, verification as api } from '../../../api/endpoints.js';
import { showErrorOnForm } from '../../../api/form-errors.js';
import { keys, useVerification } from '../../../api/queries.js';
import type { OrderView, RejectVerificationInput, VerificationResponse } from '../../../api/types.js';
import { DueCell } from '../../../consoles/DueCell.js';
import { MaterialViewer, type MaterialGroup } from '../../../consoles/MaterialsViewer.js';
import { formatChinaTime } from '../../../consoles/reuse.js';
import { useT, useTerm } from '../../../i18n/locale.js';

type Reason = RejectVerificationInput['reasons'][number];

/** A push attempt's outcome (bureau_pushes.outcome) in words. */
const PUSH_OUTCOMES: Record<string, [string, string]> = {
  pending: ['提交中', 'In progress'],
  accepted: ['管局已受理', 'Accepted by the bureau'],
  failed: ['失败，将自动重试', 'Failed, will be retried'],
  expired: ['超时，将自动重试', 'Timed out, will be retried'],
};

function RejectModal(props: {
  open: boolean;
  onClose: () => void;
  slots: { path: string; label: string }[];
  shanghai: boolean;
  onSubmit: (reasons: Reason[]) => Promise<unknown>;
}) {
  const t = useT();
  const [form] = Form.useForm<Record<string, string | boolean>>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async () => {
    setError(undefined);
    const v = await form.validateFields();
    const reasons: Reason[] = props.shanghai
      ? [{ message: String(v.message ?? '').trim() }]
      : props.slots
          .filter((s) => v[`pick-${s.path}`])
          .map((s) => ({ path: s.path, message: String(v[`msg-${s.path}`] ?? '').trim() }));
    if (reasons.length === 0) {
      setError(t('请至少选择一张照片并写明原因', 'Pick at least one photo and say why'));
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(reasons);
      form.resetFields();
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const messageRules = [
    { required: true, message: t('请写明不通过的原因和重拍要求', 'Say why and what to redo') },
    { min: 4, message: t('至少4个字', 'At least 4 characters') },
    { max: 500, message: t('最多500字', 'At most 500 characters') },
  ];
  return (
    <Modal
      open={props.open}
      onCancel={props.onClose}
      title={
        props.shanghai
          ? t('上海管局App核验未完成', 'Shanghai app check not done')
          : t('幕布照片不通过', 'Reject curtain photos')
      }
      okText={t('不通过', 'Reject')}
      okButtonProps={{ danger: true, loading: busy }}
      cancelText={t('取消', 'Cancel')}
      onOk={() => void submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        {props.shanghai ? (
          <Form.Item name="message" label={t('原因', 'Reason')} rules={messageRules}>
            <Input.TextArea id="verification-reason" autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
        ) : (
          props.slots.map((s, i) => (
            <div key={s.path}>
              <Form.Item
                name={`pick-${s.path}`}
                valuePropName="checked"
                style={{ marginBottom: 4 }}
                initialValue={props.slots.length === 1}
              >
                <Checkbox>{s.label}</Checkbox>
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {() =>
                  form.getFieldValue(`pick-${s.path}`) ? (
                    <Form.Item name={`msg-${s.path}`} rules={messageRules}>
                      <Input.TextArea
                        id={`verification-reason-${i}`}
                        autoSize={{ minRows: 2 }}
                        maxLength={500}
                        placeholder={t(
                          '如：照片中人像被遮挡，请按要求在幕布前重新拍摄',
                          'e.g. the face is covered: take it again in front of the curtain',
                        )}
                      />
                    </Form.Item>
                  ) : null
                }
              </Form.Item>
            </div>
          ))
        )}
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

function ShipForm({ orderId, onDone }: { orderId: string; onDone: (r: VerificationResponse) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ carrier: string; trackingNumber: string }>();
  const ship = useMutation({
    mutationFn: (v: { carrier: string; trackingNumber: string }) => api.shipCurtain(orderId, v),
    onSuccess: (r) => {
      onDone(r);
      void message.success(t('已登记幕布寄出，申请人可看到快递单号', 'Curtain marked shipped'));
    },
    onError: (e) => {
      const left = showErrorOnForm(form, e, ['carrier', 'trackingNumber']);
      if (left) void message.error(left);
    },
  });
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) => ship.mutate(v)}
      style={{ rowGap: 8 }}
      data-testid="ship-form"
    >
      <Form.Item name="carrier" rules={[{ required: true, message: t('请填写快递公司', 'Courier') }]}>
        <Input
          id="ship-carrier"
          placeholder={t('快递公司，如 顺丰速运', 'Courier, e.g. SF Express')}
          style={{ width: 170 }}
        />
      </Form.Item>
      <Form.Item
        name="trackingNumber"
        rules={[
          { required: true, message: t('请填写快递单号', 'Tracking number') },
          {
            pattern: /^[A-Za-z0-9-]{6,40}$/,
            message: t('6～40位字母、数字或连字符', '6–40 letters, digits or hyphens'),
          },
        ]}
      >
        <Input id="ship-tracking" placeholder={t('快递单号', 'Tracking number')} style={{ width: 170 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={ship.isPending}>
        {t('登记寄出', 'Mark shipped')}
      </Button>
    </Form>
  );
}

export function VerificationCard({ order, onOrder }: { order: OrderView; onOrder: (o: OrderView) => void }) {
  const t = useT();
  const term = useTerm();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const query = useVerification(order.id);
  const [rejecting, setRejecting] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const done = (r: VerificationResponse) => {
    queryClient.setQueryData(keys.verification(order.id), r);
    onOrder(r.order);
    void queryClient.invalidateQueries({ queryKey: keys.verificationQueue });
    void queryClient.invalidateQueries({ queryKey: keys.history(order.id) });
    void queryClient.invalidateQueries({ queryKey: keys.materials(order.id) });
  };
  const act = useMutation({
    mutationFn: (f: () => Promise<VerificationResponse>) => f(),
    onSuccess: (r) => {
      done(r);
      void message.success(
        t(`已完成：订单现在是“${r.order.stateZh}”`, `Done: the order is now ${r.order.state}`),
      );
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (query.isPending)
    return (
      <Card size="small" title={t('核验', 'Verification')}>
        <Skeleton active />
      </Card>
    );
  if (query.isError)
    return (
      <Card size="small" title={t('核验', 'Verification')}>
        <Alert
          type="error"
          showIcon
          title={errorMessage(query.error)}
          action={
            <Button size="small" onClick={() => void query.refetch()}>
              {t('重试', 'Retry')}
            </Button>
          }
        />
      </Card>
    );
  const { verification: v } = query.data;
  const version = query.data.order.version;
  const next = new Set(v.nextActions);
  const shanghai = v.method === 'shanghai_app';
  const domainsOf = (ws: number[]) =>
    ws.map((i) => order.data.websites[i]?.domains[0] ?? `${t('网站', 'Website')}${i + 1}`).join('、');
  const photoGroups: MaterialGroup[] = v.photos
    .filter((p) => p.photo)
    .map((p) => ({
      key: p.path,
      code: 'curtain_photo',
      path: p.path,
      title: `${t('幕布照片', 'Curtain photo')} · ${p.leaderName}`,
      items: [p.photo!],
    }));

  return (
    <Card
      size="small"
      title={
        <Space>
          {t('核验与提交管局', 'Verification and push')}
          <Tag>{shanghai ? t('上海管局App核验', 'Shanghai app') : t('幕布拍照核验', 'Curtain photo')}</Tag>
        </Space>
      }
      data-testid="verification-card"
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Space size={4} wrap>
          <Typography.Text type="secondary">{t('后续步骤：', 'Steps: ')}</Typography.Text>
          {v.steps.map((s) => (
            <Tag key={s}>{s in STEPS ? term(STEPS[s as StepCode]) : s}</Tag>
          ))}
        </Space>

        {!shanghai && (
          <>
            <Divider titlePlacement="start" plain style={{ margin: 0 }}>
              {t('幕布', 'Curtain')}
            </Divider>
            {!v.curtain ? (
              <Typography.Text type="secondary">
                {t('申请人尚未申请幕布（填写邮寄地址）。', 'The applicant has not asked for a curtain yet.')}
              </Typography.Text>
            ) : (
              <Descriptions
                size="small"
                column={1}
                bordered
                styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}
              >
                <Descriptions.Item label={t('收件地址', 'Address')}>{v.curtain.address}</Descriptions.Item>
                <Descriptions.Item label={t('收件人', 'Recipient')}>
                  {v.curtain.recipient} · {v.curtain.mobile}
                </Descriptions.Item>
                <Descriptions.Item label={t('申请时间', 'Requested')}>
                  {formatChinaTime(v.curtain.requestedAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('寄出', 'Shipped')}>
                  {v.curtain.shipment ? (
                    <span data-testid="curtain-shipped">
                      {v.curtain.shipment.carrier} {v.curtain.shipment.trackingNumber} ·{' '}
                      {formatChinaTime(v.curtain.shipment.shippedAt)}
                    </span>
                  ) : (
                    <Tag color="warning">{t('待寄出', 'Not shipped')}</Tag>
                  )}
                </Descriptions.Item>
              </Descriptions>
            )}
            {next.has('ship_curtain') && <ShipForm orderId={order.id} onDone={done} />}

            <Divider titlePlacement="start" plain style={{ margin: 0 }}>
              {t('幕布照片', 'Curtain photos')}
            </Divider>
            {v.photos.map((p) => (
              <div key={p.path} className="verification-photo" data-photo={p.path}>
                <Space align="start">
                  {p.photo ? (
                    <button
                      type="button"
                      className="material-thumb"
                      style={{ width: 120 }}
                      onClick={() => setViewing(photoGroups.findIndex((g) => g.key === p.path))}
                      aria-label={t('查看幕布照片', 'View the curtain photo')}
                    >
                      <img
                        className="material-thumb-img"
                        src={materialsApi.fileUrl(order.id, p.photo.id)}
                        alt={`${t('幕布照片', 'Curtain photo')} ${p.leaderName}`}
                      />
                    </button>
                  ) : (
                    <div
                      className="material-thumb-img"
                      style={{ width: 120, display: 'grid', placeItems: 'center' }}
                    >
                      <Typography.Text type="secondary">{t('未上传', 'None')}</Typography.Text>
                    </div>
                  )}
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>{p.leaderName}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('网站负责人', 'Website leader')} · {domainsOf(p.websites)}
                    </Typography.Text>
                    {p.needsUpload ? (
                      <Tag color="warning">{t('待申请人上传', 'Waiting for upload')}</Tag>
                    ) : (
                      <Tag color="processing">{t('已上传', 'Uploaded')}</Tag>
                    )}
                    {p.photo && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatChinaTime(p.photo.uploadedAt)}
                      </Typography.Text>
                    )}
                  </Space>
                </Space>
              </div>
            ))}
            <MaterialViewer
              orderId={order.id}
              groups={photoGroups}
              index={viewing === -1 ? null : viewing}
              onIndex={setViewing}
              data={order.data}
            />
          </>
        )}

        {shanghai && (
          <>
            <Divider titlePlacement="start" plain style={{ margin: 0 }}>
              {t('上海管局App核验', 'Shanghai app check')}
            </Divider>
            {v.shanghaiApp?.claimedAt ? (
              <Typography.Text data-testid="shanghai-claimed">
                {t(
                  '申请人已确认在上海通信管理局App完成网站负责人核验：',
                  'The applicant confirmed the check in the Shanghai app: ',
                )}
                {formatChinaTime(v.shanghaiApp.claimedAt)}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">
                {t(
                  '等待申请人在上海通信管理局App完成核验并确认。',
                  'Waiting for the applicant to complete the Shanghai app check.',
                )}
              </Typography.Text>
            )}
          </>
        )}

        {v.review && (
          <Alert
            type={v.review.decision === 'approved' ? 'success' : 'warning'}
            showIcon
            title={
              v.review.decision === 'approved'
                ? t(
                    `核验已通过（${formatChinaTime(v.review.reviewedAt)}）`,
                    `Verified (${formatChinaTime(v.review.reviewedAt)})`,
                  )
                : t(
                    `上次核验不通过（${formatChinaTime(v.review.reviewedAt)}）`,
                    `Last review rejected (${formatChinaTime(v.review.reviewedAt)})`,
                  )
            }
            description={
              v.review.reasons.length ? (
                <ul className="finding-list">
                  {v.review.reasons.map((r, i) => (
                    <li key={i}>
                      {r.path ? `${domainsOf([Number(/\d+/.exec(r.path)?.[0] ?? 0)])}：` : ''}
                      {r.message}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}

        {(next.has('approve_verification') || next.has('reject_verification')) && (
          <Space wrap>
            {next.has('approve_verification') && (
              <Popconfirm
                title={
                  shanghai
                    ? t(
                        '确认已在上海管局App查到网站负责人的核验记录？',
                        'Confirm the Shanghai app check was completed?',
                      )
                    : t(
                        '照片中负责人与证件一致、幕布清晰可见？核验通过。',
                        'The leader matches the ID and the curtain is visible? Approve.',
                      )
                }
                okText={t('核验通过', 'Approve')}
                cancelText={t('取消', 'Cancel')}
                onConfirm={() =>
                  act.mutate(() =>
                    shanghai
                      ? api.approveShanghaiApp(order.id, version)
                      : api.approvePhotos(order.id, version),
                  )
                }
              >
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  loading={act.isPending}
                  data-testid="verification-approve"
                >
                  {shanghai
                    ? t('确认App核验完成', 'Confirm the app check')
                    : t('照片审核通过', 'Approve photos')}
                </Button>
              </Popconfirm>
            )}
            {next.has('reject_verification') && (
              <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)}>
                {t('不通过', 'Reject')}
              </Button>
            )}
          </Space>
        )}
        <RejectModal
          open={rejecting}
          onClose={() => setRejecting(false)}
          shanghai={shanghai}
          slots={v.photos.map((p) => ({
            path: p.path,
            label: `${p.leaderName}（${domainsOf(p.websites)}）`,
          }))}
          onSubmit={async (reasons) => {
            const r = await (shanghai
              ? api.rejectShanghaiApp(order.id, { reasons, version })
              : api.rejectPhotos(order.id, { reasons, version }));
            done(r);
            void message.success(t('已退回申请人重新核验', 'Sent back to the applicant'));
          }}
        />

        {v.mailedDocuments && (
          <>
            <Divider titlePlacement="start" plain style={{ margin: 0 }}>
              {t('邮寄资料', 'Mailed documents')}
            </Divider>
            <Descriptions
              size="small"
              column={1}
              bordered
              styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}
            >
              <Descriptions.Item label={t('资料', 'Documents')}>
                {v.mailedDocuments.materials
                  .map((c) => (c in MATERIALS ? term(MATERIALS[c as MaterialCode]) : c))
                  .join('、')}
              </Descriptions.Item>
              <Descriptions.Item label={t('快递', 'Courier')}>
                {v.mailedDocuments.trackingNumber
                  ? `${v.mailedDocuments.carrier ?? ''} ${v.mailedDocuments.trackingNumber}`
                  : t('申请人尚未寄出', 'Not sent yet')}
              </Descriptions.Item>
              <Descriptions.Item label={t('收到', 'Received')}>
                {v.mailedDocuments.receivedAt ? formatChinaTime(v.mailedDocuments.receivedAt) : '—'}
              </Descriptions.Item>
            </Descriptions>
            {next.has('documents_received') && (
              <Popconfirm
                title={t(
                  '确认管局已收到邮寄的资料？之后 1 个工作日内提交管局。',
                  'Confirm the bureau received the documents?',
                )}
                okText={t('确认收到', 'Confirm')}
                cancelText={t('取消', 'Cancel')}
                onConfirm={() => act.mutate(() => api.documentsReceived(order.id, version))}
              >
                <Button type="primary" loading={act.isPending}>
                  {t('确认资料已收到', 'Documents received')}
                </Button>
              </Popconfirm>
            )}
          </>
        )}

        <Divider titlePlacement="start" plain style={{ margin: 0 }}>
          {t('提交管局', 'Push to the bureau')}
        </Divider>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}
        >
          {v.bureau.pushDueAt && (
            <Descriptions.Item label={t('自动提交时间', 'Automatic push')}>
              <DueCell dueAt={v.bureau.pushDueAt} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('已提交', 'Pushed')}>
            {v.bureau.pushedAt ? (
              <span data-testid="pushed-at">
                {formatChinaTime(v.bureau.pushedAt)}
                {v.bureau.reference ? ` · ${t('受理编号', 'Reference')} ${v.bureau.reference}` : ''}
              </span>
            ) : (
              t('尚未提交', 'Not yet')
            )}
          </Descriptions.Item>
          {v.bureau.lastAttempt && (
            <Descriptions.Item label={t('最近一次提交', 'Last attempt')}>
              {formatChinaTime(v.bureau.lastAttempt.startedAt)} ·{' '}
              {PUSH_OUTCOMES[v.bureau.lastAttempt.outcome]
                ? t(...PUSH_OUTCOMES[v.bureau.lastAttempt.outcome]!)
                : v.bureau.lastAttempt.outcome}
              {v.bureau.lastAttempt.error ? (
                <Typography.Text type="danger"> · {v.bureau.lastAttempt.error}</Typography.Text>
              ) : null}
            </Descriptions.Item>
          )}
        </Descriptions>
        {next.has('push_to_bureau') && (
          <Popconfirm
            title={t(
              '立即提交管局？（否则核验通过 1 个工作日后自动提交）',
              'Push now? (otherwise it goes automatically 1 working day after verification)',
            )}
            okText={t('提交管局', 'Push')}
            cancelText={t('取消', 'Cancel')}
            onConfirm={() => act.mutate(() => api.pushToBureau(order.id))}
          >
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={act.isPending}
              data-testid="push-to-bureau"
            >
              {t('立即提交管局', 'Push to the bureau now')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </Card>
  );
}
