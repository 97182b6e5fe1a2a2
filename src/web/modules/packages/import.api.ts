import { callApi, pathSegment, type ApiResponse, type ErrorDetail, type Schema } from '../../shared/api.ts';
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

/**
 * Sends a package (its JSON text, or a large file as it is) to the importer, with upload progress;
 * `progressId` names the import so that importProgress() can follow it while the server checks
 * and writes.
 */
export function uploadPackage(
  body: string | Blob,
  options: { dryRun: boolean; progressId: string } & UploadProgress,
): Promise<ImportSummary> {
  const query = new URLSearchParams({ progressId: options.progressId });
  if (options.dryRun) query.set('dryRun', 'true');
  return uploadWithProgress<ImportSummary>(
    `/api/v1/packages/import?${query.toString()}`,
    body,
    'application/json',
    options,
  );
}

/** Where a running import is (GET /packages/imports/{id}). */
export type ImportProgress = Schema<'ImportProgress'>;

export function importProgress(id: string): Promise<ImportProgress> {
  return callApi<ImportProgress>('GET', `/packages/imports/${pathSegment(id)}`);
}

/** A fresh id for one import (the server accepts 8–64 letters, digits, '-' and '_'). */
export function newProgressId(): string {
  return crypto.randomUUID();
}

/**
 * Files up to this size are read and checked in the browser before anything is sent; a larger one
 * (a national package is ≈ 1 GB, more than one string holds) is sent as it is, and the server,
 * which reads it as it arrives, names the byte where it stops being JSON.
 */
export const LOCAL_CHECK_BYTES = 32 * 1024 * 1024;

/** Reads a chosen file: what to send, or why it is not a package (nothing is sent then). */
export async function readJsonFile(
  file: File,
): Promise<
  | { body: string | Blob }
  | { problem: 'notJsonAt' | 'notJsonEnd' | 'notJson' | 'notObject'; line?: number; column?: number }
> {
  if (file.size > LOCAL_CHECK_BYTES) return { body: file };
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
  return { body: text };
}
