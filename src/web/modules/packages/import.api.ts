import { announceUnauthenticated, ApiError, type ErrorDetail } from '../../shared/api.ts';

/** Record kinds of a data package v1, in the order they are validated and written. */
export const RECORD_KINDS = [
  'boards',
  'zones',
  'projects',
  'licensingEvents',
  'capitalImplementations',
  'enterprises',
  'enterpriseReports',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What POST /api/v1/packages/import answers: per kind, what was (or, dry, would be) written. */
export type ImportSummary = { dryRun: boolean } & Record<RecordKind, Counts>;

/** One problem of a refused package (422 PACKAGE_INVALID): the record, the field and why. */
export interface PackageProblem extends ErrorDetail {
  kind: RecordKind | 'package';
  index: number | null;
  code: string | null;
  field: string | null;
}

/**
 * Sends a package's JSON text to the importer with XMLHttpRequest — fetch reports no upload
 * progress. `onUploaded` fires when the last byte has left, while the server checks and writes.
 */
export function uploadPackage(
  json: string,
  options: { dryRun: boolean; onProgress: (percent: number) => void; onUploaded: () => void },
): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/packages/import${options.dryRun ? '?dryRun=true' : ''}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      if (event.loaded >= event.total) uploaded();
      else options.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    let done = false;
    const uploaded = () => {
      if (done) return;
      done = true;
      options.onUploaded();
    };
    xhr.upload.onload = uploaded;
    xhr.onerror = () => reject(new TypeError('network'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON (a proxy's error page): the status says enough
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as ImportSummary);
      const error = (body as { error?: { code?: string; message?: string; details?: ErrorDetail[] } } | null)
        ?.error;
      const { code = 'INTERNAL', message = xhr.statusText, details = [], ...extra } = error ?? {};
      if (xhr.status === 401) announceUnauthenticated();
      reject(new ApiError(xhr.status, code, message, details, extra));
    };
    xhr.send(json);
  });
}

/** Reads a chosen file: its JSON text, or why it is not a package (nothing is sent then). */
export async function readJsonFile(
  file: File,
): Promise<{ json: string } | { problem: 'notJson' | 'notObject'; detail: string }> {
  const text = await file.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: 'notJson', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { problem: 'notObject', detail: '' };
  return { json: text };
}
