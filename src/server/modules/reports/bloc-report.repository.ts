import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';
import { blocReturns, blocs, blocYearMembers, blocYears, boards } from '../boards/index.ts';

/** A bloc by its code, or null. */
export async function findBloc(executor: Executor, code: string) {
  const rows = await executor
    .select({ id: blocs.id, code: blocs.code, name: blocs.name })
    .from(blocs)
    .where(eq(blocs.code, code))
    .limit(1);
  return rows[0] ?? null;
}

/** One year of a bloc: its leader and deputy by id, or null when the bloc has no such year. */
export async function findBlocYear(executor: Executor, blocId: string, year: number) {
  const rows = await executor
    .select({ leaderBoardId: blocYears.leaderBoardId, deputyBoardId: blocYears.deputyBoardId })
    .from(blocYears)
    .where(and(eq(blocYears.blocId, blocId), eq(blocYears.year, year)))
    .limit(1);
  return rows[0] ?? null;
}

/** The members of a bloc's year in the bloc's order, with their codes and names. */
export async function listBlocYearMembers(executor: Executor, blocId: string, year: number) {
  return executor
    .select({ id: boards.id, code: boards.code, name: boards.name })
    .from(blocYearMembers)
    .innerJoin(boards, eq(boards.id, blocYearMembers.boardId))
    .where(and(eq(blocYearMembers.blocId, blocId), eq(blocYearMembers.year, year)))
    .orderBy(asc(blocYearMembers.position), asc(boards.code));
}

/**
 * Of these boards, those with records of their own in this database: a zone they hold or once
 * held (zone_holdings), a project or an enterprise. A member without any is one whose records are
 * kept elsewhere, known here by its returns only.
 */
export async function boardsWithRecords(executor: Executor, boardIds: string[]): Promise<Set<string>> {
  if (boardIds.length === 0) return new Set();
  const ids = uuidArray(boardIds);
  const rows = await queryRows<{ board_id: string }>(
    executor,
    sql`
    select b.id as board_id
    from unnest(${ids}) as b(id)
    where exists (select 1 from zones z where z.board_id = b.id)
       or exists (select 1 from zone_holdings h where h.board_id = b.id)
       or exists (select 1 from projects p where p.board_id = b.id)
       or exists (select 1 from enterprises e where e.board_id = b.id)`,
  );
  return new Set(rows.map((row) => row.board_id));
}

export type BlocReturnRow = typeof blocReturns.$inferSelect;

/** The returns of these members for these periods. */
export async function listBlocReturns(
  executor: Executor,
  blocId: string,
  boardIds: string[],
  periods: string[],
): Promise<BlocReturnRow[]> {
  if (boardIds.length === 0) return [];
  return executor
    .select()
    .from(blocReturns)
    .where(
      and(
        eq(blocReturns.blocId, blocId),
        inArray(blocReturns.boardId, boardIds),
        inArray(blocReturns.period, periods),
      ),
    );
}
