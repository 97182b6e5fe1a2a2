/**
 * The environment pages' face (môi trường KCN): the zones' wastewater plants with their
 * connections and monitoring results, the discharge standards, and the environment report. Every
 * page is loaded when first visited.
 */
import { EnvironmentOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/environment.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const environmentModule: WebModule = {
  name: 'environment',
  routes: [
    { path: 'environment/plants', lazy: () => import('./PlantsPage.tsx') },
    { path: 'environment/plants/:id', lazy: () => import('./PlantPage.tsx') },
    { path: 'environment/standards', lazy: () => import('./StandardsPage.tsx') },
    { path: 'environment/report', lazy: () => import('./ReportPage.tsx') },
  ],
  menu: [
    {
      key: 'environment',
      label: 'environment:nav.group',
      icon: EnvironmentOutlined,
      children: [
        { key: '/environment/plants', label: 'environment:nav.plants', permission: 'records.read' },
        { key: '/environment/standards', label: 'environment:nav.standards', permission: 'records.read' },
        { key: '/environment/report', label: 'environment:nav.report', permission: 'records.read' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/environment.json', { with: { type: 'json' } }) },
};
