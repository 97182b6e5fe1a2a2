import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ME_KEY } from '../../app/session.tsx';
import { api, type ApiBody, type ApiResponse, type Schema } from '../../shared/api.ts';

/** One of my API tokens as GET /api/v1/auth/tokens gives it (never its secret). */
export type ApiToken = Schema<'ApiToken'>;

/** What POST /api/v1/auth/tokens takes: a name and, optionally, days until it expires. */
export type NewToken = ApiBody<'/auth/tokens', 'post'>;

/** A token just made: its record and the secret, which the API gives this once. */
export type CreatedToken = ApiResponse<'/auth/tokens', 'post'>;

/** What POST /api/v1/auth/password takes. */
export type PasswordChange = ApiBody<'/auth/password', 'post'>;

export const TOKENS_KEY = ['auth', 'tokens'] as const;

export function useApiTokens(enabled = true) {
  return useQuery({ queryKey: TOKENS_KEY, queryFn: () => api.get('/auth/tokens'), enabled });
}

/** After a change to my account: my tokens and the audit log show it. */
function useInvalidateAccount() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

/** Changes my password; the server ends my other sessions and revokes every token of mine. */
export function useChangePassword() {
  const invalidate = useInvalidateAccount();
  return useMutation({
    mutationFn: (body: PasswordChange) => api.post('/auth/password', { body }),
    onSuccess: invalidate,
  });
}

export function useCreateToken() {
  const invalidate = useInvalidateAccount();
  return useMutation({
    mutationFn: (body: NewToken) => api.post('/auth/tokens', { body }),
    onSuccess: invalidate,
  });
}

export function useRevokeToken() {
  const invalidate = useInvalidateAccount();
  return useMutation({
    mutationFn: (id: string) => api.delete('/auth/tokens/{id}', { path: { id } }),
    onSuccess: invalidate,
  });
}

/** What PATCH /api/v1/auth/me takes: my name and e-mail, with my account's version. */
export type ProfileChange = ApiBody<'/auth/me', 'patch'>;

/** Changes my name or e-mail; the signed-in user is then the server's answer. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAccount();
  return useMutation({
    mutationFn: (body: ProfileChange) => api.patch('/auth/me', { body }),
    onSuccess: async (me) => {
      queryClient.setQueryData(ME_KEY, me);
      await invalidate();
    },
  });
}
