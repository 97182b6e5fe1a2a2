/**
 * The investor portal's content: each zone's public page in Vietnamese and English (draft and published copy, photos), edited and published by staff, read by anyone once published.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { investorPortalRoutes } from './investor-portal.routes.ts';

export * from './investor-portal.tables.ts';

export const investorPortalModule = {
  name: 'investor-portal',
  routes: () => [investorPortalRoutes],
} satisfies ServerModule<ModuleContext>;
