/**
 * 发件箱 (embedded default): every account's emails and SMS as they would have been sent (mobiles masked), newest
 * first. With real SMTP or an SMS gateway configured, that channel is sent for real and not listed.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useOutbox } from '../../../api/queries.js';
import type { OutboxView } from '../../../api/types.js';
import { LoadFailed } from '../../../consoles/common.js';
import { formatChinaTime } from '../../../consoles/reuse.js';
import { useT } from '../../../i18n/locale.js';

const STATUS: Record<string, [string, string, string]> = {
  pending: ['待发送', 'Pending', 'default'],
  sending: ['发送中', 'Sending', 'processing'],
  outbox: ['已投递到发件箱', 'In the outbox', 'success'],
  sent: ['已发送', 'Sent', 'success'],
  failed: ['发送失败', 'Failed', 'error'],
};

export default function OutboxPage() {
  const t = useT();
  const [channel, setChannel] = useState<'all' | 'email' | 'sms'>('all');
  const outbox = useOutbox(channel === 'all' ? undefined : channel);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div className="console-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('发件箱', 'Outbox')}
        </Typography.Title>
        <Space>
          <Segmented
            value={channel}
            onChange={(v) => setChannel(v as typeof channel)}
            options={[
              { value: 'all', label: t('全部', 'All') },
              { value: 'email', label: t('邮件', 'Email') },
              { value: 'sms', label: t('短信', 'SMS') },
            ]}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void outbox.refetch()}>
            {t('刷新', 'Refresh')}
          </Button>
        </Space>
      </div>
      {outbox.data && (
        <Alert
          type="info"
          showIcon
          title={t(
            `邮件：${outbox.data.mode.email === 'smtp' ? '通过 SMTP 实际发送（不在此列出）' : '保存在发件箱'}；短信：${outbox.data.mode.sms === 'gateway' ? '通过短信网关发送（不在此列出）' : '模拟发送，保存在发件箱'}。`,
            `Email: ${outbox.data.mode.email === 'smtp' ? 'sent by SMTP (not listed)' : 'kept in the outbox'}; SMS: ${outbox.data.mode.sms === 'gateway' ? 'sent by the gateway (not listed)' : 'simulated, kept in the outbox'}.`,
          )}
        />
      )}
      <Card size="small">
        {outbox.isError ? (
          <LoadFailed error={outbox.error} retry={() => void outbox.refetch()} />
        ) : (
          <Table<OutboxView>
            rowKey="id"
            loading={outbox.isPending}
            dataSource={outbox.data?.messages ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            expandable={{
              expandedRowRender: (m) => (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {m.text}
                </Typography.Paragraph>
              ),
            }}
            locale={{ emptyText: t('发件箱是空的', 'The outbox is empty') }}
            columns={[
              {
                title: t('时间', 'Time'),
                key: 'at',
                width: 150,
                render: (_, m) => formatChinaTime(m.sentAt ?? m.createdAt),
              },
              {
                title: t('渠道', 'Channel'),
                key: 'channel',
                width: 80,
                render: (_, m) => (
                  <Tag color={m.channel === 'sms' ? 'green' : 'blue'}>
                    {m.channel === 'sms' ? t('短信', 'SMS') : t('邮件', 'Email')}
                  </Tag>
                ),
              },
              { title: t('收件人', 'To'), dataIndex: 'to', width: 220 },
              {
                title: t('主题 / 内容', 'Subject / text'),
                key: 'subject',
                render: (_, m) => (
                  <Typography.Text ellipsis style={{ maxWidth: 460 }}>
                    {m.subject || m.text}
                  </Typography.Text>
                ),
              },
              {
                title: t('状态', 'Status'),
                key: 'status',
                width: 130,
                render: (_, m) => {
                  const s = STATUS[m.status];
                  return <Tag color={s?.[2] ?? 'default'}>{s ? t(s[0], s[1]) : m.status}</Tag>;
                },
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
