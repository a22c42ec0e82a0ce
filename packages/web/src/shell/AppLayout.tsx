/** The frame of every signed-in page: brand, the portal's navigation, language, account menu. */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ROLES, type Role } from '@beian/core';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Layout, Menu } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../api/api-error.js';
import { auth } from '../api/endpoints.js';
import { useMe } from '../api/queries.js';
import { useT, useTerm } from '../i18n/locale.js';
import { LangSwitch } from './LangSwitch.js';

export type NavItem = { to: string; zh: string; en: string; icon?: ReactNode };

/** The nav item a path belongs to: the longest `to` that prefixes it. */
function selectedKey(pathname: string, nav: readonly NavItem[]): string[] {
  const hit = [...nav]
    .sort((a, b) => b.to.length - a.to.length)
    .find((n) => pathname === n.to || pathname.startsWith(n.to === '/' ? '/orders' : `${n.to}/`));
  return hit ? [hit.to] : [];
}

export function AppLayout({
  nav,
  home,
  children,
  className,
}: {
  nav: readonly NavItem[];
  home: string;
  children: ReactNode;
  /** A class on the page's frame (the staff consoles use a wider content area). */
  className?: string;
}) {
  const t = useT();
  const term = useTerm();
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const logOut = async () => {
    try {
      await auth.logOut();
    } catch (e) {
      void message.error(errorMessage(e));
      return;
    }
    queryClient.clear();
    queryClient.setQueryData(['me'], null);
    navigate('/login', { replace: true });
  };
  const role = me.data?.role as Role | undefined;
  return (
    <Layout style={{ minHeight: '100vh' }} className={className}>
      <Layout.Header className="app-header">
        <Link to={home} className="app-brand">
          备案<span className="hide-on-phone"> Beian</span>
        </Link>
        <Menu
          className="app-nav"
          mode="horizontal"
          selectedKeys={selectedKey(pathname, nav)}
          items={nav.map((n) => ({ key: n.to, icon: n.icon, label: <Link to={n.to}>{t(n.zh, n.en)}</Link> }))}
        />
        <LangSwitch />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              {
                key: 'who',
                disabled: true,
                label: `${me.data?.email ?? ''}${role ? `（${term(ROLES[role])}）` : ''}`,
              },
              { type: 'divider' },
              {
                key: 'logout',
                icon: <LogoutOutlined />,
                label: t('退出登录', 'Log out'),
                onClick: () => void logOut(),
              },
            ],
          }}
        >
          <Button type="text" icon={<UserOutlined />} aria-label={t('账号菜单', 'Account menu')}>
            <span className="hide-on-phone">{me.data?.displayName}</span>
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout.Content className="app-content">{children}</Layout.Content>
      <Layout.Footer className="app-footer">
        Beian（备案）· {t('开源 ICP 备案平台', 'open-source ICP filing platform')}
      </Layout.Footer>
    </Layout>
  );
}
