/** The agenda pages' face. */
import en from '../../../locales/en/agenda.json' with { type: 'json' };
import vi from '../../../locales/vi/agenda.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const agendaModule: WebModule = {
  name: 'agenda',
  routes: [],
  menu: [],
  locales: { vi, en },
};
