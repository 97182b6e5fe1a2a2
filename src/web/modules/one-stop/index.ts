/**
 * The one-stop shop's staff face (one-stop-v1): the dossiers to handle, the dossiers list, receiving
 * a dossier at the counter or by post, a dossier's page with its actions and forms, the procedure
 * catalogue with the one-stop office, and the statistics report with the Decision 766 points.
 * Every page is loaded when first visited; nothing here weighs on the first load but this face.
 */
import { SolutionOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/oneStop.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const oneStopModule: WebModule = {
  name: 'oneStop',
  routes: [
    { path: 'one-stop', lazy: () => import('./AttentionPage.tsx') },
    { path: 'one-stop/dossiers', lazy: () => import('./DossiersPage.tsx') },
    { path: 'one-stop/dossiers/new', lazy: () => import('./ReceiveDossierPage.tsx') },
    { path: 'one-stop/dossiers/:id', lazy: () => import('./DossierPage.tsx') },
    { path: 'one-stop/procedures', lazy: () => import('./ProceduresPage.tsx') },
    { path: 'one-stop/procedures/:id', lazy: () => import('./ProcedurePage.tsx') },
    { path: 'one-stop/statistics', lazy: () => import('./DossierStatisticsPage.tsx') },
  ],
  menu: [
    {
      key: 'one-stop',
      label: 'oneStop:nav.group',
      icon: SolutionOutlined,
      children: [
        { key: '/one-stop', label: 'oneStop:nav.attention', permission: 'records.read' },
        { key: '/one-stop/dossiers', label: 'oneStop:nav.dossiers', permission: 'records.read' },
        { key: '/one-stop/procedures', label: 'oneStop:nav.procedures', permission: 'records.read' },
        { key: '/one-stop/statistics', label: 'oneStop:nav.statistics', permission: 'records.read' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/oneStop.json', { with: { type: 'json' } }) },
};
