import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { pageOffset } from '../../kernel/db/listing.ts';
import { enterprises } from '../enterprises/index.ts';
import { users } from '../users/index.ts';
import { enterpriseReports, reportUnlockRequests } from './filing.tables.ts';

export type UnlockRow = typeof reportUnlockRequests.$inferSelect;

const unlockWithReport = {
  request: reportUnlockRequests,
  enterpriseId: enterpriseReports.enterpriseId,
  period: enterpriseReports.period,
  enterpriseName: enterprises.name,
  taxCode: enterprises.taxCode,
  requestedByUsername: users.username,
};

export type UnlockView = {
  request: UnlockRow;
  enterpriseId: string;
  period: string;
  enterpriseName: string;
  taxCode: string;
  requestedByUsername: string | null;
};

export interface UnlockFilter {
  boardIds: string[];
  enterpriseId?: string | undefined;
  statuses?: UnlockRow['status'][] | undefined;
  reportId?: string | undefined;
}

function unlockQuery(executor: Executor) {
  return executor
    .select(unlockWithReport)
    .from(reportUnlockRequests)
    .innerJoin(enterpriseReports, eq(enterpriseReports.id, reportUnlockRequests.reportId))
    .innerJoin(enterprises, eq(enterprises.id, enterpriseReports.enterpriseId))
    .leftJoin(users, eq(users.id, reportUnlockRequests.requestedBy));
}

function whereUnlocks(filter: UnlockFilter) {
  return and(
    inArray(reportUnlockRequests.boardId, filter.boardIds),
    filter.enterpriseId ? eq(enterpriseReports.enterpriseId, filter.enterpriseId) : undefined,
    filter.reportId ? eq(reportUnlockRequests.reportId, filter.reportId) : undefined,
    filter.statuses?.length ? inArray(reportUnlockRequests.status, filter.statuses) : undefined,
  );
}

export async function listUnlocks(
  executor: Executor,
  filter: UnlockFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: UnlockView[]; total: number }> {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const where = whereUnlocks(filter);
  const rows = await unlockQuery(executor)
    .where(where)
    .orderBy(desc(reportUnlockRequests.createdAt), asc(reportUnlockRequests.id))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const count = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(reportUnlockRequests)
    .innerJoin(enterpriseReports, eq(enterpriseReports.id, reportUnlockRequests.reportId))
    .where(where);
  return { rows, total: count[0]?.n ?? 0 };
}

export async function findUnlockView(executor: Executor, boardIds: string[], id: string) {
  if (boardIds.length === 0) return null;
  const rows = await unlockQuery(executor)
    .where(and(eq(reportUnlockRequests.id, id), inArray(reportUnlockRequests.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertUnlock(executor: Executor, values: typeof reportUnlockRequests.$inferInsert) {
  return (await executor.insert(reportUnlockRequests).values(values).returning())[0]!;
}
