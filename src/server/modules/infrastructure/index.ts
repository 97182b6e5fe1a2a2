/**
 * Infrastructure works of the zones (công trình hạ tầng): works with planned and actual capacity, capital, schedule and progress reports over time; late works and the board-wide list of works behind schedule.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { infrastructureRoutes } from './infrastructure.routes.ts';

export * from './infrastructure.tables.ts';
export { InfrastructureErrors } from './infrastructure.errors.ts';
export {
  InfrastructureWork,
  InfrastructureWorkDetail,
  InfrastructureSummary,
} from './infrastructure.schemas.ts';
export { infrastructureSummary, listAllWorks, transferWorksOfZones } from './infrastructure.service.ts';
export { loadInfrastructureDemo, type InfrastructureDemoSummary } from './infrastructure.demo.ts';

export const infrastructureModule = {
  name: 'infrastructure',
  routes: () => [infrastructureRoutes],
} satisfies ServerModule<ModuleContext>;
