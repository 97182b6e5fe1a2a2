/** The SQL of subjects (persons and collectives) and their yearly ratings. */
import { and, asc, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { pageOffset, type PageRequest } from '../../kernel/db/listing.ts';
import { commendationSubjects, performanceRatings } from './commendation.tables.ts';

export type SubjectRow = typeof commendationSubjects.$inferSelect;
export type SubjectInsert = typeof commendationSubjects.$inferInsert;
export type RatingRow = typeof performanceRatings.$inferSelect;

/** A subject of the boards given, locked when asked. */
export async function findSubject(
  executor: Executor,
  boardIds: readonly string[],
  id: string,
  lock = false,
): Promise<SubjectRow | null> {
  if (boardIds.length === 0) return null;
  const query = executor
    .select()
    .from(commendationSubjects)
    .where(and(eq(commendationSubjects.id, id), inArray(commendationSubjects.boardId, [...boardIds])));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** The subjects of a board among `ids`. */
export async function subjectsByIds(
  executor: Executor,
  boardId: string,
  ids: readonly string[],
): Promise<SubjectRow[]> {
  if (ids.length === 0) return [];
  return executor
    .select()
    .from(commendationSubjects)
    .where(
      and(eq(commendationSubjects.boardId, boardId), inArray(commendationSubjects.id, [...new Set(ids)])),
    );
}

/** Every subject of a board, by name (a board has at most a few thousand). */
export async function subjectsOfBoard(executor: Executor, boardId: string): Promise<SubjectRow[]> {
  return executor
    .select()
    .from(commendationSubjects)
    .where(eq(commendationSubjects.boardId, boardId))
    .orderBy(asc(commendationSubjects.kind), asc(commendationSubjects.name), asc(commendationSubjects.id));
}

export interface SubjectFilter {
  boardId: string;
  kind?: 'person' | 'collective' | undefined;
  collectiveId?: string | undefined;
  includeLeft: boolean;
}

function subjectWhere(filter: SubjectFilter): SQL | undefined {
  return and(
    eq(commendationSubjects.boardId, filter.boardId),
    filter.kind === undefined ? undefined : eq(commendationSubjects.kind, filter.kind),
    filter.collectiveId === undefined
      ? undefined
      : eq(commendationSubjects.collectiveId, filter.collectiveId),
    filter.includeLeft ? undefined : isNull(commendationSubjects.leftOn),
  );
}

const subjectOrder = [
  asc(commendationSubjects.kind),
  asc(commendationSubjects.name),
  asc(commendationSubjects.id),
];

/** A page of subjects: collectives first, then persons, by name. */
export async function listSubjects(
  executor: Executor,
  filter: SubjectFilter,
  page: PageRequest,
): Promise<{ rows: SubjectRow[]; total: number }> {
  const where = subjectWhere(filter);
  const rows = await executor
    .select()
    .from(commendationSubjects)
    .where(where)
    .orderBy(...subjectOrder)
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const [total] = await executor.select({ n: count() }).from(commendationSubjects).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Every subject matching (for a search by words, done in the application), at most `limit`. */
export async function subjectsWhere(
  executor: Executor,
  filter: SubjectFilter,
  limit: number,
): Promise<SubjectRow[]> {
  return executor
    .select()
    .from(commendationSubjects)
    .where(subjectWhere(filter))
    .orderBy(...subjectOrder)
    .limit(limit);
}

export async function insertSubject(executor: Executor, values: SubjectInsert): Promise<SubjectRow> {
  const [row] = await executor.insert(commendationSubjects).values(values).returning();
  return row!;
}

/** Names of subjects by id (collectives named on subjects and ratings). */
export async function subjectNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await executor
    .select({ id: commendationSubjects.id, name: commendationSubjects.name })
    .from(commendationSubjects)
    .where(inArray(commendationSubjects.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---- ratings ------------------------------------------------------------------------------------

/** Ratings of the subjects given, newest year first. */
export async function ratingsOf(executor: Executor, subjectIds: readonly string[]): Promise<RatingRow[]> {
  if (subjectIds.length === 0) return [];
  return executor
    .select()
    .from(performanceRatings)
    .where(inArray(performanceRatings.subjectId, [...subjectIds]))
    .orderBy(desc(performanceRatings.year));
}

/** Every rating on a board. */
export async function ratingsOfBoard(executor: Executor, boardId: string): Promise<RatingRow[]> {
  return executor.select().from(performanceRatings).where(eq(performanceRatings.boardId, boardId));
}

export async function findRating(
  executor: Executor,
  subjectId: string,
  year: number,
  lock = false,
): Promise<RatingRow | null> {
  const query = executor
    .select()
    .from(performanceRatings)
    .where(and(eq(performanceRatings.subjectId, subjectId), eq(performanceRatings.year, year)));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** Sets a subject's rating of a year (insert or replace). */
export async function upsertRating(
  executor: Executor,
  values: typeof performanceRatings.$inferInsert,
): Promise<RatingRow> {
  const [row] = await executor
    .insert(performanceRatings)
    .values(values)
    .onConflictDoUpdate({
      target: [performanceRatings.subjectId, performanceRatings.year],
      set: { rating: values.rating, discipline: values.discipline, collectiveId: values.collectiveId },
    })
    .returning();
  return row!;
}

export async function deleteRating(executor: Executor, subjectId: string, year: number): Promise<void> {
  await executor
    .delete(performanceRatings)
    .where(and(eq(performanceRatings.subjectId, subjectId), eq(performanceRatings.year, year)));
}
