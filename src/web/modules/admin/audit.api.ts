import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../shared/api.ts';

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
export interface AuditEntry {
  id: number;
  boardId: string | null;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  entityKey: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditQuery {
  actorUserId?: string | undefined;
  entityType?: string | undefined;
  entityKey?: string | undefined;
  /** Vietnam calendar dates, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.get<Page<AuditEntry>>('/audit', { ...query }),
    placeholderData: keepPreviousData,
  });
}
