/**
 * 公安联网备案 (research/domain-notes.md §6): within 30 days of a website going live the applicant files it at the
 * 全国互联网安全管理服务平台 and records the number here (e.g. 京公网安备11010502030000号), which stops the reminder.
 * Per website filed here: the number, or the due date with the days left and the form to record it.
 */
import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { PROVINCE_CODES, PROVINCES } from '@beian/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.js';
import { afterFiling } from '../../../api/endpoints.js';
import { showErrorOnForm } from '../../../api/form-errors.js';
import { keys, useFiledRecord } from '../../../api/queries.js';
import type { FiledRecordView } from '../../../api/types.js';
import { useT } from '../../../i18n/locale.js';
import { formatChinaTime } from '../components/due-time.js';

type Site = FiledRecordView['websites'][number];

/** The server's own pattern (after-filing/public-security.ts): 省份简称 + 公网安备 + 14 digits + 号. */
export const PUBLIC_SECURITY_NUMBER = new RegExp(
  `^[${PROVINCE_CODES.map((c) => PROVINCES[c].abbr).join('')}]公网安备\\s?\\d{14}号$`,
);
const DAY_MS = 86_400_000;

export function PublicSecurityBlock({ subjectIcpNumber }: { subjectIcpNumber: string }) {
  const t = useT();
  const record = useFiledRecord();
  if (record.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('公安联网备案信息加载失败', 'Could not load the public-security filings')}
        description={errorMessage(record.error)}
        action={<Button onClick={() => void record.refetch()}>{t('重试', 'Retry')}</Button>}
      />
    );
  if (record.data?.icpNumber !== subjectIcpNumber) return null;
  const sites = record.data.websites.filter((w) => w.approvedAt);
  if (sites.length === 0) return null;
  return (
    <Card
      size="small"
      type="inner"
      title={t('公安联网备案', 'Public-security filing')}
      data-testid="public-security"
    >
      <Typography.Paragraph type="secondary">
        {t(
          '网站开通之日起30日内，须到全国互联网安全管理服务平台（beian.mps.gov.cn）办理公安联网备案，并在网站底部展示公安备案号。办理后请在这里登记备案号。',
          'Within 30 days of going live, file each website at beian.mps.gov.cn and show its number in the footer; then record the number here.',
        )}
      </Typography.Paragraph>
      <List dataSource={sites} renderItem={(w) => <SiteRow site={w} />} />
    </Card>
  );
}

function DueNote({ dueAt }: { dueAt: string }) {
  const t = useT();
  const left = Math.ceil((Date.parse(dueAt) - Date.now()) / DAY_MS);
  const date = formatChinaTime(dueAt).slice(0, 10);
  if (left < 0)
    return (
      <Tag color="error" icon={<ClockCircleOutlined />} data-testid="psb-due">
        {t(`已超过办理期限（${date}）${-left}天`, `${-left} day(s) past the due date (${date})`)}
      </Tag>
    );
  return (
    <Tag color={left <= 5 ? 'warning' : 'processing'} icon={<ClockCircleOutlined />} data-testid="psb-due">
      {t(`请于${date}前办理（剩余${left}天）`, `Due by ${date} (${left} day(s) left)`)}
    </Tag>
  );
}

function SiteRow({ site }: { site: Site }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ number: string }>();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const save = useMutation({
    mutationFn: (number: string) => afterFiling.recordPublicSecurity(site.icpNumber, number),
    onSuccess: (record) => {
      queryClient.setQueryData(keys.filedRecord, record);
      setEditing(false);
      setError(undefined);
    },
    onError: (e) => setError(showErrorOnForm(form, e, ['number'])),
  });
  const recorded = site.publicSecurityNumber;
  return (
    <List.Item data-psb={site.icpNumber}>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{site.domain}</Typography.Text>
          <Typography.Text type="secondary">{site.icpNumber}</Typography.Text>
          {recorded ? (
            <Tag color="success" icon={<CheckCircleOutlined />}>
              {t('已登记', 'Recorded')}
            </Tag>
          ) : (
            site.publicSecurityDueAt && <DueNote dueAt={site.publicSecurityDueAt} />
          )}
        </Space>
        {recorded && !editing ? (
          <Space wrap>
            <Typography.Text copyable data-testid="psb-number">
              {recorded}
            </Typography.Text>
            <Button size="small" type="link" onClick={() => setEditing(true)}>
              {t('修改', 'Edit')}
            </Button>
          </Space>
        ) : (
          <Form
            form={form}
            layout="inline"
            initialValues={{ number: recorded ?? '' }}
            onFinish={(v) => save.mutate(v.number.trim())}
            style={{ rowGap: 8 }}
          >
            <Form.Item
              name="number"
              label={t('公安联网备案号', 'Public-security number')}
              rules={[
                { required: true, whitespace: true, message: t('请填写公安联网备案号', 'Enter the number') },
                {
                  pattern: PUBLIC_SECURITY_NUMBER,
                  message: t(
                    '格式应为“省份简称 + 公网安备 + 14位数字 + 号”，如 京公网安备11010502030000号',
                    'Like 京公网安备11010502030000号: province abbreviation, 公网安备, 14 digits, 号',
                  ),
                },
              ]}
              style={{ minWidth: 0, flex: '1 1 320px' }}
            >
              <Input
                id={`psb-${site.icpNumber}`}
                placeholder="京公网安备11010502030000号"
                maxLength={40}
                autoComplete="off"
              />
            </Form.Item>
            <Form.Item style={{ marginInlineEnd: 0 }}>
              <Space>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('登记', 'Record')}
                </Button>
                {editing && <Button onClick={() => setEditing(false)}>{t('取消', 'Cancel')}</Button>}
              </Space>
            </Form.Item>
          </Form>
        )}
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    </List.Item>
  );
}
