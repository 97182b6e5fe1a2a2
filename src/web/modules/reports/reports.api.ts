import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InvestmentFigures, ZonesFigures } from '../../../domain/report-text.ts';
import { api, type ApiQueryParams, type Conforms, type Schema } from '../../shared/api.ts';

/** GET /api/v1/reports/investment (contract reports-v1). */
export type InvestmentReport = Schema<'InvestmentReport'>;

/** GET /api/v1/reports/investment/monthly. */
export type InvestmentByMonth = Schema<'InvestmentByMonth'>;

/** GET /api/v1/reports/zones. */
export type ZonesReport = Schema<'ZonesReport'>;

/** The report texts (src/domain/report-text.ts) read these answers as their figures. */
type _ReportTexts = [Conforms<InvestmentReport, InvestmentFigures>, Conforms<ZonesReport, ZonesFigures>];

/** The boards and zones a report covers (query parameters `board`, `zone`: codes, repeated). */
export type ReportScope = Required<Pick<ApiQueryParams<'/reports/investment'>, 'board' | 'zone'>>;

type InvestmentQuery = ReportScope & Pick<ApiQueryParams<'/reports/investment'>, 'from' | 'to'>;

export function useInvestmentReport(query: InvestmentQuery) {
  return useQuery({
    queryKey: ['reports', 'investment', query],
    queryFn: () => api.get('/reports/investment', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function useInvestmentByMonth(query: InvestmentQuery & ApiQueryParams<'/reports/investment/monthly'>) {
  return useQuery({
    queryKey: ['reports', 'investment', 'monthly', query],
    queryFn: () => api.get('/reports/investment/monthly', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function useZonesReport(query: ReportScope & Pick<ApiQueryParams<'/reports/zones'>, 'asOf'>) {
  return useQuery({
    queryKey: ['reports', 'zones', query],
    queryFn: () => api.get('/reports/zones', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}
