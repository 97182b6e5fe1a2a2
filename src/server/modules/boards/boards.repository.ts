import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { blocMembers, blocs, boards } from './boards.tables.ts';

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

export async function blocMemberBoardIds(executor: Executor, blocId: string): Promise<string[]> {
  const rows = await executor
    .select({ boardId: blocMembers.boardId })
    .from(blocMembers)
    .where(eq(blocMembers.blocId, blocId));
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

/** Every bloc with its member boards on `on` (a membership not yet begun or already ended does not count). */
export async function listBlocsWithMembers(executor: Executor, on: string) {
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
    .leftJoin(
      blocMembers,
      and(
        eq(blocMembers.blocId, blocs.id),
        or(isNull(blocMembers.since), lte(blocMembers.since, on)),
        or(isNull(blocMembers.until), gt(blocMembers.until, on)),
      ),
    )
    .leftJoin(boards, eq(boards.id, blocMembers.boardId))
    .orderBy(asc(blocs.code), asc(boards.code));
  return rows;
}

export async function boardDirectoryRows(executor: Executor): Promise<{ id: string; code: string }[]> {
  return executor.select({ id: boards.id, code: boards.code }).from(boards);
}

export async function dissolvedBoards(executor: Executor): Promise<BoardRow[]> {
  return executor.select().from(boards).where(isNotNull(boards.dissolvedOn));
}

/** A dissolved board leaves its blocs on the day it is dissolved. */
export async function endBlocMemberships(executor: Executor, boardId: string, until: string) {
  await executor
    .update(blocMembers)
    .set({ until })
    .where(and(eq(blocMembers.boardId, boardId), isNull(blocMembers.until)));
}
