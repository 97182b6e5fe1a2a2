import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { dossiers, oneStopOffices, procedures, procedureVersions } from './one-stop.tables.ts';

export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;
export type OfficeRow = typeof oneStopOffices.$inferSelect;

export async function findProcedureById(
  executor: Executor,
  boardIds: readonly string[],
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProcedureRow | null> {
  if (boardIds.length === 0) return null;
  const query = executor
    .select()
    .from(procedures)
    .where(and(eq(procedures.id, id), inArray(procedures.boardId, [...boardIds])))
    .limit(1);
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

export async function findProceduresByCodes(
  executor: Executor,
  boardIds: readonly string[],
  codes: readonly string[],
): Promise<ProcedureRow[]> {
  if (boardIds.length === 0 || codes.length === 0) return [];
  return executor
    .select()
    .from(procedures)
    .where(and(inArray(procedures.boardId, [...boardIds]), inArray(procedures.code, [...codes])));
}

/** Inserts a procedure unless its code is taken in the board meanwhile (then null). */
export async function insertProcedure(
  executor: Executor,
  values: { boardId: string; code: string; retiredOn?: string | null },
): Promise<ProcedureRow | null> {
  const rows = await executor.insert(procedures).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

/** Bumps a procedure's version (a version added, retired) if it is still the one read. */
export async function touchProcedure(
  executor: Executor,
  id: string,
  expectedVersion: number,
  values: { retiredOn?: string | null } = {},
): Promise<ProcedureRow | null> {
  const rows = await executor
    .update(procedures)
    .set({ ...values, version: sql`${procedures.version} + 1`, updatedAt: new Date() })
    .where(and(eq(procedures.id, id), eq(procedures.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function versionsOf(
  executor: Executor,
  procedureIds: readonly string[],
): Promise<ProcedureVersionRow[]> {
  if (procedureIds.length === 0) return [];
  return executor
    .select()
    .from(procedureVersions)
    .where(inArray(procedureVersions.procedureId, [...procedureIds]))
    .orderBy(asc(procedureVersions.procedureId), desc(procedureVersions.effectiveFrom));
}

export async function findVersion(
  executor: Executor,
  procedureId: string,
  versionId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProcedureVersionRow | null> {
  const query = executor
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.id, versionId), eq(procedureVersions.procedureId, procedureId)))
    .limit(1);
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** The version whose effective date is on or before `date`, the latest such. */
export async function versionInForce(
  executor: Executor,
  procedureId: string,
  date: string,
): Promise<ProcedureVersionRow | null> {
  const rows = await executor
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, procedureId), lte(procedureVersions.effectiveFrom, date)))
    .orderBy(desc(procedureVersions.effectiveFrom))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Every procedure of the boards with the version in force on `date` (procedures whose first
 * version takes effect later are left out), by board and code. A board's catalogue is tens to a
 * few hundred procedures: the service filters and pages them.
 */
export async function proceduresInForce(
  executor: Executor,
  boardIds: readonly string[],
  date: string,
): Promise<{ procedure: ProcedureRow; version: ProcedureVersionRow }[]> {
  if (boardIds.length === 0) return [];
  const rows = await executor
    .selectDistinctOn([procedures.id], { procedure: procedures, version: procedureVersions })
    .from(procedures)
    .innerJoin(procedureVersions, eq(procedureVersions.procedureId, procedures.id))
    .where(and(inArray(procedures.boardId, [...boardIds]), lte(procedureVersions.effectiveFrom, date)))
    .orderBy(procedures.id, desc(procedureVersions.effectiveFrom));
  return rows.sort(
    (a, b) =>
      a.procedure.boardId.localeCompare(b.procedure.boardId) ||
      a.procedure.code.localeCompare(b.procedure.code),
  );
}

export async function insertVersion(
  executor: Executor,
  values: typeof procedureVersions.$inferInsert,
): Promise<ProcedureVersionRow | null> {
  const rows = await executor.insert(procedureVersions).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function updateVersion(
  executor: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<typeof procedureVersions.$inferInsert>,
): Promise<ProcedureVersionRow | null> {
  const rows = await executor
    .update(procedureVersions)
    .set({ ...values, version: sql`${procedureVersions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(procedureVersions.id, id), eq(procedureVersions.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

/** Of these versions, those a dossier was received under. */
export async function versionsInUse(executor: Executor, versionIds: readonly string[]): Promise<Set<string>> {
  if (versionIds.length === 0) return new Set();
  const rows = await executor
    .selectDistinct({ id: dossiers.procedureVersionId })
    .from(dossiers)
    .where(inArray(dossiers.procedureVersionId, [...versionIds]));
  return new Set(rows.map((r) => r.id));
}

export async function findOffice(
  executor: Executor,
  boardId: string,
  options: { forUpdate?: boolean } = {},
): Promise<OfficeRow | null> {
  const query = executor.select().from(oneStopOffices).where(eq(oneStopOffices.boardId, boardId)).limit(1);
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

export async function insertOffice(
  executor: Executor,
  values: typeof oneStopOffices.$inferInsert,
): Promise<OfficeRow | null> {
  const rows = await executor.insert(oneStopOffices).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function updateOffice(
  executor: Executor,
  boardId: string,
  expectedVersion: number,
  values: Partial<typeof oneStopOffices.$inferInsert>,
): Promise<OfficeRow | null> {
  const rows = await executor
    .update(oneStopOffices)
    .set({ ...values, version: expectedVersion + 1, updatedAt: new Date() })
    .where(and(eq(oneStopOffices.boardId, boardId), eq(oneStopOffices.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}
