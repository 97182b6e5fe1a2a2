/** The difficulties pages' face. */
import en from '../../../locales/en/difficulties.json' with { type: 'json' };
import vi from '../../../locales/vi/difficulties.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const difficultiesModule: WebModule = {
  name: 'difficulties',
  routes: [],
  menu: [],
  locales: { vi, en },
};
