import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, ApiError, onUnauthenticated, type Schema } from '../shared/api.ts';

/** The signed-in user (GET /api/v1/auth/me). */
export type Me = Schema<'Me'>;

/** What a role may do: the server's list (kernel/actor.ts), as the API's `Me` schema names it. */
export type Permission = Me['permissions'][number];

/** A board as /auth/me names it. */
export type BoardRef = Me['visibleBoards'][number];

export const ME_KEY = ['me'] as const;

/**
 * Whether this browser signed in and has not signed out since: a request refused then means the
 * session expired (and the login page says so); without it the visitor simply has not signed in.
 */
const SIGNED_IN_KEY = 'kcn.signedIn';

function rememberSignedIn(signedIn: boolean) {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_KEY, '1');
    else localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Storage refused (private mode): the login page then never says "expired".
  }
}

function wasSignedIn(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * The address of the login page for a visitor at `location`: back there after signing in, and
 * "your session expired" only when there was a session (see SIGNED_IN_KEY).
 */
export function loginAddress(location: { pathname: string; search: string }, expired: boolean): string {
  const here = location.pathname + location.search;
  const next = here === '/' || here.startsWith('/login') ? '' : `next=${encodeURIComponent(here)}`;
  const query = [next, expired ? 'expired=1' : ''].filter(Boolean).join('&');
  return query ? `/login?${query}` : '/login';
}

export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: () => api.get('/auth/me'),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

/** The user RequireSession let in: what the shell's pages read, even while signing out. */
const SessionContext = createContext<Me | null>(null);

/** The signed-in user inside the shell (always present there). */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside the signed-in shell');
  return me;
}

/** Whether the user may do something — the server refuses anyway; this decides what is offered. */
export function useCan(permission: Permission): boolean {
  return useSession().permissions.includes(permission);
}

/** After a successful sign-in: the user is known without asking again. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    rememberSignedIn(true);
    queryClient.setQueryData(ME_KEY, me);
  };
}

/**
 * Signing out: to the login page first — the shell and its pages are gone before the cached data
 * (the user among it) is forgotten, so nothing is drawn for a user who is no longer there.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    rememberSignedIn(false);
    await navigate('/login', { replace: true });
    await api.post('/auth/logout').catch(() => undefined);
    queryClient.clear();
  };
}

/** Renders its children for a signed-in user; otherwise sends them to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.data) return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
  if (me.error) {
    const expired = me.error instanceof ApiError && me.error.status === 401 && wasSignedIn();
    return <Navigate to={loginAddress(location, expired)} replace />;
  }
  return <Spin fullscreen />;
}

/** When any request answers 401 the session has ended: forget cached data and ask to sign in again. */
export function SessionWatcher() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    const unsubscribe = onUnauthenticated(() => {
      if (location.pathname === '/login') return;
      const expired = wasSignedIn();
      void Promise.resolve(navigate(loginAddress(location, expired), { replace: true })).then(() =>
        queryClient.clear(),
      );
    });
    return () => {
      unsubscribe();
    };
  }, [queryClient, navigate, location]);
  return null;
}
