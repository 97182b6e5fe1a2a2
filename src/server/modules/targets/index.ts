/** Yearly targets' and the province's totals' public face: tables, schemas, errors, service, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { targetsRoutes } from './targets.routes.ts';

export * from './targets.tables.ts';
export * from './targets.schemas.ts';
export * from './targets.errors.ts';
export * from './targets.service.ts';
export { targetsRoutes };

export const targetsModule = { name: 'targets', routes: () => [targetsRoutes] } satisfies ServerModule;
