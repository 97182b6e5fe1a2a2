/**
 * The planning register's face (quyết định về khu): the board's register of decisions about its
 * zones and a zone's timeline (decisions beside its status history) for the zone page.
 */
import { AuditOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import vi from '../../../locales/vi/planning.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

/** A zone's decisions and timeline, for the zone page. */
export const ZoneDecisionsSection = lazy(() => import('./ZoneDecisionsSection.tsx'));

/** A zone's decisions and status changes in date order (the zone page's timeline shares it). */
export { useZoneTimeline, type ZoneDecision } from './planning.api.ts';

export const planningModule: WebModule = {
  name: 'planning',
  routes: [{ path: 'planning/decisions', lazy: () => import('./DecisionsPage.tsx') }],
  menu: [
    {
      key: '/planning/decisions',
      label: 'planning:nav.decisions',
      icon: AuditOutlined,
      permission: 'records.read',
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/planning.json', { with: { type: 'json' } }) },
};
