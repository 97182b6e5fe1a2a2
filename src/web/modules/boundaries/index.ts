/**
 * The boundaries' face (ranh giới khu): a zone's boundary on a map and its import, for the zone page.
 */
import { lazy } from 'react';
import vi from '../../../locales/vi/boundaries.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

/** A zone's boundary drawn from its GeoJSON, with the import for staff. */
export const ZoneBoundarySection = lazy(() => import('./ZoneBoundarySection.tsx'));

export const boundariesModule: WebModule = {
  name: 'boundaries',
  locales: { vi, en: () => import('../../../locales/en/boundaries.json', { with: { type: 'json' } }) },
};
