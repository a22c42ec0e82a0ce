/**
 * 管局控制台 (the built-in bureau simulator's console): the filings each provincial bureau is reviewing, one filing
 * with its data and materials, approval (the ICP numbers issued) or rejection with a reason per field. Its own
 * chunk; each page lazy too.
 */
import { BankOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ConsoleNotFound } from '../../consoles/common.js';
import '../../consoles/consoles.css';
import { AppLayout, type NavItem } from '../../shell/AppLayout.js';
import { Suspended } from '../../shell/Suspended.js';

const BureauQueuePage = lazy(() => import('./pages/BureauQueuePage.js'));
const BureauOrderPage = lazy(() => import('./pages/BureauOrderPage.js'));

const NAV: readonly NavItem[] = [
  { to: '/bureau', zh: '管局审核', en: 'Bureau review', icon: <BankOutlined /> },
];

export default function BureauConsole() {
  return (
    <AppLayout nav={NAV} home="/bureau" className="console-wide">
      <Routes>
        <Route index element={<Suspended page={<BureauQueuePage />} />} />
        <Route path="orders/:orderId" element={<Suspended page={<BureauOrderPage />} />} />
        <Route path="*" element={<ConsoleNotFound home="/bureau" />} />
      </Routes>
    </AppLayout>
  );
}
