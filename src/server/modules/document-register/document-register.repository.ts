import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { outgoingDocuments } from './document-register.tables.ts';

export type OutgoingDocumentRow = typeof outgoingDocuments.$inferSelect;

/**
 * The next number of a board's register for a year. The transaction holds a lock on that register
 * until it ends, so two documents registered at once never get the same number (PostgreSQL's
 * advisory lock; the unique index stands behind it).
 */
export async function nextSequence(tx: Executor, boardId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`outgoing:${boardId}:${year}`}, 0))`);
  const [row] = await tx
    .select({ last: sql<number | null>`max(${outgoingDocuments.sequence})` })
    .from(outgoingDocuments)
    .where(and(eq(outgoingDocuments.boardId, boardId), eq(outgoingDocuments.year, year)));
  return Number(row?.last ?? 0) + 1;
}

export async function insertDocument(
  tx: Executor,
  values: typeof outgoingDocuments.$inferInsert,
): Promise<OutgoingDocumentRow> {
  const [row] = await tx.insert(outgoingDocuments).values(values).returning();
  return row!;
}

/** A board's register, newest number first. */
export async function listDocuments(
  executor: Executor,
  boardIds: string[],
  query: { year?: number | undefined; page: number; pageSize: number },
) {
  const where = and(
    inArray(outgoingDocuments.boardId, boardIds),
    query.year === undefined ? undefined : eq(outgoingDocuments.year, query.year),
  );
  const items = await executor
    .select()
    .from(outgoingDocuments)
    .where(where)
    .orderBy(desc(outgoingDocuments.year), desc(outgoingDocuments.sequence))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await executor.select({ n: count() }).from(outgoingDocuments).where(where);
  return { items, total: total?.n ?? 0 };
}
