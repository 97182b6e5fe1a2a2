/**
 * Emulation's face (thi đua): movements, the bloc's covenant and the bloc's scoring (the table of
 * criteria, the member's own score sheet, the leader's review and the ranking). Every page is
 * loaded when first visited.
 *
 * (Foundation stub: the emulation and commendation web work fills routes and menu.)
 */
import en from '../../../locales/en/emulation.json' with { type: 'json' };
import vi from '../../../locales/vi/emulation.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const emulationModule: WebModule = {
  name: 'emulation',
  routes: [],
  menu: [],
  locales: { vi, en },
};
