import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, ApiError, onUnauthenticated, type Schema } from '../shared/api.ts';

/** The signed-in user (GET /api/v1/auth/me). */
export type Me = Schema<'Me'>;

/** What a role may do: the server's list (kernel/actor.ts), as the API's `Me` schema names it. */
export type Permission = Me['permissions'][number];

/** A board as /auth/me names it. */
export type BoardRef = Me['visibleBoards'][number];

export const ME_KEY = ['me'] as const;

export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: () => api.get('/auth/me'),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user inside the shell (always present there). */
export function useSession(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSession outside the signed-in shell');
  return data;
}

/** Whether the user may do something — the server refuses anyway; this decides what is offered. */
export function useCan(permission: Permission): boolean {
  return useSession().permissions.includes(permission);
}

/** Renders its children for a signed-in user; otherwise sends them to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spin fullscreen />;
  if (me.error) {
    const next = encodeURIComponent(location.pathname + location.search);
    const expired =
      me.error instanceof ApiError && me.error.status === 401 && location.pathname !== '/'
        ? '&expired=1'
        : '';
    return <Navigate to={`/login?next=${next}${expired}`} replace />;
  }
  return children;
}

/** When any request answers 401 the session has ended: forget cached data and ask to sign in again. */
export function SessionWatcher() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    const unsubscribe = onUnauthenticated(() => {
      if (location.pathname === '/login') return;
      queryClient.clear();
      void navigate(`/login?expired=1&next=${encodeURIComponent(location.pathname + location.search)}`, {
        replace: true,
      });
    });
    return () => {
      unsubscribe();
    };
  }, [queryClient, navigate, location]);
  return null;
}
