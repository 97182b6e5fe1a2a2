/**
 * The investor portal's content: each zone's public page in Vietnamese and English (draft and published copy, photos), edited and published by staff, read by anyone once published.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { investorPortalRoutes } from './investor-portal.routes.ts';

export * from './investor-portal.tables.ts';
export {
  PageContent,
  PublicZone,
  PublicZoneList,
  ZonePublicPage,
  PHOTO_LIMIT,
  PHOTO_LIMIT_BYTES,
} from './investor-portal.schemas.ts';
export { InvestorPortalErrors } from './investor-portal.errors.ts';
export {
  getPublicPage,
  putPublicPage,
  publishPublicPage,
  unpublishPublicPage,
  listPublicZones,
  getPublicZone,
  ZONE_PUBLIC_PAGE_ENTITY,
} from './investor-portal.service.ts';
export { loadInvestorPortalDemo, INVESTOR_PORTAL_DEMO_SOURCE } from './investor-portal.demo.ts';

export const investorPortalModule = {
  name: 'investor-portal',
  routes: () => [investorPortalRoutes],
} satisfies ServerModule<ModuleContext>;
