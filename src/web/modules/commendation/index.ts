/**
 * Commendation's face (khen thưởng): persons and collectives with their yearly ratings,
 * registrations for titles, initiatives, proposals and the council's review, decisions, the
 * register across years, and who qualifies for what. Every page is loaded when first visited.
 *
 * (Foundation stub: the emulation and commendation web work fills routes and menu.)
 */
import en from '../../../locales/en/commendation.json' with { type: 'json' };
import vi from '../../../locales/vi/commendation.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const commendationModule: WebModule = {
  name: 'commendation',
  routes: [],
  menu: [],
  locales: { vi, en },
};
