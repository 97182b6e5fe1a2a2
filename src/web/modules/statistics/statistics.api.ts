import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { previousYearPeriod } from '../../../domain/periods.ts';
import { api, type Page } from '../../shared/api.ts';

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The 8 figures of a periodic report: đồng and USD as decimal strings, people as integers. */
export const MONEY_FIELDS = [
  'productionValueVnd',
  'revenueVnd',
  'exportUsd',
  'importUsd',
  'budgetPaidVnd',
] as const;
export const FIGURE_FIELDS = [...MONEY_FIELDS, 'workers', 'insuredWorkers', 'averageIncomeVnd'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export interface Figures {
  productionValueVnd: string | null;
  revenueVnd: string | null;
  exportUsd: string | null;
  importUsd: string | null;
  budgetPaidVnd: string | null;
  workers: number | null;
  insuredWorkers: number | null;
  averageIncomeVnd: string | null;
}

/** One result of the board's validation rules: hard refuses, soft needs the filer's comment. */
export interface RuleCheck {
  rule: string;
  severity: 'hard' | 'soft';
  field?: string | null;
  message: string;
}

/** An enterprise's report for a period (GET /api/v1/enterprise-reports…). */
export interface EnterpriseReport extends Figures {
  id: string;
  boardId: string;
  enterpriseId: string;
  enterpriseName: string;
  taxCode: string;
  zoneId: string;
  investmentType: 'FDI' | 'DDI';
  period: string;
  status: ReportStatus;
  submittedAt: string | null;
  reviewedAt: string | null;
  returnReason: string | null;
  comments: Record<string, string>;
  version: number;
  /** The rules' findings on the current figures (save, submit and the single report). */
  checks?: RuleCheck[];
}

/** An audit entry of the report: the row before and after. */
export interface HistoryEntry {
  id: string;
  at: string;
  action: string;
  actorLabel?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface EnterpriseReportDetail extends EnterpriseReport {
  history?: HistoryEntry[];
}

export interface ReportingPeriod {
  id: string;
  boardId: string;
  period: string;
  dueDate: string;
  open: boolean;
  version?: number;
}

export interface UnlockRequest {
  id: string;
  reportId: string;
  enterpriseId: string;
  enterpriseName: string;
  taxCode: string;
  period: string;
  reason: string;
  status: 'pending' | 'granted' | 'refused';
  requestedAt: string;
  requestedByUsername?: string | null;
  decisionNote?: string | null;
  version: number;
}

export interface CompletenessRow {
  id: string;
  taxCode: string;
  name: string;
  zoneId: string;
  investmentType: 'FDI' | 'DDI';
  status: ReportStatus | 'missing';
  submittedAt: string | null;
  onTime: boolean | null;
  daysLate: number | null;
  reportId: string | null;
}

/** GET /api/v1/statistics/completeness. */
export interface Completeness {
  period: string;
  dueDate?: string | null;
  expected: number;
  submitted: number;
  accepted: number;
  onTime: number;
  late: number;
  missing: number;
  onTimePct: number | null;
  enterprises: CompletenessRow[];
}

/** An enterprise still to file (GET /api/v1/statistics/reminders → items). */
export interface Reminder extends CompletenessRow {
  returnReason: string | null;
  usernames: string[];
}

type Listing<T> = Page<T> | { items: T[] };

const items = <T>(list: Listing<T> | T[]): T[] => (Array.isArray(list) ? list : list.items);

export interface ReportFilters {
  period?: string | undefined;
  status?: string | string[] | undefined;
  investmentType?: string | undefined;
  enterpriseId?: string | undefined;
  boardId?: string | undefined;
  zoneId?: string | undefined;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

export const STATISTICS_KEY = ['statistics'] as const;

/** The board's reporting periods (GET /api/v1/reporting/periods); `open` keeps those open for filing. */
export function useReportingPeriods({ open = false }: { open?: boolean } = {}) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'periods'],
    queryFn: async () => items(await api.get<Listing<ReportingPeriod>>('/reporting/periods')),
    select: (periods) => (open ? periods.filter((p) => p.open) : periods),
  });
}

export function useEnterpriseReports(filters: ReportFilters) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'reports', filters],
    queryFn: () =>
      api
        .get<Page<EnterpriseReport>>('/enterprise-reports', { pageSize: 100, ...filters })
        .then((answer) => ({
          items: items(answer),
          total: 'total' in answer ? answer.total : items(answer).length,
        })),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseReport(id: string | null | undefined) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'report', id],
    queryFn: () => api.get<EnterpriseReportDetail>(`/enterprise-reports/${id}`),
    enabled: !!id,
  });
}

export function useCompleteness(period: string | undefined) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'completeness', period],
    queryFn: () => api.get<Completeness>('/statistics/completeness', { period }),
    enabled: !!period,
    placeholderData: keepPreviousData,
  });
}

export function useReminders(period: string | undefined) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'reminders', period],
    queryFn: async () => items(await api.get<Listing<Reminder>>('/statistics/reminders', { period })),
    enabled: !!period,
  });
}

export function useUnlockRequests(
  query: { status?: 'pending' | 'granted' | 'refused'; reportId?: string } = {},
  enabled = true,
) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'unlocks', query],
    queryFn: async () => items(await api.get<Listing<UnlockRequest>>('/unlock-requests', query)),
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

export type FigureValues = Figures & { version?: number };

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
    }) => api.put<EnterpriseReport>(`/enterprises/${enterpriseId}/reports/${period}`, body),
    onSuccess: () => invalidate(),
  });
}

export function useReportAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      action,
      body,
    }: {
      id: string;
      action: 'submit' | 'accept' | 'return' | 'unlock-requests';
      body: Record<string, unknown>;
    }) => api.post<EnterpriseReport>(`/enterprise-reports/${id}/${action}`, body),
    onSuccess: () => invalidate(),
  });
}

export function useDecideUnlock() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      decision,
      body,
    }: {
      id: string;
      decision: 'grant' | 'refuse';
      body: { note?: string };
    }) => api.post<UnlockRequest>(`/unlock-requests/${id}/${decision}`, body),
    onSuccess: () => invalidate(),
  });
}

/** The enterprise's report for the same period a year earlier (the rules compare with it). */
export function usePreviousYearReport(enterpriseId: string | undefined, period: string | undefined) {
  const previous = period ? previousYearPeriod(period) : undefined;
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'reports', { enterpriseId, period: previous }],
    queryFn: async () =>
      items(
        await api.get<Listing<EnterpriseReport>>('/enterprise-reports', { enterpriseId, period: previous }),
      )[0] ?? null,
    enabled: !!enterpriseId && !!previous,
  });
}

/** One enterprise (an enterprise account's own, for the filing page's title). */
export function useEnterprise(id: string | null) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'enterprise', id],
    queryFn: () => api.get<{ id: string; name: string; taxCode: string }>(`/enterprises/${id}`),
    enabled: id !== null,
  });
}
