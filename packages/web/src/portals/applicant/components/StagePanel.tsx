/**
 * The step an order is in, with what the applicant does there: 幕布拍照 (request the curtain with a mailing
 * address, follow its shipment, upload the photo, see a rejection and upload again), 上海管局App核验 (the
 * instructions and the confirmation), 邮寄资料 (courier and tracking number) and 短信核验 (the code, the mobile
 * it went to and the certificate's last 6 characters, with the attempts left and the 48-hour deadline).
 */
import { CameraOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Image,
  Input,
  Row,
  Skeleton,
  Space,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import { materials, stages } from '../../../api/endpoints.js';
import { showErrorOnForm } from '../../../api/form-errors.js';
import { keys, useVerification } from '../../../api/queries.js';
import type {
  OrderView,
  RequestCurtainInput,
  SendDocumentsInput,
  VerificationResponse,
  VerificationView,
  VerifySmsInput,
} from '../../../api/types.js';
import { useT } from '../../../i18n/locale.js';
import { DueTime } from './DueTime.js';
import { formatChinaTime } from './due-time.js';
import { fieldLabel } from './field-label.js';
import { ProvinceSelect } from './ProvinceSelect.js';

const SMS_MAX_WRONG = 5;

/** Puts a fresh verification answer (and its order) into the cache. */
function useStored(orderId: string) {
  const queryClient = useQueryClient();
  return (r: VerificationResponse) => {
    queryClient.setQueryData(keys.verification(orderId), r);
    queryClient.setQueryData(keys.order(orderId), r.order);
    void queryClient.invalidateQueries({ queryKey: keys.history(orderId) });
    void queryClient.invalidateQueries({ queryKey: keys.orders, exact: true });
  };
}

function CurtainRequest({ order, v }: { order: OrderView; v: VerificationView }) {
  const t = useT();
  const [form] = Form.useForm<RequestCurtainInput>();
  const [error, setError] = useState<string>();
  const store = useStored(order.id);
  const c = v.curtain;
  const [editing, setEditing] = useState(!c);
  const save = useMutation({
    mutationFn: (input: RequestCurtainInput) => stages.requestCurtain(order.id, input),
    onSuccess: (r) => {
      store(r);
      setEditing(false);
      setError(undefined);
    },
    onError: (e) => setError(showErrorOnForm(form, e, ['province', 'address', 'recipient', 'mobile'])),
  });
  const canRequest = v.nextActions.includes('request_curtain');
  if (c && !editing)
    return (
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid="curtain-request">
        <Descriptions.Item label={t('收件地址', 'Address')}>{c.address}</Descriptions.Item>
        <Descriptions.Item label={t('收件人', 'Recipient')}>
          {c.recipient} · {c.mobile}
        </Descriptions.Item>
        <Descriptions.Item label={t('幕布寄送', 'Shipment')} span={2}>
          {c.shipment ? (
            <span data-testid="curtain-shipment">
              {t('已寄出', 'Shipped')}：{c.shipment.carrier}{' '}
              <Typography.Text copyable>{c.shipment.trackingNumber}</Typography.Text>（
              {formatChinaTime(c.shipment.shippedAt)}）
            </span>
          ) : (
            <Space wrap>
              <Typography.Text type="secondary">
                {t(
                  '已申请，等待寄出（寄出后这里显示快递单号）',
                  'Requested; the tracking number shows here once shipped',
                )}
              </Typography.Text>
              {canRequest && (
                <Button size="small" onClick={() => setEditing(true)}>
                  {t('修改地址', 'Change address')}
                </Button>
              )}
            </Space>
          )}
        </Descriptions.Item>
      </Descriptions>
    );
  if (!canRequest) return null;
  return (
    <Form<RequestCurtainInput>
      form={form}
      layout="vertical"
      data-testid="curtain-form"
      initialValues={
        c
          ? { province: c.province, address: c.address, recipient: c.recipient, mobile: c.mobile }
          : { province: order.province }
      }
      onFinish={(values) => save.mutate(values)}
      style={{ maxWidth: 560 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="province"
        label={t('收件省份', 'Province')}
        rules={[{ required: true, message: t('请选择收件地址所在省份', 'Choose the province') }]}
      >
        <ProvinceSelect id="province" />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('详细地址', 'Address')}
        rules={[
          { required: true, message: t('请填写详细收件地址', 'Enter the address') },
          { min: 8, message: t('收件地址须具体到街道和门牌号（至少8个字）', 'At least 8 characters') },
          { max: 200, message: t('收件地址最多200字', 'At most 200 characters') },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2 }}
          placeholder={t('如：浙江省杭州市西湖区文三路90号5层', 'Street and number')}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12} md={8}>
          <Form.Item
            name="recipient"
            label={t('收件人', 'Recipient')}
            rules={[
              { required: true, message: t('请填写收件人姓名', 'Enter the recipient') },
              { min: 2, message: t('收件人姓名至少2个字', 'At least 2 characters') },
            ]}
          >
            <Input autoComplete="name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Form.Item
            name="mobile"
            label={t('收件人手机号码', 'Mobile')}
            rules={[
              { required: true, message: t('请填写收件人手机号码', 'Enter the mobile') },
              { pattern: /^1\d{10}$/, message: t('须为11位中国内地手机号码', '11-digit mainland mobile') },
            ]}
          >
            <Input inputMode="numeric" maxLength={11} autoComplete="tel" />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {c ? t('保存地址', 'Save address') : t('申请幕布', 'Request the curtain')}
        </Button>
        {c && <Button onClick={() => setEditing(false)}>{t('取消', 'Cancel')}</Button>}
      </Space>
    </Form>
  );
}

function CurtainPhotos({ order, v }: { order: OrderView; v: VerificationView }) {
  const t = useT();
  const { message } = App.useApp();
  const store = useStored(order.id);
  const upload = useMutation({
    mutationFn: ({ file, path }: { file: File; path: string }) =>
      stages.uploadCurtainPhoto(order.id, file, v.photos.length > 1 ? path : undefined),
    onSuccess: (r) => {
      store(r);
      void message.success(t('幕布照片已上传，等待审核', 'Photo uploaded, awaiting review'));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const may = v.nextActions.includes('upload_curtain_photo');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {v.photos.map((p) => (
        <Card
          key={p.path}
          size="small"
          data-testid="curtain-photo"
          data-path={p.path}
          title={`${t('网站负责人', 'Website leader')}：${p.leaderName}（${p.websites
            .map((i) => order.data.websites[i]?.domains[0] ?? `${t('网站', 'Website')}${i + 1}`)
            .join('、')}）`}
        >
          <Space wrap align="start">
            {p.photo ? (
              <Image
                width={180}
                src={materials.fileUrl(order.id, p.photo.id)}
                alt={t('幕布照片', 'Curtain photo')}
              />
            ) : (
              <div
                className="curtain-empty"
                style={{
                  width: 180,
                  height: 120,
                  display: 'grid',
                  placeItems: 'center',
                  background: '#fafafa',
                  border: '1px dashed #d9d9d9',
                  borderRadius: 8,
                }}
              >
                <CameraOutlined style={{ fontSize: 28, color: '#bbb' }} />
              </div>
            )}
            <Space orientation="vertical">
              <Typography.Text type={p.needsUpload ? 'warning' : 'success'}>
                {p.needsUpload
                  ? p.photo
                    ? t('需要重新上传', 'Upload again')
                    : t('待上传', 'To upload')
                  : t('已上传，等待或已通过审核', 'Uploaded')}
              </Typography.Text>
              {may && (
                <Upload
                  accept="image/jpeg,image/png,image/gif"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    upload.mutate({ file, path: p.path });
                    return false;
                  }}
                >
                  <Button icon={<UploadOutlined />} loading={upload.isPending}>
                    {p.photo ? t('重新上传', 'Upload again') : t('上传幕布照片', 'Upload photo')}
                  </Button>
                </Upload>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(
                  'JPG/PNG/GIF，200 KB～4 MB；本人站在幕布前，正面免冠、光线充足',
                  'JPG/PNG/GIF, 200 KB–4 MB',
                )}
              </Typography.Text>
            </Space>
          </Space>
        </Card>
      ))}
    </Space>
  );
}

function ReviewReasons({ v }: { v: VerificationView }) {
  const t = useT();
  if (v.review?.decision !== 'rejected') return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="verification-rejected"
      title={t('核验未通过：请按原因处理后重新提交', 'Verification not passed: fix and try again')}
      description={
        <ul className="finding-list">
          {v.review.reasons.map((r, i) => (
            <li key={i}>
              {r.path && <Typography.Text strong>{fieldLabel(r.path, t)}：</Typography.Text>}
              {r.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

function ShanghaiApp({ order, v }: { order: OrderView; v: VerificationView }) {
  const t = useT();
  const [done, setDone] = useState(false);
  const { message } = App.useApp();
  const store = useStored(order.id);
  const claim = useMutation({
    mutationFn: () => stages.claimShanghaiApp(order.id),
    onSuccess: (r) => {
      store(r);
      void message.success(t('已确认，等待审核员核实', 'Confirmed; a reviewer checks it'));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="shanghai-app">
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        <li>
          {t(
            '在手机应用商店搜索并安装“上海市通信管理局”App（或使用其微信小程序）。',
            'Install the Shanghai bureau app.',
          )}
        </li>
        <li>
          {t(
            '每位网站负责人用本人手机号码登录，按提示完成人脸识别和证件核验。',
            'Each website leader signs in and completes face and ID checks.',
          )}
        </li>
        <li>
          {t(
            '完成后回到这里勾选并确认，审核员核实后进入下一步。',
            'Then confirm here; a reviewer checks it.',
          )}
        </li>
      </ol>
      {v.shanghaiApp?.claimedAt ? (
        <Alert
          type="info"
          showIcon
          title={`${t('已于', 'Confirmed at')} ${formatChinaTime(v.shanghaiApp.claimedAt)} ${t('确认完成，等待审核员核实', '; awaiting the reviewer')}`}
        />
      ) : (
        v.nextActions.includes('claim_shanghai_app') && (
          <Space wrap>
            <Checkbox checked={done} onChange={(e) => setDone(e.target.checked)}>
              {t('我已完成上海管局App核验', 'I completed the Shanghai app check')}
            </Checkbox>
            <Button type="primary" disabled={!done} loading={claim.isPending} onClick={() => claim.mutate()}>
              {t('确认', 'Confirm')}
            </Button>
          </Space>
        )
      )}
    </Space>
  );
}

function MailedDocuments({ order, v }: { order: OrderView; v: VerificationView }) {
  const t = useT();
  const [form] = Form.useForm<SendDocumentsInput>();
  const [error, setError] = useState<string>();
  const store = useStored(order.id);
  const m = v.mailedDocuments;
  const save = useMutation({
    mutationFn: (input: SendDocumentsInput) => stages.sendDocuments(order.id, input),
    onSuccess: (r) => {
      store(r);
      setError(undefined);
    },
    onError: (e) => setError(showErrorOnForm(form, e, ['carrier', 'trackingNumber'])),
  });
  if (!m) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="mailed-documents">
      <Typography.Text>
        {t('请将以下资料寄给审核员：', 'Mail these documents to the reviewer: ')}
        {m.materials.join('、')}
      </Typography.Text>
      {m.receivedAt ? (
        <Alert
          type="success"
          showIcon
          title={`${t('资料已于', 'Received at')} ${formatChinaTime(m.receivedAt)} ${t('送达', '')}`}
        />
      ) : (
        m.trackingNumber && (
          <Typography.Text type="secondary">
            {t('已登记', 'Registered')}：{m.carrier} {m.trackingNumber}，{t('等待签收', 'awaiting receipt')}
          </Typography.Text>
        )
      )}
      {v.nextActions.includes('send_documents') && (
        <Form<SendDocumentsInput>
          form={form}
          layout="inline"
          initialValues={{ carrier: m.carrier ?? '', trackingNumber: m.trackingNumber ?? '' }}
          onFinish={(values) => save.mutate(values)}
        >
          {error && <Alert type="error" showIcon title={error} style={{ width: '100%', marginBottom: 8 }} />}
          <Form.Item
            name="carrier"
            label={t('快递公司', 'Courier')}
            rules={[{ required: true, min: 2, message: t('请填写快递公司名称', 'Enter the courier') }]}
          >
            <Input placeholder={t('如：顺丰速运', 'e.g. SF Express')} />
          </Form.Item>
          <Form.Item
            name="trackingNumber"
            label={t('快递单号', 'Tracking number')}
            rules={[{ required: true, message: t('请填写快递单号', 'Enter the tracking number') }]}
          >
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {m.trackingNumber ? t('更新单号', 'Update') : t('登记单号', 'Save')}
          </Button>
        </Form>
      )}
    </Space>
  );
}

function SmsVerification({ order }: { order: OrderView }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<VerifySmsInput>();
  const [remaining, setRemaining] = useState(SMS_MAX_WRONG);
  const [pending, setPending] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const verify = useMutation({
    mutationFn: (input: VerifySmsInput) => stages.verifySms(order.id, input),
    onSuccess: (r) => {
      queryClient.setQueryData(keys.order(order.id), r.order);
      void queryClient.invalidateQueries({ queryKey: keys.history(order.id) });
      void queryClient.invalidateQueries({ queryKey: keys.orders, exact: true });
      setError(undefined);
      setPending(r.pending);
      form.resetFields();
      void message.success(
        r.complete
          ? t('短信核验完成，订单已进入管局审核', 'SMS verification done: the bureau reviews the order')
          : t('该号码已核验，请继续核验其他号码', 'Verified; verify the other numbers'),
      );
    },
    onError: (e) => {
      if (e instanceof ApiError && typeof e.details.remainingAttempts === 'number')
        setRemaining(e.details.remainingAttempts);
      if (e instanceof ApiError && e.code === 'INVALID_STATE')
        void queryClient.invalidateQueries({ queryKey: keys.order(order.id) });
      setError(showErrorOnForm(form, e, ['code', 'mobile', 'certificateTail']));
    },
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="sms-step">
      <Typography.Paragraph style={{ margin: 0 }}>
        {t(
          '管局已向负责人的手机号码（联系方式1）发送6位短信验证码。请输入验证码、接收短信的手机号码和该负责人证件号码的后6位。',
          'The bureau sent a 6-digit code to each leader’s mobile. Enter it with that mobile and the last 6 characters of the leader’s certificate number.',
        )}
      </Typography.Paragraph>
      <Space wrap size="large">
        <span>
          {t('截止时间（发送后48小时）', 'Deadline (48 h after sending)')}：<DueTime dueAt={order.dueAt} />
        </span>
        <Typography.Text type={remaining <= 2 ? 'danger' : 'secondary'} data-testid="sms-remaining">
          {t(`还可输错${remaining}次`, `${remaining} wrong entries left`)}
        </Typography.Text>
      </Space>
      {pending.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`${t('还需核验的号码', 'Still to verify')}：${pending.join('、')}`}
        />
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Form<VerifySmsInput>
        form={form}
        layout="vertical"
        onFinish={(values) => verify.mutate(values)}
        style={{ maxWidth: 560 }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12} md={8}>
            <Form.Item
              name="code"
              label={t('短信验证码', 'SMS code')}
              rules={[
                { required: true, message: t('请输入短信验证码', 'Enter the code') },
                { pattern: /^\d{6}$/, message: t('短信验证码为6位数字', '6 digits') },
              ]}
            >
              <Input id="sms-code" inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={8}>
            <Form.Item
              name="mobile"
              label={t('手机号码', 'Mobile')}
              rules={[
                { required: true, message: t('请输入接收短信的手机号码', 'Enter the mobile') },
                { pattern: /^1\d{10}$/, message: t('请输入11位手机号码', '11 digits') },
              ]}
            >
              <Input id="sms-mobile" inputMode="numeric" maxLength={11} autoComplete="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={8}>
            <Form.Item
              name="certificateTail"
              label={t('证件号码后6位', 'Certificate’s last 6')}
              rules={[
                { required: true, message: t('请输入证件号码后6位', 'Enter the last 6 characters') },
                { pattern: /^[0-9A-Za-z]{6}$/, message: t('6位字母或数字', '6 letters or digits') },
              ]}
            >
              <Input id="sms-tail" maxLength={6} />
            </Form.Item>
          </Col>
        </Row>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={verify.isPending}>
            {t('提交核验', 'Verify')}
          </Button>
          <Link to="/notices">{t('在通知中心查看短信', 'Read the SMS in the notice centre')}</Link>
        </Space>
      </Form>
    </Space>
  );
}

const VERIFICATION_STATES = new Set(['verifying', 'awaiting_documents', 'pending_bureau_push']);

/** The card of the current step, or nothing when the applicant has nothing to do or see there. */
export function StagePanel({ order }: { order: OrderView }) {
  const t = useT();
  const withVerification = VERIFICATION_STATES.has(order.state);
  const verification = useVerification(order.id, withVerification);
  if (order.state === 'sms_verification')
    return (
      <Card title={t('当前步骤：短信核验', 'Current step: SMS verification')}>
        <SmsVerification order={order} />
      </Card>
    );
  if (!withVerification) return null;
  if (verification.isPending) return <Skeleton active />;
  if (verification.isError) return <Alert type="error" showIcon title={errorMessage(verification.error)} />;
  const v = verification.data.verification;
  const curtain = v.method === 'curtain_photo';
  return (
    <Card
      title={
        order.state === 'verifying'
          ? `${t('当前步骤', 'Current step')}：${curtain ? t('幕布拍照核验', 'Curtain photo') : t('上海管局App核验', 'Shanghai app check')}`
          : order.state === 'awaiting_documents'
            ? t('当前步骤：邮寄资料', 'Current step: mail documents')
            : t('当前步骤：待提交管局', 'Current step: to the bureau')
      }
      extra={
        <span style={{ whiteSpace: 'nowrap' }}>
          {t('截止', 'Due')}：<DueTime dueAt={order.dueAt} />
        </span>
      }
      data-testid="stage-panel"
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ReviewReasons v={v} />
        {order.state === 'verifying' && curtain && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('1. 申请幕布', '1. Request the curtain')}
            </Typography.Title>
            <CurtainRequest order={order} v={v} />
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('2. 上传幕布照片', '2. Upload the curtain photo')}
            </Typography.Title>
            <CurtainPhotos order={order} v={v} />
          </>
        )}
        {order.state === 'verifying' && !curtain && <ShanghaiApp order={order} v={v} />}
        {order.state === 'awaiting_documents' && <MailedDocuments order={order} v={v} />}
        {order.state === 'pending_bureau_push' && (
          <Typography.Text>
            {t('核验已通过，将于', 'Verified; pushed to the bureau by ')}
            {v.bureau.pushDueAt ? formatChinaTime(v.bureau.pushDueAt) : '—'}
            {t('前提交管局，之后管局发送短信核验。', '; then the bureau sends the SMS code.')}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}
