/**
 * Zones' boundaries (ranh giới) as GeoJSON in WGS84, imported from a file with the source coordinate system noted (VN-2000 and its central meridian, or WGS84).
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { boundariesRoutes } from './boundaries.routes.ts';

export * from './boundaries.tables.ts';
export { BoundaryErrors } from './boundaries.errors.ts';
export {
  BoundaryFeatureCollection,
  ZoneBoundary,
  ZoneBoundaryDetail,
  ImportBoundaryBody,
} from './boundaries.schemas.ts';
export {
  boardBoundaries,
  getZoneBoundary,
  importZoneBoundary,
  transferBoundariesOfZones,
  zoneBoundaryFeature,
} from './boundaries.service.ts';
export { loadBoundariesDemo, BOUNDARIES_DEMO_NOTE, type BoundariesDemoSummary } from './boundaries.demo.ts';

export const boundariesModule = {
  name: 'boundaries',
  routes: () => [boundariesRoutes],
} satisfies ServerModule<ModuleContext>;
