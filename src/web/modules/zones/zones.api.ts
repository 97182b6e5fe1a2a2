import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiQuery, type Schema } from '../../shared/api.ts';

/** A zone as GET /api/v1/zones gives it. */
export type Zone = Schema<'Zone'>;
export type ZoneStatus = Zone['status'];

/**
 * GET /api/v1/zones filters as the address holds them (text, lists of text); with `status`,
 * `asOf` asks for the status at that date, as the zones report counts.
 */
export type ZoneQuery = ApiQuery<'/zones'>;

export function useZones(query: ZoneQuery) {
  return useQuery({ queryKey: ['zones', query], queryFn: () => api.get('/zones', { query: { ...query } }) });
}

/** Every zone the user sees (for pickers and filters). */
export function useAllZones() {
  return useQuery({
    queryKey: ['zones', 'all'],
    queryFn: () => api.get('/zones', { query: { pageSize: 500 } }),
    staleTime: 5 * 60_000,
  });
}

export function useZone(id: string) {
  return useQuery({ queryKey: ['zone', id], queryFn: () => api.get('/zones/{id}', { path: { id } }) });
}

/** After a change to a zone: its page takes the answer; lists, project pages and reports refetch. */
export function useZoneWrite<V>(send: (values: V) => Promise<Zone>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (zone) => {
      queryClient.setQueryData(['zone', zone.id], zone);
      await queryClient.invalidateQueries({
        predicate: (query) => {
          const head = String(query.queryKey[0] ?? '');
          if (head === 'zone' && query.queryKey[1] === zone.id) return false;
          return ['zones', 'zone', 'projects', 'audit'].includes(head) || head.startsWith('report');
        },
      });
    },
  });
}
