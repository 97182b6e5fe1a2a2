/**
 * Emulation's face (thi đua): movements, the bloc's covenant and the bloc's scoring (the table of
 * criteria, the member's own score sheet, the leader's review and the ranking). Every page is
 * loaded when first visited.
 */
import { FlagOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/emulation.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const emulationModule: WebModule = {
  name: 'emulation',
  routes: [
    { path: 'emulation/movements', lazy: () => import('./MovementsPage.tsx') },
    { path: 'emulation/covenant', lazy: () => import('./CovenantPage.tsx') },
    { path: 'emulation/scoring', lazy: () => import('./ScoringPage.tsx') },
  ],
  menu: [
    {
      key: 'emulation',
      label: 'emulation:nav.group',
      icon: FlagOutlined,
      children: [
        { key: '/emulation/movements', label: 'emulation:nav.movements', permission: 'records.read' },
        { key: '/emulation/covenant', label: 'emulation:nav.covenant', permission: 'records.read' },
        { key: '/emulation/scoring', label: 'emulation:nav.scoring', permission: 'records.read' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/emulation.json', { with: { type: 'json' } }) },
};
