import { Spin } from 'antd';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { WEB_MODULES } from '../modules/index.ts';
import { RouteError } from './RouteError.tsx';
import { RequireSession, SessionWatcher } from './session.tsx';
import { Shell } from './Shell.tsx';

/**
 * A route at the top of the app: a spinner while its lazy page loads on the first visit (React
 * Router asks for one, "HydrateFallback", and warns without it) and the app's own error page.
 */
const topLevel = (route: RouteObject): RouteObject => ({
  hydrateFallbackElement: <Spin fullscreen />,
  errorElement: <RouteError />,
  ...route,
});

/** Every module's pages (modules/index.ts); every page is its own chunk, loaded when first visited. */
export const router = createBrowserRouter([
  ...WEB_MODULES.flatMap((module) => module.publicRoutes ?? []).map(topLevel),
  topLevel({
    path: '/',
    element: (
      <RequireSession>
        <SessionWatcher />
        <Shell />
      </RequireSession>
    ),
    children: [
      // A page that fails shows the error inside the shell: the menu stays, the user goes on.
      { errorElement: <RouteError />, children: WEB_MODULES.flatMap((module) => module.routes ?? []) },
    ],
  }),
]);
