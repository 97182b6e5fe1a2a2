import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit.tables.ts';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { matchesSearch, pageOffset } from '../../kernel/db/listing.ts';
import { enterprises } from '../enterprises/index.ts';
import { enterpriseReports, reportUnlockRequests } from './filing.tables.ts';

export type ReportRow = typeof enterpriseReports.$inferSelect;

/** Enterprise ids per query in the look-ups by a list of enterprises. */
const LOOKUP_CHUNK = 1000;

const reportWithEnterprise = {
  report: enterpriseReports,
  enterpriseName: enterprises.name,
  taxCode: enterprises.taxCode,
  zoneId: enterprises.zoneId,
  investmentType: enterprises.investmentType,
};

/** A report with what its lists show of its enterprise. */
export type ReportView = {
  report: ReportRow;
  enterpriseName: string;
  taxCode: string;
  zoneId: string;
  investmentType: 'FDI' | 'DDI';
};

export interface ReportFilter {
  boardIds: string[];
  enterpriseId?: string | undefined;
  period?: string | undefined;
  statuses?: ReportRow['status'][] | undefined;
  investmentType?: 'FDI' | 'DDI' | undefined;
  zoneId?: string | undefined;
  q?: string | undefined;
}

export async function listReports(
  executor: Executor,
  filter: ReportFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: ReportView[]; total: number }> {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const where = and(
    inArray(enterpriseReports.boardId, filter.boardIds),
    filter.enterpriseId ? eq(enterpriseReports.enterpriseId, filter.enterpriseId) : undefined,
    filter.period ? eq(enterpriseReports.period, filter.period) : undefined,
    filter.statuses?.length ? inArray(enterpriseReports.status, filter.statuses) : undefined,
    filter.investmentType ? eq(enterprises.investmentType, filter.investmentType) : undefined,
    filter.zoneId ? eq(enterprises.zoneId, filter.zoneId) : undefined,
    matchesSearch(enterprises.searchText, filter.q),
  );
  const rows = await executor
    .select(reportWithEnterprise)
    .from(enterpriseReports)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseReports.enterpriseId))
    .where(where)
    .orderBy(desc(enterpriseReports.period), asc(enterprises.name), asc(enterpriseReports.id))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const count = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(enterpriseReports)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseReports.enterpriseId))
    .where(where);
  return { rows, total: count[0]?.n ?? 0 };
}

export async function findReportView(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<ReportView | null> {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select(reportWithEnterprise)
    .from(enterpriseReports)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseReports.enterpriseId))
    .where(and(eq(enterpriseReports.id, id), inArray(enterpriseReports.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findReportOf(
  executor: Executor,
  enterpriseId: string,
  period: string,
): Promise<ReportRow | null> {
  const rows = await executor
    .select()
    .from(enterpriseReports)
    .where(and(eq(enterpriseReports.enterpriseId, enterpriseId), eq(enterpriseReports.period, period)))
    .limit(1);
  return rows[0] ?? null;
}

/** The reports of these enterprises for these periods (every period when none is named). */
export async function reportsOfEnterprises(
  executor: Executor,
  enterpriseIds: string[],
  periods?: string[],
): Promise<ReportRow[]> {
  if (periods?.length === 0) return [];
  return inChunks(
    enterpriseIds,
    (chunk) =>
      executor
        .select()
        .from(enterpriseReports)
        .where(
          and(
            inArray(enterpriseReports.enterpriseId, chunk),
            periods ? inArray(enterpriseReports.period, periods) : undefined,
          ),
        )
        .orderBy(asc(enterpriseReports.enterpriseId), asc(enterpriseReports.period)),
    LOOKUP_CHUNK,
  );
}

/** Every report of one board for one period (staff Excel template and export). */
export async function reportsOfBoardPeriod(
  executor: Executor,
  boardId: string,
  period: string,
): Promise<ReportRow[]> {
  return executor
    .select()
    .from(enterpriseReports)
    .where(and(eq(enterpriseReports.boardId, boardId), eq(enterpriseReports.period, period)));
}

export async function insertReport(executor: Executor, values: typeof enterpriseReports.$inferInsert) {
  // Undefined when another request has just created it: the caller answers VERSION_CONFLICT.
  return (await executor.insert(enterpriseReports).values(values).onConflictDoNothing().returning())[0];
}

export async function insertEnterpriseReports(
  executor: Executor,
  values: (typeof enterpriseReports.$inferInsert)[],
) {
  return inChunks(values, (chunk) => executor.insert(enterpriseReports).values(chunk).returning());
}

/** The audit entries of one record, oldest first. */
export async function auditOf(executor: Executor, entityId: string) {
  return executor.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id));
}

/** Moves enterprises' reports and unlock requests to another board (their enterprises moved). */
export async function setReportsBoard(executor: Executor, enterpriseIds: string[], boardId: string) {
  await inChunks(enterpriseIds, async (chunk) => {
    await executor
      .update(enterpriseReports)
      .set({ boardId })
      .where(inArray(enterpriseReports.enterpriseId, chunk));
    await executor
      .update(reportUnlockRequests)
      .set({ boardId })
      .where(
        inArray(
          reportUnlockRequests.reportId,
          executor
            .select({ id: enterpriseReports.id })
            .from(enterpriseReports)
            .where(inArray(enterpriseReports.enterpriseId, chunk)),
        ),
      );
    return [];
  });
}
