/** Organisation over time's public face (organisation-v1): zone transfers, board merges, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { organisationRoutes } from './organisation.routes.ts';

export * from './organisation.schemas.ts';
export * from './organisation.errors.ts';
export * from './organisation.service.ts';
export { organisationRoutes };

export const organisationModule = {
  name: 'organisation',
  routes: () => [organisationRoutes],
} satisfies ServerModule;
