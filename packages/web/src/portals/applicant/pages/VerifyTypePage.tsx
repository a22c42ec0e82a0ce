/**
 * 验证备案类型 (seeds 000, 002): 所属区域, 主办单位性质, 证件, the domains and the 验证码. The server asks the national
 * registry and answers with the filing type, or with what blocks the filing; each conflict is shown beside its
 * field. A verified type starts the order wizard.
 */
import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  NATURES,
  PERSON_CERT_TYPES,
  UNIT_CERT_TYPES,
  type NatureCode,
  type ProvinceCode,
  type Term,
} from '@beian/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Result,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import { filingType } from '../../../api/endpoints.js';
import { setFieldErrors, showErrorOnForm } from '../../../api/form-errors.js';
import { useMe } from '../../../api/queries.js';
import type { FilingTypeResult, VerifyFilingTypeInput } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { ProvinceSelect } from '../components/ProvinceSelect.js';
import { saveLocal } from '../wizard/local-draft.js';
import { newOrderData } from '../wizard/draft.js';

type Fields = {
  province: ProvinceCode;
  nature: NatureCode;
  certificateType: string;
  certificateNumber: string;
  domains: string[];
  captchaAnswer: string;
};

const FIELDS = ['province', 'nature', 'certificateType', 'certificateNumber', 'domains', 'captchaAnswer'];

function options(table: Record<string, Term>, term: (t: Term) => string) {
  return Object.entries(table).map(([value, t]) => ({ value, label: term(t) }));
}

export default function VerifyTypePage() {
  const t = useT();
  const term = useTerm();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Fields>();
  const nature = Form.useWatch('nature', form);
  const [topError, setTopError] = useState<string>();
  const [result, setResult] = useState<{ input: Fields; result: FilingTypeResult }>();
  const captcha = useQuery({ queryKey: ['captcha'], queryFn: filingType.captcha, staleTime: 4 * 60_000 });

  const verify = useMutation({
    mutationFn: (v: Fields) => {
      const input: VerifyFilingTypeInput = {
        province: v.province,
        nature: v.nature,
        certificateType: v.certificateType,
        certificateNumber: v.certificateNumber,
        domains: v.domains.map((d) => d.trim()).filter(Boolean),
        captchaId: captcha.data?.id ?? '',
        captchaAnswer: v.captchaAnswer,
      };
      return filingType.verify(input);
    },
    onSuccess: (r, v) => {
      setResult({ input: v, result: r });
      // conflicts name their field: show each beside it too
      setFieldErrors(form, r.conflicts);
    },
    onError: (e) => setTopError(showErrorOnForm(form, e, FIELDS)),
    onSettled: (_d, e) => {
      // every attempt uses the captcha up, except an input error found before it was checked
      if (!(e instanceof ApiError && e.path && e.path !== 'captchaAnswer')) {
        form.setFieldValue('captchaAnswer', '');
        void captcha.refetch();
      }
    },
  });

  const start = () => {
    if (!result?.result.ok || !me.data) return;
    const v = result.input;
    saveLocal(me.data.id, {
      data: newOrderData({ ...v, domains: result.result.domains.map((d) => d.domain) }),
      dirty: true,
      filingType: result.result.filingType,
      updatedAt: new Date().toISOString(),
    });
    navigate('/orders/new');
  };

  const individual = nature === 'individual';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3}>{t('验证备案类型', 'Verify the filing type')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t(
            '填写备案主体和网站域名，系统将查询工信部备案系统，判断本次是首次备案、新增网站、接入备案还是新增接入，并提示阻止备案的问题。',
            'Enter the subject and the domains: Beian asks the national registry and tells you whether this is a first filing, a new website, an access filing or a new access, and what blocks it.',
          )}
        </Typography.Paragraph>
        <Alert
          type="info"
          showIcon
          data-testid="readiness-hint"
          title={t(
            '还没准备好？先做备案前检查：域名和服务器是否满足要求、本省需要哪些资料、管局有哪些规则。',
            'Not ready yet? Run the readiness checks first: domain and servers, the materials and rules of your province.',
          )}
          action={
            <Link to="/readiness">
              <Button size="small">{t('备案前检查', 'Readiness checks')}</Button>
            </Link>
          }
        />
      </div>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={13}>
          <Card title={t('主体与域名', 'Subject and domains')}>
            {topError && <Alert type="error" showIcon title={topError} style={{ marginBottom: 16 }} />}
            <Form<Fields>
              form={form}
              layout="vertical"
              initialValues={{ domains: [''], nature: 'enterprise' }}
              onValuesChange={() => setTopError(undefined)}
              onFinish={(v) => {
                setResult(undefined);
                verify.mutate(v);
              }}
            >
              <Form.Item
                name="province"
                label={t('主办单位所属区域', 'Province of the subject')}
                extra={t(
                  '选择主体实际所在地，系统按该省管局规则检查。',
                  'Where the subject really is: its bureau’s rules apply.',
                )}
                rules={[{ required: true, message: t('请选择主办单位所属区域', 'Choose a province') }]}
              >
                <ProvinceSelect placeholder={t('请选择省份', 'Choose a province')} />
              </Form.Item>
              <Form.Item
                name="nature"
                label={t('主办单位性质', 'Nature of the subject')}
                extra={t('个人网站请选择“个人”。', 'Personal websites: choose Individual.')}
                rules={[{ required: true, message: t('请选择主办单位性质', 'Choose a nature') }]}
              >
                <Select
                  options={options(NATURES, term)}
                  onChange={() => form.setFieldValue('certificateType', undefined)}
                />
              </Form.Item>
              <Form.Item
                name="certificateType"
                label={
                  individual
                    ? t('证件类型', 'Certificate type')
                    : t('主办单位证件类型', 'Unit certificate type')
                }
                rules={[{ required: true, message: t('请选择证件类型', 'Choose a certificate type') }]}
              >
                <Select
                  placeholder={t('请选择', 'Choose')}
                  options={options(individual ? PERSON_CERT_TYPES : UNIT_CERT_TYPES, term)}
                />
              </Form.Item>
              <Form.Item
                name="certificateNumber"
                label={t('证件号码', 'Certificate number')}
                rules={[
                  { required: true, whitespace: true, message: t('请填写证件号码', 'Enter the number') },
                ]}
              >
                <Input maxLength={40} autoComplete="off" />
              </Form.Item>
              <Form.List name="domains">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f, i) => (
                      <Form.Item
                        key={f.key}
                        label={i === 0 ? t('网站域名', 'Domains') : undefined}
                        required
                        extra={
                          i === fields.length - 1
                            ? t(
                                '填写注册的主域名，如 example.com；一次最多10个。',
                                'Registered domains such as example.com; up to 10.',
                              )
                            : undefined
                        }
                      >
                        <Space.Compact style={{ width: '100%' }}>
                          <Form.Item
                            name={f.name}
                            noStyle
                            rules={[
                              {
                                required: true,
                                whitespace: true,
                                message: t('请填写域名', 'Enter a domain'),
                              },
                            ]}
                          >
                            <Input
                              placeholder="example.com"
                              aria-label={t(`域名${i + 1}`, `Domain ${i + 1}`)}
                            />
                          </Form.Item>
                          {fields.length > 1 && (
                            <Button
                              icon={<DeleteOutlined />}
                              aria-label={t('删除该域名', 'Remove this domain')}
                              onClick={() => remove(f.name)}
                            />
                          )}
                        </Space.Compact>
                      </Form.Item>
                    ))}
                    {fields.length < 10 && (
                      <Form.Item>
                        <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                          {t('添加域名', 'Add a domain')}
                        </Button>
                      </Form.Item>
                    )}
                  </>
                )}
              </Form.List>
              <Form.Item label={t('验证码', 'Captcha')} required>
                <Space wrap align="start">
                  <Form.Item
                    name="captchaAnswer"
                    noStyle
                    rules={[
                      { required: true, whitespace: true, message: t('请输入验证码', 'Enter the captcha') },
                    ]}
                  >
                    <Input
                      style={{ width: 140 }}
                      maxLength={8}
                      autoComplete="off"
                      aria-label={t('验证码', 'Captcha')}
                    />
                  </Form.Item>
                  {captcha.data ? (
                    <img
                      src={captcha.data.image}
                      alt={t('验证码图片', 'Captcha image')}
                      width={150}
                      height={50}
                      style={{ borderRadius: 4, border: '1px solid #eee' }}
                    />
                  ) : (
                    <span style={{ display: 'inline-block', width: 150, height: 50 }}>
                      {captcha.isError ? errorMessage(captcha.error) : t('加载中…', 'Loading…')}
                    </span>
                  )}
                  <Button
                    icon={<ReloadOutlined />}
                    onClick={() => void captcha.refetch()}
                    loading={captcha.isFetching}
                    aria-label={t('换一张验证码', 'New captcha')}
                  >
                    {t('换一张', 'New')}
                  </Button>
                </Space>
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={verify.isPending} block>
                {t('验证备案类型', 'Verify filing type')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <VerifyResult result={result?.result} onStart={start} />
        </Col>
      </Row>
    </Space>
  );
}

function VerifyResult({ result, onStart }: { result: FilingTypeResult | undefined; onStart: () => void }) {
  const t = useT();
  if (!result)
    return (
      <Card title={t('验证结果', 'Result')}>
        <Typography.Paragraph type="secondary">
          {t(
            '填写左侧信息并输入验证码后，验证结果显示在这里。',
            'Fill in the form and the captcha: the result appears here.',
          )}
        </Typography.Paragraph>
      </Card>
    );
  const own = result.conflicts.find((c) => c.orderId);
  return (
    <Card title={t('验证结果', 'Result')} data-testid="verify-result">
      {result.ok ? (
        <Result
          status="success"
          title={`${t('备案类型：', 'Filing type: ')}${result.filingTypeZh ?? '—'}`}
          subTitle={
            result.subject.filed
              ? t(
                  `主体已备案（${result.subject.icpNumber ?? ''}）`,
                  `Subject already filed (${result.subject.icpNumber ?? ''})`,
                )
              : t('主体尚未备案', 'The subject has not been filed yet')
          }
          extra={
            <Button type="primary" onClick={onStart}>
              {t('开始填写备案信息', 'Fill in the filing')}
            </Button>
          }
        />
      ) : (
        <Result
          status="warning"
          title={t('暂不能办理备案', 'The filing cannot go ahead yet')}
          subTitle={t('请按下列提示处理后重新验证。', 'Settle the following, then verify again.')}
          extra={
            own?.orderId ? (
              <Link to={`/orders/${own.orderId}/edit`}>
                <Button type="primary">{t('继续办理进行中的订单', 'Continue the order in progress')}</Button>
              </Link>
            ) : undefined
          }
        />
      )}
      {result.conflicts.length > 0 && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
          {result.conflicts.map((c, i) => (
            <Alert key={i} type="error" showIcon title={c.zh} description={c.message} data-code={c.code} />
          ))}
        </Space>
      )}
      <Table
        size="small"
        rowKey="input"
        pagination={false}
        dataSource={result.domains}
        columns={[
          { title: t('域名', 'Domain'), dataIndex: 'domain' },
          { title: t('备案类型', 'Filing type'), render: (_, d) => d.filingTypeZh ?? '—' },
          { title: t('已有备案号', 'Existing number'), render: (_, d) => d.icpNumber ?? '—' },
        ]}
      />
      {result.subject.filed && (
        <Descriptions size="small" column={1} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('主体备案号', 'Subject ICP number')}>
            {result.subject.icpNumber}
          </Descriptions.Item>
          <Descriptions.Item label={t('已在本平台接入', 'Accessed here')}>
            {result.subject.accessedHere ? t('是', 'Yes') : t('否', 'No')}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
