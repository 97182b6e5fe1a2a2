import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import type {
  InfrastructureWorkKind,
  InfrastructureWorkState,
} from '../../../domain/infrastructure-works.ts';
import { callApi as call, pathSegment as seg, queryString } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';

/*
 * The infrastructure API (under /api/v1/infrastructure), typed as the server's schemas
 * (src/server/modules/infrastructure/infrastructure.schemas.ts) write them.
 */

export type { InfrastructureWorkKind, InfrastructureWorkState };

export interface LatestProgress {
  reportedOn: string;
  progressPct: string;
  actualCapacity: string | null;
  disbursedVnd: string | null;
}

export interface InfrastructureWork {
  id: string;
  boardId: string;
  board: string;
  zone: { id: string; code: string; name: string };
  kind: InfrastructureWorkKind;
  name: string;
  capacityUnit: string;
  plannedCapacity: string | null;
  plannedCapitalVnd: string | null;
  plannedStartOn: string | null;
  plannedCompletionOn: string;
  completedOn: string | null;
  note: string;
  asOf: string;
  latest: LatestProgress | null;
  state: InfrastructureWorkState;
  daysLate: number;
  expectedPct: string | null;
  version: number;
}

export interface ProgressReport {
  id: string;
  workId: string;
  reportedOn: string;
  progressPct: string;
  actualCapacity: string | null;
  disbursedVnd: string | null;
  note: string;
  createdAt: string;
}

export interface InfrastructureWorkDetail extends InfrastructureWork {
  progressReports: ProgressReport[];
}

export interface WorkList {
  items: InfrastructureWork[];
  page: number;
  pageSize: number;
  total: number;
}

export interface WorksQuery {
  board?: string[] | undefined;
  zone?: string[] | undefined;
  kind?: string[] | undefined;
  state?: string[] | undefined;
  asOf?: string | undefined;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

export interface WorkBody {
  zoneId?: string;
  version?: number;
  kind: InfrastructureWorkKind;
  name: string;
  capacityUnit: string;
  plannedCapacity: string | null;
  plannedCapitalVnd: string | null;
  plannedStartOn: string | null;
  plannedCompletionOn: string;
  note: string;
}

export interface ProgressBody {
  reportedOn: string;
  progressPct: string;
  actualCapacity: string | null;
  disbursedVnd: string | null;
  note: string;
  completedOn: string | null;
}

const KEY = ['infrastructure'] as const;

export function useWorks(query: WorksQuery, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'works', query],
    queryFn: () => call<WorkList>('GET', '/infrastructure/works', { query: { ...query } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useWork(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'work', id],
    queryFn: () => call<InfrastructureWorkDetail>('GET', `/infrastructure/works/${seg(id!)}`),
    enabled: id !== undefined,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEY });
}

/** Adds a work (no id) or edits one. */
export function useSaveWork(id: string | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: WorkBody) =>
      id === undefined
        ? call<InfrastructureWorkDetail>('POST', '/infrastructure/works', { body })
        : call<InfrastructureWorkDetail>('PATCH', `/infrastructure/works/${seg(id)}`, { body }),
    onSuccess: invalidate,
  });
}

export function useAddProgress(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ProgressBody) =>
      call<InfrastructureWorkDetail>('POST', `/infrastructure/works/${seg(id)}/progress`, { body }),
    onSuccess: invalidate,
  });
}

/** The list with the page's filters, every row, as the server's workbook. */
export function downloadWorks(query: WorksQuery): Promise<void> {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return downloadFile(
    `/api/v1/infrastructure/works${queryString({ ...filters, format: 'xlsx' })}`,
    'cong-trinh-ha-tang.xlsx',
  );
}

/** The zones of a board to choose from (the zones module's list). */
export function useZoneChoices(boardId: string | undefined) {
  return useQuery({
    queryKey: ['zones', 'choices', boardId],
    queryFn: () =>
      call<{ items: { id: string; code: string; name: string }[] }>('GET', '/zones', {
        query: { boardId, pageSize: 500 },
      }).then((a) => a.items),
    enabled: boardId !== undefined,
  });
}
