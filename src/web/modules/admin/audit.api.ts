import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type ApiQueryParams, type Schema } from '../../shared/api.ts';

/** Record types the audit log names, in the order the filter offers them. */
export const ENTITY_TYPES = [
  'zone',
  'project',
  'licensing_event',
  'capital_implementation',
  'investor',
  'enterprise',
  'enterprise_report',
  'user',
  'board',
  'data_package',
  'api_token',
] as const;

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'login', 'logout', 'import'] as const;

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
