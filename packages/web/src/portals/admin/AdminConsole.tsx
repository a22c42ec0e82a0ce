/**
 * 管理控制台 (admin console): an overview, the rules browser (31 provinces × 单位/个人, each rule with its seed quote
 * and citation), the approved-suffix list, the server-type catalog, the working-day calendar, users and roles,
 * adding a server to an applicant, and the outbox. Its own chunk; each page lazy too.
 */
import {
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  CloudServerOutlined,
  DashboardOutlined,
  GlobalOutlined,
  MailOutlined,
  PlusSquareOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import { lazy } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { ConsoleNotFound } from '../../consoles/common.js';
import '../../consoles/consoles.css';
import { useT } from '../../i18n/locale.js';
import { AppLayout, type NavItem } from '../../shell/AppLayout.js';
import { Suspended } from '../../shell/Suspended.js';

const OverviewPage = lazy(() => import('./pages/OverviewPage.js'));
const RulesPage = lazy(() => import('./pages/RulesPage.js'));
const TldsPage = lazy(() => import('./pages/TldsPage.js'));
const ServerTypesPage = lazy(() => import('./pages/ServerTypesPage.js'));
const CalendarPage = lazy(() => import('./pages/CalendarPage.js'));
const AccountsPage = lazy(() => import('./pages/AccountsPage.js'));
const ServersPage = lazy(() => import('./pages/ServersPage.js'));
const OutboxPage = lazy(() => import('./pages/OutboxPage.js'));

const NAV: readonly NavItem[] = [
  { to: '/admin', zh: '管理', en: 'Administration', icon: <SettingOutlined /> },
  { to: '/review', zh: '初审队列', en: 'Review queue', icon: <AuditOutlined /> },
];

const SECTIONS = [
  { to: '/admin', zh: '概览', en: 'Overview', icon: <DashboardOutlined /> },
  { to: '/admin/rules', zh: '备案规则', en: 'Rules', icon: <BookOutlined /> },
  { to: '/admin/tlds', zh: '域名后缀与注册商', en: 'Suffixes and registrars', icon: <GlobalOutlined /> },
  { to: '/admin/server-types', zh: '服务器类型', en: 'Server types', icon: <CloudServerOutlined /> },
  { to: '/admin/calendar', zh: '工作日历', en: 'Working-day calendar', icon: <CalendarOutlined /> },
  { to: '/admin/accounts', zh: '用户与角色', en: 'Users and roles', icon: <TeamOutlined /> },
  { to: '/admin/servers', zh: '添加服务器', en: 'Add a server', icon: <PlusSquareOutlined /> },
  { to: '/admin/outbox', zh: '发件箱', en: 'Outbox', icon: <MailOutlined /> },
] as const;

export default function AdminConsole() {
  const t = useT();
  const { pathname } = useLocation();
  const selected = [...SECTIONS]
    .sort((a, b) => b.to.length - a.to.length)
    .find((s) => pathname.startsWith(s.to));
  return (
    <AppLayout nav={NAV} home="/admin" className="console-wide">
      <Layout className="admin-frame">
        <Layout.Sider width={208} theme="light" className="admin-sider">
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.to] : []}
            items={SECTIONS.map((s) => ({
              key: s.to,
              icon: s.icon,
              label: <Link to={s.to}>{t(s.zh, s.en)}</Link>,
            }))}
          />
        </Layout.Sider>
        <Layout.Content className="admin-content">
          <Routes>
            <Route index element={<Suspended page={<OverviewPage />} />} />
            <Route path="rules" element={<Suspended page={<RulesPage />} />} />
            <Route path="tlds" element={<Suspended page={<TldsPage />} />} />
            <Route path="server-types" element={<Suspended page={<ServerTypesPage />} />} />
            <Route path="calendar" element={<Suspended page={<CalendarPage />} />} />
            <Route path="accounts" element={<Suspended page={<AccountsPage />} />} />
            <Route path="servers" element={<Suspended page={<ServersPage />} />} />
            <Route path="outbox" element={<Suspended page={<OutboxPage />} />} />
            <Route path="*" element={<ConsoleNotFound home="/admin" />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </AppLayout>
  );
}
