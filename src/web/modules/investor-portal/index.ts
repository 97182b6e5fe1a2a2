/**
 * The investor portal's staff face: each zone's public page (Vietnamese and English), edited as a
 * draft and published, shown on the zone's page.
 */
import { lazy } from 'react';
import vi from '../../../locales/vi/investorPortal.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

/** The zone's public page: its draft, what is published, and the edit and publish actions. */
export const ZonePublicPageSection = lazy(() => import('./ZonePublicPageSection.tsx'));

export const investorPortalModule: WebModule = {
  name: 'investorPortal',
  locales: { vi, en: () => import('../../../locales/en/investorPortal.json', { with: { type: 'json' } }) },
};
