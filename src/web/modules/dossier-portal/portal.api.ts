/**
 * The dossier portal's API: the public look-up, submission and confirmation, the public procedure
 * catalogue, and an enterprise account's own dossiers (one-stop-v1, issue 11).
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, queryString, type ApiBody, type ErrorDetail, type Schema } from '../../shared/api.ts';

// ---- What the API answers ----------------------------------------------------------------------

/** GET /public/dossiers/{code}: what the receipt shows, nothing about the applicant. */
export type PublicDossier = Schema<'PublicDossier'>;
/** A procedure of the public catalogue, as in force today. */
export type PublicProcedure = Schema<'PublicProcedure'>;
export type PublicSubmissionAnswer = Schema<'PublicDossierSubmission'>;
/** A dossier in the enterprise's list. */
export type OwnDossierRow = Schema<'DossierSummary'>;
/** A dossier as its enterprise sees it (GET /dossiers/{id}). */
export type OwnDossier = Schema<'DossierDetail'>;
export type DossierSupplement = OwnDossier['supplements'][number];
export type DossierAttachment = Schema<'DossierAttachment'>;

// ---- Requests ----------------------------------------------------------------------------------

const enc = encodeURIComponent;

export function usePublicDossier(code: string | undefined) {
  return useQuery({
    queryKey: ['public-dossier', code],
    queryFn: () => api.get('/public/dossiers/{code}', { path: { code: code ?? '' } }),
    enabled: !!code,
    retry: false,
    staleTime: 30_000,
  });
}

export function usePublicProcedures(boardCode: string | undefined) {
  return useQuery({
    queryKey: ['public-procedures', boardCode],
    queryFn: (): Promise<{ board: { code: string; name: string }; items: PublicProcedure[] }> =>
      api.get('/public/procedures', { query: { board: boardCode } }),
    enabled: !!boardCode,
    retry: false,
    staleTime: 5 * 60_000,
  });
}

/** POST /public/dossiers answers 202 (accepted, awaiting the e-mail's confirmation). */
export const submitPublicDossier = (
  body: ApiBody<'/public/dossiers', 'post'>,
): Promise<PublicSubmissionAnswer> => api.post('/public/dossiers', { body });

export const confirmPublicDossier = (token: string) =>
  api.post('/public/dossiers/confirm', { body: { token } });

// ---- An enterprise account's dossiers ----------------------------------------------------------

export const MY_DOSSIERS_KEY = ['my-dossiers'] as const;

export function useMyDossiers(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...MY_DOSSIERS_KEY, 'list', page, pageSize],
    queryFn: () => api.get('/dossiers', { query: { page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}

export function useMyDossier(id: string | undefined) {
  return useQuery({
    queryKey: [...MY_DOSSIERS_KEY, 'one', id],
    queryFn: () => api.get('/dossiers/{id}', { path: { id: id ?? '' } }),
    enabled: !!id,
    retry: false,
  });
}

export function useRefreshMyDossiers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: MY_DOSSIERS_KEY });
}

/**
 * The procedures of the account's own board in force today, with the ids a submission takes (the
 * catalogue answers an enterprise account for its own board only).
 */
export function useSubmittableProcedures() {
  return useQuery({
    queryKey: [...MY_DOSSIERS_KEY, 'procedures'],
    queryFn: () => api.get('/one-stop/procedures', { query: { pageSize: 500 } }),
    staleTime: 5 * 60_000,
  });
}

export const submitOwnDossier = (body: ApiBody<'/dossiers/submissions', 'post'>) =>
  api.post('/dossiers/submissions', { body });

export const markSupplied = (dossierId: string, supplementId: string, version: number, note?: string) =>
  api.post('/dossiers/{id}/supplements/{supplementId}/supplied', {
    path: { id: dossierId, supplementId },
    body: { version, note: note || undefined, at: undefined },
  });

/** POST /dossiers/{id}/attachments: the file itself as the body, its name and purpose in the query. */
export async function uploadAttachment(dossierId: string, file: File, purpose: 'application' | 'supplement') {
  const response = await fetch(
    `/api/v1/dossiers/${enc(dossierId)}/attachments${queryString({ purpose, fileName: file.name })}`,
    {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': file.type || 'application/octet-stream' },
      body: file,
    },
  );
  if (!response.ok) {
    const json = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; details?: ErrorDetail[] };
    } | null;
    const { code = 'INTERNAL', message = response.statusText, details = [] } = json?.error ?? {};
    throw new ApiError(response.status, code, message, details);
  }
}

/** A file of the dossier, under its name. */
export const attachmentUrl = (dossierId: string, attachmentId: string) =>
  `/api/v1/dossiers/${enc(dossierId)}/attachments/${enc(attachmentId)}`;

/** The receipt slip (form 01) as Word. */
export const receiptUrl = (dossierId: string) => `/api/v1/dossiers/${enc(dossierId)}/forms/01`;
