import type { ApiResponse, ErrorDetail } from '../../shared/api.ts';
import { uploadWithProgress, type UploadProgress } from '../../shared/upload.ts';

/** What POST /api/v1/statistics/excel/import answers. */
export type ExcelImportSummary = ApiResponse<'/statistics/excel/import', 'post'>;

/**
 * One refused row of the workbook (422 STATISTICS_IMPORT_INVALID). The OpenAPI document types
 * error details loosely, so these fields are written here.
 */
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
