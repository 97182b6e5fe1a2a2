import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type ApiQueryParams, type Schema } from '../../shared/api.ts';

/** Record types the audit log names, in the order the filter offers them. */
/** What the log records: one list with the server (src/domain/audit-vocabulary.ts). */
export { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES as ENTITY_TYPES } from '../../../domain/audit-vocabulary.ts';

/** One entry of GET /api/v1/audit; `at` is a Vietnam-time timestamp (+07:00). */
export type AuditEntry = Schema<'AuditEntry'>;

/** The filters this page sends (`from`/`to`: Vietnam calendar dates, both inclusive). */
export type AuditQuery = Pick<
  ApiQueryParams<'/audit'>,
  'actorUserId' | 'entityType' | 'entityKey' | 'from' | 'to'
> &
  Required<Pick<ApiQueryParams<'/audit'>, 'page' | 'pageSize'>>;

export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.get('/audit', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}
