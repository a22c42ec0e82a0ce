/**
 * 添加服务器: provider staff add a server to an applicant's account (the simulated purchase, POST /admin/servers).
 * Whether it will qualify for 备案服务号 is shown as the form is filled, by the same check the server runs.
 */
import { CheckCircleOutlined } from '@ant-design/icons';
import { chinaDateOf, checkServerEligibility, SERVER_TYPES, type ServerFacts } from '@beian/core';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { admin } from '../../../api/endpoints.js';
import { showErrorOnForm } from '../../../api/form-errors.js';
import { useAccounts, useServerTypes } from '../../../api/queries.js';
import type { RegisterServerInput, ServerView } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';

type Values = Omit<RegisterServerInput, 'expiresOn'> & { expiresOn?: Dayjs };

const FIELDS = [
  'ownerEmail',
  'typeCode',
  'instanceName',
  'region',
  'mainland',
  'billing',
  'prepaidMonths',
  'firstPurchaseMonths',
  'expiresOn',
  'publicBandwidthMbps',
  'orderAmountYuan',
];

function toInput(v: Values): RegisterServerInput {
  const { expiresOn, prepaidMonths, firstPurchaseMonths, orderAmountYuan, ...rest } = v;
  // an emptied number field is null: leave it out
  return {
    ...rest,
    ...(expiresOn ? { expiresOn: expiresOn.format('YYYY-MM-DD') } : {}),
    ...(prepaidMonths != null ? { prepaidMonths } : {}),
    ...(firstPurchaseMonths != null ? { firstPurchaseMonths } : {}),
    ...(orderAmountYuan != null ? { orderAmountYuan } : {}),
  };
}

export default function ServersPage() {
  const t = useT();
  const term = useTerm();
  const [form] = Form.useForm<Values>();
  const accounts = useAccounts();
  const types = useServerTypes();
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState<ServerView>();
  const values = Form.useWatch([], form) as Values | undefined;
  const add = useMutation({
    mutationFn: (v: Values) => admin.addServer(toInput(v)),
    onSuccess: (r) => {
      setAdded(r.server);
      setError(undefined);
    },
    onError: (e) => setError(showErrorOnForm(form, e, FIELDS)),
  });
  const applicants = (accounts.data ?? []).filter((a) => a.role === 'applicant');
  const facts: ServerFacts | undefined =
    values?.typeCode && values.billing
      ? {
          typeCode: values.typeCode,
          mainland: values.mainland ?? true,
          billing: values.billing,
          prepaidMonths: values.prepaidMonths ?? null,
          firstPurchaseMonths: values.firstPurchaseMonths ?? null,
          expiresOn: values.expiresOn ? values.expiresOn.format('YYYY-MM-DD') : null,
          publicBandwidthMbps: values.publicBandwidthMbps ?? 0,
          orderAmountYuan: values.orderAmountYuan ?? null,
        }
      : undefined;
  const reasons = facts
    ? checkServerEligibility(facts, SERVER_TYPES, chinaDateOf(new Date().toISOString()))
    : [];
  const prepaid = values?.billing === 'prepaid';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('为申请人添加服务器', 'Add a server to an applicant')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(
          '模拟一次购买：服务器加到申请人账号下，申请人即可在其上申请备案服务号（满足备案要求时）。',
          'A simulated purchase: the server joins the applicant’s account, who can then apply for service numbers on it (when it qualifies).',
        )}
      </Typography.Paragraph>
      <Row gutter={20}>
        <Col span={15}>
          <Card size="small">
            <Form<Values>
              form={form}
              layout="vertical"
              requiredMark="optional"
              initialValues={{
                typeCode: 'ecs',
                region: 'cn-beijing',
                mainland: true,
                billing: 'prepaid',
                prepaidMonths: 12,
                expiresOn: dayjs().add(1, 'year'),
                publicBandwidthMbps: 5,
              }}
              onFinish={(v) => {
                setAdded(undefined);
                add.mutate(v);
              }}
            >
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item
                    name="ownerEmail"
                    label={t('申请人账号（邮箱）', 'Applicant (email)')}
                    rules={[
                      { required: true, message: t('请填写申请人的邮箱', 'Enter the applicant’s email') },
                    ]}
                  >
                    <AutoComplete
                      id="ownerEmail"
                      options={applicants.map((a) => ({
                        value: a.email,
                        label: `${a.email}（${a.displayName}）`,
                      }))}
                      filterOption={(input, o) =>
                        String(o?.label ?? '')
                          .toLowerCase()
                          .includes(input.toLowerCase())
                      }
                      placeholder="name@example.cn"
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="typeCode" label={t('服务器类型', 'Type')} rules={[{ required: true }]}>
                    <Select
                      id="typeCode"
                      loading={types.isPending}
                      options={(types.data ?? []).map((s) => ({ value: s.code, label: term(s) }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="instanceName"
                    label={t('实例名称', 'Instance name')}
                    rules={[{ required: true, message: t('请填写实例名称', 'Enter the instance name') }]}
                  >
                    <Input id="instanceName" maxLength={100} placeholder="i-bp1xxxx" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="region"
                    label={t('地域', 'Region')}
                    rules={[
                      { required: true, message: t('请填写地域', 'Enter the region') },
                      {
                        pattern: /^[a-z][a-z0-9-]{1,39}$/,
                        message: t('地域代码，如 cn-hangzhou', 'A region code, e.g. cn-hangzhou'),
                      },
                    ]}
                  >
                    <Input id="region" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="mainland"
                    label={t('中国内地（大陆）节点', 'Mainland China')}
                    valuePropName="checked"
                  >
                    <Switch
                      id="mainland"
                      checkedChildren={t('是', 'Yes')}
                      unCheckedChildren={t('否', 'No')}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="billing" label={t('计费方式', 'Billing')}>
                    <Radio.Group
                      id="billing"
                      optionType="button"
                      options={[
                        { value: 'prepaid', label: t('包年包月', 'Prepaid') },
                        { value: 'postpaid', label: t('按量付费', 'Pay as you go') },
                      ]}
                    />
                  </Form.Item>
                </Col>
                {prepaid && (
                  <>
                    <Col span={8}>
                      <Form.Item
                        name="prepaidMonths"
                        label={t('购买时长（月，含续费）', 'Months bought')}
                        rules={[{ required: true, message: t('请填写购买时长', 'Required') }]}
                      >
                        <InputNumber id="prepaidMonths" min={0} max={1200} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item
                        name="firstPurchaseMonths"
                        label={t('首购周期（月）', 'First purchase (months)')}
                      >
                        <InputNumber id="firstPurchaseMonths" min={0} max={1200} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item
                        name="expiresOn"
                        label={t('到期日', 'Expires on')}
                        rules={[{ required: true, message: t('请选择到期日', 'Required') }]}
                      >
                        <DatePicker id="expiresOn" style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </>
                )}
                <Col span={12}>
                  <Form.Item
                    name="publicBandwidthMbps"
                    label={t('公网带宽（Mbps）', 'Public bandwidth (Mbps)')}
                  >
                    <InputNumber id="publicBandwidthMbps" min={0} max={100000} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="orderAmountYuan" label={t('订单金额（元）', 'Order amount (yuan)')}>
                    <InputNumber id="orderAmountYuan" min={0} precision={2} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={error} />}
              <Button type="primary" htmlType="submit" loading={add.isPending}>
                {t('添加服务器', 'Add the server')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col span={9}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Card size="small" title={t('是否满足备案要求', 'Does it qualify?')}>
              {!facts ? null : reasons.length === 0 ? (
                <Alert
                  type="success"
                  showIcon
                  title={t('满足备案要求：可申请备案服务号', 'Qualifies: service numbers can be applied for')}
                />
              ) : (
                <Alert
                  type="warning"
                  showIcon
                  title={t('可以添加，但不能申请备案服务号：', 'Can be added, but gives no service numbers:')}
                  description={
                    <ul className="finding-list">
                      {reasons.map((r, i) => (
                        <li key={i}>
                          {r.message}
                          <span className="finding-citation">
                            {t('依据', 'Rule')}：{r.citation}
                          </span>
                        </li>
                      ))}
                    </ul>
                  }
                />
              )}
            </Card>
            {added && (
              <Card
                size="small"
                title={
                  <Space>
                    <CheckCircleOutlined style={{ color: '#52c41a' }} />
                    {t('已添加', 'Added')}
                  </Space>
                }
                data-testid="server-added"
              >
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('实例', 'Instance')}>{added.instanceName}</Descriptions.Item>
                  <Descriptions.Item label={t('类型', 'Type')}>{added.typeName}</Descriptions.Item>
                  <Descriptions.Item label={t('地域', 'Region')}>{added.region}</Descriptions.Item>
                  <Descriptions.Item label={t('备案服务号', 'Service numbers')}>
                    {added.eligible
                      ? t(`可申请 ${added.quota.remaining} 个`, `${added.quota.remaining} available`)
                      : t('不满足备案要求', 'Does not qualify')}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
