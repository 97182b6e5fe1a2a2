import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schema } from '../../shared/api.ts';

export type Schedule = Schema<'ReportingSchedule'>;
export type Rule = Schema<'StatisticsRule'>;
export type ExchangeRate = Schema<'ExchangeRate'>;
export type Target = Schema<'Target'>;
export type ProvinceTotal = Schema<'ProvinceTotal'>;
export type SettingsHistoryEntry = Schema<'SettingsHistoryEntry'>;
export type SettingsEntityType = SettingsHistoryEntry['entityType'];
export type Indicator = Target['indicator'];

/** The indicators a target or a province total can be about, in the production report's order. */
export const INDICATORS = [
  'productionValueVnd',
  'revenueVnd',
  'exportUsd',
  'importUsd',
  'budgetPaidVnd',
  'workers',
  'newJobs',
  'attractedCapitalVnd',
] as const satisfies readonly Indicator[];

/** The unit an indicator is kept in: đồng, USD (2 decimals) or people. */
export function unitOf(indicator: string): 'vnd' | 'usd' | 'people' {
  if (indicator.endsWith('Usd')) return 'usd';
  if (indicator === 'workers' || indicator === 'newJobs') return 'people';
  return 'vnd';
}

/** Every query of the settings pages starts with this key (invalidated after each change). */
export const SETTINGS_KEY = ['settings'] as const;

export function useSchedules(boardId: string | undefined) {
  return useQuery({
    queryKey: [...SETTINGS_KEY, 'schedules', boardId],
    queryFn: () => api.get('/reporting/schedules', { query: { boardId } }),
    enabled: boardId !== undefined,
  });
}

export function useRules(boardId: string | undefined) {
  return useQuery({
    queryKey: [...SETTINGS_KEY, 'rules', boardId],
    queryFn: () => api.get('/statistics/rules', { query: { boardId } }),
    enabled: boardId !== undefined,
  });
}

export function useRates(boardId: string | undefined) {
  return useQuery({
    queryKey: [...SETTINGS_KEY, 'rates', boardId],
    queryFn: () => api.get('/statistics/exchange-rates', { query: { boardId } }),
    enabled: boardId !== undefined,
  });
}

export function useTargets(boardId: string | undefined) {
  return useQuery({
    queryKey: [...SETTINGS_KEY, 'targets', boardId],
    queryFn: async () => (await api.get('/targets', { query: { boardId } })).items,
    enabled: boardId !== undefined,
  });
}

export function useProvinceTotals(boardId: string | undefined) {
  return useQuery({
    queryKey: [...SETTINGS_KEY, 'province-totals', boardId],
    queryFn: async () => (await api.get('/province-totals', { query: { boardId } })).items,
    enabled: boardId !== undefined,
  });
}

/** One kind of setting's audit entries (GET /audit/settings), newest first. */
export function useSettingsHistory(
  boardId: string | undefined,
  entityType: SettingsEntityType,
  page: number,
  enabled: boolean,
) {
  return useQuery({
    queryKey: [...SETTINGS_KEY, 'history', boardId, entityType, page],
    queryFn: () =>
      api.get('/audit/settings', { query: { boardId, entityType, page, pageSize: HISTORY_PAGE_SIZE } }),
    enabled: enabled && boardId !== undefined,
    placeholderData: keepPreviousData,
  });
}
export const HISTORY_PAGE_SIZE = 20;

/** After a change: the settings and their history are read again. */
export function useRefreshSettings() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: SETTINGS_KEY });
}
