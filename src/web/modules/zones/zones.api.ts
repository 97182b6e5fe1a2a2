import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../shared/api.ts';

export type ZoneStatus = 'planned' | 'established' | 'under_construction' | 'operating';

/** A zone as GET /api/v1/zones gives it. */
export interface Zone {
  id: string;
  boardId: string;
  code: string;
  name: string;
  kind: 'KCN' | 'KKT' | 'KCX';
  status: ZoneStatus;
  statusHistory: { status: ZoneStatus; since: string }[];
  areaHa: string;
  industrialLandHa: string | null;
  leasedLandHa: string | null;
  occupancyPct: number | null;
  developer: string | null;
  version: number;
}

export interface ZoneQuery {
  q?: string | undefined;
  kind?: string[];
  status?: string[];
  boardId?: string[];
  /** With `status`: the status at this date, as the zones report counts. */
  asOf?: string | undefined;
  page?: number;
  pageSize?: number;
}

export function useZones(query: ZoneQuery) {
  return useQuery({ queryKey: ['zones', query], queryFn: () => api.get<Page<Zone>>('/zones', { ...query }) });
}

/** Every zone the user sees (for pickers and filters). */
export function useAllZones() {
  return useQuery({
    queryKey: ['zones', 'all'],
    queryFn: () => api.get<Page<Zone>>('/zones', { pageSize: 500 }),
    staleTime: 5 * 60_000,
  });
}

export function useZone(id: string) {
  return useQuery({ queryKey: ['zone', id], queryFn: () => api.get<Zone>(`/zones/${id}`) });
}
