import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DifficultyChannel,
  DifficultyEventAction,
  DifficultyStatus,
  DifficultyTopic,
  ResponsibleKind,
  STAFF_CHANNELS,
  StuckReason,
} from '../../../domain/difficulties.ts';
import { api, callApi as call, pathSegment as seg, queryString } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';

/*
 * Enterprises' difficulties and requests (khó khăn, vướng mắc, kiến nghị) under /api/v1/difficulties,
 * typed by hand as the server's difficulties.schemas.ts writes them.
 */

export type {
  DifficultyChannel,
  DifficultyEventAction,
  DifficultyStatus,
  DifficultyTopic,
  ResponsibleKind,
  StuckReason,
} from '../../../domain/difficulties.ts';
export { STAFF_CHANNELS } from '../../../domain/difficulties.ts';
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

export const DIFFICULTIES_KEY = ['difficulties'] as const;

/** A page of a list, as every list route answers. */
export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** A difficulty in the list (DifficultyItem). */
export interface DifficultySummary {
  id: string;
  /** The board's code. */
  board: string;
  reference: string;
  enterprise: { id: string; name: string; taxCode: string };
  topic: DifficultyTopic;
  title: string;
  channel: DifficultyChannel;
  occasion: string;
  raisedOn: string;
  status: DifficultyStatus;
  responsibleKind: ResponsibleKind | null;
  responsible: string;
  routedOn: string | null;
  answerDueOn: string | null;
  answeredOn: string | null;
  confirmedOn: string | null;
  /** Calendar days from being raised to the answer, or to today while unanswered. */
  ageDays: number;
  /** The same in working days (the one-stop calendar). */
  workingDaysOpen: number;
  reopenedCount: number;
  stuck: boolean;
  /** Why it is stuck; empty when it is not. */
  why: StuckReason[];
  version: number;
}

/** One step of its life (DifficultyEvent). */
export interface DifficultyEvent {
  action: DifficultyEventAction;
  note: string;
  /** Who did it: the account's username. */
  actor: string;
  at: string;
}

/** A difficulty with its content, answer and events (Difficulty). */
export interface Difficulty extends DifficultySummary {
  content: string;
  answer: string;
  /** What the enterprise said when it last confirmed or reopened it. */
  feedback: string;
  events: DifficultyEvent[];
  createdAt: string;
  updatedAt: string;
}

export interface DifficultiesQuery {
  board?: string | undefined;
  status?: DifficultyStatus | undefined;
  topic?: DifficultyTopic | undefined;
  enterpriseId?: string | undefined;
  responsible?: string | undefined;
  stuck?: boolean | undefined;
  year?: number | undefined;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

export function useDifficulties(query: DifficultiesQuery, enabled = true) {
  return useQuery({
    queryKey: [...DIFFICULTIES_KEY, 'list', query],
    queryFn: () => call<Paged<DifficultySummary>>('GET', '/difficulties', { query: { ...query } }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The list as the server's workbook (every matching row; page and page size left out). */
export function downloadDifficulties(query: DifficultiesQuery) {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return downloadFile(
    `/api/v1/difficulties${queryString({ ...filters, format: 'xlsx' })}`,
    'kho-khan-vuong-mac.xlsx',
  );
}

export function useDifficulty(id: string | undefined) {
  return useQuery({
    queryKey: [...DIFFICULTIES_KEY, 'one', id],
    queryFn: () => call<Difficulty>('GET', `/difficulties/${seg(id ?? '')}`),
    enabled: id !== undefined && id !== '',
  });
}

function useAfterWrite() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: DIFFICULTIES_KEY });
}

/** What an enterprise's account sends: its own enterprise and today are the server's. */
export interface RaiseBody {
  topic: DifficultyTopic;
  title: string;
  content: string;
}

/** What staff record: one raised at a dialogue conference, by letter or at a meeting. */
export interface RecordBody extends RaiseBody {
  enterpriseId: string;
  channel: StaffChannel;
  occasion?: string | undefined;
  raisedOn: string;
}

export function useCreateDifficulty() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: RaiseBody | RecordBody) => call<Difficulty>('POST', '/difficulties', { body }),
    onSuccess: after,
  });
}

/** Staff correct the words of one not yet answered. */
export interface DifficultyChanges {
  version: number;
  topic?: DifficultyTopic | undefined;
  title?: string | undefined;
  content?: string | undefined;
  occasion?: string | undefined;
}

export function useUpdateDifficulty(id: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: DifficultyChanges) => call<Difficulty>('PATCH', `/difficulties/${seg(id)}`, { body }),
    onSuccess: after,
  });
}

/** The actions on a difficulty, each with the version the user saw. */
export type DifficultyAction =
  | {
      kind: 'route';
      body: {
        version: number;
        responsibleKind: ResponsibleKind;
        responsible: string;
        answerDueOn?: string | undefined;
      };
    }
  | { kind: 'answer'; body: { version: number; answer: string; answeredOn: string } }
  | {
      kind: 'confirm';
      /** confirmedOn: staff only, the day the enterprise confirmed it (default today). */
      body: { version: number; feedback?: string | undefined; confirmedOn?: string | undefined };
    }
  | { kind: 'reopen'; body: { version: number; feedback: string } };

export function useDifficultyAction(id: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (action: DifficultyAction) =>
      call<Difficulty>('POST', `/difficulties/${seg(id)}/${action.kind}`, { body: action.body }),
    onSuccess: after,
  });
}

// ---- The leader's view of what is stuck ------------------------------------------------------

/** One responsible department or agency, or the not-routed ones (DifficultyStuckByResponsible). */
export interface StuckByResponsible {
  /** null: not routed yet. */
  responsibleKind: ResponsibleKind | null;
  responsible: string;
  /** Not yet answered. */
  open: number;
  /** Past their answer due date, unanswered. */
  overdue: number;
  oldestAgeDays: number | null;
}

/** GET /difficulties/stuck (DifficultyStuckReport). */
export interface StuckView {
  board: string;
  asOf: string;
  byResponsible: StuckByResponsible[];
  /** The stuck ones, oldest first. */
  items: DifficultySummary[];
}

export function useStuck(query: { board?: string | undefined; asOf?: string | undefined }, enabled = true) {
  return useQuery({
    queryKey: [...DIFFICULTIES_KEY, 'stuck', query],
    queryFn: () => call<StuckView>('GET', '/difficulties/stuck', { query: { ...query } }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

// ---- Statistics ------------------------------------------------------------------------------

/** GET /difficulties/statistics (DifficultyStatistics): of those raised in the year. */
export interface DifficultyStatistics {
  report: 'difficulties';
  board: string;
  boardName: string;
  year: number;
  raised: number;
  byTopic: { topic: DifficultyTopic; count: number }[];
  byChannel: { channel: DifficultyChannel; count: number }[];
  routed: number;
  answered: number;
  answeredOnTime: number;
  answeredLate: number;
  confirmed: number;
  reopened: number;
  /** Raised by 31 December (any year) and not answered by then. */
  openAtYearEnd: number;
  /** Working days from raised to answered, averaged, one decimal; null when none. */
  averageAnswerWorkingDays: string | null;
  longestAnswerWorkingDays: number | null;
}

export function useDifficultyStatistics(query: { year: number; board?: string | undefined }, enabled = true) {
  return useQuery({
    queryKey: [...DIFFICULTIES_KEY, 'statistics', query],
    queryFn: () => call<DifficultyStatistics>('GET', '/difficulties/statistics', { query: { ...query } }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The report as Word (Decree 30 layout) or as the Excel form: the same address with `format`. */
export function downloadStatistics(
  query: { year: number; board?: string | undefined },
  format: 'docx' | 'xlsx',
) {
  return downloadFile(
    `/api/v1/difficulties/statistics${queryString({ ...query, format })}`,
    `kho-khan-vuong-mac-${query.year}.${format}`,
  );
}

// ---- Enterprises to record one for -----------------------------------------------------------

/** The board's enterprises whose name or tax code matches what was typed (for "Ghi nhận"). */
export function useEnterpriseSearch(q: string, boardId: string | undefined) {
  return useQuery({
    queryKey: ['enterprises', 'search', boardId, q],
    queryFn: async () =>
      (await api.get('/enterprises', { query: { boardId, q: q || undefined, pageSize: 20 } })).items,
    enabled: boardId !== undefined,
    placeholderData: keepPreviousData,
  });
}
