/** The environment pages' face. */
import en from '../../../locales/en/environment.json' with { type: 'json' };
import vi from '../../../locales/vi/environment.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const environmentModule: WebModule = {
  name: 'environment',
  routes: [],
  menu: [],
  locales: { vi, en },
};
