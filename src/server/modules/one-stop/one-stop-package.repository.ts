/**
 * The SQL of the data package's one-stop kinds (one-stop.package.ts): calendar years, procedures
 * with their versions, dossiers with their supplements.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import {
  calendarYears,
  dossiers,
  dossierSupplements,
  procedures,
  procedureVersions,
} from './one-stop.tables.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;
export type DossierRow = typeof dossiers.$inferSelect;
export type DossierSupplementRow = typeof dossierSupplements.$inferSelect;

export async function findCalendarYears(executor: Executor, years?: number[]): Promise<CalendarYearRow[]> {
  if (years && years.length === 0) return [];
  return executor
    .select()
    .from(calendarYears)
    .where(years ? inArray(calendarYears.year, years) : undefined)
    .orderBy(asc(calendarYears.year));
}

/** A board's procedures of these codes. */
export async function findProceduresByCodes(
  executor: Executor,
  boardId: string,
  codes: string[],
): Promise<ProcedureRow[]> {
  return inChunks([...new Set(codes)], (chunk) =>
    executor
      .select()
      .from(procedures)
      .where(and(eq(procedures.boardId, boardId), inArray(procedures.code, chunk))),
  );
}

export async function proceduresOfBoards(executor: Executor, boardIds: string[]): Promise<ProcedureRow[]> {
  if (boardIds.length === 0) return [];
  return executor
    .select()
    .from(procedures)
    .where(inArray(procedures.boardId, boardIds))
    .orderBy(asc(procedures.boardId), asc(procedures.code));
}

/** The versions of these procedures, oldest first. */
export async function versionsOfProcedures(
  executor: Executor,
  procedureIds: string[],
): Promise<ProcedureVersionRow[]> {
  return inChunks([...new Set(procedureIds)], (chunk) =>
    executor
      .select()
      .from(procedureVersions)
      .where(inArray(procedureVersions.procedureId, chunk))
      .orderBy(asc(procedureVersions.procedureId), asc(procedureVersions.effectiveFrom)),
  );
}

export async function updateProcedureRetiredOn(
  executor: Executor,
  id: string,
  retiredOn: string | null,
): Promise<ProcedureRow> {
  const [row] = await executor
    .update(procedures)
    .set({ retiredOn, version: sql`${procedures.version} + 1`, updatedAt: new Date() })
    .where(eq(procedures.id, id))
    .returning();
  return row!;
}

/** Dossiers of these codes in any board (dossier codes are unique in the database). */
export async function findDossiersByCodes(executor: Executor, codes: string[]): Promise<DossierRow[]> {
  return inChunks([...new Set(codes)], (chunk) =>
    executor.select().from(dossiers).where(inArray(dossiers.code, chunk)),
  );
}

/** The boards' received dossiers (those with a receipt), by code. */
export async function receivedDossiersOfBoards(
  executor: Executor,
  boardIds: string[],
): Promise<DossierRow[]> {
  if (boardIds.length === 0) return [];
  return executor
    .select()
    .from(dossiers)
    .where(and(inArray(dossiers.boardId, boardIds), sql`${dossiers.receivedAt} is not null`))
    .orderBy(asc(dossiers.code));
}

/** The supplements of these dossiers, in order of request. */
export async function supplementsOfDossiers(
  executor: Executor,
  dossierIds: string[],
): Promise<DossierSupplementRow[]> {
  return inChunks([...new Set(dossierIds)], (chunk) =>
    executor
      .select()
      .from(dossierSupplements)
      .where(inArray(dossierSupplements.dossierId, chunk))
      .orderBy(asc(dossierSupplements.dossierId), asc(dossierSupplements.requestedAt)),
  );
}

export async function insertDossiers(
  executor: Executor,
  values: (typeof dossiers.$inferInsert)[],
): Promise<DossierRow[]> {
  const rows: DossierRow[] = [];
  for (let start = 0; start < values.length; start += 200)
    rows.push(
      ...(await executor
        .insert(dossiers)
        .values(values.slice(start, start + 200))
        .returning()),
    );
  return rows;
}

export async function updateDossier(
  executor: Executor,
  id: string,
  values: Partial<typeof dossiers.$inferInsert>,
): Promise<DossierRow> {
  const [row] = await executor
    .update(dossiers)
    .set({ ...values, version: sql`${dossiers.version} + 1`, updatedAt: new Date() })
    .where(eq(dossiers.id, id))
    .returning();
  return row!;
}

/** Replaces a dossier's supplements as a whole. */
export async function replaceSupplements(
  executor: Executor,
  dossierId: string,
  values: (typeof dossierSupplements.$inferInsert)[],
): Promise<void> {
  await executor.delete(dossierSupplements).where(eq(dossierSupplements.dossierId, dossierId));
  if (values.length > 0) await executor.insert(dossierSupplements).values(values);
}

export async function insertSupplements(
  executor: Executor,
  values: (typeof dossierSupplements.$inferInsert)[],
): Promise<void> {
  for (let start = 0; start < values.length; start += 500)
    await executor.insert(dossierSupplements).values(values.slice(start, start + 500));
}

/** Which of these procedure versions some dossier holds. */
export async function versionIdsInUse(executor: Executor, versionIds: string[]): Promise<Set<string>> {
  const rows = await inChunks([...new Set(versionIds)], (chunk) =>
    executor
      .selectDistinct({ id: dossiers.procedureVersionId })
      .from(dossiers)
      .where(inArray(dossiers.procedureVersionId, chunk)),
  );
  return new Set(rows.map((r) => r.id));
}
