import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, callApi, queryString, type ErrorDetail } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';
import { uploadWithProgress, type UploadProgress } from '../../shared/upload.ts';

// ---- Types written here from the server's schemas (src/server/modules/boards/blocs.schemas.ts and
// src/server/modules/reports/bloc-report.schemas.ts) until the OpenAPI types are regenerated. ----

/** A leaf of the report (reports-v1): the period's value, the previous period's, the growth. */
export interface Leaf<T extends string | number> {
  value: T;
  previous: T;
  growthPct: number | null;
}
export type MoneyLeaf = Leaf<string>;
export type CountLeaf = Leaf<number>;
export type AreaLeaf = Leaf<string>;

/** The figures of the bloc report, for one member or the totals (blocs-v1). */
export interface BlocFigures {
  newProjects: { total: CountLeaf; fdi: CountLeaf; ddi: CountLeaf };
  capitalNewAndAdjusted: { fdiUsd: MoneyLeaf; ddiVnd: MoneyLeaf };
  revenue: { fdiUsd: MoneyLeaf; ddiVnd: MoneyLeaf };
  budgetPaid: { fdiUsd: MoneyLeaf; ddiVnd: MoneyLeaf };
  zones: {
    inPlan: { count: CountLeaf; areaHa: AreaLeaf };
    operating: { count: CountLeaf; areaHa: AreaLeaf };
    underConstruction: { count: CountLeaf; areaHa: AreaLeaf };
  };
}

/** Where a member's figures of a period come from. */
export type FigureSource = 'records' | 'return' | 'none';

export interface BlocMemberFigures extends BlocFigures {
  board: string;
  name: string;
  source: { period: FigureSource; previousPeriod: FigureSource };
}

/** GET /api/v1/reports/bloc (blocs-v1). */
export interface BlocReport {
  report: 'bloc';
  bloc: string;
  blocName: string;
  period: string;
  previousPeriod: string;
  boundariesAsOf: string;
  members: string[];
  leader: string;
  deputy: string | null;
  totals: BlocFigures;
  byMember: BlocMemberFigures[];
}

/** A board as the blocs API names it. */
export interface BoardName {
  code: string;
  name: string;
}

/** A member board of a bloc year, with the day it was dissolved by a merge (organisation-v1). */
export interface BlocMemberBoard extends BoardName {
  dissolvedOn: string | null;
}

/** One year of a bloc: its members in order, the leader and the deputy (board codes). */
export interface BlocYear {
  bloc: string;
  year: number;
  members: string[];
  leader: string;
  deputy: string | null;
  /** The members with their names, in the order of `members`. */
  boards: BlocMemberBoard[];
  version: number;
  updatedAt: string;
}

/** A bloc with every year it has, oldest first (GET /api/v1/blocs/{code}). */
export interface BlocDetail {
  id: string;
  code: string;
  name: string;
  version: number;
  years: BlocYear[];
  createdAt: string;
  updatedAt: string;
}

/** A bloc as the list gives it (GET /api/v1/blocs): the boards in it this year. */
export interface BlocSummary {
  id: string;
  code: string;
  name: string;
  boards: { id: string; code: string; name: string }[];
}

/** The figures of a member's return (số liệu do thành viên gửi), as the API takes and gives them. */
export interface BlocReturnFigures {
  newProjectsFdi: number;
  newProjectsDdi: number;
  capitalFdiUsd: string;
  capitalDdiVnd: string;
  revenueFdiUsd: string;
  revenueDdiVnd: string;
  budgetPaidFdiUsd: string;
  budgetPaidDdiVnd: string;
  zonesInPlanCount: number;
  zonesInPlanAreaHa: string;
  zonesOperatingCount: number;
  zonesOperatingAreaHa: string;
  zonesUnderConstructionCount: number;
  zonesUnderConstructionAreaHa: string;
}

/** A return as stored: the figures, how they came, and its version. */
export interface BlocReturn extends BlocReturnFigures {
  bloc: string;
  board: string;
  boardName: string;
  period: string;
  source: 'form' | 'import' | 'package';
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A member of the period's year and its return, if the leader entered one. */
export interface BlocReturnMember extends BoardName {
  return: BlocReturn | null;
}

/**
 * GET /api/v1/blocs/{code}/returns?period=: the members of the period's year in the bloc's order,
 * each with its return or null (leader and deputy null when the year is not set); `items` lists
 * every return entered, a member no longer in the year's list included.
 */
export interface BlocReturns {
  bloc: string;
  period: string;
  year: number;
  leader: string | null;
  deputy: string | null;
  members: BlocReturnMember[];
  items: BlocReturn[];
}

/** PUT /api/v1/blocs/{code}/returns/{board}/{period}: the figures, a note, the version when replacing. */
export type BlocReturnBody = BlocReturnFigures & { note?: string | null; version?: number };

/** PUT /api/v1/blocs/{code}/years/{year}. */
export interface BlocYearBody {
  members: string[];
  leader: string;
  deputy?: string | null;
  version?: number;
}

/** One problem of a refused template (422 BLOC_RETURNS_IMPORT_INVALID): the row, the column, the member. */
export interface ReturnImportProblem extends ErrorDetail {
  row?: number | null;
  column?: string | null;
  board?: string | null;
}

/** What POST /api/v1/blocs/{code}/returns/import answers (all or nothing). */
export interface ReturnImportSummary {
  bloc: string;
  period: string;
  created: number;
  updated: number;
  unchanged: number;
  /** Template rows left blank: skipped (board codes). */
  skipped: string[];
  items: BlocReturn[];
}

// ---- The calls -------------------------------------------------------------------------------

/** A call to a blocs route, answered as this module's types (shared/api.ts callApi). */
function call<T>(method: 'GET' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return callApi<T>(method, path, { body });
}

const enc = encodeURIComponent;

export const BLOCS_KEY = ['blocs'] as const;

/**
 * The blocs the user reads: every bloc (a national user), its own (a bloc user), or those its
 * board has been a member of (a board's users).
 */
export function useBlocs() {
  return useQuery({
    queryKey: [...BLOCS_KEY, 'list'],
    queryFn: () => call<{ items: BlocSummary[] }>('GET', '/blocs'),
    staleTime: 60_000,
  });
}

export function useBloc(code: string | undefined) {
  return useQuery({
    queryKey: [...BLOCS_KEY, 'one', code],
    queryFn: () => call<BlocDetail>('GET', `/blocs/${enc(code!)}`),
    enabled: !!code,
  });
}

function useAfterBlocWrite() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: BLOCS_KEY });
}

/** Creates a bloc or renames it (PUT /api/v1/blocs/{code}). */
export function useSaveBloc() {
  const after = useAfterBlocWrite();
  return useMutation({
    mutationFn: ({ code, name }: { code: string; name: string }) =>
      call<BlocDetail>('PUT', `/blocs/${enc(code)}`, { name }),
    onSuccess: after,
  });
}

/** Sets a year's members, leader and deputy (PUT /api/v1/blocs/{code}/years/{year}). */
export function useSaveBlocYear(code: string) {
  const after = useAfterBlocWrite();
  return useMutation({
    mutationFn: ({ year, ...body }: BlocYearBody & { year: number }) =>
      call<BlocYear>('PUT', `/blocs/${enc(code)}/years/${year}`, body),
    onSuccess: after,
  });
}

export function useDeleteBlocYear(code: string) {
  const after = useAfterBlocWrite();
  return useMutation({
    mutationFn: (year: number) => call<void>('DELETE', `/blocs/${enc(code)}/years/${year}`),
    onSuccess: after,
  });
}

/** The members of the period's year with their returns. */
export function useBlocReturns(code: string | undefined, period: string) {
  return useQuery({
    queryKey: [...BLOCS_KEY, 'returns', code, period],
    queryFn: () => call<BlocReturns>('GET', `/blocs/${enc(code!)}/returns${queryString({ period })}`),
    enabled: !!code,
    placeholderData: keepPreviousData,
  });
}

function useAfterReturnWrite() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [...BLOCS_KEY, 'returns'] });
    await queryClient.invalidateQueries({ queryKey: REPORT_KEY });
  };
}

export function useSaveReturn(code: string) {
  const after = useAfterReturnWrite();
  return useMutation({
    mutationFn: ({ board, period, body }: { board: string; period: string; body: BlocReturnBody }) =>
      call<BlocReturn>('PUT', `/blocs/${enc(code)}/returns/${enc(board)}/${enc(period)}`, body),
    onSuccess: after,
  });
}

export function useDeleteReturn(code: string) {
  const after = useAfterReturnWrite();
  return useMutation({
    mutationFn: ({ board, period }: { board: string; period: string }) =>
      call<void>('DELETE', `/blocs/${enc(code)}/returns/${enc(board)}/${enc(period)}`),
    onSuccess: after,
  });
}

/** Ask the caller to refresh returns and report after an import. */
export function useAfterReturnsImport() {
  return useAfterReturnWrite();
}

/** The template of the period's returns (xlsx), one row per member. */
export function downloadReturnsTemplate(code: string, period: string) {
  return downloadFile(
    `/api/v1/blocs/${enc(code)}/returns/template${queryString({ period })}`,
    `so-lieu-thanh-vien-${code}-${period}.xlsx`,
  );
}

/** Sends the filled template as the raw body, with upload progress. */
export function importReturns(code: string, period: string, file: Blob, options: UploadProgress) {
  return uploadWithProgress<ReturnImportSummary>(
    `/api/v1/blocs/${enc(code)}/returns/import${queryString({ period })}`,
    file,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    options,
  );
}

/** The boards the user may see, to choose a year's members from. */
export function useBoards() {
  return useQuery({
    queryKey: ['boards', 'list'],
    queryFn: () => api.get('/boards'),
    staleTime: 60_000,
  });
}

// ---- The report ------------------------------------------------------------------------------

const REPORT_KEY = ['reports', 'bloc'] as const;

export interface BlocReportQuery {
  bloc: string;
  period: string;
  boundariesAsOf?: string | undefined;
}

export function useBlocReport(query: BlocReportQuery | undefined) {
  return useQuery({
    queryKey: [...REPORT_KEY, query],
    queryFn: () => call<BlocReport>('GET', `/reports/bloc${queryString({ ...query! })}`),
    enabled: !!query,
    placeholderData: keepPreviousData,
  });
}

/** What the Word header and signature block print (documents-v1). */
export interface WordSignature {
  number?: string | undefined;
  date?: string | undefined;
  signer?: string | undefined;
  signerTitle?: string | undefined;
}

/** The report as Word (Decree 30 layout) or Excel: the same address with `format`. */
export function downloadBlocReport(
  query: BlocReportQuery,
  format: 'docx' | 'xlsx',
  signature: WordSignature = {},
) {
  return downloadFile(
    `/api/v1/reports/bloc${queryString({ ...query, format, ...(format === 'docx' ? signature : {}) })}`,
    `bao-cao-khoi-${query.bloc}-${query.period}.${format}`,
  );
}
