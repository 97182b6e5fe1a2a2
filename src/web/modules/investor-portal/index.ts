/**
 * The investor portal's staff face: each zone's public page (Vietnamese and English), edited as a
 * draft and published, shown on the zone's page; the board's public site page (its addresses and
 * the map's tile layer) — in the menu of the promotion module (Xúc tiến đầu tư).
 */
import { lazy } from 'react';
import vi from '../../../locales/vi/investorPortal.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

/** The zone's public page: its draft, what is published, and the edit and publish actions. */
export const ZonePublicPageSection = lazy(() => import('./ZonePublicPageSection.tsx'));

export const investorPortalModule: WebModule = {
  name: 'investorPortal',
  routes: [{ path: 'public-site/settings', lazy: () => import('./PublicSiteSettingsPage.tsx') }],
  locales: { vi, en: () => import('../../../locales/en/investorPortal.json', { with: { type: 'json' } }) },
};
