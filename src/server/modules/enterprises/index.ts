/** Enterprises' public face: tables (with enterprise accounts), schemas, errors, service, package validator, routes. */
// Tables and schemas first: the package validator reaches the packages module, whose checks reach
// filing, which reads this face's tables and schemas while it loads (an import cycle); modules
// load in the order they are named here.
export * from './enterprises.tables.ts';
export * from './enterprises.schemas.ts';
export * from './enterprises.errors.ts';
export * from './enterprises.service.ts';
export * from './enterprises.package.ts';
import type { ServerModule } from '../../kernel/module.ts';
import { enterprisesRoutes } from './enterprises.routes.ts';
export { enterprisesRoutes };

export const enterprisesModule = {
  name: 'enterprises',
  routes: () => [enterprisesRoutes],
} satisfies ServerModule;
