/** The page for an address the app does not know. */
import type { WebModule } from '../../app/web-module.ts';

export const homeModule: WebModule = {
  name: 'home',
  routes: [{ path: '*', lazy: () => import('./NotFoundPage.tsx') }],
};
