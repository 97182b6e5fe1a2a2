/**
 * Infrastructure works of the zones (công trình hạ tầng): works with planned and actual capacity, capital, schedule and progress reports over time; late works and the board-wide list of works behind schedule.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { infrastructureRoutes } from './infrastructure.routes.ts';

export * from './infrastructure.tables.ts';

export const infrastructureModule = {
  name: 'infrastructure',
  routes: () => [infrastructureRoutes],
} satisfies ServerModule<ModuleContext>;
