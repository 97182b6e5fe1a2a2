import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api.ts';

export const USER_ROLES = ['admin', 'leader', 'staff', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A user as GET /api/v1/users gives it. */
export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: UserRole;
  scope: 'board' | 'bloc' | 'national';
  boardId: string | null;
  blocId: string | null;
  disabled: boolean;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  username: string;
  fullName: string;
  email?: string | null;
  role: UserRole;
  boardId?: string;
}

export interface UserChanges {
  version: number;
  fullName?: string;
  email?: string | null;
  role?: UserRole;
  disabled?: boolean;
}

export const USERS_KEY = ['users'] as const;

export function useUsers(enabled = true) {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: () => api.get<{ items: User[] }>('/users'),
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
    mutationFn: (body: NewUser) => api.post<{ user: User; generatedPassword: string | null }>('/users', body),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, ...body }: UserChanges & { id: string }) => api.patch<User>(`/users/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: string) => api.post<{ password: string }>(`/users/${id}/reset-password`),
    onSuccess: invalidate,
  });
}
