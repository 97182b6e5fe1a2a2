import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProductionFigures } from '../../../domain/production-report-text.ts';
import { api } from '../../shared/api.ts';
import type { ReportScope } from './reports.api.ts';

/** GET /api/v1/reports/production (contract reports-v1, plus targets and province shares). */
export interface ProductionReport extends ProductionFigures {
  report: 'production';
  boards: string[];
  zones?: string[];
}

export function useProductionReport(query: ReportScope & { period: string }) {
  return useQuery({
    queryKey: ['reports', 'production', query],
    queryFn: () => api.get<ProductionReport>('/reports/production', { ...query }),
    placeholderData: keepPreviousData,
  });
}
