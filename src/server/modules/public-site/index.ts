/**
 * The public site (cổng thông tin cho nhà đầu tư): server-rendered pages in Vietnamese (at the root)
 * and English (under /en) — the board's zones on a map, each zone's page, the procedure catalogue and
 * the dossier look-up, the open figures and the enquiry form — built only from the public API, so it
 * can never show what the API does not publish (decision 021).
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { publicSiteHome, publicSitePages, siteErrors } from './public-site.routes.ts';

export { SITE_PAGES, sitePath } from './public-site.paths.ts';

export const publicSiteModule = {
  name: 'public-site',
  pages: (context) => [publicSitePages(context)],
  visitorHome: (context) => ({ page: publicSiteHome(context), error: siteErrors(context) }),
} satisfies ServerModule<ModuleContext>;
