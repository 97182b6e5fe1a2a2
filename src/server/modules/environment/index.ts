/**
 * The zones' environment (môi trường KCN): discharge standards and their limits, central
 * wastewater plants, connected enterprises over time, monitoring samples with exceedance flags,
 * and the environment report.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { environmentRoutes } from './environment.routes.ts';

export * from './environment.tables.ts';
export { EnvironmentErrors } from './environment.errors.ts';
export { EnvironmentReport } from './environment.schemas.ts';
export { environmentReport } from './report.service.ts';
export { loadEnvironmentDemo, type EnvironmentDemoSummary } from './environment.demo.ts';

export const environmentModule = {
  name: 'environment',
  routes: (context) => [environmentRoutes(context)],
} satisfies ServerModule<ModuleContext>;
