/**
 * 申请人门户 (applicant portal): my orders, 备案前检查, 验证备案类型, the order wizard, an order's progress, notice receivers.
 * Each page is its own chunk: the wizard (which carries the rules engine) loads only when it is opened.
 */
import {
  AuditOutlined,
  BellOutlined,
  FileSearchOutlined,
  NotificationOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Badge, Button, Result } from 'antd';
import { lazy } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useT } from '../../i18n/locale.js';
import { AppLayout, type NavItem } from '../../shell/AppLayout.js';
import { useNotices } from '../../api/queries.js';
import { Suspended } from '../../shell/Suspended.js';

const HomePage = lazy(() => import('./pages/HomePage.js'));
const VerifyTypePage = lazy(() => import('./pages/VerifyTypePage.js'));
const WizardPage = lazy(() => import('./wizard/WizardPage.js'));
const OrderPage = lazy(() => import('./pages/OrderPage.js'));
const ReceiversPage = lazy(() => import('./pages/ReceiversPage.js'));
const NoticesPage = lazy(() => import('./pages/NoticesPage.js'));
const FilingsPage = lazy(() => import('./pages/FilingsPage.js'));
const AfterFilingPage = lazy(() => import('./after-filing/AfterFilingPage.js'));
const ReadinessPage = lazy(() => import('./pages/ReadinessPage.js'));

/** The bell with my unread in-site messages. */
function UnreadBell() {
  const unread = useNotices().data?.unread ?? 0;
  return (
    <Badge
      count={unread}
      size="small"
      offset={[2, -2]}
      style={{ marginInlineEnd: 6 }}
      data-testid="unread-badge"
    >
      <BellOutlined />
    </Badge>
  );
}

const NAV: readonly NavItem[] = [
  { to: '/', zh: '我的备案', en: 'My filings', icon: <ProfileOutlined /> },
  { to: '/filings', zh: '备案号', en: 'ICP numbers', icon: <SafetyCertificateOutlined /> },
  { to: '/readiness', zh: '备案前检查', en: 'Readiness checks', icon: <AuditOutlined /> },
  { to: '/verify', zh: '验证备案类型', en: 'Verify filing type', icon: <FileSearchOutlined /> },
  { to: '/notices', zh: '通知中心', en: 'Notices', icon: <UnreadBell /> },
  { to: '/receivers', zh: '消息接收人', en: 'Notice receivers', icon: <NotificationOutlined /> },
];

function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('找不到该页面', 'Page not found')}
      subTitle={t('地址可能有误，或该页面已移除。', 'The address may be wrong, or the page was removed.')}
      extra={
        <Link to="/">
          <Button type="primary">{t('返回我的备案', 'Back to my filings')}</Button>
        </Link>
      }
    />
  );
}

export default function ApplicantPortal() {
  return (
    <AppLayout nav={NAV} home="/">
      <Routes>
        <Route index element={<Suspended page={<HomePage />} />} />
        <Route path="readiness" element={<Suspended page={<ReadinessPage />} />} />
        <Route path="verify" element={<Suspended page={<VerifyTypePage />} />} />
        <Route path="orders/new" element={<Suspended page={<WizardPage />} />} />
        <Route path="orders/:orderId/edit" element={<Suspended page={<WizardPage />} />} />
        <Route path="orders/:orderId" element={<Suspended page={<OrderPage />} />} />
        <Route path="receivers" element={<Suspended page={<ReceiversPage />} />} />
        <Route path="notices" element={<Suspended page={<NoticesPage />} />} />
        <Route path="filings" element={<Suspended page={<FilingsPage />} />} />
        <Route path="after-filing/new" element={<Suspended page={<AfterFilingPage />} />} />
        <Route path="after-filing/:orderId" element={<Suspended page={<AfterFilingPage />} />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppLayout>
  );
}
