import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiBody, type Schema } from '../../shared/api.ts';

/** The roles an administrator gives here (enterprise accounts are made from their enterprise). */
export const USER_ROLES = [
  'admin',
  'leader',
  'staff',
  'viewer',
] as const satisfies readonly Schema<'User'>['role'][];
export type UserRole = (typeof USER_ROLES)[number];

/** A user as GET /api/v1/users gives it. */
export type User = Schema<'User'>;

/** What POST /api/v1/users takes. */
export type NewUser = ApiBody<'/users', 'post'>;

/** What PATCH /api/v1/users/{id} takes (version required). */
export type UserChanges = ApiBody<'/users/{id}', 'patch'>;

export const USERS_KEY = ['users'] as const;

export function useUsers(enabled = true) {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: () => api.get('/users'),
    enabled,
  });
}

/** After any change to users: the list and the audit log show it. */
function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: USERS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: NewUser) => api.post('/users', { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, ...body }: UserChanges & { id: string }) =>
      api.patch('/users/{id}', { path: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: string) => api.post('/users/{id}/reset-password', { path: { id } }),
    onSuccess: invalidate,
  });
}

/** A bloc (khối thi đua) and its boards today, as GET /api/v1/blocs gives it. */
export type Bloc = Schema<'Bloc'>;

/** The blocs a national administrator may put a bloc user in (the API refuses anyone else). */
export function useBlocs(enabled: boolean) {
  return useQuery({ queryKey: ['blocs'], queryFn: () => api.get('/blocs'), enabled, staleTime: 60_000 });
}
