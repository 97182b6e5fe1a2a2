import { assertCan, type Actor } from '../../kernel/actor.ts';
import { actingBoard, readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { compareDecimal } from '../../../domain/decimal.ts';
import { percent } from '../../../domain/percent.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import type { MovedZone, ZoneHolding } from '../../../domain/organisation.ts';
import { findStatusHistoryProblems } from '../../../domain/zone-status.ts';
import { ZoneErrors } from './zones.errors.ts';
import * as repo from './zones.repository.ts';
import type {
  CreateZoneBody,
  ListZonesQuery,
  UpdateZoneBody,
  Zone,
  ZoneStatusEntry,
} from './zones.schemas.ts';
import { zones } from './zones.tables.ts';

export type { ZoneRow } from './zones.repository.ts';

/** A zone as the data package and the create form describe it. */
export interface ZoneRecord {
  code: string;
  name: string;
  kind: repo.ZoneRow['kind'];
  status: repo.ZoneRow['status'];
  statusHistory?: ZoneStatusEntry[] | undefined;
  areaHa: string;
  industrialLandHa?: string | null | undefined;
  leasedLandHa?: string | null | undefined;
  developer?: string | null | undefined;
}

export function zoneSearchText(zone: {
  code: string;
  name: string;
  developer?: string | null | undefined;
}): string {
  return normaliseForSearch([zone.code, zone.name, zone.developer ?? ''].join(' '));
}

export function presentZone(row: repo.ZoneRow, history: ZoneStatusEntry[]): Zone {
  return {
    id: row.id,
    boardId: row.boardId,
    code: row.code,
    name: row.name,
    kind: row.kind,
    status: row.status,
    statusHistory: history,
    areaHa: row.areaHa,
    industrialLandHa: row.industrialLandHa,
    leasedLandHa: row.leasedLandHa,
    occupancyPct:
      row.industrialLandHa !== null && row.leasedLandHa !== null
        ? percent(row.leasedLandHa, row.industrialLandHa)
        : null,
    developer: row.developer,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

async function presentZones(executor: Executor, rows: repo.ZoneRow[]): Promise<Zone[]> {
  const histories = await repo.statusHistories(
    executor,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentZone(row, histories.get(row.id) ?? []));
}

export async function listZones(db: Db, actor: Actor, query: ListZonesQuery) {
  const boardIds = readableBoardIds(actor, 'records.read', query.boardId);
  const { rows, total } = await repo.listZones(
    db,
    { boardIds, kinds: query.kind, statuses: query.status, asOf: query.asOf, q: query.q },
    { page: query.page, pageSize: query.pageSize, sort: query.sort },
  );
  return { items: await presentZones(db, rows), page: query.page, pageSize: query.pageSize, total };
}

async function loadZone(executor: Executor, actor: Actor, id: string): Promise<repo.ZoneRow> {
  const row = await repo.findZoneById(executor, actor.visibleBoardIds, id);
  if (!row) throw ZoneErrors.ZONE_NOT_FOUND();
  return row;
}

export async function getZone(db: Db, actor: Actor, id: string): Promise<Zone> {
  const row = await loadZone(db, actor, id);
  return (await presentZones(db, [row]))[0]!;
}

/** Zone of a board by id, for other modules (projects) — null when not visible. */
export async function findVisibleZone(
  executor: Executor,
  actor: Actor,
  id: string,
): Promise<repo.ZoneRow | null> {
  return repo.findZoneById(executor, actor.visibleBoardIds, id);
}

function historyProblemsAsDetails(history: ZoneStatusEntry[], status: string, pathPrefix: string) {
  return findStatusHistoryProblems(history, status).map((p) => ({
    path: `${pathPrefix}[${p.index}]`,
    reason: p.reason,
    message:
      p.reason === 'STATUS_HISTORY_NOT_ASCENDING'
        ? 'Các mốc trạng thái phải theo thứ tự thời gian tăng dần, không trùng ngày.'
        : 'Mốc trạng thái cuối cùng phải trùng với trạng thái hiện tại của khu.',
  }));
}

export async function createZone(db: Db, actor: Actor, body: CreateZoneBody): Promise<Zone> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    permission: 'records.write',
    path: 'body.boardId',
    errors: { required: ZoneErrors.ZONE_NOT_FOUND, notFound: ZoneErrors.ZONE_NOT_FOUND },
  });
  const problems = historyProblemsAsDetails(body.statusHistory ?? [], body.status, 'body.statusHistory');
  if (problems.length > 0) throw ZoneErrors.ZONE_STATUS_HISTORY_INVALID(problems);
  return db.transaction(async (tx) => {
    if ((await repo.findZonesByCodes(tx, boardId, [body.code])).length > 0) {
      throw ZoneErrors.ZONE_CODE_TAKEN([
        { path: 'body.code', message: 'Mã khu đã được dùng.', reason: 'taken' },
      ]);
    }
    const { boardId: _ignored, ...record } = body;
    const result = await upsertZones(tx, actor, boardId, [record]);
    return (await presentZones(tx, [result.rows[0]!]))[0]!;
  });
}

export async function updateZone(db: Db, actor: Actor, id: string, body: UpdateZoneBody): Promise<Zone> {
  return db.transaction(async (tx) => {
    const current = await loadZone(tx, actor, id);
    assertCan(actor, 'records.write', current.boardId);
    const { version, ...changes } = body;
    const next = { ...current, ...stripUndefined(changes) };
    const row = await updateVersioned(tx, zones, id, version, current.version, {
      ...stripUndefined(changes),
      searchText: zoneSearchText(next),
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'zone',
        entityId: id,
        entityKey: row.code,
        before: current,
        after: row,
      },
    ]);
    return (await presentZones(tx, [row]))[0]!;
  });
}

export async function replaceZoneStatusHistory(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  history: ZoneStatusEntry[],
): Promise<Zone> {
  return db.transaction(async (tx) => {
    const current = await loadZone(tx, actor, id);
    assertCan(actor, 'records.write', current.boardId);
    if (version !== current.version) throw versionConflict(current.version);
    const status = history[history.length - 1]!.status;
    const problems = historyProblemsAsDetails(history, status, 'body.statusHistory');
    if (problems.length > 0) throw ZoneErrors.ZONE_STATUS_HISTORY_INVALID(problems);
    const before = { ...current, statusHistory: (await repo.statusHistories(tx, [id])).get(id) ?? [] };
    await repo.replaceStatusHistory(tx, current.boardId, id, history);
    const row = await updateVersioned(tx, zones, id, version, current.version, { status });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'zone',
        entityId: id,
        entityKey: row.code,
        before,
        after: { ...row, statusHistory: history },
      },
    ]);
    return presentZone(row, history);
  });
}

/** Appends a status change (e.g. the zone starts operating) to the zone's history. */
export async function recordStatusChange(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number } & ZoneStatusEntry,
) {
  const history = (await repo.statusHistories(db, [id])).get(id) ?? [];
  return replaceZoneStatusHistory(db, actor, id, body.version, [
    ...history,
    { status: body.status, since: body.since },
  ]);
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sameDecimal(a: string | null, b: string | null | undefined): boolean {
  if (b === undefined) return true;
  if (a === null || b === null) return a === b;
  return compareDecimal(a, b) === 0;
}

function sameHistory(a: ZoneStatusEntry[], b: ZoneStatusEntry[] | undefined): boolean {
  if (b === undefined) return true;
  return (
    a.length === b.length &&
    a.every((entry, i) => entry.status === b[i]!.status && entry.since === b[i]!.since)
  );
}

/** The stored columns of a zone record (all but its board and code). */
function zoneValues(record: ZoneRecord) {
  return {
    name: record.name,
    kind: record.kind,
    status: record.status,
    areaHa: record.areaHa,
    industrialLandHa: record.industrialLandHa ?? null,
    leasedLandHa: record.leasedLandHa ?? null,
    developer: record.developer ?? null,
    searchText: zoneSearchText(record),
  };
}

export interface UpsertOutcome<Row> {
  rows: Row[];
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Creates or updates zones of one board by code (data package import, zone creation). Areas
 * compare as numbers, so "85.0" and "85" are the same value. Audited in the caller's transaction.
 */
export async function upsertZones(
  tx: Executor,
  actor: Actor,
  boardId: string,
  records: ZoneRecord[],
): Promise<UpsertOutcome<repo.ZoneRow>> {
  assertCan(actor, 'records.write', boardId);
  const existing = new Map(
    (
      await repo.findZonesByCodes(
        tx,
        boardId,
        records.map((r) => r.code),
      )
    ).map((z) => [z.code, z]),
  );
  const histories = await repo.statusHistories(
    tx,
    [...existing.values()].map((z) => z.id),
  );
  const outcome: UpsertOutcome<repo.ZoneRow> = { rows: [], created: 0, updated: 0, unchanged: 0 };
  const audit: AuditEntry[] = [];
  const toInsert: ZoneRecord[] = [];
  for (const record of records) {
    const current = existing.get(record.code);
    const values = zoneValues(record);
    if (!current) {
      toInsert.push(record);
      continue;
    }
    const currentHistory = histories.get(current.id) ?? [];
    const same =
      current.name === values.name &&
      current.kind === values.kind &&
      current.status === values.status &&
      sameDecimal(current.areaHa, values.areaHa) &&
      sameDecimal(current.industrialLandHa, values.industrialLandHa) &&
      sameDecimal(current.leasedLandHa, values.leasedLandHa) &&
      current.developer === values.developer &&
      sameHistory(currentHistory, record.statusHistory);
    if (same) {
      outcome.unchanged++;
      outcome.rows.push(current);
      continue;
    }
    const row = await updateVersioned(tx, zones, current.id, current.version, current.version, values);
    if (record.statusHistory !== undefined)
      await repo.replaceStatusHistory(tx, boardId, current.id, record.statusHistory);
    audit.push({
      boardId,
      action: 'update',
      entityType: 'zone',
      entityId: current.id,
      entityKey: current.code,
      before: { ...current, statusHistory: currentHistory },
      after: { ...row, statusHistory: record.statusHistory ?? currentHistory },
    });
    outcome.updated++;
    outcome.rows.push(row);
  }
  const inserted = await repo.insertZones(
    tx,
    toInsert.map((record) => ({ boardId, code: record.code, ...zoneValues(record) })),
  );
  for (const [i, row] of inserted.entries()) {
    const history = toInsert[i]!.statusHistory ?? [];
    await repo.replaceStatusHistory(tx, boardId, row.id, history);
    audit.push({
      boardId,
      action: 'create',
      entityType: 'zone',
      entityId: row.id,
      entityKey: row.code,
      after: { ...row, statusHistory: history },
    });
  }
  outcome.created = inserted.length;
  outcome.rows.push(...inserted);
  await recordAudit(tx, actor, audit);
  return outcome;
}

/** Zones of the given boards with their status histories, for the data package export. */
export async function zonesWithHistories(executor: Executor, boardIds: string[]) {
  const rows = await repo.listZonesOfBoards(executor, boardIds);
  const histories = await repo.statusHistories(
    executor,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ row, history: histories.get(row.id) ?? [] }));
}

/** Each zone's holders over time, oldest first (organisation-v1); no entry for a zone never moved. */
export async function boardHistories(
  executor: Executor,
  zoneIds: string[],
): Promise<Map<string, (ZoneHolding & { decision: string | null })[]>> {
  const histories = new Map<string, (ZoneHolding & { decision: string | null })[]>();
  for (const row of await repo.holdingsOfZones(executor, zoneIds)) {
    const history = histories.get(row.zoneId) ?? [];
    history.push({ boardId: row.boardId, since: row.since, decision: row.decision });
    histories.set(row.zoneId, history);
  }
  return histories;
}

/** Every zone that has ever moved, with its board now and its history (for reports' boundaries). */
export async function movedZones(executor: Executor): Promise<(MovedZone & { code: string })[]> {
  const byZone = new Map<string, MovedZone & { code: string; history: ZoneHolding[] }>();
  for (const row of await repo.holdingsOfMovedZones(executor)) {
    const zone = byZone.get(row.zoneId) ?? {
      zoneId: row.zoneId,
      boardId: row.currentBoardId,
      code: row.code,
      history: [],
    };
    zone.history.push({ boardId: row.boardId, since: row.since });
    byZone.set(row.zoneId, zone);
  }
  return [...byZone.values()];
}

/**
 * Moves zones to another board from `on` (organisation-v1), in the caller's transaction: records
 * the zones' history (their holder until now from the start, if they never moved) and makes the
 * new board their holder, with their status history. The caller has checked the move.
 */
export async function transferZones(
  tx: Executor,
  actor: Actor,
  move: { zones: repo.ZoneRow[]; toBoardId: string; on: string; decision: string | null },
): Promise<void> {
  const ids = move.zones.map((z) => z.id);
  const histories = await boardHistories(tx, ids);
  await repo.insertHoldings(
    tx,
    move.zones.flatMap((zone) => [
      ...(histories.has(zone.id) ? [] : [{ zoneId: zone.id, boardId: zone.boardId, since: null }]),
      { zoneId: zone.id, boardId: move.toBoardId, since: move.on, decision: move.decision },
    ]),
  );
  await repo.setZonesBoard(tx, ids, move.toBoardId);
  await recordAudit(
    tx,
    actor,
    move.zones.flatMap((zone) => {
      const entry = {
        action: 'transfer' as const,
        entityType: 'zone' as const,
        entityId: zone.id,
        entityKey: zone.code,
        before: { boardId: zone.boardId },
        after: { boardId: move.toBoardId, since: move.on, decision: move.decision },
      };
      // In both boards' logs: the one that gave the zone and the one that took it.
      return [
        { ...entry, boardId: zone.boardId },
        { ...entry, boardId: move.toBoardId },
      ];
    }),
  );
}

/**
 * Records zones' board histories as a data package states them (organisation-v1), in the
 * caller's transaction, audited: a history of one entry (or none) means the zone never moved.
 * Returns how many zones' histories changed.
 */
export async function replaceBoardHistories(
  tx: Executor,
  actor: Actor,
  items: { zone: repo.ZoneRow; history: ZoneHolding[] }[],
): Promise<number> {
  const stored = await boardHistories(
    tx,
    items.map((i) => i.zone.id),
  );
  const same = (a: ZoneHolding[], b: ZoneHolding[]) =>
    a.length === b.length &&
    a.every((entry, i) => entry.boardId === b[i]!.boardId && entry.since === b[i]!.since);
  let changed = 0;
  for (const { zone, history } of items) {
    const before = stored.get(zone.id) ?? [];
    const after = history.length > 1 ? history : [];
    if (same(before, after)) continue;
    await repo.replaceHoldings(
      tx,
      zone.id,
      after.map((entry) => ({ zoneId: zone.id, boardId: entry.boardId, since: entry.since })),
    );
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: 'update',
        entityType: 'zone_board_history',
        entityId: zone.id,
        entityKey: zone.code,
        before,
        after,
      },
    ]);
    changed++;
  }
  return changed;
}

/** The codes of these zones that the board already uses for another zone. */
export async function zoneCodesTaken(executor: Executor, boardId: string, zones: repo.ZoneRow[]) {
  const taken = await repo.findZonesOfBoardsByCodes(
    executor,
    [boardId],
    zones.map((z) => z.code),
  );
  const moving = new Set(zones.map((z) => z.id));
  return taken.filter((z) => !moving.has(z.id)).map((z) => z.code);
}

export { findZonesByCodes, findZonesOfBoardsByCodes, listZonesOfBoards } from './zones.repository.ts';
