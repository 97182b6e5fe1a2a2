/**
 * Enterprise statistics' face: the signed-in home, an enterprise's filing, and staff's review,
 * completeness, Excel import and report list; their menu entries; translations.
 */
import { DatabaseOutlined, FormOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import vi from '../../../locales/vi/statistics.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';
import { HomeRedirect } from './HomeRedirect.tsx';

export const statisticsModule: WebModule = {
  name: 'statistics',
  routes: [
    { index: true, element: createElement(HomeRedirect) },
    { path: 'filing', lazy: () => import('./FilingPage.tsx') },
    { path: 'statistics/review', lazy: () => import('./ReviewPage.tsx') },
    { path: 'statistics/completeness', lazy: () => import('./CompletenessPage.tsx') },
    { path: 'statistics/import', lazy: () => import('./StatisticsImportPage.tsx') },
    { path: 'statistics/reports', lazy: () => import('./EnterpriseReportsPage.tsx') },
    { path: 'statistics/enterprises', lazy: () => import('./EnterprisesPage.tsx') },
    { path: 'statistics/enterprises/:id', lazy: () => import('./EnterprisePage.tsx') },
    { path: 'statistics/periods', lazy: () => import('./PeriodsPage.tsx') },
  ],
  menu: [
    { key: '/filing', label: 'statistics:nav.filing', icon: FormOutlined, audience: 'enterprise' },
    {
      key: 'statistics',
      label: 'statistics:nav.statistics',
      icon: DatabaseOutlined,
      children: [
        { key: '/statistics/reports', label: 'statistics:nav.reports' },
        { key: '/statistics/completeness', label: 'statistics:nav.completeness' },
        { key: '/statistics/review', label: 'statistics:nav.review', permission: 'statistics.review' },
        { key: '/statistics/import', label: 'statistics:nav.import', permission: 'records.write' },
        { key: '/statistics/enterprises', label: 'statistics:nav.enterprises' },
        { key: '/statistics/periods', label: 'statistics:nav.periods', permission: 'records.write' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/statistics.json', { with: { type: 'json' } }) },
};
