import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { blocs, blocYearMembers, boards } from './boards.tables.ts';

export type BoardRow = typeof boards.$inferSelect;

export async function listBoardsByIds(executor: Executor, boardIds: string[]): Promise<BoardRow[]> {
  if (boardIds.length === 0) return [];
  return executor.select().from(boards).where(inArray(boards.id, boardIds)).orderBy(asc(boards.code));
}

export async function findBoardByCode(executor: Executor, code: string): Promise<BoardRow | null> {
  const rows = await executor.select().from(boards).where(eq(boards.code, code)).limit(1);
  return rows[0] ?? null;
}

export async function findBoardById(executor: Executor, id: string): Promise<BoardRow | null> {
  const rows = await executor.select().from(boards).where(eq(boards.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function allBoardIds(executor: Executor): Promise<string[]> {
  const rows = await executor.select({ id: boards.id }).from(boards);
  return rows.map((r) => r.id);
}

export async function insertBoard(executor: Executor, values: typeof boards.$inferInsert): Promise<BoardRow> {
  const rows = await executor.insert(boards).values(values).returning();
  return rows[0]!;
}

/** The boards a bloc has had as members in any year (a bloc user reads them all, past years included). */
export async function blocMemberBoardIds(executor: Executor, blocId: string): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ boardId: blocYearMembers.boardId })
    .from(blocYearMembers)
    .where(eq(blocYearMembers.blocId, blocId));
  return rows.map((r) => r.boardId);
}

export async function findBlocByCode(executor: Executor, code: string) {
  const rows = await executor.select().from(blocs).where(eq(blocs.code, code)).limit(1);
  return rows[0] ?? null;
}

export async function findBlocById(executor: Executor, id: string) {
  const rows = await executor.select().from(blocs).where(eq(blocs.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Every bloc with its member boards in the year of `on` (a bloc without that year lists none). */
export async function listBlocsWithMembers(executor: Executor, on: string) {
  const year = Number(on.slice(0, 4));
  const rows = await executor
    .select({
      id: blocs.id,
      code: blocs.code,
      name: blocs.name,
      boardId: boards.id,
      boardCode: boards.code,
      boardName: boards.name,
    })
    .from(blocs)
    .leftJoin(blocYearMembers, and(eq(blocYearMembers.blocId, blocs.id), eq(blocYearMembers.year, year)))
    .leftJoin(boards, eq(boards.id, blocYearMembers.boardId))
    .orderBy(asc(blocs.code), asc(blocYearMembers.position));
  return rows;
}

export async function boardDirectoryRows(executor: Executor): Promise<{ id: string; code: string }[]> {
  return executor.select({ id: boards.id, code: boards.code }).from(boards);
}

export async function dissolvedBoards(executor: Executor): Promise<BoardRow[]> {
  return executor.select().from(boards).where(isNotNull(boards.dissolvedOn));
}
