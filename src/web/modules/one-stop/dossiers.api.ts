import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString, type ApiBody, type ApiQuery, type Schema, type Sent } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';
import { uploadWithProgress } from '../../shared/upload.ts';

/** A dossier in a list (GET /api/v1/dossiers): where it stands and how close to its due date. */
export type DossierSummary = Schema<'DossierSummary'>;
/** A dossier with its steps, supplements, events and files (GET /api/v1/dossiers/{id}). */
export type DossierDetail = Schema<'DossierDetail'>;
export type DossierAttachment = Schema<'DossierAttachment'>;
export type DossierStep = DossierDetail['steps'][number];
export type DossierSupplement = DossierDetail['supplements'][number];
/** The dossiers to handle (GET /api/v1/dossiers/attention). */
export type Attention = Schema<'DossierAttention'>;
export type DossierRisk = NonNullable<DossierSummary['risk']>;
export type ReceiveBody = Sent<ApiBody<'/dossiers', 'post'>>;
export type DossiersQuery = ApiQuery<'/dossiers'>;

export const DOSSIERS_KEY = ['one-stop', 'dossiers'] as const;

export function useDossiers(query: DossiersQuery, enabled: boolean) {
  return useQuery({
    queryKey: [...DOSSIERS_KEY, 'list', query],
    queryFn: () => api.get('/dossiers', { query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useAttention(boardId: string | undefined) {
  return useQuery({
    queryKey: [...DOSSIERS_KEY, 'attention', boardId],
    queryFn: () => api.get('/dossiers/attention', { query: { boardId } }),
    enabled: boardId !== undefined,
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: [...DOSSIERS_KEY, 'one', id],
    queryFn: () => api.get('/dossiers/{id}', { path: { id } }),
  });
}

/** After any write on a dossier: its page shows the answer, every list asks again. */
function useAfterDossierWrite() {
  const queryClient = useQueryClient();
  return async (dossier: DossierDetail) => {
    queryClient.setQueryData([...DOSSIERS_KEY, 'one', dossier.id], dossier);
    await queryClient.invalidateQueries({
      queryKey: DOSSIERS_KEY,
      predicate: (query) => query.queryKey[2] !== 'one',
    });
  };
}

export function useReceiveDossier() {
  const after = useAfterDossierWrite();
  return useMutation({
    mutationFn: (body: ReceiveBody) => api.post('/dossiers', { body }),
    onSuccess: after,
  });
}

/** The actions on a dossier, each with the version the user saw (a stale one → VERSION_CONFLICT). */
export type DossierAction =
  | { kind: 'accept'; body: Sent<ApiBody<'/dossiers/{id}/accept', 'post'>> }
  | { kind: 'not-accept'; body: Sent<ApiBody<'/dossiers/{id}/not-accept', 'post'>> }
  | { kind: 'supplement-request'; body: Sent<ApiBody<'/dossiers/{id}/supplement-requests', 'post'>> }
  | {
      kind: 'supplied';
      supplementId: string;
      body: Sent<ApiBody<'/dossiers/{id}/supplements/{supplementId}/supplied', 'post'>>;
    }
  | {
      kind: 'complete-step';
      stepId: string;
      body: Sent<ApiBody<'/dossiers/{id}/steps/{stepId}/complete', 'post'>>;
    }
  | { kind: 'assign-step'; stepId: string; body: Sent<ApiBody<'/dossiers/{id}/steps/{stepId}', 'patch'>> }
  | { kind: 'result'; body: Sent<ApiBody<'/dossiers/{id}/result', 'post'>> }
  | { kind: 'apology'; body: Sent<ApiBody<'/dossiers/{id}/apology', 'post'>> }
  | { kind: 'return'; body: Sent<ApiBody<'/dossiers/{id}/return', 'post'>> };

function send(id: string, action: DossierAction): Promise<DossierDetail> {
  switch (action.kind) {
    case 'accept':
      return api.post('/dossiers/{id}/accept', { path: { id }, body: action.body });
    case 'not-accept':
      return api.post('/dossiers/{id}/not-accept', { path: { id }, body: action.body });
    case 'supplement-request':
      return api.post('/dossiers/{id}/supplement-requests', { path: { id }, body: action.body });
    case 'supplied':
      return api.post('/dossiers/{id}/supplements/{supplementId}/supplied', {
        path: { id, supplementId: action.supplementId },
        body: action.body,
      });
    case 'complete-step':
      return api.post('/dossiers/{id}/steps/{stepId}/complete', {
        path: { id, stepId: action.stepId },
        body: action.body,
      });
    case 'assign-step':
      return api.patch('/dossiers/{id}/steps/{stepId}', {
        path: { id, stepId: action.stepId },
        body: action.body,
      });
    case 'result':
      return api.post('/dossiers/{id}/result', { path: { id }, body: action.body });
    case 'apology':
      return api.post('/dossiers/{id}/apology', { path: { id }, body: action.body });
    case 'return':
      return api.post('/dossiers/{id}/return', { path: { id }, body: action.body });
  }
}

export function useDossierAction(id: string) {
  const after = useAfterDossierWrite();
  return useMutation({
    mutationFn: (action: DossierAction) => send(id, action),
    onSuccess: after,
  });
}

/** The body types the upload route takes; the server reads the true type from the file's first bytes. */
const UPLOAD_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Uploads a file to a dossier (the file's bytes as the body; its kind and name in the query). */
export function useUploadAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, purpose }: { file: File; purpose: DossierAttachment['purpose'] }) =>
      uploadWithProgress<DossierAttachment>(
        `/api/v1/dossiers/${encodeURIComponent(id)}/attachments${queryString({ purpose, fileName: file.name })}`,
        file,
        UPLOAD_TYPES.includes(file.type) ? file.type : 'application/octet-stream',
        { onProgress: () => undefined, onUploaded: () => undefined },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...DOSSIERS_KEY, 'one', id] }),
  });
}

export function downloadAttachment(dossierId: string, attachment: DossierAttachment) {
  return downloadFile(
    `/api/v1/dossiers/${encodeURIComponent(dossierId)}/attachments/${encodeURIComponent(attachment.id)}`,
    attachment.fileName,
  );
}

/** The dossier forms of Circular 03/2025/TT-VPCP as Word: 01 receipt, 02 supplement, 03 refusal, 04 apology. */
export const DOSSIER_FORMS = ['01', '02', '03', '04'] as const;
export type DossierForm = (typeof DOSSIER_FORMS)[number];

export function downloadForm(dossier: { id: string; code: string }, form: DossierForm) {
  return downloadFile(
    `/api/v1/dossiers/${encodeURIComponent(dossier.id)}/forms/${form}`,
    `${dossier.code}-mau-${form}.docx`,
  );
}

/** Which forms a dossier has: 01 once received, 02 once a supplement was asked, 03 when refused, 04 with an apology. */
export function formsOf(dossier: DossierDetail): DossierForm[] {
  const forms: DossierForm[] = [];
  if (dossier.receivedAt) forms.push('01');
  if (dossier.supplements.length > 0) forms.push('02');
  if (dossier.status === 'not_accepted') forms.push('03');
  if (dossier.apology) forms.push('04');
  return forms;
}
