import type { ApiResponse, ErrorDetail, Schema } from '../../shared/api.ts';
import { jsonSyntaxProblem } from '../../../domain/json-syntax.ts';
import { uploadWithProgress, type UploadProgress } from '../../shared/upload.ts';

/** Record kinds of a data package v1, in the order they are validated and written. */
export const RECORD_KINDS = [
  'boards',
  'zones',
  'projects',
  'licensingEvents',
  'capitalImplementations',
  'enterprises',
  'enterpriseReports',
] as const satisfies readonly Exclude<keyof Schema<'ImportSummary'>, 'dryRun'>[];
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What POST /api/v1/packages/import answers: per kind, what was (or, dry, would be) written. */
export type ImportSummary = ApiResponse<'/packages/import', 'post'>;
export type Counts = ImportSummary[RecordKind];

/**
 * One problem of a refused package (422 PACKAGE_INVALID): the record, the field and why. The
 * OpenAPI document types error details loosely, so these fields are written here.
 */
export interface PackageProblem extends ErrorDetail {
  kind: RecordKind | 'package';
  index: number | null;
  code: string | null;
  field: string | null;
}

/** Sends a package's JSON text to the importer, with upload progress. */
export function uploadPackage(
  json: string,
  options: { dryRun: boolean } & UploadProgress,
): Promise<ImportSummary> {
  return uploadWithProgress<ImportSummary>(
    `/api/v1/packages/import${options.dryRun ? '?dryRun=true' : ''}`,
    json,
    'application/json',
    options,
  );
}

/** Reads a chosen file: its JSON text, or why it is not a package (nothing is sent then). */
export async function readJsonFile(
  file: File,
): Promise<
  | { json: string }
  | { problem: 'notJsonAt' | 'notJsonEnd' | 'notJson' | 'notObject'; line?: number; column?: number }
> {
  const text = await file.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // The engine's own message is English: say where instead, in the reader's language.
    const { line, column, unexpectedEnd } = jsonSyntaxProblem(text, error);
    if (unexpectedEnd) return { problem: 'notJsonEnd' };
    return line !== null && column !== null ? { problem: 'notJsonAt', line, column } : { problem: 'notJson' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { problem: 'notObject' };
  return { json: text };
}
