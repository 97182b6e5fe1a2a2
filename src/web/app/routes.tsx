import { createBrowserRouter } from 'react-router';
import { HomeRedirect } from '../modules/statistics/HomeRedirect.tsx';
import { RequireSession, SessionWatcher } from './session.tsx';
import { Shell } from './Shell.tsx';

/** Every page is its own chunk, loaded when first visited. */
export const router = createBrowserRouter([
  {
    path: '/login',
    lazy: () => import('../modules/auth/LoginPage.tsx'),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <SessionWatcher />
        <Shell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'reports/investment', lazy: () => import('../modules/reports/InvestmentReportPage.tsx') },
      { path: 'reports/zones', lazy: () => import('../modules/reports/ZonesReportPage.tsx') },
      { path: 'reports/production', lazy: () => import('../modules/reports/ProductionReportPage.tsx') },
      { path: 'filing', lazy: () => import('../modules/statistics/FilingPage.tsx') },
      { path: 'statistics/review', lazy: () => import('../modules/statistics/ReviewPage.tsx') },
      { path: 'statistics/completeness', lazy: () => import('../modules/statistics/CompletenessPage.tsx') },
      { path: 'statistics/import', lazy: () => import('../modules/statistics/StatisticsImportPage.tsx') },
      { path: 'statistics/reports', lazy: () => import('../modules/statistics/EnterpriseReportsPage.tsx') },
      { path: 'projects', lazy: () => import('../modules/projects/ProjectsPage.tsx') },
      { path: 'projects/new', lazy: () => import('../modules/projects/RegisterProjectPage.tsx') },
      { path: 'projects/:id', lazy: () => import('../modules/projects/ProjectPage.tsx') },
      { path: 'licensing-events', lazy: () => import('../modules/projects/LicensingEventsPage.tsx') },
      { path: 'zones', lazy: () => import('../modules/zones/ZonesPage.tsx') },
      { path: 'zones/:id', lazy: () => import('../modules/zones/ZonePage.tsx') },
      { path: 'import', lazy: () => import('../modules/packages/ImportPage.tsx') },
      { path: 'admin/users', lazy: () => import('../modules/admin/UsersPage.tsx') },
      { path: 'admin/audit', lazy: () => import('../modules/admin/AuditLogPage.tsx') },
      { path: '*', lazy: () => import('../modules/home/NotFoundPage.tsx') },
    ],
  },
]);
