/** Zones' public face: tables, schemas, errors, service, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { zoneProfileRoutes } from './zone-profile.routes.ts';
import { zonesRoutes } from './zones.routes.ts';

export * from './zones.tables.ts';
export * from './zone-profiles.tables.ts';
export * from './zones.schemas.ts';
export * from './zones.errors.ts';
export * from './zone-profile.schemas.ts';
export * from './zone-profile.errors.ts';
export {
  getZoneProfile,
  putZoneProfile,
  zoneProfilesOf,
  ZONE_PROFILE_ENTITY,
} from './zone-profile.service.ts';
export * from './zones.service.ts';
export { zonesRoutes };

export const zonesModule = {
  name: 'zones',
  routes: () => [zonesRoutes, zoneProfileRoutes],
} satisfies ServerModule;
