/**
 * The register of decisions about a zone (quyết định về khu: chủ trương, thành lập, quy hoạch, điều chỉnh) with their files, and the zone's timeline beside its status history.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { planningRoutes } from './planning.routes.ts';

export * from './planning.tables.ts';

export const planningModule = {
  name: 'planning',
  routes: () => [planningRoutes],
} satisfies ServerModule<ModuleContext>;
