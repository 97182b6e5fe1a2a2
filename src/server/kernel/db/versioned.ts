import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { CommonErrors } from '../errors.ts';
import type { Executor } from './database.ts';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export function versionConflict(currentVersion: number) {
  return CommonErrors.VERSION_CONFLICT(
    [{ path: 'body.version', message: `Phiên bản hiện tại là ${currentVersion}.`, reason: 'stale_version' }],
    { currentVersion },
  );
}

/**
 * Updates one record only if it still has the version the editor read; raises a conflict
 * otherwise, so two people editing one record never silently overwrite each other.
 */
export async function updateVersioned<T extends VersionedTable>(
  executor: Executor,
  table: T,
  id: string,
  expectedVersion: number,
  currentVersion: number,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  if (expectedVersion !== currentVersion) throw versionConflict(currentVersion);
  const rows = (await executor
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as T['$inferSelect'][];
  if (rows.length === 0) throw versionConflict(currentVersion + 1);
  return rows[0]!;
}

/**
 * A record identified by a natural key (a board's target for a year and indicator), found or
 * created, safe when requests race. `find` must read the row locked (FOR UPDATE), `insert` must
 * skip a conflicting row (ON CONFLICT DO NOTHING) and return undefined then: PostgreSQL makes it
 * wait for the transaction that created the row, whose row the second `find` then sees. So
 * every request succeeds, one creates and the others update.
 */
export async function findOrInsert<Row>(
  find: () => Promise<Row | undefined>,
  insert: () => Promise<Row | undefined>,
): Promise<{ row: Row; inserted: boolean }> {
  const found = await find();
  if (found) return { row: found, inserted: false };
  const inserted = await insert();
  if (inserted) return { row: inserted, inserted: true };
  const row = await find();
  if (!row) throw new Error('a row that conflicted on insert cannot be read');
  return { row, inserted: false };
}

/**
 * The creation of a versioned record that another request created first: the caller sent no
 * version because there was no record, so it gets the same answer as a stale edit.
 */
export async function createdMeanwhile(currentVersion: () => Promise<number | undefined>): Promise<never> {
  throw versionConflict((await currentVersion()) ?? 1);
}

/** The fields whose values differ, for deciding whether an update changes anything. */
export function changedFields<T extends Record<string, unknown>>(current: T, next: Partial<T>): (keyof T)[] {
  return (Object.keys(next) as (keyof T)[]).filter(
    (key) => next[key] !== undefined && !sameValue(current[key], next[key]),
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
