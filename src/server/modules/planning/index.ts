/**
 * The register of decisions about a zone (quyết định về khu: chủ trương, thành lập, quy hoạch, điều chỉnh) with their files, and the zone's timeline beside its status history.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { planningRoutes } from './planning.routes.ts';

export * from './planning.tables.ts';
export { PlanningErrors } from './planning.errors.ts';
export { ZoneDecision, ZoneDecisionList, ZoneTimeline } from './planning.schemas.ts';
export {
  getDecision,
  listDecisions,
  zoneKeyDecisions,
  zoneTimeline,
  type ZoneKeyDecisions,
} from './planning.service.ts';
export { loadPlanningDemo, type PlanningDemoSummary } from './planning.demo.ts';
export { transferDecisionsOfZones } from './planning.repository.ts';

export const planningModule = {
  name: 'planning',
  routes: () => [planningRoutes],
} satisfies ServerModule<ModuleContext>;
