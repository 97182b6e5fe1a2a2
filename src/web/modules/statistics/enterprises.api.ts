import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { periodEnd, periodStart } from '../../../domain/periods.ts';
import { api, type ApiBody, type ApiQuery, type Schema, type Sent } from '../../shared/api.ts';
import { STATISTICS_KEY } from './statistics.api.ts';

/** An enterprise as GET /api/v1/enterprises lists it. */
export type Enterprise = Schema<'Enterprise'>;
/** One enterprise with its zone and projects named (GET /api/v1/enterprises/{id}). */
export type EnterpriseDetail = Schema<'EnterpriseDetail'>;
/** One of an enterprise's own accounts. */
export type EnterpriseAccountUser = Schema<'EnterpriseAccountUser'>;
export type EnterpriseBody = ApiBody<'/enterprises', 'post'>;
export type EnterprisePatch = ApiBody<'/enterprises/{id}', 'patch'>;

const ENTERPRISES_KEY = ['enterprises'] as const;

export function useEnterpriseList(query: ApiQuery<'/enterprises'>, enabled = true) {
  return useQuery({
    queryKey: [...ENTERPRISES_KEY, 'list', query],
    queryFn: () => api.get('/enterprises', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEnterpriseDetail(id: string) {
  return useQuery({
    queryKey: [...ENTERPRISES_KEY, 'detail', id],
    queryFn: () => api.get('/enterprises/{id}', { path: { id } }),
  });
}

export function useEnterpriseAccounts(id: string) {
  return useQuery({
    queryKey: [...ENTERPRISES_KEY, 'accounts', id],
    queryFn: async () => (await api.get('/enterprises/{id}/accounts', { path: { id } })).items,
  });
}

/** The enterprise's reports, latest period first (its filing history). */
export function useFilingHistory(enterpriseId: string) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'reports', { enterpriseId, history: true }],
    queryFn: async () => {
      const answer = await api.get('/enterprise-reports', { query: { enterpriseId, pageSize: 100 } });
      const items = Array.isArray(answer) ? answer : answer.items;
      // Latest first; of periods ending the same day, the shorter (a month before its quarter).
      return [...items].sort(
        (a, b) =>
          periodEnd(b.period).localeCompare(periodEnd(a.period)) ||
          periodStart(b.period).localeCompare(periodStart(a.period)),
      );
    },
  });
}

/** Projects of the board found by code or name (accents optional), for the linked-projects picker. */
export function useProjectSearch(q: string, boardId: string | undefined) {
  return useQuery({
    queryKey: ['projects', 'pick', { q, boardId }],
    queryFn: () =>
      api.get('/projects', {
        query: { q: q.trim() || undefined, boardId: boardId ? [boardId] : undefined, pageSize: 20 },
      }),
    enabled: Boolean(boardId),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** After a change: every enterprise list and page, and the statistics that count enterprises. */
export function useAfterEnterpriseWrite() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ENTERPRISES_KEY }),
      queryClient.invalidateQueries({ queryKey: STATISTICS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useSaveEnterprise() {
  const afterWrite = useAfterEnterpriseWrite();
  return useMutation({
    mutationFn: (
      change: { id: null; body: Sent<EnterpriseBody> } | { id: string; body: Sent<EnterprisePatch> },
    ) =>
      change.id === null
        ? api.post('/enterprises', { body: change.body })
        : api.patch('/enterprises/{id}', { path: { id: change.id }, body: change.body }),
    onSuccess: () => afterWrite(),
  });
}

export function useSetAccountDisabled(enterpriseId: string) {
  const afterWrite = useAfterEnterpriseWrite();
  return useMutation({
    mutationFn: (account: { id: string; version: number; disabled: boolean }) =>
      api.patch('/enterprises/{id}/accounts/{userId}', {
        path: { id: enterpriseId, userId: account.id },
        body: { version: account.version, disabled: account.disabled },
      }),
    onSuccess: () => afterWrite(),
  });
}

export function useResetAccountPassword(enterpriseId: string) {
  return useMutation({
    mutationFn: (userId: string) =>
      api.post('/enterprises/{id}/accounts/{userId}/reset-password', {
        path: { id: enterpriseId, userId },
      }),
  });
}
