/**
 * Open figures (dữ liệu mở): investment attracted, projects by country and sector, zones by status and occupancy — aggregates only, small cells suppressed — as JSON and CSV with their licence, without sign-in.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { openDataRoutes } from './open-data.routes.ts';

export * from './open-data.errors.ts';
export * from './open-data.schemas.ts';
export {
  openFigures,
  openFiguresCsv,
  lastCompleteYear,
  vsicSection,
  OPEN_DATA_LICENCE,
} from './open-data.service.ts';
export { OPEN_FIGURES_RATE_LIMIT } from './open-data.routes.ts';

export const openDataModule = {
  name: 'open-data',
  routes: () => [openDataRoutes],
} satisfies ServerModule<ModuleContext>;
