import { assertCan, type Actor } from '../../kernel/actor.ts';
import { actingBoard, readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { addDecimal, compareDecimal } from '../../../domain/decimal.ts';
import { percent } from '../../../domain/percent.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import type { MovedZone, ZoneHolding } from '../../../domain/organisation.ts';
import { findStatusHistoryProblems } from '../../../domain/zone-status.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  currentLand,
  findLandProblems,
  findParentCycles,
  LAND_FIELDS,
  NO_LAND,
  type LandFigures,
  type LandProblem,
} from '../../../domain/zone-land.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { ZoneErrors } from './zones.errors.ts';
import * as repo from './zones.repository.ts';
import type {
  CreateZoneBody,
  LandHistoryEntry,
  ListZonesQuery,
  RecordLandChangeBody,
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
  /** The KKT of the same board this zone lies inside (zones-v1), by code. */
  parentZoneCode?: string | null | undefined;
  industrialLandHa?: string | null | undefined;
  leasedLandHa?: string | null | undefined;
  serviceLandHa?: string | null | undefined;
  leasedServiceLandHa?: string | null | undefined;
  /** Oldest first; the top-level land figures are the last entry's. */
  landHistory?: LandHistoryEntry[] | undefined;
  developer?: string | null | undefined;
}

type ZoneRef = { id: string; code: string; name: string };

/** What a zone's page shows besides its row: its histories and the zones around it. */
interface ZoneSurroundings {
  history: ZoneStatusEntry[];
  land: repo.LandEntry[];
  parent: ZoneRef | null;
  children: (ZoneRef & { kind: repo.ZoneRow['kind'] })[];
}

export function zoneSearchText(zone: {
  code: string;
  name: string;
  developer?: string | null | undefined;
}): string {
  return normaliseForSearch([zone.code, zone.name, zone.developer ?? ''].join(' '));
}

/** A zone's figures as stored: null where not stated. */
function landOf(row: repo.ZoneRow): LandFigures {
  return {
    industrialLandHa: row.industrialLandHa,
    serviceLandHa: row.serviceLandHa,
    leasedLandHa: row.leasedLandHa,
    leasedServiceLandHa: row.leasedServiceLandHa,
  };
}

/** Decree 35/2022 Art. 2(22): (leased + leased service land) ÷ (industrial + service land), when all four are stated. */
export function occupancyDecree35(land: LandFigures): number | null {
  const { industrialLandHa, serviceLandHa, leasedLandHa, leasedServiceLandHa } = land;
  if (
    industrialLandHa === null ||
    serviceLandHa === null ||
    leasedLandHa === null ||
    leasedServiceLandHa === null
  )
    return null;
  return percent(addDecimal(leasedLandHa, leasedServiceLandHa), addDecimal(industrialLandHa, serviceLandHa));
}

export function presentZone(row: repo.ZoneRow, around: ZoneSurroundings): Zone {
  return {
    id: row.id,
    boardId: row.boardId,
    code: row.code,
    name: row.name,
    kind: row.kind,
    status: row.status,
    statusHistory: around.history,
    areaHa: row.areaHa,
    parentZone: around.parent,
    childZones: around.children,
    industrialLandHa: row.industrialLandHa,
    leasedLandHa: row.leasedLandHa,
    serviceLandHa: row.serviceLandHa,
    leasedServiceLandHa: row.leasedServiceLandHa,
    occupancyPct:
      row.industrialLandHa !== null && row.leasedLandHa !== null
        ? percent(row.leasedLandHa, row.industrialLandHa)
        : null,
    occupancyDecree35Pct: occupancyDecree35(landOf(row)),
    landHistory: around.land,
    developer: row.developer,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

async function presentZones(executor: Executor, rows: repo.ZoneRow[]): Promise<Zone[]> {
  const ids = rows.map((r) => r.id);
  const [histories, lands, parents, children] = [
    await repo.statusHistories(executor, ids),
    await repo.landHistories(executor, ids),
    await repo.zonesByIds(executor, [
      ...new Set(rows.flatMap((r) => (r.parentZoneId ? [r.parentZoneId] : []))),
    ]),
    await repo.childZonesOf(executor, ids),
  ];
  const ref = (z: repo.ZoneRow): ZoneRef => ({ id: z.id, code: z.code, name: z.name });
  const parentById = new Map(parents.map((p) => [p.id, ref(p)]));
  return rows.map((row) =>
    presentZone(row, {
      history: histories.get(row.id) ?? [],
      land: lands.get(row.id) ?? [],
      parent: row.parentZoneId ? (parentById.get(row.parentZoneId) ?? null) : null,
      children: children.filter((c) => c.parentZoneId === row.id).map((c) => ({ ...ref(c), kind: c.kind })),
    }),
  );
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

const LAND_MESSAGES: Record<LandProblem['reason'], string> = {
  LAND_HISTORY_NOT_ASCENDING:
    'Các mốc của lịch sử đất phải theo thứ tự thời gian tăng dần, không trùng ngày.',
  LEASED_ABOVE_INDUSTRIAL_LAND: 'Đất công nghiệp đã cho thuê lớn hơn đất công nghiệp của khu.',
  LEASED_ABOVE_SERVICE_LAND: 'Đất dịch vụ đã cho thuê lớn hơn đất dịch vụ của khu.',
  LAND_DIFFERS_FROM_HISTORY: 'Số liệu đất của khu phải trùng với mốc cuối của lịch sử đất (hoặc để trống).',
};

/** The refusal for a zone's stated land, the most specific code first; none when it holds. */
function assertLand(
  topLevel: Partial<LandFigures>,
  history: readonly LandHistoryEntry[],
  pathPrefix: string,
) {
  const problems = findLandProblems(topLevel, history.map(withLandDefaults));
  if (problems.length === 0) return;
  const details = problems.map((p): ErrorDetail => ({
    path: p.index === null ? `${pathPrefix}.${p.field}` : `${pathPrefix}.landHistory[${p.index}].${p.field}`,
    reason: p.reason,
    message: LAND_MESSAGES[p.reason],
  }));
  const reasons = new Set(problems.map((p) => p.reason));
  if (reasons.has('LEASED_ABOVE_INDUSTRIAL_LAND') || reasons.has('LEASED_ABOVE_SERVICE_LAND'))
    throw ZoneErrors.ZONE_LEASED_LAND_EXCEEDS(details);
  if (reasons.has('LAND_HISTORY_NOT_ASCENDING')) throw ZoneErrors.ZONE_LAND_HISTORY_INVALID(details);
  throw ZoneErrors.ZONE_LAND_DIFFERS_FROM_HISTORY(details);
}

function withLandDefaults(entry: LandHistoryEntry): repo.LandEntry {
  return {
    asOf: entry.asOf,
    industrialLandHa: entry.industrialLandHa ?? null,
    serviceLandHa: entry.serviceLandHa ?? null,
    leasedLandHa: entry.leasedLandHa ?? null,
    leasedServiceLandHa: entry.leasedServiceLandHa ?? null,
    note: entry.note ?? null,
  };
}

/**
 * A zone's parent must be a KKT of its own board and not the zone itself or one inside it.
 * `parents` holds the board's zones with their parents as they would be after the change.
 */
export function parentProblem(
  zone: { id: string; code: string },
  parent: { boardId: string; kind: repo.ZoneRow['kind']; code: string } | null,
  boardId: string,
  parents: ReadonlyMap<string, string | null>,
  path: string,
): ReturnType<(typeof ZoneErrors)[keyof typeof ZoneErrors]> | null {
  if (parent === null) return null;
  const detail = (reason: string, message: string) => [{ path, reason, message, value: parent.code }];
  if (parent.boardId !== boardId)
    return ZoneErrors.ZONE_PARENT_OTHER_BOARD(
      detail('other_board', `Khu ${parent.code} thuộc Ban Quản lý khác.`),
    );
  if (parent.kind !== 'KKT')
    return ZoneErrors.ZONE_PARENT_NOT_ECONOMIC_ZONE(
      detail('not_economic_zone', `Khu ${parent.code} không phải khu kinh tế (KKT).`),
    );
  if (findParentCycles(parents).includes(zone.id))
    return ZoneErrors.ZONE_PARENT_CYCLE(
      detail(
        'cycle',
        `Khu ${zone.code} không thể nằm trong khu ${parent.code}, vì khu ${parent.code} nằm trong nó.`,
      ),
    );
  return null;
}

/** Looks the parent up among every visible zone, so that another board's zone is named as such. */
async function checkParent(
  tx: Executor,
  actor: Actor,
  zone: { id: string; code: string; boardId: string },
  parentZoneId: string | null,
  path: string,
) {
  if (parentZoneId === null) return;
  const parent = await repo.findZoneById(tx, actor.visibleBoardIds, parentZoneId);
  if (!parent)
    throw ZoneErrors.ZONE_PARENT_OTHER_BOARD([
      {
        path,
        reason: 'not_found',
        message: 'Không tìm thấy khu kinh tế này trong Ban Quản lý.',
        value: parentZoneId,
      },
    ]);
  const parents = await repo.parentsOfBoard(tx, zone.boardId);
  parents.set(zone.id, parentZoneId);
  const problem = parentProblem(zone, parent, zone.boardId, parents, path);
  if (problem) throw problem;
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
  assertLand(body, body.landHistory ?? [], 'body');
  return db.transaction(async (tx) => {
    if ((await repo.findZonesByCodes(tx, boardId, [body.code])).length > 0) {
      throw ZoneErrors.ZONE_CODE_TAKEN([
        { path: 'body.code', message: 'Mã khu đã được dùng.', reason: 'taken' },
      ]);
    }
    const { boardId: _ignored, parentZoneId, ...record } = body;
    const placeholder = { id: '00000000-0000-0000-0000-000000000000', code: body.code, boardId };
    await checkParent(tx, actor, placeholder, parentZoneId ?? null, 'body.parentZoneId');
    const parent = parentZoneId ? await repo.findZoneById(tx, [boardId], parentZoneId) : null;
    const result = await upsertZones(tx, actor, boardId, [
      { ...record, parentZoneCode: parent?.code ?? null },
    ]);
    return (await presentZones(tx, [result.rows[0]!]))[0]!;
  });
}

export async function updateZone(db: Db, actor: Actor, id: string, body: UpdateZoneBody): Promise<Zone> {
  return db.transaction(async (tx) => {
    const current = await loadZone(tx, actor, id);
    assertCan(actor, 'records.write', current.boardId);
    const { version, ...changes } = body;
    const next = { ...current, ...stripUndefined(changes) };
    if (changes.parentZoneId !== undefined)
      await checkParent(tx, actor, current, changes.parentZoneId, 'body.parentZoneId');
    if (next.kind !== 'KKT' && (await repo.childZonesOf(tx, [id])).length > 0)
      throw ZoneErrors.ZONE_HAS_CHILD_ZONES([
        { path: 'body.kind', reason: 'has_child_zones', message: 'Khu kinh tế đang chứa các khu khác.' },
      ]);
    const land = (await repo.landHistories(tx, [id])).get(id) ?? [];
    assertLand(stripUndefined(pickLand(changes)), [], 'body');
    assertLand(landOf(next), land, 'body');
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

function pickLand(
  values: Partial<Record<keyof LandFigures, string | null | undefined>>,
): Partial<LandFigures> {
  return Object.fromEntries(LAND_FIELDS.map((f) => [f, values[f]])) as Partial<LandFigures>;
}

/**
 * Records the zone's land figures from a date (zones-v1): a new history entry; the zone's own
 * figures follow its last entry. A zone without a history but with figures first needs the date
 * from which those held (`currentFiguresSince`), so that they stay its figures before `asOf`.
 */
export async function recordLandChange(db: Db, actor: Actor, id: string, body: RecordLandChangeBody) {
  if (body.asOf > vietnamToday())
    throw ZoneErrors.ZONE_LAND_DATE_IN_FUTURE([
      { path: 'body.asOf', reason: 'in_future', message: 'Ngày không thể sau hôm nay.', value: body.asOf },
    ]);
  return db.transaction(async (tx) => {
    const current = await loadZone(tx, actor, id);
    assertCan(actor, 'records.write', current.boardId);
    if (body.version !== current.version) throw versionConflict(current.version);
    const before = (await repo.landHistories(tx, [id])).get(id) ?? [];
    if (before.some((entry) => entry.asOf === body.asOf))
      throw ZoneErrors.ZONE_LAND_DATE_TAKEN([
        { path: 'body.asOf', reason: 'taken', message: 'Đã có số liệu đất từ ngày này.', value: body.asOf },
      ]);
    const { version: _version, currentFiguresSince, ...entry } = body;
    const stated = LAND_FIELDS.some((f) => current[f] !== null);
    const added: repo.LandEntry[] = [withLandDefaults(entry)];
    if (before.length === 0 && stated) {
      if (!currentFiguresSince || currentFiguresSince >= body.asOf)
        throw ZoneErrors.ZONE_LAND_HISTORY_START_REQUIRED([
          {
            path: 'body.currentFiguresSince',
            reason: 'required',
            message: 'Cho biết số liệu đất hiện tại của khu có từ ngày nào (trước ngày thay đổi).',
          },
        ]);
      added.unshift({ asOf: currentFiguresSince, ...landOf(current), note: null });
    }
    const history = [...before, ...added].sort((a, b) => a.asOf.localeCompare(b.asOf));
    assertLand({}, history, 'body');
    await repo.insertLandEntries(tx, current.boardId, id, added);
    const row = await updateVersioned(
      tx,
      zones,
      id,
      body.version,
      current.version,
      currentLand(NO_LAND, history),
    );
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'zone_land',
        entityId: id,
        entityKey: row.code,
        before: { ...landOf(current), landHistory: before },
        after: { ...landOf(row), landHistory: history },
      },
    ]);
    return (await presentZones(tx, [row]))[0]!;
  });
}

/** Replaces the zone's land history (corrections); the zone's figures become its last entry's. */
export async function replaceLandHistory(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  entries: LandHistoryEntry[],
): Promise<Zone> {
  assertLand({}, entries, 'body');
  return db.transaction(async (tx) => {
    const current = await loadZone(tx, actor, id);
    assertCan(actor, 'records.write', current.boardId);
    if (version !== current.version) throw versionConflict(current.version);
    const before = (await repo.landHistories(tx, [id])).get(id) ?? [];
    const history = entries.map(withLandDefaults);
    await repo.replaceLandHistory(tx, current.boardId, id, history);
    const row = await updateVersioned(
      tx,
      zones,
      id,
      version,
      current.version,
      history.length > 0 ? currentLand(NO_LAND, history) : {},
    );
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'zone_land',
        entityId: id,
        entityKey: row.code,
        before: { ...landOf(current), landHistory: before },
        after: { ...landOf(row), landHistory: history },
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
    return (await presentZones(tx, [row]))[0]!;
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

/** The stored columns of a zone record (all but its board, code and parent). */
function zoneValues(record: ZoneRecord) {
  const land = currentLand(
    {
      industrialLandHa: record.industrialLandHa ?? null,
      serviceLandHa: record.serviceLandHa ?? null,
      leasedLandHa: record.leasedLandHa ?? null,
      leasedServiceLandHa: record.leasedServiceLandHa ?? null,
    },
    (record.landHistory ?? []).map(withLandDefaults),
  );
  return {
    name: record.name,
    kind: record.kind,
    status: record.status,
    areaHa: record.areaHa,
    ...land,
    developer: record.developer ?? null,
    searchText: zoneSearchText(record),
  };
}

function sameLandHistory(a: repo.LandEntry[], b: LandHistoryEntry[] | undefined): boolean {
  if (b === undefined) return true;
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const other = withLandDefaults(b[i]!);
      return (
        entry.asOf === other.asOf &&
        entry.note === other.note &&
        LAND_FIELDS.every((f) => sameDecimal(entry[f], other[f]))
      );
    })
  );
}

export interface UpsertOutcome<Row> {
  rows: Row[];
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Creates or updates zones of one board by code (data package import, zone creation). Areas
 * compare as numbers, so "85.0" and "85" are the same value. A parent is named by code: one of
 * these records or a zone of the board already; the caller has checked it (a KKT, no cycle).
 * Audited in the caller's transaction.
 */
export async function upsertZones(
  tx: Executor,
  actor: Actor,
  boardId: string,
  records: ZoneRecord[],
): Promise<UpsertOutcome<repo.ZoneRow>> {
  assertCan(actor, 'records.write', boardId);
  const parentCodes = records.flatMap((r) => (r.parentZoneCode ? [r.parentZoneCode] : []));
  const existing = new Map(
    (
      await repo.findZonesByCodes(tx, boardId, [...new Set([...records.map((r) => r.code), ...parentCodes])])
    ).map((z) => [z.code, z]),
  );
  const ids = [...existing.values()].map((z) => z.id);
  const histories = await repo.statusHistories(tx, ids);
  const lands = await repo.landHistories(tx, ids);
  const codeOfId = new Map([...existing.values()].map((z) => [z.id, z.code]));
  const outcome: UpsertOutcome<repo.ZoneRow> = { rows: [], created: 0, updated: 0, unchanged: 0 };
  const audit: AuditEntry[] = [];
  const toInsert: ZoneRecord[] = [];
  const toUpdate: { current: repo.ZoneRow; record: ZoneRecord; index: number }[] = [];
  for (const record of records) {
    const current = existing.get(record.code);
    if (!current) {
      toInsert.push(record);
      continue;
    }
    const values = zoneValues(record);
    const currentParentCode = current.parentZoneId ? (codeOfId.get(current.parentZoneId) ?? null) : null;
    const same =
      current.name === values.name &&
      current.kind === values.kind &&
      current.status === values.status &&
      sameDecimal(current.areaHa, values.areaHa) &&
      LAND_FIELDS.every((f) => sameDecimal(current[f], values[f])) &&
      current.developer === values.developer &&
      (record.parentZoneCode === undefined || currentParentCode === (record.parentZoneCode ?? null)) &&
      sameHistory(histories.get(current.id) ?? [], record.statusHistory) &&
      sameLandHistory(lands.get(current.id) ?? [], record.landHistory);
    if (same) {
      outcome.unchanged++;
      outcome.rows.push(current);
      continue;
    }
    toUpdate.push({ current, record, index: outcome.rows.length });
    outcome.rows.push(current);
  }
  const inserted = await repo.insertZones(
    tx,
    toInsert.map((record) => ({ boardId, code: record.code, ...zoneValues(record) })),
  );
  const idOfCode = new Map([...existing.values(), ...inserted].map((z) => [z.code, z.id]));
  const parentIdOf = (record: ZoneRecord) =>
    record.parentZoneCode ? (idOfCode.get(record.parentZoneCode) ?? null) : null;
  for (const { current, record, index } of toUpdate) {
    const parentZoneId = record.parentZoneCode === undefined ? current.parentZoneId : parentIdOf(record);
    const row = await updateVersioned(tx, zones, current.id, current.version, current.version, {
      ...zoneValues(record),
      parentZoneId,
    });
    if (record.statusHistory !== undefined)
      await repo.replaceStatusHistory(tx, boardId, current.id, record.statusHistory);
    if (record.landHistory !== undefined)
      await repo.replaceLandHistory(tx, boardId, current.id, record.landHistory.map(withLandDefaults));
    const statusHistory = histories.get(current.id) ?? [];
    const landHistory = lands.get(current.id) ?? [];
    audit.push({
      boardId,
      action: 'update',
      entityType: 'zone',
      entityId: current.id,
      entityKey: current.code,
      before: { ...current, statusHistory, landHistory },
      after: {
        ...row,
        statusHistory: record.statusHistory ?? statusHistory,
        landHistory: record.landHistory ?? landHistory,
      },
    });
    outcome.updated++;
    outcome.rows[index] = row;
  }
  const withParents = inserted.map((row, i) => ({ row, parentZoneId: parentIdOf(toInsert[i]!) }));
  await repo.setParents(
    tx,
    withParents
      .filter((p) => p.parentZoneId !== null)
      .map((p) => ({ id: p.row.id, parentZoneId: p.parentZoneId })),
  );
  for (const [i, { row, parentZoneId }] of withParents.entries()) {
    const record = toInsert[i]!;
    const history = record.statusHistory ?? [];
    const landHistory = (record.landHistory ?? []).map(withLandDefaults);
    await repo.replaceStatusHistory(tx, boardId, row.id, history);
    await repo.insertLandEntries(tx, boardId, row.id, landHistory);
    const stored = { ...row, parentZoneId };
    audit.push({
      boardId,
      action: 'create',
      entityType: 'zone',
      entityId: row.id,
      entityKey: row.code,
      after: { ...stored, statusHistory: history, landHistory },
    });
    outcome.rows.push(stored);
  }
  outcome.created = inserted.length;
  await recordAudit(tx, actor, audit);
  return outcome;
}

/** Zones of the given boards with their status and land histories, for the data package export. */
export async function zonesWithHistories(executor: Executor, boardIds: string[]) {
  const rows = await repo.listZonesOfBoards(executor, boardIds);
  const ids = rows.map((r) => r.id);
  const histories = await repo.statusHistories(executor, ids);
  const lands = await repo.landHistories(executor, ids);
  const codeOfId = new Map(rows.map((r) => [r.id, r.code]));
  return rows.map((row) => ({
    row,
    history: histories.get(row.id) ?? [],
    landHistory: lands.get(row.id) ?? [],
    parentZoneCode: row.parentZoneId ? (codeOfId.get(row.parentZoneId) ?? null) : null,
  }));
}

/** The zones inside these (their parks), at any depth, of the same board: they move with them. */
export async function zonesInside(executor: Executor, parents: repo.ZoneRow[]): Promise<repo.ZoneRow[]> {
  const found = new Map<string, repo.ZoneRow>();
  let frontier = parents.map((p) => p.id);
  while (frontier.length > 0) {
    const children = (await repo.childZonesOf(executor, frontier)).filter(
      (c) => !found.has(c.id) && !parents.some((p) => p.id === c.id),
    );
    for (const child of children) found.set(child.id, child);
    frontier = children.map((c) => c.id);
  }
  return [...found.values()];
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

export {
  findZonesByCodes,
  findZonesOfBoardsByCodes,
  listZonesOfBoards,
  zonesByIds,
} from './zones.repository.ts';
