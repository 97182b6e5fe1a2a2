/** The register's SQL: decisions of the boards given, their files, the list and its search. */
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { matchesSearch, pageOffset } from '../../kernel/db/listing.ts';
import { zones } from '../zones/index.ts';
import { zoneDecisions } from './planning.tables.ts';

export type DecisionRow = typeof zoneDecisions.$inferSelect;
/** A decision's row without its file's bytes. */
export type DecisionRecord = Omit<DecisionRow, 'content'>;

const columnsWithoutContent = {
  id: zoneDecisions.id,
  boardId: zoneDecisions.boardId,
  zoneId: zoneDecisions.zoneId,
  kind: zoneDecisions.kind,
  number: zoneDecisions.number,
  signedOn: zoneDecisions.signedOn,
  issuer: zoneDecisions.issuer,
  summary: zoneDecisions.summary,
  areaBeforeHa: zoneDecisions.areaBeforeHa,
  areaAfterHa: zoneDecisions.areaAfterHa,
  fileName: zoneDecisions.fileName,
  contentType: zoneDecisions.contentType,
  searchText: zoneDecisions.searchText,
  version: zoneDecisions.version,
  createdAt: zoneDecisions.createdAt,
  updatedAt: zoneDecisions.updatedAt,
};

/** A decision without its file's bytes: their size instead, and its zone's code and name. */
const listed = {
  id: zoneDecisions.id,
  boardId: zoneDecisions.boardId,
  zoneId: zoneDecisions.zoneId,
  zoneCode: zones.code,
  zoneName: zones.name,
  kind: zoneDecisions.kind,
  number: zoneDecisions.number,
  signedOn: zoneDecisions.signedOn,
  issuer: zoneDecisions.issuer,
  summary: zoneDecisions.summary,
  areaBeforeHa: zoneDecisions.areaBeforeHa,
  areaAfterHa: zoneDecisions.areaAfterHa,
  fileName: zoneDecisions.fileName,
  contentType: zoneDecisions.contentType,
  fileSize: sql<number | null>`octet_length(${zoneDecisions.content})::int`,
  version: zoneDecisions.version,
  createdAt: zoneDecisions.createdAt,
  updatedAt: zoneDecisions.updatedAt,
};
export type ListedDecision = Omit<DecisionRecord, 'searchText'> & {
  zoneCode: string;
  zoneName: string;
  fileSize: number | null;
};

export interface DecisionFilter {
  boardIds: string[];
  zoneId?: string | undefined;
  kind?: DecisionRow['kind'] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
}

function where(filter: DecisionFilter): SQL | undefined {
  return and(
    inArray(zoneDecisions.boardId, filter.boardIds),
    filter.zoneId ? eq(zoneDecisions.zoneId, filter.zoneId) : undefined,
    filter.kind ? eq(zoneDecisions.kind, filter.kind) : undefined,
    filter.from ? gte(zoneDecisions.signedOn, filter.from) : undefined,
    filter.to ? lte(zoneDecisions.signedOn, filter.to) : undefined,
    matchesSearch(zoneDecisions.searchText, filter.q),
  );
}

/** A page of the register, newest first (date signed, then zone code, number). */
export async function listDecisions(
  executor: Executor,
  filter: DecisionFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: ListedDecision[]; total: number }> {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const condition = where(filter);
  const [rows, [counted]] = await Promise.all([
    executor
      .select(listed)
      .from(zoneDecisions)
      .innerJoin(zones, eq(zones.id, zoneDecisions.zoneId))
      .where(condition)
      .orderBy(
        desc(zoneDecisions.signedOn),
        asc(zones.code),
        asc(zoneDecisions.number),
        asc(zoneDecisions.id),
      )
      .limit(page.pageSize)
      .offset(pageOffset(page)),
    executor
      .select({ n: sql<number>`count(*)::int` })
      .from(zoneDecisions)
      .where(condition),
  ]);
  return { rows: rows as ListedDecision[], total: Number(counted?.n ?? 0) };
}

/** Every decision of a zone (the boards given), for its timeline. */
export async function decisionsOfZone(
  executor: Executor,
  boardIds: string[],
  zoneId: string,
): Promise<ListedDecision[]> {
  if (boardIds.length === 0) return [];
  const rows = await executor
    .select(listed)
    .from(zoneDecisions)
    .innerJoin(zones, eq(zones.id, zoneDecisions.zoneId))
    .where(and(inArray(zoneDecisions.boardId, boardIds), eq(zoneDecisions.zoneId, zoneId)))
    .orderBy(asc(zoneDecisions.signedOn), asc(zoneDecisions.number), asc(zoneDecisions.id));
  return rows as ListedDecision[];
}

/** One decision as listed, when it is of the boards given. */
export async function findListedDecision(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<ListedDecision | null> {
  if (boardIds.length === 0) return null;
  const [row] = await executor
    .select(listed)
    .from(zoneDecisions)
    .innerJoin(zones, eq(zones.id, zoneDecisions.zoneId))
    .where(and(eq(zoneDecisions.id, id), inArray(zoneDecisions.boardId, boardIds)));
  return (row as ListedDecision | undefined) ?? null;
}

/** The row (without its bytes) locked for a change, when it is of the boards given. */
export async function lockDecision(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<DecisionRecord | null> {
  if (boardIds.length === 0) return null;
  const [row] = await executor
    .select(columnsWithoutContent)
    .from(zoneDecisions)
    .where(and(eq(zoneDecisions.id, id), inArray(zoneDecisions.boardId, boardIds)))
    .for('update');
  return row ?? null;
}

/** Updates a locked decision at the version read; null when it changed meanwhile. */
export async function updateDecision(
  executor: Executor,
  id: string,
  version: number,
  values: Partial<typeof zoneDecisions.$inferInsert>,
): Promise<DecisionRecord | null> {
  const [row] = await executor
    .update(zoneDecisions)
    .set({ ...values, version: sql`${zoneDecisions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(zoneDecisions.id, id), eq(zoneDecisions.version, version)))
    .returning(columnsWithoutContent);
  return row ?? null;
}

/** Another decision of the zone with this number and date (a duplicate), if any. */
export async function findSameDecision(
  executor: Executor,
  zoneId: string,
  number: string,
  signedOn: string,
  exceptId?: string,
): Promise<{ id: string } | null> {
  const [row] = await executor
    .select({ id: zoneDecisions.id })
    .from(zoneDecisions)
    .where(
      and(
        eq(zoneDecisions.zoneId, zoneId),
        eq(zoneDecisions.number, number),
        eq(zoneDecisions.signedOn, signedOn),
        exceptId ? sql`${zoneDecisions.id} <> ${exceptId}` : undefined,
      ),
    );
  return row ?? null;
}

/** Serialises writes to one zone's register (duplicate numbers), for the transaction. */
export async function lockZoneRegister(executor: Executor, zoneId: string): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext(${`zone_decisions:${zoneId}`}))`);
}

export async function insertDecision(
  executor: Executor,
  values: typeof zoneDecisions.$inferInsert,
): Promise<DecisionRecord> {
  const [row] = await executor.insert(zoneDecisions).values(values).returning(columnsWithoutContent);
  return row!;
}

export async function deleteDecision(executor: Executor, id: string): Promise<void> {
  await executor.delete(zoneDecisions).where(eq(zoneDecisions.id, id));
}

/** Sets the file when the decision has none yet; null when it already had one. */
export async function setDecisionFile(
  executor: Executor,
  id: string,
  file: { fileName: string; contentType: string; content: Buffer },
): Promise<DecisionRecord | null> {
  const [row] = await executor
    .update(zoneDecisions)
    .set({ ...file, version: sql`${zoneDecisions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(zoneDecisions.id, id), sql`${zoneDecisions.content} is null`))
    .returning(columnsWithoutContent);
  return row ?? null;
}

/** The file of a decision of the boards given (undefined: no such decision). */
export async function decisionFile(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<{ fileName: string | null; contentType: string | null; content: Buffer | null } | undefined> {
  if (boardIds.length === 0) return undefined;
  const [row] = await executor
    .select({
      fileName: zoneDecisions.fileName,
      contentType: zoneDecisions.contentType,
      content: zoneDecisions.content,
    })
    .from(zoneDecisions)
    .where(and(eq(zoneDecisions.id, id), inArray(zoneDecisions.boardId, boardIds)));
  return row;
}

/** Of each zone given (the boards given), its latest decision of each kind given (latest signed). */
export async function latestDecisionsOfKinds(
  executor: Executor,
  boardIds: string[],
  zoneIds: string[],
  kinds: DecisionRow['kind'][],
): Promise<ListedDecision[]> {
  if (boardIds.length === 0 || zoneIds.length === 0 || kinds.length === 0) return [];
  const rows = await executor
    .selectDistinctOn([zoneDecisions.zoneId, zoneDecisions.kind], listed)
    .from(zoneDecisions)
    .innerJoin(zones, eq(zones.id, zoneDecisions.zoneId))
    .where(
      and(
        inArray(zoneDecisions.boardId, boardIds),
        inArray(zoneDecisions.zoneId, zoneIds),
        inArray(zoneDecisions.kind, kinds),
      ),
    )
    .orderBy(
      zoneDecisions.zoneId,
      zoneDecisions.kind,
      desc(zoneDecisions.signedOn),
      desc(zoneDecisions.createdAt),
      desc(zoneDecisions.id),
    );
  return rows as ListedDecision[];
}

/** Moves the decisions about these zones to the board that holds them from now on (organisation-v1). */
export async function transferDecisionsOfZones(
  executor: Executor,
  zoneIds: string[],
  toBoardId: string,
): Promise<number> {
  if (zoneIds.length === 0) return 0;
  const moved = await executor
    .update(zoneDecisions)
    .set({ boardId: toBoardId })
    .where(inArray(zoneDecisions.zoneId, zoneIds))
    .returning({ id: zoneDecisions.id });
  return moved.length;
}
