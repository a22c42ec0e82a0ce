/** Lets in the signed-in accounts of the given roles; sends others to log in, or to their own portal. */
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../api/api-error.js';
import { useMe } from '../api/queries.js';
import { useT } from '../i18n/locale.js';
import { homeOf } from './role-home.js';
import { PageLoading } from './Suspended.js';

export function RequireRole({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const t = useT();
  if (me.isPending) return <PageLoading tip={t('正在确认登录状态…', 'Checking your session…')} />;
  if (me.isError)
    return (
      <Result
        status="warning"
        title={t('暂时无法连接服务器', 'The server cannot be reached')}
        subTitle={errorMessage(me.error)}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            {t('重试', 'Retry')}
          </Button>
        }
      />
    );
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!roles.includes(me.data.role)) return <Navigate to={homeOf(me.data.role)} replace />;
  return <>{children}</>;
}
