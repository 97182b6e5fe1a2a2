/** Zones' face: zone pages, menu entry, translations, and the zone list other modules' filters use. */
import { ApartmentOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/zones.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export { useAllZones } from './zones.api.ts';

export const zonesModule: WebModule = {
  name: 'zones',
  routes: [
    { path: 'zones', lazy: () => import('./ZonesPage.tsx') },
    { path: 'zones/:id', lazy: () => import('./ZonePage.tsx') },
  ],
  menu: [{ key: '/zones', label: 'nav.zones', icon: ApartmentOutlined }],
  locales: { vi, en: () => import('../../../locales/en/zones.json', { with: { type: 'json' } }) },
};
