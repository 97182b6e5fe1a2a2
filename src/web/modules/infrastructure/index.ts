/**
 * The infrastructure works' face (công trình hạ tầng): the board-wide list of works (late ones
 * first) and the works section of a zone's page, loaded when first shown.
 */
import { BuildOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import vi from '../../../locales/vi/infrastructure.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

/** A zone's works with their progress, for the zone page: `<ZoneWorksSection zoneId canWrite />`. */
export const ZoneWorksSection = lazy(() => import('./ZoneWorksSection.tsx'));

export const infrastructureModule: WebModule = {
  name: 'infrastructure',
  routes: [{ path: 'infrastructure', lazy: () => import('./WorksPage.tsx') }],
  menu: [
    {
      key: '/infrastructure',
      label: 'infrastructure:nav.works',
      icon: BuildOutlined,
      permission: 'records.read',
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/infrastructure.json', { with: { type: 'json' } }) },
};
