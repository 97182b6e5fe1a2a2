import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { previousYearPeriod } from '../../../domain/periods.ts';
import { api, type ApiBody, type ApiQuery, type ApiResponse, type Schema } from '../../shared/api.ts';

export const REPORT_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'accepted',
] as const satisfies readonly Schema<'EnterpriseReport'>['status'][];
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The 8 figures of a periodic report: đồng and USD as decimal strings, people as integers. */
export const MONEY_FIELDS = [
  'productionValueVnd',
  'revenueVnd',
  'exportUsd',
  'importUsd',
  'budgetPaidVnd',
] as const;
export const FIGURE_FIELDS = [
  ...MONEY_FIELDS,
  'workers',
  'insuredWorkers',
  'averageIncomeVnd',
] as const satisfies readonly (keyof Schema<'EnterpriseReport'>)[];
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** An enterprise's report for a period, as GET /api/v1/enterprise-reports lists it. */
export type EnterpriseReport = Schema<'EnterpriseReport'>;

/** The 8 figures of a report. */
export type Figures = Pick<EnterpriseReport, FigureField>;

/** One result of the board's validation rules: hard refuses, soft needs the filer's comment. */
export type RuleCheck = Schema<'StatisticsCheck'>;

/** A report with the rules' findings on its figures (as saving and submitting answer). */
export type CheckedReport = ApiResponse<'/enterprises/{enterpriseId}/reports/{period}', 'put'>;

type ApiHistoryEntry = ApiResponse<'/enterprise-reports/{id}'>['history'][number];
/** The audited row before and after a change (the API documents them as any JSON). */
type AuditedRow = Record<string, unknown> | null;
/** An audit entry of the report: the row before and after. */
export type HistoryEntry = Omit<ApiHistoryEntry, 'before' | 'after'> & {
  before: AuditedRow;
  after: AuditedRow;
};

/** One report with its checks and its history (GET /api/v1/enterprise-reports/{id}). */
export type EnterpriseReportDetail = Omit<ApiResponse<'/enterprise-reports/{id}'>, 'history'> & {
  history: HistoryEntry[];
};

export type ReportingPeriod = Schema<'ReportingPeriod'>;

export type UnlockRequest = Schema<'ReportUnlockRequest'>;

/** GET /api/v1/statistics/completeness. */
export type Completeness = Schema<'StatisticsCompleteness'>;
export type CompletenessRow = Completeness['enterprises'][number];

/** An enterprise still to file (GET /api/v1/statistics/reminders → items). */
export type Reminder = Schema<'StatisticsReminders'>['items'][number];

type Listing<T> = { items: T[] };

const items = <T>(list: Listing<T> | T[]): T[] => (Array.isArray(list) ? list : list.items);

/** GET /api/v1/enterprise-reports filters: names checked against the API, values as text. */
export type ReportFilters = ApiQuery<'/enterprise-reports'>;

export const STATISTICS_KEY = ['statistics'] as const;

/**
 * The reporting periods (GET /api/v1/reporting/periods) of one board, or of every board the user
 * sees when none is named; `open` keeps those open for filing.
 */
export function useReportingPeriods({ open = false, boardId }: { open?: boolean; boardId?: string } = {}) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'periods', boardId ?? null],
    queryFn: async () => items(await api.get('/reporting/periods', { query: { boardId } })),
    select: (periods) => (open ? periods.filter((p) => p.open) : periods),
  });
}

export function useEnterpriseReports(filters: ReportFilters) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'reports', filters],
    queryFn: () =>
      api.get('/enterprise-reports', { query: { pageSize: 100, ...filters } }).then((answer) => ({
        items: items(answer),
        total: 'total' in answer ? answer.total : items(answer).length,
      })),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseReport(id: string | null | undefined) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'report', id],
    // The history's rows are read as objects (see HistoryEntry).
    queryFn: () =>
      api.get('/enterprise-reports/{id}', { path: { id: id ?? '' } }) as Promise<EnterpriseReportDetail>,
    enabled: !!id,
  });
}

/** A period's completeness on one board (useBoardChoice: a user who sees several picks it first). */
export function useCompleteness(period: string | undefined, boardId: string | undefined) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'completeness', period, boardId],
    queryFn: () => api.get('/statistics/completeness', { query: { period, boardId } }),
    enabled: !!period && !!boardId,
    placeholderData: keepPreviousData,
  });
}

export function useReminders(period: string | undefined, boardId: string | undefined) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'reminders', period, boardId],
    queryFn: async () => items(await api.get('/statistics/reminders', { query: { period, boardId } })),
    enabled: !!period && !!boardId,
  });
}

export function useUnlockRequests(
  query: { status?: 'pending' | 'granted' | 'refused'; reportId?: string } = {},
  enabled = true,
) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'unlocks', query],
    queryFn: async () => items(await api.get('/unlock-requests', { query })),
    enabled,
  });
}

/** Every statistics query may show what a write changed. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: STATISTICS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['reports'] }),
    ]);
}

/** What saving a draft sends: the figures, and the version read when the report exists. */
export type FigureValues = ApiBody<'/enterprises/{enterpriseId}/reports/{period}', 'put'>;

export function useSaveDraft() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      enterpriseId,
      period,
      body,
    }: {
      enterpriseId: string;
      period: string;
      body: FigureValues;
    }) => api.put('/enterprises/{enterpriseId}/reports/{period}', { path: { enterpriseId, period }, body }),
    onSuccess: () => invalidate(),
  });
}

/** What each action on a report takes. */
type ReportAction =
  | { action: 'submit'; body: ApiBody<'/enterprise-reports/{id}/submit', 'post'> }
  | { action: 'accept'; body: ApiBody<'/enterprise-reports/{id}/accept', 'post'> }
  | { action: 'return'; body: ApiBody<'/enterprise-reports/{id}/return', 'post'> }
  | { action: 'unlock-requests'; body: ApiBody<'/enterprise-reports/{id}/unlock-requests', 'post'> };

export function useReportAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, action, body }: { id: string } & ReportAction) =>
      api.post(`/enterprise-reports/{id}/${action}`, { path: { id }, body }),
    onSuccess: () => invalidate(),
  });
}

/** What deciding an unlock request takes (a refusal needs its note). */
type UnlockDecision =
  | { decision: 'grant'; body: ApiBody<'/unlock-requests/{id}/grant', 'post'> }
  | { decision: 'refuse'; body: ApiBody<'/unlock-requests/{id}/refuse', 'post'> };

export function useDecideUnlock() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, decision, body }: { id: string } & UnlockDecision) =>
      api.post(`/unlock-requests/{id}/${decision}`, { path: { id }, body }),
    onSuccess: () => invalidate(),
  });
}

/** The enterprise's report for the same period a year earlier (the rules compare with it). */
export function usePreviousYearReport(enterpriseId: string | undefined, period: string | undefined) {
  const previous = period ? previousYearPeriod(period) : undefined;
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'reports', { enterpriseId, period: previous }],
    queryFn: async () =>
      items(await api.get('/enterprise-reports', { query: { enterpriseId, period: previous } }))[0] ?? null,
    enabled: !!enterpriseId && !!previous,
  });
}

/** The board's validation rules with its severity and parameters (GET /api/v1/statistics/rules). */
export function useStatisticsRules() {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'rules'],
    queryFn: () => api.get('/statistics/rules'),
  });
}

/**
 * The figures the board requires to file a report (its rule required_figures, when hard): the
 * form marks them; submitting refuses a report without them.
 */
export function requiredFigures(rules: Schema<'StatisticsRule'>[] | undefined): Set<string> {
  const rule = rules?.find((r) => r.code === 'required_figures');
  if (!rule || rule.severity !== 'hard') return new Set();
  return new Set(Object.entries(rule.params).flatMap(([field, flag]) => (flag !== 0 ? [field] : [])));
}

/** One enterprise (an enterprise account's own, for the filing page's title). */
export function useEnterprise(id: string | null) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'enterprise', id],
    queryFn: () => api.get('/enterprises/{id}', { path: { id: id ?? '' } }),
    enabled: id !== null,
  });
}
