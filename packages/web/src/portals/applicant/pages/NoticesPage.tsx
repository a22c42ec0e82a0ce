/**
 * 通知中心: my in-site messages (站内信), newest first, marked read one by one or all at once; and, in the embedded
 * default (no SMTP server, the SMS simulator), the emails and SMS as they would have been sent — where the demo
 * applicant reads the 短信核验 code.
 */
import { MailOutlined, MessageOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Empty, List, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import { notices } from '../../../api/endpoints.js';
import { keys, useMyOutbox, useNotices } from '../../../api/queries.js';
import type { NoticeView, OutboxView } from '../../../api/types.js';
import { useT } from '../../../i18n/locale.js';
import { formatChinaTime } from '../components/due-time.js';

function SiteMessages() {
  const t = useT();
  const list = useNotices();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: keys.notices, exact: true });
  const read = useMutation({
    mutationFn: (id: number) => notices.read(id),
    onSuccess: refresh,
    onError: (e) => void message.error(errorMessage(e)),
  });
  const readAll = useMutation({
    mutationFn: notices.readAll,
    onSuccess: refresh,
    onError: (e) => void message.error(errorMessage(e)),
  });
  if (list.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (list.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={errorMessage(list.error)}
        action={<Button onClick={() => void list.refetch()}>{t('重试', 'Retry')}</Button>}
      />
    );
  const { notices: items, unread } = list.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary" data-testid="unread-count">
          {t(`未读 ${unread} 条`, `${unread} unread`)}
        </Typography.Text>
        <Button disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
          {t('全部标为已读', 'Mark all read')}
        </Button>
      </Space>
      {items.length === 0 ? (
        <Empty description={t('暂无站内信', 'No messages yet')} />
      ) : (
        <List<NoticeView>
          dataSource={items}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              data-testid="notice"
              data-read={n.readAt ? 'yes' : 'no'}
              actions={[
                n.orderId ? (
                  <Link key="o" to={`/orders/${n.orderId}`} onClick={() => !n.readAt && read.mutate(n.id)}>
                    {t('查看订单', 'Open order')}
                  </Link>
                ) : null,
                !n.readAt ? (
                  <Button key="r" type="link" size="small" onClick={() => read.mutate(n.id)}>
                    {t('标为已读', 'Mark read')}
                  </Button>
                ) : null,
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {!n.readAt && <Badge status="processing" />}
                    <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                      {n.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatChinaTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}

function Outbox() {
  const t = useT();
  const list = useMyOutbox();
  if (list.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (list.isError) return <Alert type="error" showIcon title={errorMessage(list.error)} />;
  const { messages: items, mode } = list.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title={t(
          `内置模式：短信${mode.sms === 'simulator' ? '由模拟器发送，' : '经短信网关发送，'}邮件${mode.email === 'outbox' ? '保存在发件箱' : '经 SMTP 发出'}。下面是发给您的短信和邮件原文（短信核验码也在这里）。`,
          'Embedded mode: the SMS and emails sent to you, as sent (the SMS verification code is here too).',
        )}
      />
      {items.length === 0 ? (
        <Empty description={t('暂无短信或邮件', 'No SMS or email yet')} />
      ) : (
        <List<OutboxView>
          dataSource={items}
          renderItem={(m) => (
            <List.Item key={m.id} data-testid="outbox-item" data-channel={m.channel}>
              <List.Item.Meta
                avatar={m.channel === 'sms' ? <MessageOutlined /> : <MailOutlined />}
                title={
                  <Space wrap>
                    <Tag color={m.channel === 'sms' ? 'green' : 'blue'}>
                      {m.channel === 'sms' ? t('短信', 'SMS') : t('邮件', 'Email')}
                    </Tag>
                    <Typography.Text>{m.subject || m.to}</Typography.Text>
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                      {m.text}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('发送至', 'To')} {m.to} · {formatChinaTime(m.sentAt ?? m.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}

export default function NoticesPage() {
  const t = useT();
  const list = useNotices();
  const unread = list.data?.unread ?? 0;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('通知中心', 'Notice centre')}
      </Typography.Title>
      <Card>
        <Tabs
          items={[
            {
              key: 'site',
              label: (
                <Badge count={unread} size="small" offset={[8, 0]}>
                  {t('站内信', 'Messages')}
                </Badge>
              ),
              children: <SiteMessages />,
            },
            { key: 'outbox', label: t('短信与邮件', 'SMS and email'), children: <Outbox /> },
          ]}
        />
      </Card>
    </Space>
  );
}
