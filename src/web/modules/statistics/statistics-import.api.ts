import type { ErrorDetail } from '../../shared/api.ts';
import { uploadWithProgress, type UploadProgress } from '../../shared/upload.ts';

/** What POST /api/v1/statistics/excel/import answers. */
export interface ExcelImportSummary {
  dryRun: boolean;
  added: number;
  changed: number;
  unchanged: number;
  skipped: number;
}

/** One refused row of the workbook (error envelope details). */
export interface ExcelProblem extends ErrorDetail {
  row?: number | null;
  taxCode?: string | null;
  column?: string | null;
}

/** Sends the .xlsx as the raw body, with upload progress. */
export function uploadWorkbook(
  file: Blob,
  options: { period: string; boardId?: string | undefined; dryRun: boolean } & UploadProgress,
): Promise<ExcelImportSummary> {
  const query = new URLSearchParams({ period: options.period, dryRun: String(options.dryRun) });
  if (options.boardId) query.set('boardId', options.boardId);
  return uploadWithProgress<ExcelImportSummary>(
    `/api/v1/statistics/excel/import?${query.toString()}`,
    file,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    options,
  );
}
