/** STUB face of the staff one-stop module (the web-staff helper fills it in). */
import en from '../../../locales/en/oneStop.json' with { type: 'json' };
import vi from '../../../locales/vi/oneStop.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const oneStopModule: WebModule = {
  name: 'oneStop',
  routes: [],
  menu: [],
  locales: { vi, en },
};
