import { createBrowserRouter } from 'react-router';
import { WEB_MODULES } from '../modules/index.ts';
import { RequireSession, SessionWatcher } from './session.tsx';
import { Shell } from './Shell.tsx';

/** Every module's pages (modules/index.ts); every page is its own chunk, loaded when first visited. */
export const router = createBrowserRouter([
  ...WEB_MODULES.flatMap((module) => module.publicRoutes ?? []),
  {
    path: '/',
    element: (
      <RequireSession>
        <SessionWatcher />
        <Shell />
      </RequireSession>
    ),
    children: WEB_MODULES.flatMap((module) => module.routes ?? []),
  },
]);
