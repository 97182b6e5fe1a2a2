/** STUB face of the dossier portal (public look-up and submission, an enterprise's dossiers). */
import en from '../../../locales/en/dossierPortal.json' with { type: 'json' };
import vi from '../../../locales/vi/dossierPortal.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const dossierPortalModule: WebModule = {
  name: 'dossierPortal',
  routes: [],
  publicRoutes: [],
  menu: [],
  locales: { vi, en },
};
