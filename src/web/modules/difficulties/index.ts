/**
 * Enterprises' difficulties and requests' face (khó khăn, vướng mắc, kiến nghị): staff's list with
 * ages, one difficulty with its timeline and actions, the leader's view of what is stuck and the
 * year's statistics; an enterprise account's own list and its answers to confirm or reopen. Every
 * page is loaded when first visited.
 */
import { BulbOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/difficulties.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const difficultiesModule: WebModule = {
  name: 'difficulties',
  routes: [
    { path: 'difficulties', lazy: () => import('./DifficultiesPage.tsx') },
    { path: 'difficulties/stuck', lazy: () => import('./StuckPage.tsx') },
    { path: 'difficulties/statistics', lazy: () => import('./StatisticsPage.tsx') },
    { path: 'difficulties/:id', lazy: () => import('./DifficultyPage.tsx') },
    { path: 'my-difficulties', lazy: () => import('./MyDifficultiesPage.tsx') },
    { path: 'my-difficulties/:id', lazy: () => import('./MyDifficultyPage.tsx') },
  ],
  menu: [
    {
      key: '/my-difficulties',
      label: 'difficulties:nav.mine',
      icon: BulbOutlined,
      audience: 'enterprise',
      permission: 'difficulties.raise',
    },
    {
      key: 'difficulties',
      label: 'difficulties:nav.group',
      icon: QuestionCircleOutlined,
      children: [
        { key: '/difficulties', label: 'difficulties:nav.list', permission: 'records.read' },
        { key: '/difficulties/stuck', label: 'difficulties:nav.stuck', permission: 'records.read' },
        {
          key: '/difficulties/statistics',
          label: 'difficulties:nav.statistics',
          permission: 'records.read',
        },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/difficulties.json', { with: { type: 'json' } }) },
};
