/** The SQL of blocs as data: blocs, their years and members, the members' returns. */
import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { blocReturns, blocs, blocYearMembers, blocYears, boards } from './boards.tables.ts';

export type BlocRow = typeof blocs.$inferSelect;
export type BlocYearRow = typeof blocYears.$inferSelect;
export type BlocReturnRow = typeof blocReturns.$inferSelect;
export type BoardRow = typeof boards.$inferSelect;

/** A year with its members' board ids in the bloc's order. */
export interface BlocYearWithMembers extends BlocYearRow {
  memberIds: string[];
}

export async function listAllBlocs(executor: Executor): Promise<BlocRow[]> {
  return executor.select().from(blocs).orderBy(asc(blocs.code));
}

export async function listBlocsByIds(executor: Executor, ids: string[]): Promise<BlocRow[]> {
  if (ids.length === 0) return [];
  return executor.select().from(blocs).where(inArray(blocs.id, ids)).orderBy(asc(blocs.code));
}

export async function findBlocRowByCode(executor: Executor, code: string): Promise<BlocRow | null> {
  const rows = await executor.select().from(blocs).where(eq(blocs.code, code)).limit(1);
  return rows[0] ?? null;
}

export async function insertBloc(
  executor: Executor,
  values: { code: string; name: string },
): Promise<BlocRow> {
  const rows = await executor.insert(blocs).values(values).returning();
  return rows[0]!;
}

export async function findBoardsByCodes(executor: Executor, codes: string[]): Promise<BoardRow[]> {
  if (codes.length === 0) return [];
  return executor
    .select()
    .from(boards)
    .where(inArray(boards.code, [...new Set(codes)]));
}

export async function findBoardsByIds(executor: Executor, ids: string[]): Promise<BoardRow[]> {
  if (ids.length === 0) return [];
  return executor
    .select()
    .from(boards)
    .where(inArray(boards.id, [...new Set(ids)]));
}

/** The years of these blocs (every year when `years` is not given), with their members in order. */
export async function yearsOfBlocs(
  executor: Executor,
  blocIds: string[],
  years?: number[],
): Promise<BlocYearWithMembers[]> {
  if (blocIds.length === 0 || years?.length === 0) return [];
  const rows = await executor
    .select()
    .from(blocYears)
    .where(and(inArray(blocYears.blocId, blocIds), years ? inArray(blocYears.year, years) : undefined))
    .orderBy(asc(blocYears.blocId), asc(blocYears.year));
  const members = await executor
    .select()
    .from(blocYearMembers)
    .where(
      and(inArray(blocYearMembers.blocId, blocIds), years ? inArray(blocYearMembers.year, years) : undefined),
    )
    .orderBy(asc(blocYearMembers.position));
  return rows.map((row) => ({
    ...row,
    memberIds: members.filter((m) => m.blocId === row.blocId && m.year === row.year).map((m) => m.boardId),
  }));
}

/** One year of a bloc, locked for the rest of the transaction, or null. */
export async function lockYear(
  executor: Executor,
  blocId: string,
  year: number,
): Promise<BlocYearWithMembers | null> {
  const rows = await executor
    .select()
    .from(blocYears)
    .where(and(eq(blocYears.blocId, blocId), eq(blocYears.year, year)))
    .for('update');
  if (!rows[0]) return null;
  return (await yearsOfBlocs(executor, [blocId], [year]))[0] ?? null;
}

/** Inserts a year, or returns null when another transaction inserted it first. */
export async function insertYear(
  executor: Executor,
  values: { blocId: string; year: number; leaderBoardId: string; deputyBoardId: string | null },
): Promise<BlocYearRow | null> {
  const rows = await executor.insert(blocYears).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

/** Updates a year's leader and deputy if it still has `version`; null when it does not. */
export async function updateYear(
  executor: Executor,
  key: { blocId: string; year: number; version: number },
  values: { leaderBoardId: string; deputyBoardId: string | null },
): Promise<BlocYearRow | null> {
  const rows = await executor
    .update(blocYears)
    .set({ ...values, version: sql`${blocYears.version} + 1`, updatedAt: new Date() })
    .where(
      and(eq(blocYears.blocId, key.blocId), eq(blocYears.year, key.year), eq(blocYears.version, key.version)),
    )
    .returning();
  return rows[0] ?? null;
}

export async function deleteYear(executor: Executor, blocId: string, year: number): Promise<void> {
  await executor.delete(blocYears).where(and(eq(blocYears.blocId, blocId), eq(blocYears.year, year)));
}

/** Replaces a year's members by these boards, in this order. */
export async function replaceMembers(
  executor: Executor,
  blocId: string,
  year: number,
  boardIds: string[],
): Promise<void> {
  await executor
    .delete(blocYearMembers)
    .where(and(eq(blocYearMembers.blocId, blocId), eq(blocYearMembers.year, year)));
  if (boardIds.length === 0) return;
  await executor
    .insert(blocYearMembers)
    .values(boardIds.map((boardId, position) => ({ blocId, year, boardId, position })));
}

/** The bloc years from `fromYear` on in which the board is a member. */
export async function yearsWithMemberFrom(
  executor: Executor,
  boardId: string,
  fromYear: number,
): Promise<{ blocId: string; year: number }[]> {
  return executor
    .selectDistinct({ blocId: blocYearMembers.blocId, year: blocYearMembers.year })
    .from(blocYearMembers)
    .where(and(eq(blocYearMembers.boardId, boardId), gte(blocYearMembers.year, fromYear)))
    .orderBy(asc(blocYearMembers.blocId), asc(blocYearMembers.year));
}

/** The blocs these boards were members of, in any year. */
export async function blocIdsOfBoards(executor: Executor, boardIds: string[]): Promise<string[]> {
  if (boardIds.length === 0) return [];
  const rows = await executor
    .selectDistinct({ blocId: blocYearMembers.blocId })
    .from(blocYearMembers)
    .where(inArray(blocYearMembers.boardId, boardIds));
  return rows.map((r) => r.blocId);
}

// ── Returns ───────────────────────────────────────────────────────────────────────────────────

export async function returnsOfPeriod(
  executor: Executor,
  blocId: string,
  period: string,
): Promise<BlocReturnRow[]> {
  return executor
    .select()
    .from(blocReturns)
    .where(and(eq(blocReturns.blocId, blocId), eq(blocReturns.period, period)));
}

export async function findReturn(
  executor: Executor,
  blocId: string,
  boardId: string,
  period: string,
): Promise<BlocReturnRow | null> {
  const rows = await executor
    .select()
    .from(blocReturns)
    .where(
      and(eq(blocReturns.blocId, blocId), eq(blocReturns.boardId, boardId), eq(blocReturns.period, period)),
    )
    .limit(1);
  return rows[0] ?? null;
}

export type ReturnValues = Omit<
  typeof blocReturns.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt'
>;

/** Inserts a return, or null when another transaction inserted it first. */
export async function insertReturn(executor: Executor, values: ReturnValues): Promise<BlocReturnRow | null> {
  const rows = await executor.insert(blocReturns).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function deleteReturn(executor: Executor, id: string): Promise<void> {
  await executor.delete(blocReturns).where(eq(blocReturns.id, id));
}

/** The returns of these blocs for these member boards, every period. */
export async function returnsOfBlocsAndBoards(
  executor: Executor,
  blocIds: string[],
  boardIds: string[],
): Promise<BlocReturnRow[]> {
  if (blocIds.length === 0 || boardIds.length === 0) return [];
  return executor
    .select()
    .from(blocReturns)
    .where(and(inArray(blocReturns.blocId, blocIds), inArray(blocReturns.boardId, boardIds)))
    .orderBy(asc(blocReturns.period));
}
