/**
 * The emulation bloc's face (blocs-v1): the consolidated report of the bloc's members, the
 * members' returns entered by the leader, and the blocs with their years (members, leader,
 * deputy) for a national or bloc administrator. Every page is loaded when first visited.
 *
 * (Foundation stub: the bloc web work fills routes and menu.)
 */
import en from '../../../locales/en/blocs.json' with { type: 'json' };
import vi from '../../../locales/vi/blocs.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const blocsModule: WebModule = {
  name: 'blocs',
  routes: [],
  menu: [],
  locales: { vi, en },
};
