import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString, type Schema } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';

/** The statistics report (one-stop-v1, GET /api/v1/reports/dossiers) with the Decision 766 indicators. */
export type DossiersReport = Schema<'DossiersReport'>;
export type ProcedureFigures = DossiersReport['byProcedure'][number];
export type Indicator766 = Schema<'Indicator766'>;

export interface ReportQuery {
  board: string[];
  from: string;
  to: string;
}

export function useDossiersReport(query: ReportQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['one-stop', 'report', query],
    queryFn: () => api.get('/reports/dossiers', { query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The report as Word (Decree 30 layout) or as the Excel form: the same address with `format`. */
export function downloadReport(query: ReportQuery, format: 'docx' | 'xlsx') {
  return downloadFile(
    `/api/v1/reports/dossiers${queryString({ ...query, format })}`,
    `bao-cao-ho-so-${query.from}-${query.to}.${format}`,
  );
}
