/** The inspection pages' face. */
import en from '../../../locales/en/inspection.json' with { type: 'json' };
import vi from '../../../locales/vi/inspection.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const inspectionModule: WebModule = {
  name: 'inspection',
  routes: [],
  menu: [],
  locales: { vi, en },
};
