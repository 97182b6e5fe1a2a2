/** The reports' face: investment, zones and production report pages, the periodic report's page, their menu group, translations. */
import { BarChartOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/reports.json' with { type: 'json' };
import { lazy } from 'react';
import type { WebModule } from '../../app/web-module.ts';

/** The reports' ECharts binding, loaded when first drawn (render it inside Suspense). */
export const Chart = lazy(() => import('./Chart.tsx').then((m) => ({ default: m.Chart })));

export const reportsModule: WebModule = {
  name: 'reports',
  routes: [
    { path: 'reports/investment', lazy: () => import('./InvestmentReportPage.tsx') },
    { path: 'reports/zones', lazy: () => import('./ZonesReportPage.tsx') },
    { path: 'reports/production', lazy: () => import('./ProductionReportPage.tsx') },
    { path: 'reports/periodic', lazy: () => import('./PeriodicReportPage.tsx') },
  ],
  menu: [
    {
      key: 'reports',
      label: 'nav.reports',
      icon: BarChartOutlined,
      children: [
        { key: '/reports/investment', label: 'nav.investmentReport' },
        { key: '/reports/zones', label: 'nav.zonesReport' },
        { key: '/reports/production', label: 'statistics:nav.production' },
        { key: '/reports/periodic', label: 'reports:periodic.nav' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/reports.json', { with: { type: 'json' } }) },
};
