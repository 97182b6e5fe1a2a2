/** Investors' public face: tables, schemas, errors, service, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { investorsRoutes } from './investors.routes.ts';

export * from './investors.tables.ts';
export * from './investors.schemas.ts';
export * from './investors.errors.ts';
export * from './investors.service.ts';
export { investorsRoutes };

export const investorsModule = { name: 'investors', routes: () => [investorsRoutes] } satisfies ServerModule;
