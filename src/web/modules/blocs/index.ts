/**
 * The emulation bloc's face (blocs-v1): the consolidated report of the bloc's members, the
 * members' returns entered by the leader, and the blocs with their years (members, leader,
 * deputy) for a national or bloc administrator. Every page is loaded when first visited; nothing
 * here weighs on the first load but this face and its translations.
 */
import { ClusterOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/blocs.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const blocsModule: WebModule = {
  name: 'blocs',
  routes: [
    { path: 'blocs', lazy: () => import('./BlocsPage.tsx') },
    { path: 'blocs/report', lazy: () => import('./BlocReportPage.tsx') },
    { path: 'blocs/returns', lazy: () => import('./BlocReturnsPage.tsx') },
  ],
  menu: [
    {
      key: 'blocs',
      label: 'blocs:nav.group',
      icon: ClusterOutlined,
      children: [
        { key: '/blocs/report', label: 'blocs:nav.report', permission: 'records.read' },
        { key: '/blocs/returns', label: 'blocs:nav.returns', permission: 'records.read' },
        { key: '/blocs', label: 'blocs:nav.manage', permission: 'blocs.manage' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/blocs.json', { with: { type: 'json' } }) },
};
