/**
 * My account's face: the page every signed-in user (enterprise accounts included) reaches from
 * the header's user menu — who I am, my password, my API tokens — and its translations.
 */
import vi from '../../../locales/vi/account.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

/** The page's address, for the header's user menu. */
export const ACCOUNT_PATH = '/account';

export const accountModule: WebModule = {
  name: 'account',
  routes: [{ path: 'account', lazy: () => import('./AccountPage.tsx') }],
  locales: { vi, en: () => import('../../../locales/en/account.json', { with: { type: 'json' } }) },
};
