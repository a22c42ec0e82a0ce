/**
 * 消息接收人 (seed 004 §3): up to 15 people who receive filing notices by email, each confirmed by a link sent to
 * their address; add, edit (a new email needs confirming again), resend the link, remove.
 */
import { MailOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Grid,
  Input,
  List,
  Modal,
  Popconfirm,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.js';
import { receivers } from '../../../api/endpoints.js';
import { showErrorOnForm } from '../../../api/form-errors.js';
import { keys, useReceivers } from '../../../api/queries.js';
import type { ReceiverView } from '../../../api/types.js';
import { useT } from '../../../i18n/locale.js';

type Fields = { name: string; email: string; position: string };

function StatusTag({ r }: { r: ReceiverView }) {
  const t = useT();
  if (r.status === 'confirmed') return <Tag color="success">{t('已验证', 'Confirmed')}</Tag>;
  if (r.status === 'pending') return <Tag color="processing">{t('待验证', 'Awaiting confirmation')}</Tag>;
  return <Tag color="warning">{t('验证链接已过期', 'Link expired')}</Tag>;
}

export default function ReceiversPage() {
  const t = useT();
  const list = useReceivers();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Fields>();
  const [editing, setEditing] = useState<ReceiverView | 'new'>();
  const [formError, setFormError] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.receivers });

  const save = useMutation({
    mutationFn: (v: Fields) =>
      editing && editing !== 'new' ? receivers.update(editing.id, v) : receivers.add(v),
    onSuccess: (r) => {
      setEditing(undefined);
      void refresh();
      void message.success(
        r.status === 'confirmed'
          ? t('已保存', 'Saved')
          : t(
              `已向 ${r.email} 发送验证邮件，对方在24小时内点击链接后开始接收通知。`,
              `A confirmation link was sent to ${r.email}.`,
            ),
      );
    },
    onError: (e) => setFormError(showErrorOnForm(form, e, ['name', 'email', 'position'])),
  });
  const resend = useMutation({
    mutationFn: (id: string) => receivers.resend(id),
    onSuccess: (r) => {
      void refresh();
      void message.success(t(`已重新发送验证邮件至 ${r.email}`, `Sent a new link to ${r.email}`));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => receivers.remove(id),
    onSuccess: () => void refresh(),
    onError: (e) => void message.error(errorMessage(e)),
  });

  const open = (r: ReceiverView | 'new') => {
    setFormError(undefined);
    form.resetFields();
    if (r !== 'new') form.setFieldsValue({ name: r.name, email: r.email, position: r.position });
    setEditing(r);
  };
  const actions = (r: ReceiverView) => [
    <Button key="edit" size="small" onClick={() => open(r)}>
      {t('修改', 'Edit')}
    </Button>,
    ...(r.status !== 'confirmed'
      ? [
          <Button
            key="resend"
            size="small"
            icon={<MailOutlined />}
            loading={resend.isPending}
            onClick={() => resend.mutate(r.id)}
          >
            {t('重发验证邮件', 'Resend link')}
          </Button>,
        ]
      : []),
    <Popconfirm
      key="remove"
      title={t(`删除接收人 ${r.name}？`, `Remove ${r.name}?`)}
      okText={t('删除', 'Remove')}
      cancelText={t('取消', 'Cancel')}
      onConfirm={() => remove.mutate(r.id)}
    >
      <Button size="small" danger>
        {t('删除', 'Remove')}
      </Button>
    </Popconfirm>,
  ];
  const max = list.data?.max ?? 15;
  const count = list.data?.receivers.length ?? 0;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('消息接收人', 'Notice receivers')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(
              `备案进度、审核结果等通知会发送给已验证的接收人（最多${max}个）。`,
              `Filing notices go to confirmed receivers (at most ${max}).`,
            )}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} disabled={count >= max} onClick={() => open('new')}>
          {t(`新增接收人（${count}/${max}）`, `Add a receiver (${count}/${max})`)}
        </Button>
      </div>
      <Card>
        {list.isPending ? (
          <Skeleton active />
        ) : list.isError ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(list.error)}
            action={<Button onClick={() => void list.refetch()}>{t('重试', 'Retry')}</Button>}
          />
        ) : list.data.receivers.length === 0 ? (
          <Empty
            description={t('还没有消息接收人。添加后，对方验证邮箱即可接收备案通知。', 'No receivers yet.')}
          >
            <Button type="primary" onClick={() => open('new')}>
              {t('新增接收人', 'Add a receiver')}
            </Button>
          </Empty>
        ) : screens.md ? (
          <Table<ReceiverView>
            rowKey="id"
            pagination={false}
            dataSource={list.data.receivers}
            columns={[
              { title: t('姓名', 'Name'), dataIndex: 'name' },
              { title: t('电子邮箱', 'Email'), dataIndex: 'email' },
              { title: t('职位', 'Position'), dataIndex: 'position' },
              { title: t('状态', 'State'), render: (_, r) => <StatusTag r={r} /> },
              { title: t('操作', 'Actions'), render: (_, r) => <Space wrap>{actions(r)}</Space> },
            ]}
          />
        ) : (
          <List<ReceiverView>
            dataSource={list.data.receivers}
            renderItem={(r) => (
              <List.Item>
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Space wrap>
                    <Typography.Text strong>{r.name}</Typography.Text>
                    <StatusTag r={r} />
                  </Space>
                  <Typography.Text type="secondary">
                    {r.email} · {r.position}
                  </Typography.Text>
                  <Space wrap>{actions(r)}</Space>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Modal
        open={editing !== undefined}
        title={
          editing === 'new' ? t('新增消息接收人', 'Add a receiver') : t('修改消息接收人', 'Edit the receiver')
        }
        okText={t('保存', 'Save')}
        cancelText={t('取消', 'Cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(undefined)}
        destroyOnHidden
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Form<Fields> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item
            name="name"
            label={t('姓名', 'Name')}
            rules={[{ required: true, whitespace: true, message: t('请填写联系人姓名', 'Enter a name') }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('电子邮箱', 'Email')}
            extra={
              editing !== 'new'
                ? t('修改邮箱后需重新验证。', 'A new email must be confirmed again.')
                : undefined
            }
            rules={[
              { required: true, message: t('请填写电子邮箱', 'Enter an email') },
              { type: 'email', message: t('请填写有效的电子邮箱', 'Enter a valid email') },
            ]}
          >
            <Input inputMode="email" />
          </Form.Item>
          <Form.Item
            name="position"
            label={t('职位', 'Position')}
            rules={[{ required: true, whitespace: true, message: t('请填写职位', 'Enter a position') }]}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
