import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ZoneDecisionKind } from '../../../domain/zone-decisions.ts';
import { answerOf, callApi as call, pathSegment as seg, queryString } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';

/*
 * The planning register's API (under /api/v1/planning), typed by hand as the server's
 * planning.schemas.ts writes them.
 */

export type { ZoneDecisionKind };

export interface ZoneDecision {
  id: string;
  boardId: string;
  zone: { id: string; code: string; name: string };
  kind: ZoneDecisionKind;
  number: string;
  signedOn: string;
  issuer: string;
  summary: string;
  areaBeforeHa: string | null;
  areaAfterHa: string | null;
  file: { name: string; contentType: string; size: number } | null;
  version: number;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type TimelineItem =
  | { type: 'decision'; date: string; decision: ZoneDecision }
  | { type: 'status'; date: string; status: string; previousStatus: string | null };

export interface ZoneTimeline {
  zone: { id: string; code: string; name: string; status: string; areaHa: string };
  items: TimelineItem[];
}

export interface DecisionBody {
  zoneId: string;
  kind: ZoneDecisionKind;
  number: string;
  signedOn: string;
  issuer: string;
  summary: string;
  areaBeforeHa: string | null;
  areaAfterHa: string | null;
}

export interface DecisionsQuery {
  board?: string | undefined;
  zone?: string | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

const PLANNING_KEY = ['planning'] as const;

/** After a write: the register and every timeline are read again. */
function useAfterWrite() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: PLANNING_KEY });
}

export function useDecisions(query: DecisionsQuery, enabled = true) {
  return useQuery({
    queryKey: [...PLANNING_KEY, 'decisions', query],
    queryFn: () => call<Paged<ZoneDecision>>('GET', '/planning/decisions', { query: { ...query } }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useZoneTimeline(zoneId: string) {
  return useQuery({
    queryKey: [...PLANNING_KEY, 'timeline', zoneId],
    queryFn: () => call<ZoneTimeline>('GET', `/planning/zones/${seg(zoneId)}/timeline`),
  });
}

export function useCreateDecision() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: DecisionBody) => call<ZoneDecision>('POST', '/planning/decisions', { body }),
    onSuccess: after,
  });
}

export function useDeleteDecision() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (decision: ZoneDecision) =>
      call<undefined>('DELETE', `/planning/decisions/${seg(decision.id)}`, {
        query: { version: decision.version },
      }),
    onSuccess: after,
  });
}

/** Largest signed file the server takes (20 MB). */
export const DECISION_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** What the file picker offers; the server reads the true type from the file's first bytes. */
export const DECISION_FILE_ACCEPT = '.pdf,.jpg,.jpeg,.png';
const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** Stores a decision's signed file: its bytes as the body of a PUT, its name in the query; set once. */
export async function uploadDecisionFile(decisionId: string, file: File): Promise<ZoneDecision> {
  const response = await fetch(
    `/api/v1/planning/decisions/${seg(decisionId)}/file${queryString({ fileName: file.name })}`,
    {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': FILE_TYPES.includes(file.type) ? file.type : 'application/octet-stream' },
      body: file,
    },
  );
  return answerOf<ZoneDecision>(response);
}

export function useUploadDecisionFile() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: ({ decisionId, file }: { decisionId: string; file: File }) =>
      uploadDecisionFile(decisionId, file),
    onSuccess: after,
  });
}

export function downloadDecisionFile(decision: ZoneDecision) {
  return downloadFile(
    `/api/v1/planning/decisions/${seg(decision.id)}/file`,
    decision.file?.name ?? `quyet-dinh-${decision.signedOn}.pdf`,
  );
}

/** The register with the page's filters as an Excel workbook. */
export function downloadDecisions(query: DecisionsQuery) {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return downloadFile(
    `/api/v1/planning/decisions${queryString({ ...filters, format: 'xlsx' })}`,
    'quyet-dinh.xlsx',
  );
}

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
