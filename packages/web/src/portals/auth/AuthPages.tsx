/** 登录 and 注册: one card each; after signing in, back to where the person was going, or to their portal. */
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { auth } from '../../api/endpoints.js';
import { showErrorOnForm } from '../../api/form-errors.js';
import { keys, useMe } from '../../api/queries.js';
import type { AccountView } from '../../api/types.js';
import { useT } from '../../i18n/locale.js';
import { LangSwitch } from '../../shell/LangSwitch.js';
import { homeOf } from '../../shell/role-home.js';
import { PageLoading } from '../../shell/Suspended.js';

type Fields = { email: string; password: string; displayName?: string };

export default function AuthPages({ mode }: { mode: 'login' | 'register' }) {
  const t = useT();
  const [form] = Form.useForm<Fields>();
  const [topError, setTopError] = useState<string>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const next = params.get('next');
  const goOn = (account: AccountView) => {
    queryClient.setQueryData(keys.me, account);
    void queryClient.invalidateQueries({ queryKey: keys.orders });
    const fallback = homeOf(account.role);
    navigate(next && next.startsWith('/') && account.role === 'applicant' ? next : fallback, {
      replace: true,
    });
  };
  const submit = useMutation({
    mutationFn: (v: Fields) =>
      mode === 'login'
        ? auth.logIn({ email: v.email, password: v.password })
        : auth.register({ email: v.email, password: v.password, displayName: v.displayName ?? '' }),
    onSuccess: goOn,
    onError: (e) => setTopError(showErrorOnForm(form, e, ['email', 'password', 'displayName'])),
  });

  if (me.isPending) return <PageLoading />;
  if (me.data) return <Navigate to={homeOf(me.data.role)} replace />;
  const login = mode === 'login';
  return (
    <main className="auth-page">
      <Card
        className="auth-card"
        title={
          <span>
            <span className="app-brand">备案 Beian</span> ·{' '}
            {login ? t('登录', 'Log in') : t('注册申请人账号', 'Create an applicant account')}
          </span>
        }
        extra={<LangSwitch />}
      >
        {!login && (
          <Typography.Paragraph type="secondary">
            {t(
              '一个账号对应一个备案主体（单位或个人）。注册后即可验证备案类型并填写备案信息。',
              'One account files one subject (an organisation or a person). After registering you can verify the filing type and fill in the order.',
            )}
          </Typography.Paragraph>
        )}
        {topError && <Alert type="error" showIcon title={topError} style={{ marginBottom: 16 }} />}
        <Form<Fields>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => {
            setTopError(undefined);
            submit.mutate(v);
          }}
        >
          {!login && (
            <Form.Item
              name="displayName"
              label={t('姓名或单位名称', 'Name or organisation')}
              rules={[
                { required: true, whitespace: true, message: t('请填写姓名或单位名称', 'Enter a name') },
              ]}
            >
              <Input autoComplete="name" maxLength={100} />
            </Form.Item>
          )}
          <Form.Item
            name="email"
            label={t('电子邮箱', 'Email')}
            rules={[
              { required: true, message: t('请填写电子邮箱', 'Enter your email') },
              { type: 'email', message: t('请填写有效的电子邮箱', 'Enter a valid email') },
            ]}
          >
            <Input autoComplete="email" inputMode="email" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('密码', 'Password')}
            extra={
              login
                ? undefined
                : t('至少8位，须同时包含字母和数字', 'At least 8 characters, letters and digits')
            }
            rules={[{ required: true, message: t('请填写密码', 'Enter your password') }]}
          >
            <Input.Password autoComplete={login ? 'current-password' : 'new-password'} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submit.isPending}>
            {login ? t('登录', 'Log in') : t('注册并登录', 'Register and log in')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          {login ? (
            <>
              {t('还没有账号？', 'No account yet?')} <Link to="/register">{t('注册', 'Register')}</Link>
            </>
          ) : (
            <>
              {t('已有账号？', 'Already registered?')} <Link to="/login">{t('登录', 'Log in')}</Link>
            </>
          )}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
