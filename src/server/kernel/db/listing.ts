import { and, like, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { searchTerms } from '../../../domain/text.ts';
import type { Executor } from './database.ts';

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Accent-insensitive search over a normalised column: every word of the query must occur
 * ("thai binh" finds "Thái Bình").
 */
export function matchesSearch(searchColumn: PgColumn, query: string | undefined): SQL | undefined {
  if (!query) return undefined;
  const terms = searchTerms(query);
  if (terms.length === 0) return undefined;
  return and(...terms.map((term) => like(searchColumn, `%${escapeLike(term)}%`)));
}

export async function countRows(executor: Executor, table: PgTable, where: SQL | undefined): Promise<number> {
  const rows = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(where);
  return rows[0]?.n ?? 0;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export function pageOffset({ page, pageSize }: PageRequest): number {
  return (page - 1) * pageSize;
}
