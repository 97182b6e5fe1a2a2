import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit.tables.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { countRows, matchesSearch, pageOffset } from '../../kernel/db/listing.ts';
import { projects } from '../projects/projects.tables.ts';
import { users } from '../users/users.tables.ts';
import {
  enterpriseAccounts,
  enterpriseProjects,
  enterpriseReports,
  enterprises,
  exchangeRates,
  reportingPeriods,
  reportingSchedules,
  reportUnlockRequests,
  statisticsRules,
} from './statistics.tables.ts';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type ReportRow = typeof enterpriseReports.$inferSelect;
export type ScheduleRow = typeof reportingSchedules.$inferSelect;
export type PeriodRow = typeof reportingPeriods.$inferSelect;
export type RuleRow = typeof statisticsRules.$inferSelect;
export type RateRow = typeof exchangeRates.$inferSelect;
export type UnlockRow = typeof reportUnlockRequests.$inferSelect;

// ── Enterprises ────────────────────────────────────────────────────────────────

export interface EnterpriseFilter {
  boardIds: string[];
  /** An enterprise user sees only its own. */
  enterpriseId?: string | undefined;
  q?: string | undefined;
  zoneId?: string | undefined;
  investmentType?: 'FDI' | 'DDI' | undefined;
  /** In operation during [start, end]. */
  operatingFrom?: string | undefined;
  operatingTo?: string | undefined;
}

function operatingDuring(from: string | undefined, to: string | undefined): SQL | undefined {
  if (!from || !to) return undefined;
  return and(
    or(isNull(enterprises.operatingSince), lte(enterprises.operatingSince, to)),
    or(isNull(enterprises.operatingUntil), gte(enterprises.operatingUntil, from)),
  );
}

function whereEnterprises(filter: EnterpriseFilter) {
  return and(
    inArray(enterprises.boardId, filter.boardIds),
    filter.enterpriseId ? eq(enterprises.id, filter.enterpriseId) : undefined,
    filter.zoneId ? eq(enterprises.zoneId, filter.zoneId) : undefined,
    filter.investmentType ? eq(enterprises.investmentType, filter.investmentType) : undefined,
    operatingDuring(filter.operatingFrom, filter.operatingTo),
    matchesSearch(enterprises.searchText, filter.q),
  );
}

export async function listEnterprises(
  executor: Executor,
  filter: EnterpriseFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: EnterpriseRow[]; total: number }> {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const where = whereEnterprises(filter);
  const rows = await executor
    .select()
    .from(enterprises)
    .where(where)
    .orderBy(asc(enterprises.name), asc(enterprises.taxCode))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  return { rows, total: await countRows(executor, enterprises, where) };
}

/** Every enterprise of a board in operation during a period (completeness, reminders). */
export async function enterprisesOperating(
  executor: Executor,
  boardId: string,
  from: string,
  to: string,
): Promise<EnterpriseRow[]> {
  return executor
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.boardId, boardId), operatingDuring(from, to)))
    .orderBy(asc(enterprises.name), asc(enterprises.taxCode));
}

export async function findEnterpriseById(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<EnterpriseRow | null> {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.id, id), inArray(enterprises.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findEnterpriseByTaxCode(executor: Executor, boardId: string, taxCode: string) {
  const rows = await executor
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.boardId, boardId), eq(enterprises.taxCode, taxCode)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertEnterprise(executor: Executor, values: typeof enterprises.$inferInsert) {
  return (await executor.insert(enterprises).values(values).returning())[0]!;
}

/** Of the given project ids, those that belong to the board. */
export async function projectIdsInBoard(executor: Executor, boardId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await executor
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.boardId, boardId), inArray(projects.id, ids)));
  return rows.map((r) => r.id);
}

export async function projectIdsOf(executor: Executor, enterpriseIds: string[]) {
  const byEnterprise = new Map<string, string[]>();
  if (enterpriseIds.length === 0) return byEnterprise;
  const rows = await executor
    .select()
    .from(enterpriseProjects)
    .where(inArray(enterpriseProjects.enterpriseId, enterpriseIds))
    .orderBy(asc(enterpriseProjects.projectId));
  for (const row of rows)
    byEnterprise.set(row.enterpriseId, [...(byEnterprise.get(row.enterpriseId) ?? []), row.projectId]);
  return byEnterprise;
}

// ── Enterprise accounts ────────────────────────────────────────────────────────

export async function enterpriseIdOfUser(executor: Executor, userId: string): Promise<string | null> {
  const rows = await executor
    .select({ enterpriseId: enterpriseAccounts.enterpriseId })
    .from(enterpriseAccounts)
    .where(eq(enterpriseAccounts.userId, userId))
    .limit(1);
  return rows[0]?.enterpriseId ?? null;
}

export async function insertEnterpriseAccount(
  executor: Executor,
  values: typeof enterpriseAccounts.$inferInsert,
) {
  await executor.insert(enterpriseAccounts).values(values);
}

export async function usernamesOfEnterprises(executor: Executor, enterpriseIds: string[]) {
  const byEnterprise = new Map<string, string[]>();
  if (enterpriseIds.length === 0) return byEnterprise;
  const rows = await executor
    .select({ enterpriseId: enterpriseAccounts.enterpriseId, username: users.username })
    .from(enterpriseAccounts)
    .innerJoin(users, eq(users.id, enterpriseAccounts.userId))
    .where(and(inArray(enterpriseAccounts.enterpriseId, enterpriseIds), isNull(users.disabledAt)))
    .orderBy(asc(users.username));
  for (const row of rows)
    byEnterprise.set(row.enterpriseId, [...(byEnterprise.get(row.enterpriseId) ?? []), row.username]);
  return byEnterprise;
}

// ── Reports ────────────────────────────────────────────────────────────────────

const reportWithEnterprise = {
  report: enterpriseReports,
  enterpriseName: enterprises.name,
  taxCode: enterprises.taxCode,
  zoneId: enterprises.zoneId,
  investmentType: enterprises.investmentType,
};

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

export async function reportsOfPeriod(
  executor: Executor,
  enterpriseIds: string[],
  period: string,
): Promise<ReportRow[]> {
  if (enterpriseIds.length === 0) return [];
  return executor
    .select()
    .from(enterpriseReports)
    .where(and(inArray(enterpriseReports.enterpriseId, enterpriseIds), eq(enterpriseReports.period, period)));
}

export async function insertReport(executor: Executor, values: typeof enterpriseReports.$inferInsert) {
  // Undefined when another request has just created it: the caller answers VERSION_CONFLICT.
  return (await executor.insert(enterpriseReports).values(values).onConflictDoNothing().returning())[0];
}

/** The audit entries of one record, oldest first. */
export async function auditOf(executor: Executor, entityId: string) {
  return executor.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id));
}

// ── Reporting calendar ─────────────────────────────────────────────────────────

export async function schedulesOfBoard(executor: Executor, boardId: string): Promise<ScheduleRow[]> {
  return executor.select().from(reportingSchedules).where(eq(reportingSchedules.boardId, boardId));
}

export async function insertSchedules(
  executor: Executor,
  values: (typeof reportingSchedules.$inferInsert)[],
) {
  if (values.length === 0) return [];
  return executor.insert(reportingSchedules).values(values).onConflictDoNothing().returning();
}

export async function periodsOfBoard(executor: Executor, boardId: string, year?: number) {
  return executor
    .select()
    .from(reportingPeriods)
    .where(
      and(
        eq(reportingPeriods.boardId, boardId),
        year === undefined ? undefined : sql`left(${reportingPeriods.period}, 4) = ${String(year)}`,
      ),
    )
    .orderBy(asc(reportingPeriods.period));
}

export async function findPeriod(executor: Executor, boardId: string, period: string) {
  const rows = await executor
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.boardId, boardId), eq(reportingPeriods.period, period)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findPeriodById(executor: Executor, boardIds: string[], id: string) {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.id, id), inArray(reportingPeriods.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertPeriod(executor: Executor, values: typeof reportingPeriods.$inferInsert) {
  return (await executor.insert(reportingPeriods).values(values).returning())[0]!;
}

// ── Rules and exchange rates ───────────────────────────────────────────────────

export async function rulesOfBoard(executor: Executor, boardId: string): Promise<RuleRow[]> {
  return executor.select().from(statisticsRules).where(eq(statisticsRules.boardId, boardId));
}

export async function insertRule(executor: Executor, values: typeof statisticsRules.$inferInsert) {
  // Undefined when another request has just created it: the caller answers VERSION_CONFLICT.
  return (await executor.insert(statisticsRules).values(values).onConflictDoNothing().returning())[0];
}

export async function ratesOfBoard(executor: Executor, boardId: string): Promise<RateRow[]> {
  return executor
    .select()
    .from(exchangeRates)
    .where(eq(exchangeRates.boardId, boardId))
    .orderBy(asc(exchangeRates.period));
}

export async function findRate(executor: Executor, boardId: string, period: string) {
  const rows = await executor
    .select()
    .from(exchangeRates)
    .where(and(eq(exchangeRates.boardId, boardId), eq(exchangeRates.period, period)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertRate(executor: Executor, values: typeof exchangeRates.$inferInsert) {
  // Undefined when another request has just created it: the caller answers VERSION_CONFLICT.
  return (await executor.insert(exchangeRates).values(values).onConflictDoNothing().returning())[0];
}

// ── Unlock requests ────────────────────────────────────────────────────────────

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
