/**
 * 域名注册信息 (the WHOIS simulator): look a domain up — its registrar and whether the registrar is approved by
 * the MIIT, real-name verification, holder, expiry, privacy — and enter, correct or remove those facts. Orders'
 * precheck reads them at once.
 */
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { APPROVED_REGISTRARS, findApprovedRegistrar } from '@beian/core';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../../api/api-error.js';
import { admin } from '../../../api/endpoints.js';
import { showErrorOnForm } from '../../../api/form-errors.js';
import type { WhoisFactsInput, WhoisRecordView } from '../../../api/types.js';
import { formatChinaTime } from '../../../consoles/reuse.js';
import { useT } from '../../../i18n/locale.js';

type Values = Omit<WhoisFactsInput, 'realNameVerifiedAt' | 'expiresAt'> & {
  realNameVerifiedAt?: Dayjs | null;
  expiresAt?: Dayjs;
};

const FIELDS = [
  'registrar',
  'registrarApproved',
  'realNameVerified',
  'realNameVerifiedAt',
  'holder',
  'holderRelation',
  'expiresAt',
  'privacyProtection',
];

/** The approved-registrar list's names (and the spellings registries use) for the registrar field. */
const REGISTRAR_OPTIONS = APPROVED_REGISTRARS.registrars.flatMap((r) =>
  [r.name, ...r.aliases].map((n) => ({ value: n, label: r.brand ? `${n}（${r.brand}）` : n })),
);

/** Whether the registrar's name is on the approved list (data/approved-registrars.json). */
function RegistrarHint({ name }: { name: string | undefined }) {
  const t = useT();
  if (!name?.trim()) return t('可从已批复注册商名单中选择。', 'Pick from the approved list.');
  const found = findApprovedRegistrar(name);
  return found
    ? t(`在已批复注册商名单中（${found.name}）。`, `On the approved list (${found.name}).`)
    : t(
        '不在已批复注册商名单快照中：境外注册商请关闭“已获工信部批复”。',
        'Not on the approved list snapshot: for a foreign registrar, switch “MIIT-approved” off.',
      );
}

function FactsForm(props: {
  domain: string;
  current?: WhoisRecordView;
  onDone: (r: WhoisRecordView) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const registrar = Form.useWatch('registrar', form);
  const [error, setError] = useState<string>();
  const f = props.current?.facts;
  const save = useMutation({
    mutationFn: (v: Values) => {
      const { realNameVerifiedAt, expiresAt, holderRelation, ...rest } = v;
      return admin.saveWhois(props.domain, {
        ...rest,
        expiresAt: expiresAt!.format('YYYY-MM-DD'),
        ...(realNameVerifiedAt ? { realNameVerifiedAt: realNameVerifiedAt.format('YYYY-MM-DD') } : {}),
        ...(holderRelation ? { holderRelation } : {}),
      });
    },
    onSuccess: props.onDone,
    onError: (e) => setError(showErrorOnForm(form, e, FIELDS)),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      data-testid="whois-form"
      initialValues={{
        registrar: f?.registrar ?? '',
        registrarApproved: f?.registrarApproved ?? true,
        realNameVerified: f?.realNameVerified ?? true,
        realNameVerifiedAt: f?.realNameVerifiedAt ? dayjs(f.realNameVerifiedAt) : null,
        holder: f?.holder ?? '',
        ...(f?.holderRelation ? { holderRelation: f.holderRelation } : {}),
        expiresAt: f?.expiresAt ? dayjs(f.expiresAt) : dayjs().add(1, 'year'),
        privacyProtection: f?.privacyProtection ?? false,
      }}
      onFinish={(v) => {
        setError(undefined);
        save.mutate(v);
      }}
      style={{ maxWidth: 640 }}
    >
      <Space wrap align="start" size="large">
        <Form.Item
          name="registrar"
          label={t('注册商', 'Registrar')}
          rules={[{ required: true, message: t('请填写注册商名称', 'Enter the registrar') }]}
          extra={<RegistrarHint name={registrar} />}
        >
          <AutoComplete
            id="whois-registrar"
            style={{ width: 300 }}
            options={REGISTRAR_OPTIONS}
            filterOption={(input, option) =>
              (option?.value ?? '').toLowerCase().includes(input.toLowerCase())
            }
            // a registrar picked from the approved list is approved
            onSelect={() => form.setFieldValue('registrarApproved', true)}
          />
        </Form.Item>
        <Form.Item
          name="registrarApproved"
          label={t('已获工信部批复', 'MIIT-approved')}
          valuePropName="checked"
        >
          <Switch id="whois-registrarApproved" />
        </Form.Item>
      </Space>
      <Space wrap align="start" size="large">
        <Form.Item
          name="holder"
          label={t('域名持有者', 'Holder')}
          rules={[{ required: true, message: t('请填写域名持有者', 'Enter the holder') }]}
        >
          <Input id="whois-holder" style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="holderRelation" label={t('持有者与主办单位的关系', 'Relation to the subject')}>
          <Select
            id="whois-holderRelation"
            allowClear
            style={{ width: 200 }}
            placeholder={t('本身（不填）', 'The subject itself')}
            options={[
              { value: 'shareholder', label: t('股东', 'Shareholder') },
              { value: 'senior_manager', label: t('高级管理人员', 'Senior manager') },
            ]}
          />
        </Form.Item>
      </Space>
      <Space wrap align="start" size="large">
        <Form.Item
          name="realNameVerified"
          label={t('已实名认证', 'Real-name verified')}
          valuePropName="checked"
        >
          <Switch id="whois-realNameVerified" />
        </Form.Item>
        <Form.Item name="realNameVerifiedAt" label={t('实名认证日期', 'Verified on')}>
          <DatePicker id="whois-realNameVerifiedAt" />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label={t('到期日期', 'Expires on')}
          rules={[{ required: true, message: t('请选择到期日期', 'Choose the expiry') }]}
        >
          <DatePicker id="whois-expiresAt" />
        </Form.Item>
        <Form.Item
          name="privacyProtection"
          label={t('隐私保护', 'Privacy protection')}
          valuePropName="checked"
        >
          <Switch id="whois-privacyProtection" />
        </Form.Item>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('保存注册信息', 'Save the facts')}
      </Button>
    </Form>
  );
}

export function WhoisCard() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [domain, setDomain] = useState('');
  const [editing, setEditing] = useState(false);
  const key = ['admin', 'whois', domain] as const;
  const record = useQuery({
    queryKey: key,
    queryFn: () => admin.whois(domain),
    enabled: domain !== '',
    retry: false,
  });
  const missing = record.isError && isApiError(record.error) && record.error.code === 'NOT_FOUND';
  const remove = useMutation({
    mutationFn: () => admin.deleteWhois(domain),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void message.success(t('已删除该域名的注册信息', 'Removed'));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const done = (r: WhoisRecordView) => {
    queryClient.setQueryData(key, r);
    setEditing(false);
    void message.success(t('已保存：订单预检立即使用', 'Saved: prechecks use it at once'));
  };
  const f = record.data?.facts;
  return (
    <Card
      size="small"
      title={t(
        '域名注册信息与注册商（WHOIS 模拟）',
        'Domain registration facts and registrars (WHOIS simulator)',
      )}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t(
            '预检用这些信息检查域名：注册商须已获工信部批复（境外注册商不行）、已实名认证、持有者与主办单位一致、剩余有效期足够。注册商按域名登记在这里，可从上面的已批复注册商名单中选择。',
            'The precheck checks domains with these facts: an approved registrar, real-name verification, the holder, the remaining validity. Registrars are recorded per domain here; pick them from the approved list above.',
          )}
        </Typography.Paragraph>
        <Input.Search
          id="whois-domain"
          style={{ width: 360 }}
          placeholder={t('输入域名查询，如 example.cn', 'Look a domain up, e.g. example.cn')}
          enterButton={t('查询', 'Look up')}
          allowClear
          onSearch={(v) => {
            setEditing(false);
            setDomain(v.trim().toLowerCase());
          }}
        />
        {domain && record.isPending && (
          <Typography.Text type="secondary">{t('查询中…', 'Looking up…')}</Typography.Text>
        )}
        {record.isError && !missing && <Alert type="error" showIcon title={errorMessage(record.error)} />}
        {missing && !editing && (
          <Alert
            type="warning"
            showIcon
            data-testid="whois-missing"
            title={t(`没有 ${domain} 的注册信息：预检会提示缺少域名信息。`, `No facts for ${domain}.`)}
            action={
              <Button size="small" type="primary" onClick={() => setEditing(true)}>
                {t('录入', 'Enter')}
              </Button>
            }
          />
        )}
        {record.data && !editing && f && (
          <Descriptions
            size="small"
            bordered
            column={2}
            data-testid="whois-record"
            title={record.data.unicode}
            extra={
              <Space>
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t('修改', 'Edit')}
                </Button>
                <Popconfirm
                  title={t('删除该域名的注册信息？', 'Remove these facts?')}
                  okText={t('删除', 'Remove')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('取消', 'Cancel')}
                  onConfirm={() => remove.mutate()}
                >
                  <Button danger icon={<DeleteOutlined />} aria-label={t('删除', 'Remove')} />
                </Popconfirm>
              </Space>
            }
          >
            <Descriptions.Item label={t('注册商', 'Registrar')}>
              {f.registrar}{' '}
              {findApprovedRegistrar(f.registrar) && (
                <Tag color="blue">{t('在注册商名单中', 'On the list')}</Tag>
              )}
              {f.registrarApproved ? (
                <Tag color="success">{t('已获批复', 'Approved')}</Tag>
              ) : (
                <Tag color="error">{t('未获批复', 'Not approved')}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('实名认证', 'Real-name')}>
              {f.realNameVerified
                ? t(`已认证${f.realNameVerifiedAt ? `（${f.realNameVerifiedAt}）` : ''}`, 'Verified')
                : t('未认证', 'No')}
            </Descriptions.Item>
            <Descriptions.Item label={t('持有者', 'Holder')}>
              {f.holder}
              {f.holderRelation
                ? `（${f.holderRelation === 'shareholder' ? t('股东', 'shareholder') : t('高级管理人员', 'senior manager')}）`
                : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('到期日期', 'Expires')}>{f.expiresAt}</Descriptions.Item>
            <Descriptions.Item label={t('隐私保护', 'Privacy')}>
              {f.privacyProtection ? t('开启', 'On') : t('未开启', 'Off')}
            </Descriptions.Item>
            <Descriptions.Item label={t('更新', 'Updated')}>
              {formatChinaTime(record.data.updatedAt)}
            </Descriptions.Item>
          </Descriptions>
        )}
        {editing && (
          <FactsForm domain={domain} {...(record.data ? { current: record.data } : {})} onDone={done} />
        )}
      </Space>
    </Card>
  );
}
