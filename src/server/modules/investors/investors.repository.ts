import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { countRows, matchesSearch, pageOffset } from '../../kernel/db/listing.ts';
import { investors } from './investors.tables.ts';

export type InvestorRow = typeof investors.$inferSelect;

export async function listInvestors(
  executor: Executor,
  filter: { boardIds: string[]; countries?: string[] | undefined; q?: string | undefined },
  page: { page: number; pageSize: number },
) {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const where = and(
    inArray(investors.boardId, filter.boardIds),
    filter.countries?.length ? inArray(investors.country, filter.countries) : undefined,
    matchesSearch(investors.searchText, filter.q),
  );
  const rows = await executor
    .select()
    .from(investors)
    .where(where)
    .orderBy(asc(investors.name), asc(investors.country))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  return { rows, total: await countRows(executor, investors, where) };
}

export async function findInvestorById(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<InvestorRow | null> {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select()
    .from(investors)
    .where(and(eq(investors.id, id), inArray(investors.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findInvestorsByIds(
  executor: Executor,
  boardId: string,
  ids: string[],
): Promise<InvestorRow[]> {
  if (ids.length === 0) return [];
  return executor
    .select()
    .from(investors)
    .where(and(eq(investors.boardId, boardId), inArray(investors.id, ids)));
}

export async function findInvestorsByIdentity(
  executor: Executor,
  boardId: string,
  identities: { name: string; country: string }[],
): Promise<InvestorRow[]> {
  if (identities.length === 0) return [];
  const found: InvestorRow[] = [];
  for (let start = 0; start < identities.length; start += 500) {
    const chunk = identities.slice(start, start + 500);
    found.push(
      ...(await executor
        .select()
        .from(investors)
        .where(
          and(
            eq(investors.boardId, boardId),
            or(...chunk.map((i) => and(eq(investors.name, i.name), eq(investors.country, i.country)))),
          ),
        )),
    );
  }
  return found;
}

/** Inserts investors not yet known, skipping any that exist by then; returns those inserted. */
export async function insertInvestors(
  executor: Executor,
  values: (typeof investors.$inferInsert)[],
): Promise<InvestorRow[]> {
  // A name another request has just added is skipped (the caller reads it back), so concurrent
  // registrations that name one new investor all succeed.
  return inChunks(values, (chunk) =>
    executor
      .insert(investors)
      .values(chunk)
      .onConflictDoNothing({ target: [investors.boardId, investors.name, investors.country] })
      .returning(),
  );
}

export const investorKey = (i: { name: string; country: string }) => `${i.country}\u0000${i.name}`;
