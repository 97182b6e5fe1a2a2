/**
 * Emulation's public face (thi đua): movements of a board or a bloc, the bloc's covenant of a
 * year, and the bloc's scoring — the year's table of criteria, members' score sheets (scored by
 * the member, reviewed by the leader), the ranking and its Word document.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { covenantsRoutes } from './covenants.routes.ts';
import { movementsRoutes } from './movements.routes.ts';
import { scoringRoutes } from './scoring.routes.ts';

export * from './emulation.tables.ts';
export * from './movements.schemas.ts';
export * from './covenants.schemas.ts';
export * from './scoring.schemas.ts';
export { EmulationErrors } from './emulation.errors.ts';
export {
  SCORING_SOURCES,
  describeSource,
  type ScoringSource as ScoringSourceName,
} from './scoring-sources.ts';
export { scoringRanking } from './scoring-ranking.service.ts';
export { loadEmulationDemo, type EmulationDemoSummary } from './emulation.demo.ts';

export const emulationModule = {
  name: 'emulation',
  routes: (context) => [movementsRoutes(context), covenantsRoutes(context), scoringRoutes(context)],
} satisfies ServerModule<ModuleContext>;
