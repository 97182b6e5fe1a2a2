import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { countRows, matchesSearch, pageOffset } from '../../kernel/db/listing.ts';
import type { LandHistoryEntry as StoredLandEntry } from '../../../domain/zone-land.ts';
import type { ZoneStatusEntry } from './zones.schemas.ts';
import { zoneProfiles } from './zone-profiles.tables.ts';
import { zoneHoldings, zoneLandHistory, zones, zoneStatusChanges } from './zones.tables.ts';

export type ZoneRow = typeof zones.$inferSelect;

export interface ZoneFilter {
  boardIds: string[];
  kinds?: string[] | undefined;
  statuses?: string[] | undefined;
  /** Match `statuses` against the status in force at this date instead of the current one. */
  asOf?: string | undefined;
  q?: string | undefined;
}

/** The zone's status at a date: the history entry in force, its status when it has no history. */
function statusAt(asOf: string) {
  return sql`(case when exists (select 1 from ${zoneStatusChanges} h where h.zone_id = ${zones.id})
                  then (select h.status from ${zoneStatusChanges} h where h.zone_id = ${zones.id} and h.since <= ${asOf}
                        order by h.since desc limit 1)
                  else ${zones.status} end)`;
}

function whereZones(filter: ZoneFilter) {
  return and(
    inArray(zones.boardId, filter.boardIds),
    filter.kinds?.length ? inArray(zones.kind, filter.kinds as ZoneRow['kind'][]) : undefined,
    filter.statuses?.length
      ? filter.asOf
        ? sql`${statusAt(filter.asOf)} = any(${`{${filter.statuses.join(',')}}`}::text[])`
        : inArray(zones.status, filter.statuses as ZoneRow['status'][])
      : undefined,
    matchesSearch(zones.searchText, filter.q),
  );
}

const SORTS = {
  code: [asc(zones.code)],
  name: [asc(zones.name)],
  '-areaHa': [desc(zones.areaHa), asc(zones.code)],
};

export async function listZones(
  executor: Executor,
  filter: ZoneFilter,
  page: { page: number; pageSize: number; sort: keyof typeof SORTS },
): Promise<{ rows: ZoneRow[]; total: number }> {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const where = whereZones(filter);
  const rows = await executor
    .select()
    .from(zones)
    .where(where)
    .orderBy(...SORTS[page.sort])
    .limit(page.pageSize)
    .offset(pageOffset(page));
  return { rows, total: await countRows(executor, zones, where) };
}

export async function findZoneById(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<ZoneRow | null> {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select()
    .from(zones)
    .where(and(eq(zones.id, id), inArray(zones.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findZonesByCodes(
  executor: Executor,
  boardId: string,
  codes: string[],
): Promise<ZoneRow[]> {
  if (codes.length === 0) return [];
  return executor
    .select()
    .from(zones)
    .where(and(eq(zones.boardId, boardId), inArray(zones.code, codes)));
}

export async function listZonesOfBoards(executor: Executor, boardIds: string[]): Promise<ZoneRow[]> {
  if (boardIds.length === 0) return [];
  return executor.select().from(zones).where(inArray(zones.boardId, boardIds)).orderBy(asc(zones.code));
}

export async function insertZones(
  executor: Executor,
  values: (typeof zones.$inferInsert)[],
): Promise<ZoneRow[]> {
  return inChunks(values, (chunk) => executor.insert(zones).values(chunk).returning());
}

export async function statusHistories(
  executor: Executor,
  zoneIds: string[],
): Promise<Map<string, ZoneStatusEntry[]>> {
  const histories = new Map<string, ZoneStatusEntry[]>();
  if (zoneIds.length === 0) return histories;
  const rows = await executor
    .select({
      zoneId: zoneStatusChanges.zoneId,
      status: zoneStatusChanges.status,
      since: zoneStatusChanges.since,
    })
    .from(zoneStatusChanges)
    .where(inArray(zoneStatusChanges.zoneId, zoneIds))
    .orderBy(asc(zoneStatusChanges.zoneId), asc(zoneStatusChanges.since));
  for (const row of rows) {
    const list = histories.get(row.zoneId) ?? [];
    list.push({ status: row.status, since: row.since });
    histories.set(row.zoneId, list);
  }
  return histories;
}

export async function replaceStatusHistory(
  executor: Executor,
  boardId: string,
  zoneId: string,
  history: ZoneStatusEntry[],
) {
  await executor.delete(zoneStatusChanges).where(eq(zoneStatusChanges.zoneId, zoneId));
  if (history.length > 0) {
    await executor
      .insert(zoneStatusChanges)
      .values(history.map((entry) => ({ boardId, zoneId, status: entry.status, since: entry.since })));
  }
}

export async function findZonesOfBoardsByCodes(
  executor: Executor,
  boardIds: string[],
  codes: string[],
): Promise<ZoneRow[]> {
  if (boardIds.length === 0 || codes.length === 0) return [];
  return executor
    .select()
    .from(zones)
    .where(and(inArray(zones.boardId, boardIds), inArray(zones.code, codes)));
}

/** Every recorded holding of every zone that has moved, with the zone's board now. */
export async function holdingsOfMovedZones(executor: Executor) {
  return executor
    .select({
      zoneId: zoneHoldings.zoneId,
      boardId: zoneHoldings.boardId,
      since: zoneHoldings.since,
      decision: zoneHoldings.decision,
      currentBoardId: zones.boardId,
      code: zones.code,
    })
    .from(zoneHoldings)
    .innerJoin(zones, eq(zones.id, zoneHoldings.zoneId))
    .orderBy(asc(zoneHoldings.zoneId), sql`${zoneHoldings.since} asc nulls first`);
}

export async function holdingsOfZones(executor: Executor, zoneIds: string[]) {
  if (zoneIds.length === 0) return [];
  return executor
    .select()
    .from(zoneHoldings)
    .where(inArray(zoneHoldings.zoneId, zoneIds))
    .orderBy(asc(zoneHoldings.zoneId), sql`${zoneHoldings.since} asc nulls first`);
}

export async function insertHoldings(executor: Executor, rows: (typeof zoneHoldings.$inferInsert)[]) {
  if (rows.length > 0) await executor.insert(zoneHoldings).values(rows);
}

/** Moves zones with their status and land histories and master data to a board (their holder from now on). */
export async function setZonesBoard(executor: Executor, zoneIds: string[], boardId: string) {
  if (zoneIds.length === 0) return;
  await executor
    .update(zones)
    .set({ boardId, version: sql`${zones.version} + 1`, updatedAt: sql`now()` })
    .where(inArray(zones.id, zoneIds));
  await executor.update(zoneStatusChanges).set({ boardId }).where(inArray(zoneStatusChanges.zoneId, zoneIds));
  await executor.update(zoneLandHistory).set({ boardId }).where(inArray(zoneLandHistory.zoneId, zoneIds));
  await executor.update(zoneProfiles).set({ boardId }).where(inArray(zoneProfiles.zoneId, zoneIds));
}

export type LandEntry = StoredLandEntry & { note: string | null };

/** Each zone's land history, oldest first. */
export async function landHistories(
  executor: Executor,
  zoneIds: string[],
): Promise<Map<string, LandEntry[]>> {
  const histories = new Map<string, LandEntry[]>();
  if (zoneIds.length === 0) return histories;
  const rows = await executor
    .select()
    .from(zoneLandHistory)
    .where(inArray(zoneLandHistory.zoneId, zoneIds))
    .orderBy(asc(zoneLandHistory.zoneId), asc(zoneLandHistory.asOf));
  for (const row of rows) {
    const list = histories.get(row.zoneId) ?? [];
    list.push({
      asOf: row.asOf,
      industrialLandHa: row.industrialLandHa,
      serviceLandHa: row.serviceLandHa,
      leasedLandHa: row.leasedLandHa,
      leasedServiceLandHa: row.leasedServiceLandHa,
      note: row.note,
    });
    histories.set(row.zoneId, list);
  }
  return histories;
}

export async function replaceLandHistory(
  executor: Executor,
  boardId: string,
  zoneId: string,
  history: LandEntry[],
) {
  await executor.delete(zoneLandHistory).where(eq(zoneLandHistory.zoneId, zoneId));
  await insertLandEntries(executor, boardId, zoneId, history);
}

export async function insertLandEntries(
  executor: Executor,
  boardId: string,
  zoneId: string,
  entries: LandEntry[],
) {
  if (entries.length > 0)
    await executor.insert(zoneLandHistory).values(entries.map((entry) => ({ boardId, zoneId, ...entry })));
}

/** Zones by id (any board: the caller has scoped the ids). */
export async function zonesByIds(executor: Executor, ids: string[]): Promise<ZoneRow[]> {
  if (ids.length === 0) return [];
  return executor.select().from(zones).where(inArray(zones.id, ids));
}

/** The zones lying inside any of these. */
export async function childZonesOf(executor: Executor, parentIds: string[]): Promise<ZoneRow[]> {
  if (parentIds.length === 0) return [];
  return executor.select().from(zones).where(inArray(zones.parentZoneId, parentIds)).orderBy(asc(zones.code));
}

/** Every zone of a board with its parent: the map parent checks walk. */
export async function parentsOfBoard(
  executor: Executor,
  boardId: string,
): Promise<Map<string, string | null>> {
  const rows = await executor
    .select({ id: zones.id, parentZoneId: zones.parentZoneId })
    .from(zones)
    .where(eq(zones.boardId, boardId));
  return new Map(rows.map((r) => [r.id, r.parentZoneId]));
}

export async function setParents(executor: Executor, parents: { id: string; parentZoneId: string | null }[]) {
  for (const { id, parentZoneId } of parents)
    await executor.update(zones).set({ parentZoneId }).where(eq(zones.id, id));
}

export async function replaceHoldings(
  executor: Executor,
  zoneId: string,
  rows: (typeof zoneHoldings.$inferInsert)[],
) {
  await executor.delete(zoneHoldings).where(eq(zoneHoldings.zoneId, zoneId));
  await insertHoldings(executor, rows);
}
