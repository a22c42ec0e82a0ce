/**
 * The routes. Each portal and console is its own chunk (React.lazy), so an applicant never downloads the
 * reviewer, bureau or admin consoles, and a visitor on the log-in page downloads no portal at all.
 */
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireRole } from './shell/RequireRole.js';
import { RouteError } from './shell/RouteError.js';
import { Suspended } from './shell/Suspended.js';

const AuthPages = lazy(() => import('./portals/auth/AuthPages.js'));
const ApplicantPortal = lazy(() => import('./portals/applicant/ApplicantPortal.js'));
const ReviewerConsole = lazy(() => import('./portals/reviewer/ReviewerConsole.js'));
const BureauConsole = lazy(() => import('./portals/bureau/BureauConsole.js'));
const AdminConsole = lazy(() => import('./portals/admin/AdminConsole.js'));

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <Suspended page={<AuthPages mode="login" />} /> },
      { path: '/register', element: <Suspended page={<AuthPages mode="register" />} /> },
      {
        path: '/review/*',
        element: (
          <RequireRole roles={['reviewer', 'admin']}>
            <Suspended page={<ReviewerConsole />} />
          </RequireRole>
        ),
      },
      {
        path: '/bureau/*',
        element: (
          <RequireRole roles={['bureau_operator']}>
            <Suspended page={<BureauConsole />} />
          </RequireRole>
        ),
      },
      {
        path: '/admin/*',
        element: (
          <RequireRole roles={['admin']}>
            <Suspended page={<AdminConsole />} />
          </RequireRole>
        ),
      },
      {
        path: '/*',
        element: (
          <RequireRole roles={['applicant']}>
            <Suspended page={<ApplicantPortal />} />
          </RequireRole>
        ),
      },
    ],
  },
]);
