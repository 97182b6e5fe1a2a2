/** Boards' (tenants') and blocs' public face: tables, schemas, errors, service, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { boardsRoutes } from './boards.routes.ts';

export * from './boards.tables.ts';
export * from './boards.schemas.ts';
export * from './boards.errors.ts';
export * from './boards.service.ts';
export { boardsRoutes };

export const boardsModule = { name: 'boards', routes: () => [boardsRoutes] } satisfies ServerModule;
