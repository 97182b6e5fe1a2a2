import { and, asc, eq, inArray } from 'drizzle-orm';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { enterpriseProjects, enterpriseReports, enterprises } from './statistics.tables.ts';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type EnterpriseReportRow = typeof enterpriseReports.$inferSelect;

export async function findEnterprisesByTaxCodes(
  executor: Executor,
  boardIds: string[],
  taxCodes: string[],
): Promise<EnterpriseRow[]> {
  if (boardIds.length === 0 || taxCodes.length === 0) return [];
  const found: EnterpriseRow[] = [];
  for (let start = 0; start < taxCodes.length; start += 1000) {
    found.push(
      ...(await executor
        .select()
        .from(enterprises)
        .where(
          and(
            inArray(enterprises.boardId, boardIds),
            inArray(enterprises.taxCode, taxCodes.slice(start, start + 1000)),
          ),
        )),
    );
  }
  return found;
}

export async function enterprisesOfBoards(executor: Executor, boardIds: string[]): Promise<EnterpriseRow[]> {
  if (boardIds.length === 0) return [];
  return executor
    .select()
    .from(enterprises)
    .where(inArray(enterprises.boardId, boardIds))
    .orderBy(asc(enterprises.taxCode));
}

export async function insertEnterprises(
  executor: Executor,
  values: (typeof enterprises.$inferInsert)[],
): Promise<EnterpriseRow[]> {
  return inChunks(values, (chunk) => executor.insert(enterprises).values(chunk).returning());
}

export async function projectIdsOfEnterprises(
  executor: Executor,
  enterpriseIds: string[],
): Promise<Map<string, string[]>> {
  const byEnterprise = new Map<string, string[]>();
  for (let start = 0; start < enterpriseIds.length; start += 1000) {
    const rows = await executor
      .select()
      .from(enterpriseProjects)
      .where(inArray(enterpriseProjects.enterpriseId, enterpriseIds.slice(start, start + 1000)));
    for (const row of rows)
      byEnterprise.set(row.enterpriseId, [...(byEnterprise.get(row.enterpriseId) ?? []), row.projectId]);
  }
  return byEnterprise;
}

export async function replaceEnterpriseProjects(
  executor: Executor,
  boardId: string,
  enterpriseId: string,
  projectIds: string[],
) {
  await executor.delete(enterpriseProjects).where(eq(enterpriseProjects.enterpriseId, enterpriseId));
  const unique = [...new Set(projectIds)];
  if (unique.length > 0)
    await executor
      .insert(enterpriseProjects)
      .values(unique.map((projectId) => ({ enterpriseId, projectId, boardId })));
}

export async function reportsOfEnterprises(
  executor: Executor,
  enterpriseIds: string[],
): Promise<EnterpriseReportRow[]> {
  const rows: EnterpriseReportRow[] = [];
  for (let start = 0; start < enterpriseIds.length; start += 1000) {
    rows.push(
      ...(await executor
        .select()
        .from(enterpriseReports)
        .where(inArray(enterpriseReports.enterpriseId, enterpriseIds.slice(start, start + 1000)))
        .orderBy(asc(enterpriseReports.enterpriseId), asc(enterpriseReports.period))),
    );
  }
  return rows;
}

export async function insertEnterpriseReports(
  executor: Executor,
  values: (typeof enterpriseReports.$inferInsert)[],
) {
  return inChunks(values, (chunk) => executor.insert(enterpriseReports).values(chunk).returning());
}

/** Every report of one board for one period (staff Excel template and export). */
export async function reportsOfBoardPeriod(
  executor: Executor,
  boardId: string,
  period: string,
): Promise<EnterpriseReportRow[]> {
  return executor
    .select()
    .from(enterpriseReports)
    .where(and(eq(enterpriseReports.boardId, boardId), eq(enterpriseReports.period, period)));
}
