import { and, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { auditLog } from '../../kernel/audit.tables.ts';
import { pageOffset } from '../../kernel/db/listing.ts';

export interface AuditFilter {
  boardIds: string[];
  /** Include entries above boards (national users, blocs). */
  includeUnbound: boolean;
  entityType?: string | undefined;
  entityId?: string | undefined;
  entityKey?: string | undefined;
  actorUserId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export async function listAuditEntries(
  executor: Executor,
  filter: AuditFilter,
  page: { page: number; pageSize: number },
) {
  const scope = or(
    filter.boardIds.length ? inArray(auditLog.boardId, filter.boardIds) : undefined,
    filter.includeUnbound ? isNull(auditLog.boardId) : undefined,
  );
  if (!scope) return { rows: [], total: 0 };
  const where = and(
    scope,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.entityKey
      ? sql`${auditLog.entityKey} ilike ${`%${filter.entityKey.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`
      : undefined,
    filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  );
  const rows = await executor
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const count = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  return { rows, total: count[0]?.n ?? 0 };
}
