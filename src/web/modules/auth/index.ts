/** Signing in: the login page (outside the shell) and its translations. */
import vi from '../../../locales/vi/auth.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const authModule: WebModule = {
  name: 'auth',
  publicRoutes: [{ path: '/login', lazy: () => import('./LoginPage.tsx') }],
  locales: { vi, en: () => import('../../../locales/en/auth.json', { with: { type: 'json' } }) },
};
