import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiBody, type ApiQuery, type Schema, type Sent } from '../../shared/api.ts';

/** A procedure of the catalogue with its version in force, as the list gives it (GET /api/v1/one-stop/procedures). */
export type ProcedureInForce = Schema<'ProcedureInForce'>;
/** A procedure with every version (GET /api/v1/one-stop/procedures/{id}). */
export type ProcedureDetail = Schema<'Procedure'>;
export type ProcedureVersion = Schema<'ProcedureVersion'>;

/** The version of a procedure in force today, if one has taken effect. */
export const currentVersion = (procedure: ProcedureDetail): ProcedureVersion | undefined =>
  procedure.versions.find((v) => v.id === procedure.currentVersionId);
/** The board's one-stop office (GET /api/v1/one-stop/office). */
export type OneStopOffice = Schema<'OneStopOffice'>;
export type NewProcedureBody = Sent<ApiBody<'/one-stop/procedures', 'post'>>;
export type NewVersionBody = Sent<ApiBody<'/one-stop/procedures/{id}/versions', 'post'>>;
export type CorrectVersionBody = Sent<ApiBody<'/one-stop/procedures/{id}/versions/{versionId}', 'patch'>>;
export type RetireBody = Sent<ApiBody<'/one-stop/procedures/{id}/retire', 'post'>>;
export type OfficeBody = Sent<ApiBody<'/one-stop/office', 'put'>>;

export const PROCEDURES_KEY = ['one-stop', 'procedures'] as const;
const OFFICE_KEY = ['one-stop', 'office'] as const;

export function useProcedures(query: ApiQuery<'/one-stop/procedures'>, enabled = true) {
  return useQuery({
    queryKey: [...PROCEDURES_KEY, 'list', query],
    queryFn: () => api.get('/one-stop/procedures', { query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The board's procedures as the options of a Select ("BQL-DT-02 — Điều chỉnh …"). */
export function useProcedureOptions(boardId: string | undefined) {
  const procedures = useProcedures({ boardId, page: 1, pageSize: 500 });
  return {
    ...procedures,
    options: (procedures.data?.items ?? []).map((p) => ({
      value: p.id,
      label: `${p.code} — ${p.name}`,
    })),
  };
}

export function useProcedure(id: string | undefined) {
  return useQuery({
    queryKey: [...PROCEDURES_KEY, 'one', id],
    queryFn: () => api.get('/one-stop/procedures/{id}', { path: { id: id! } }),
    enabled: id !== undefined,
  });
}

function useAfterProcedureWrite() {
  const queryClient = useQueryClient();
  return async (procedure: ProcedureDetail) => {
    queryClient.setQueryData([...PROCEDURES_KEY, 'one', procedure.id], procedure);
    await queryClient.invalidateQueries({
      queryKey: PROCEDURES_KEY,
      predicate: (query) => query.queryKey[2] !== 'one',
    });
  };
}

export function useCreateProcedure() {
  const after = useAfterProcedureWrite();
  return useMutation({
    mutationFn: (body: NewProcedureBody) => api.post('/one-stop/procedures', { body }),
    onSuccess: after,
  });
}

export function useAddVersion(id: string) {
  const after = useAfterProcedureWrite();
  return useMutation({
    mutationFn: (body: NewVersionBody) =>
      api.post('/one-stop/procedures/{id}/versions', { path: { id }, body }),
    onSuccess: after,
  });
}

export function useCorrectVersion(id: string) {
  const after = useAfterProcedureWrite();
  return useMutation({
    mutationFn: ({ versionId, body }: { versionId: string; body: CorrectVersionBody }) =>
      api.patch('/one-stop/procedures/{id}/versions/{versionId}', { path: { id, versionId }, body }),
    onSuccess: after,
  });
}

export function useRetireProcedure(id: string) {
  const after = useAfterProcedureWrite();
  return useMutation({
    mutationFn: (body: RetireBody) => api.post('/one-stop/procedures/{id}/retire', { path: { id }, body }),
    onSuccess: after,
  });
}

export function useOffice(boardId: string | undefined) {
  return useQuery({
    queryKey: [...OFFICE_KEY, boardId],
    queryFn: () => api.get('/one-stop/office', { query: { boardId } }),
    enabled: boardId !== undefined,
  });
}

export function useSaveOffice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OfficeBody) => api.put('/one-stop/office', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OFFICE_KEY }),
  });
}
