import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InvestmentFigures, ZonesFigures } from '../../../domain/report-text.ts';
import { api } from '../../shared/api.ts';

/** GET /api/v1/reports/investment (contract reports-v1). */
export interface InvestmentReport extends InvestmentFigures {
  report: 'investment';
  boards: string[];
  zones?: string[];
  licensing: InvestmentFigures['licensing'] & {
    new: InvestmentFigures['licensing']['new'] & { capitalUsd: string };
    adjustments: InvestmentFigures['licensing']['adjustments'] & {
      fdi: { count: number; capitalChangeVnd: string; capitalChangeUsd: string };
      ddi: { count: number; capitalChangeVnd: string };
    };
  };
}

/** GET /api/v1/reports/investment/monthly. */
export interface InvestmentByMonth {
  boards: string[];
  from: string;
  to: string;
  months: {
    month: string;
    newCount: number;
    newCapitalVnd: string;
    adjustmentCount: number;
    adjustmentChangeVnd: string;
  }[];
}

/** GET /api/v1/reports/zones. */
export interface ZonesReport extends ZonesFigures {
  report: 'zones';
  boards: string[];
}

export interface ReportScope {
  board: string[];
  zone: string[];
}

export function useInvestmentReport(query: ReportScope & { from: string; to: string }) {
  return useQuery({
    queryKey: ['reports', 'investment', query],
    queryFn: () => api.get<InvestmentReport>('/reports/investment', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useInvestmentByMonth(query: ReportScope & { from: string; to: string }) {
  return useQuery({
    queryKey: ['reports', 'investment', 'monthly', query],
    queryFn: () => api.get<InvestmentByMonth>('/reports/investment/monthly', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useZonesReport(query: ReportScope & { asOf: string }) {
  return useQuery({
    queryKey: ['reports', 'zones', query],
    queryFn: () => api.get<ZonesReport>('/reports/zones', { ...query }),
    placeholderData: keepPreviousData,
  });
}
