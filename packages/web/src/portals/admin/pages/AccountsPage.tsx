/** 用户与角色: every account with its role; an admin creates staff and applicant accounts with a role. */
import { PlusOutlined } from '@ant-design/icons';
import { ROLES, type Role } from '@beian/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { admin } from '../../../api/endpoints.js';
import { showErrorOnForm } from '../../../api/form-errors.js';
import { keys, useAccounts } from '../../../api/queries.js';
import type { AccountView, CreateAccountInput } from '../../../api/types.js';
import { LoadFailed } from '../../../consoles/common.js';
import { useT, useTerm } from '../../../i18n/locale.js';

const ROLE_COLOR: Record<string, string> = {
  applicant: 'default',
  reviewer: 'blue',
  admin: 'red',
  bureau_operator: 'purple',
};
const ROLE_CODES = ['applicant', 'reviewer', 'admin', 'bureau_operator'] as const;

function CreateAccount({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const term = useTerm();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateAccountInput>();
  const [error, setError] = useState<string>();
  const create = useMutation({
    mutationFn: (v: CreateAccountInput) => admin.createAccount(v),
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: keys.accounts });
      void message.success(t(`已创建 ${a.email}（${term(ROLES[a.role as Role])}）`, `Created ${a.email}`));
      form.resetFields();
      onClose();
    },
    onError: (e) => setError(showErrorOnForm(form, e, ['email', 'password', 'displayName', 'role'])),
  });
  return (
    <Modal
      open={open}
      title={t('新建账号', 'New account')}
      okText={t('创建', 'Create')}
      cancelText={t('取消', 'Cancel')}
      onCancel={onClose}
      confirmLoading={create.isPending}
      onOk={() => {
        setError(undefined);
        void form.validateFields().then((v) => create.mutate(v));
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ role: 'reviewer' }} requiredMark={false}>
        <Form.Item name="role" label={t('角色', 'Role')} rules={[{ required: true }]}>
          <Select id="role" options={ROLE_CODES.map((r) => ({ value: r, label: term(ROLES[r]) }))} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('姓名或名称', 'Name')}
          rules={[{ required: true, message: t('请填写姓名', 'Enter a name') }]}
        >
          <Input id="displayName" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('邮箱（登录账号）', 'Email (log-in name)')}
          rules={[{ required: true, type: 'email', message: t('请填写有效的邮箱', 'Enter a valid email') }]}
        >
          <Input id="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('初始密码', 'Initial password')}
          extra={t('请通过安全渠道告知本人，并提醒登录后修改。', 'Tell the person securely.')}
          rules={[{ required: true, message: t('请设置初始密码', 'Set a password') }]}
        >
          <Input.Password id="password" autoComplete="new-password" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

export default function AccountsPage() {
  const t = useT();
  const term = useTerm();
  const accounts = useAccounts();
  const [role, setRole] = useState<string>('all');
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const list = (accounts.data ?? []).filter(
    (a) =>
      (role === 'all' || a.role === role) &&
      (!q || `${a.email} ${a.displayName}`.toLowerCase().includes(q.trim().toLowerCase())),
  );
  const count = (r: string) => (accounts.data ?? []).filter((a) => a.role === r).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div className="console-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('用户与角色', 'Users and roles')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('新建账号', 'New account')}
        </Button>
      </div>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented
            value={role}
            onChange={(v) => setRole(String(v))}
            options={[
              { value: 'all', label: `${t('全部', 'All')} ${accounts.data?.length ?? 0}` },
              ...ROLE_CODES.map((r) => ({ value: r, label: `${term(ROLES[r])} ${count(r)}` })),
            ]}
          />
          <Input.Search
            allowClear
            placeholder={t('搜索邮箱或姓名', 'Search email or name')}
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 260 }}
          />
        </Space>
        {accounts.isError ? (
          <LoadFailed error={accounts.error} retry={() => void accounts.refetch()} />
        ) : (
          <Table<AccountView>
            rowKey="id"
            loading={accounts.isPending}
            dataSource={list}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('邮箱', 'Email'), dataIndex: 'email' },
              { title: t('姓名或名称', 'Name'), dataIndex: 'displayName' },
              {
                title: t('角色', 'Role'),
                key: 'role',
                render: (_, a) => <Tag color={ROLE_COLOR[a.role]}>{term(ROLES[a.role as Role])}</Tag>,
              },
              {
                title: t('账号编号', 'Id'),
                key: 'id',
                render: (_, a) => (
                  <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
                    {a.id}
                  </Typography.Text>
                ),
              },
            ]}
          />
        )}
      </Card>
      <CreateAccount open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
