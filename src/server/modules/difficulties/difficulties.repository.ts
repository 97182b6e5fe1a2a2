import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { boards } from '../boards/index.ts';
import { enterprises } from '../enterprises/index.ts';
import {
  DIFFICULTY_EVENTS,
  type DifficultyEventAction,
  type DifficultyStatus,
} from '../../../domain/difficulties.ts';
import { difficulties, difficultyEvents } from './difficulties.tables.ts';

export type DifficultyRecord = typeof difficulties.$inferSelect;

/** A difficulty with what its list shows beside it: the enterprise, the board's code, reopenings. */
export interface DifficultyRow extends DifficultyRecord {
  boardCode: string;
  enterpriseName: string;
  enterpriseTaxCode: string;
  reopenedCount: number;
}

const reopenedCount = sql<number>`(select count(*)::int from ${difficultyEvents} where ${difficultyEvents.difficultyId} = ${difficulties.id} and ${difficultyEvents.action} = 'reopened')`;

function selectRows(executor: Executor) {
  return executor
    .select({
      record: difficulties,
      boardCode: boards.code,
      enterpriseName: enterprises.name,
      enterpriseTaxCode: enterprises.taxCode,
      reopenedCount,
    })
    .from(difficulties)
    .innerJoin(boards, eq(boards.id, difficulties.boardId))
    .innerJoin(enterprises, eq(enterprises.id, difficulties.enterpriseId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectRows>['where']>>[number];

const rowOf = (r: Selected): DifficultyRow => ({
  ...r.record,
  boardCode: r.boardCode,
  enterpriseName: r.enterpriseName,
  enterpriseTaxCode: r.enterpriseTaxCode,
  reopenedCount: Number(r.reopenedCount),
});

/** One difficulty of these boards (and this enterprise, for an enterprise account), or null. */
export async function findDifficulty(
  executor: Executor,
  scope: { boardIds: string[]; enterpriseId?: string | undefined },
  id: string,
): Promise<DifficultyRow | null> {
  if (scope.boardIds.length === 0) return null;
  const rows = await selectRows(executor).where(
    and(
      eq(difficulties.id, id),
      inArray(difficulties.boardId, scope.boardIds),
      scope.enterpriseId === undefined ? undefined : eq(difficulties.enterpriseId, scope.enterpriseId),
    ),
  );
  return rows[0] ? rowOf(rows[0]) : null;
}

/** Locks the difficulty's row until the transaction ends (writes of one difficulty queue). */
export async function lockDifficulty(tx: Executor, id: string): Promise<void> {
  await tx.select({ id: difficulties.id }).from(difficulties).where(eq(difficulties.id, id)).for('update');
}

export interface DifficultyFilter {
  boardIds: string[];
  enterpriseId?: string | undefined;
  status?: DifficultyStatus | undefined;
  statuses?: readonly DifficultyStatus[] | undefined;
  topic?: string | undefined;
  responsible?: string | undefined;
  raisedFrom?: string | undefined;
  raisedTo?: string | undefined;
}

/** Every difficulty matching the filter, newest raised first (then by reference, then id). */
export async function listDifficulties(
  executor: Executor,
  filter: DifficultyFilter,
): Promise<DifficultyRow[]> {
  if (filter.boardIds.length === 0) return [];
  const where: (SQL | undefined)[] = [
    inArray(difficulties.boardId, filter.boardIds),
    filter.enterpriseId === undefined ? undefined : eq(difficulties.enterpriseId, filter.enterpriseId),
    filter.status === undefined ? undefined : eq(difficulties.status, filter.status),
    filter.statuses === undefined ? undefined : inArray(difficulties.status, [...filter.statuses]),
    filter.topic === undefined ? undefined : eq(difficulties.topic, filter.topic),
    filter.responsible === undefined ? undefined : eq(difficulties.responsible, filter.responsible),
    filter.raisedFrom === undefined ? undefined : gte(difficulties.raisedOn, filter.raisedFrom),
    filter.raisedTo === undefined ? undefined : lte(difficulties.raisedOn, filter.raisedTo),
  ];
  const rows = await selectRows(executor)
    .where(and(...where))
    .orderBy(sql`${difficulties.raisedOn} desc`, sql`${difficulties.reference} desc`, asc(difficulties.id));
  return rows.map(rowOf);
}

export interface DifficultyEventRow {
  action: DifficultyEventAction;
  note: string;
  actorLabel: string;
  at: Date;
}

/** A difficulty's events in the order they happened. */
export async function eventsOf(executor: Executor, difficultyId: string): Promise<DifficultyEventRow[]> {
  const rows = await executor
    .select({
      action: difficultyEvents.action,
      note: difficultyEvents.note,
      actorLabel: difficultyEvents.actorLabel,
      at: difficultyEvents.at,
    })
    .from(difficultyEvents)
    .where(eq(difficultyEvents.difficultyId, difficultyId))
    .orderBy(asc(difficultyEvents.at));
  const rank = (a: string) => DIFFICULTY_EVENTS.indexOf(a as DifficultyEventAction);
  // Same instant (one transaction): the life's own order.
  return rows
    .map((r) => ({ ...r, action: r.action as DifficultyEventAction }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || rank(a.action) - rank(b.action));
}

/**
 * The next reference of a board's year, "VM-2025-012". The transaction holds a lock on the
 * board's year until it ends, so two raised at once never get the same number (PostgreSQL's
 * advisory lock; the unique index stands behind it).
 */
export async function nextReference(tx: Executor, boardId: string, year: number): Promise<string> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`difficulty:${boardId}:${year}`}, 0))`,
  );
  const prefix = `VM-${year}-`;
  const [row] = await tx
    .select({
      last: sql<number | null>`max(cast(split_part(${difficulties.reference}, '-', 3) as integer))`,
    })
    .from(difficulties)
    .where(and(eq(difficulties.boardId, boardId), sql`${difficulties.reference} like ${`${prefix}%`}`));
  return `${prefix}${String(Number(row?.last ?? 0) + 1).padStart(3, '0')}`;
}

export async function insertDifficulty(
  tx: Executor,
  values: typeof difficulties.$inferInsert,
): Promise<DifficultyRecord> {
  const [row] = await tx.insert(difficulties).values(values).returning();
  return row!;
}

export async function insertEvent(tx: Executor, values: typeof difficultyEvents.$inferInsert): Promise<void> {
  await tx.insert(difficultyEvents).values(values);
}
