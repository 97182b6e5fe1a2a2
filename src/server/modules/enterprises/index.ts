/** Enterprises' public face: tables (with enterprise accounts), schemas, errors, service, package validator, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { enterprisesRoutes } from './enterprises.routes.ts';

export * from './enterprises.tables.ts';
export * from './enterprises.schemas.ts';
export * from './enterprises.errors.ts';
export * from './enterprises.service.ts';
export * from './enterprises.package.ts';
export { enterprisesRoutes };

export const enterprisesModule = {
  name: 'enterprises',
  routes: () => [enterprisesRoutes],
} satisfies ServerModule;
