/**
 * The inspection pages' face (kiểm tra): the yearly plans with their overlap warnings and approval,
 * inspections in and out of plan with their findings, follow-up of the remedies, and the year's
 * statistics. Every page is loaded when first visited; nothing here weighs on the first load.
 */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/inspection.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const inspectionModule: WebModule = {
  name: 'inspection',
  routes: [
    { path: 'inspection/plans', lazy: () => import('./PlansPage.tsx') },
    { path: 'inspection/plans/:id', lazy: () => import('./PlanPage.tsx') },
    { path: 'inspection/inspections', lazy: () => import('./InspectionsPage.tsx') },
    { path: 'inspection/inspections/:id', lazy: () => import('./InspectionPage.tsx') },
    { path: 'inspection/findings', lazy: () => import('./FindingsPage.tsx') },
    { path: 'inspection/statistics', lazy: () => import('./StatisticsPage.tsx') },
  ],
  menu: [
    {
      key: 'inspection',
      label: 'inspection:nav.group',
      icon: SafetyCertificateOutlined,
      children: [
        { key: '/inspection/plans', label: 'inspection:nav.plans', permission: 'records.read' },
        { key: '/inspection/inspections', label: 'inspection:nav.inspections', permission: 'records.read' },
        { key: '/inspection/findings', label: 'inspection:nav.findings', permission: 'records.read' },
        { key: '/inspection/statistics', label: 'inspection:nav.statistics', permission: 'records.read' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/inspection.json', { with: { type: 'json' } }) },
};
