/** The complaints pages' face. */
import en from '../../../locales/en/complaints.json' with { type: 'json' };
import vi from '../../../locales/vi/complaints.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const complaintsModule: WebModule = {
  name: 'complaints',
  routes: [],
  menu: [],
  locales: { vi, en },
};
