/**
 * The investor portal's content: each zone's public page in Vietnamese and English (draft and published copy, photos), edited and published by staff, read by anyone once published;
 * the board's public site settings (the map's tile layer) and the list of boards that publish.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { investorPortalRoutes } from './investor-portal.routes.ts';
import { siteSettingsRoutes } from './site-settings.routes.ts';

export * from './investor-portal.tables.ts';
export {
  PageContent,
  PublicZone,
  PublicZoneList,
  PublicZoneMap,
  ZonePublicPage,
  PHOTO_LIMIT,
  PHOTO_LIMIT_BYTES,
  PublicBoardList,
  PublicMapLayer,
  PublicSiteSettings,
  PutSiteSettingsBody,
  SiteSettingsQuery,
  TILE_ATTRIBUTION_MAX,
  TILE_URL_MAX,
  tileUrlProblems,
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
export {
  getSiteSettings,
  putSiteSettings,
  listPublicBoards,
  PUBLIC_SITE_SETTINGS_ENTITY,
} from './site-settings.service.ts';
export { loadInvestorPortalDemo, INVESTOR_PORTAL_DEMO_SOURCE } from './investor-portal.demo.ts';

export const investorPortalModule = {
  name: 'investor-portal',
  routes: () => [investorPortalRoutes, siteSettingsRoutes],
} satisfies ServerModule<ModuleContext>;
