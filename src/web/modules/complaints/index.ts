/**
 * Complaints' face (khiếu nại, tố cáo, kiến nghị): the register of what was received with its
 * deadline states, a complaint with its steps and the protected sender, and the year's
 * statistics. Every page is loaded when first visited.
 */
import { AuditOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/complaints.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const complaintsModule: WebModule = {
  name: 'complaints',
  routes: [
    { path: 'complaints', lazy: () => import('./ComplaintsPage.tsx') },
    { path: 'complaints/statistics', lazy: () => import('./StatisticsPage.tsx') },
    { path: 'complaints/:id', lazy: () => import('./ComplaintPage.tsx') },
  ],
  menu: [
    {
      key: 'complaints',
      label: 'complaints:nav.group',
      icon: AuditOutlined,
      permission: 'complaints.manage',
      children: [
        { key: '/complaints', label: 'complaints:nav.list', permission: 'complaints.manage' },
        {
          key: '/complaints/statistics',
          label: 'complaints:nav.statistics',
          permission: 'complaints.manage',
        },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/complaints.json', { with: { type: 'json' } }) },
};
