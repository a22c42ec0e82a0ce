/**
 * 初审控制台 (reviewer console): the initial-review queue ordered by deadline, the verification queue (核验, 邮寄资料,
 * 提交管局), and one order with every finding beside its field, its materials, the call log and the decisions the
 * server lists for it. Its own chunk; each page lazy too.
 */
import { AuditOutlined, SafetyCertificateOutlined, SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { useMe } from '../../api/queries.js';
import { ConsoleNotFound } from '../../consoles/common.js';
import '../../consoles/consoles.css';
import { AppLayout, type NavItem } from '../../shell/AppLayout.js';
import { Suspended } from '../../shell/Suspended.js';

const QueuePage = lazy(() => import('./pages/QueuePage.js'));
const ReviewOrderPage = lazy(() => import('./pages/ReviewOrderPage.js'));

const NAV: readonly NavItem[] = [
  { to: '/review', zh: '初审队列', en: 'Review queue', icon: <AuditOutlined /> },
  {
    to: '/review/verification',
    zh: '核验与提交管局',
    en: 'Verification',
    icon: <SafetyCertificateOutlined />,
  },
];
const ADMIN_NAV: readonly NavItem[] = [
  ...NAV,
  { to: '/admin', zh: '管理', en: 'Administration', icon: <SettingOutlined /> },
];

export default function ReviewerConsole() {
  const me = useMe();
  return (
    <AppLayout nav={me.data?.role === 'admin' ? ADMIN_NAV : NAV} home="/review" className="console-wide">
      <Routes>
        <Route index element={<Suspended page={<QueuePage tab="review" />} />} />
        <Route path="verification" element={<Suspended page={<QueuePage tab="verification" />} />} />
        <Route path="orders/:orderId" element={<Suspended page={<ReviewOrderPage />} />} />
        <Route path="*" element={<ConsoleNotFound home="/review" />} />
      </Routes>
    </AppLayout>
  );
}
