import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProductionFigures } from '../../../domain/production-report-text.ts';
import { api, type ApiQueryParams, type Conforms, type Schema } from '../../shared/api.ts';
import type { ReportScope } from './reports.api.ts';

/** GET /api/v1/reports/production (contract reports-v1, plus targets and province shares). */
export type ProductionReport = Schema<'ProductionReport'>;

/** The report text (src/domain/production-report-text.ts) reads this answer as its figures. */
type _ReportText = Conforms<ProductionReport, ProductionFigures>;

export function useProductionReport(
  query: ReportScope & Pick<ApiQueryParams<'/reports/production'>, 'period'>,
) {
  return useQuery({
    queryKey: ['reports', 'production', query],
    queryFn: () => api.get('/reports/production', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}
