/**
 * Projects' public face: tables, schemas, errors, the services of projects, licensing events and
 * implemented capital, the ledger's SQL (read models join it), the package validators of the
 * kinds this module owns, and the routes.
 */
import type { ServerModule } from '../../kernel/module.ts';
import { projectsRoutes } from './projects.routes.ts';

export * from './projects.tables.ts';
export * from './projects.schemas.ts';
export * from './projects.errors.ts';
export * from './ledger.sql.ts';
export * from './projects.service.ts';
export * from './licensing-events.service.ts';
export * from './capital-implementations.service.ts';
export * from './projects.package.ts';
export * from './licensing-events.package.ts';
export * from './capital-implementations.package.ts';
export { projectsRoutes };

export const projectsModule = { name: 'projects', routes: () => [projectsRoutes] } satisfies ServerModule;
