/** Zones' public face: tables, schemas, errors, service, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { zonesRoutes } from './zones.routes.ts';

export * from './zones.tables.ts';
export * from './zone-profiles.tables.ts';
export * from './zones.schemas.ts';
export * from './zones.errors.ts';
export * from './zones.service.ts';
export { zonesRoutes };

export const zonesModule = { name: 'zones', routes: () => [zonesRoutes] } satisfies ServerModule;
