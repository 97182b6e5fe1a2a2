/**
 * The zones' environment (môi trường KCN): discharge standards and their limits, central
 * wastewater plants, connected enterprises over time, monitoring samples with exceedance flags,
 * and the environment report.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';

export * from './environment.tables.ts';

export const environmentModule = {
  name: 'environment',
  routes: () => [],
} satisfies ServerModule<ModuleContext>;
