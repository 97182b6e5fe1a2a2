/**
 * Central wastewater plants of the zones (nhà máy xử lý nước thải tập trung), the enterprises
 * connected to them over time, and their monitoring samples: each result keeps the limits that
 * applied when it was written (the standard's, × Kq × Kf at the outlet) and its exceedance flag.
 */
import { trimDecimal } from '../../../domain/decimal.ts';
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { queryRows, type Db, type Executor } from '../../kernel/db/database.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import {
  applicableLimits,
  connectionRate,
  exceedsLimits,
  overlapsConnection,
  type PlantPermit,
} from '../../../domain/wastewater.ts';
import { scopeBoards } from '../boards/index.ts';
import { enterprises } from '../enterprises/index.ts';
import { zones } from '../zones/index.ts';
import { ENVIRONMENT_ENTITY } from './environment-audit.ts';
import {
  assertManage,
  boardOf,
  decimalOrNull,
  loadPlant,
  readableBoards,
  type PlantRow,
} from './environment-access.ts';
import { EnvironmentErrors } from './environment.errors.ts';
import type {
  ConnectBody,
  CreatePlantBody,
  CreateSampleBody,
  EndConnectionBody,
  ListSamplesQuery,
  MonitoringSample,
  MonitoringSampleList,
  ParameterSeries,
  UpdatePlantBody,
  WastewaterConnection,
  WastewaterPlant,
  WastewaterPlantDetail,
} from './environment.schemas.ts';
import {
  dischargeStandards,
  monitoringResults,
  monitoringSamples,
  wastewaterConnections,
  wastewaterPlants,
} from './environment.tables.ts';
import { parametersOf } from './standards.service.ts';

// ─── Zone figures ────────────────────────────────────────────────────────────────────────────

export interface ZoneConnectionFigures {
  operating: number;
  connected: number;
}

/**
 * Per zone: the enterprises operating on `day` and, of them, those connected to a central plant
 * that day (a connection ended on a day no longer counts from that day).
 */
export async function zoneConnectionFigures(
  executor: Executor,
  zoneIds: string[],
  day: string,
): Promise<Map<string, ZoneConnectionFigures>> {
  const figures = new Map<string, ZoneConnectionFigures>();
  if (zoneIds.length === 0) return figures;
  const rows = await queryRows<{ zone_id: string; operating: number; connected: number }>(
    executor,
    sql`select e.zone_id, count(*)::int as operating,
               (count(*) filter (where exists (
                  select 1 from wastewater_connections c
                  where c.enterprise_id = e.id and c.connected_on <= ${day}::date
                    and (c.disconnected_on is null or c.disconnected_on > ${day}::date))))::int as connected
        from enterprises e
        where e.zone_id in (${sql.join(
          zoneIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
          and (e.operating_since is null or e.operating_since <= ${day}::date)
          and (e.operating_until is null or e.operating_until >= ${day}::date)
        group by e.zone_id`,
  );
  for (const row of rows)
    figures.set(row.zone_id, { operating: Number(row.operating), connected: Number(row.connected) });
  return figures;
}

// ─── Plants ──────────────────────────────────────────────────────────────────────────────────

async function presentPlants(executor: Executor, rows: PlantRow[]): Promise<WastewaterPlant[]> {
  if (rows.length === 0) return [];
  const today = vietnamToday();
  const plantIds = rows.map((r) => r.id);
  const zoneIds = [...new Set(rows.map((r) => r.zoneId))];
  const standardIds = [...new Set(rows.flatMap((r) => (r.standardId ? [r.standardId] : [])))];
  const [zoneRows, standardRows, connected, figures, lastSamples] = await Promise.all([
    executor
      .select({ id: zones.id, code: zones.code, name: zones.name })
      .from(zones)
      .where(inArray(zones.id, zoneIds)),
    standardIds.length === 0
      ? Promise.resolve([])
      : executor
          .select({ id: dischargeStandards.id, code: dischargeStandards.code, name: dischargeStandards.name })
          .from(dischargeStandards)
          .where(inArray(dischargeStandards.id, standardIds)),
    executor
      .select({ plantId: wastewaterConnections.plantId, n: count() })
      .from(wastewaterConnections)
      .where(
        and(
          inArray(wastewaterConnections.plantId, plantIds),
          lte(wastewaterConnections.connectedOn, today),
          sql`(${wastewaterConnections.disconnectedOn} is null or ${wastewaterConnections.disconnectedOn} > ${today}::date)`,
        ),
      )
      .groupBy(wastewaterConnections.plantId),
    zoneConnectionFigures(executor, zoneIds, today),
    queryRows<{ plant_id: string; id: string; sampled_on: string; point: string; exceedances: number }>(
      executor,
      sql`select distinct on (s.plant_id) s.plant_id, s.id, s.sampled_on::text as sampled_on, s.point,
                 (select count(*)::int from monitoring_results r where r.sample_id = s.id and r.exceeds) as exceedances
          from monitoring_samples s
          where s.plant_id in (${sql.join(
            plantIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
          order by s.plant_id, s.sampled_on desc, s.created_at desc, s.id`,
    ),
  ]);
  return rows.map((row) => {
    const zone = zoneRows.find((z) => z.id === row.zoneId)!;
    const standard = standardRows.find((s) => s.id === row.standardId) ?? null;
    const zoneFigures = figures.get(row.zoneId) ?? { operating: 0, connected: 0 };
    const last = lastSamples.find((s) => s.plant_id === row.id);
    return {
      id: row.id,
      boardId: row.boardId,
      zone,
      name: row.name,
      capacityM3PerDay: trimDecimal(row.capacityM3PerDay),
      status: row.status as WastewaterPlant['status'],
      standard,
      kq: decimalOrNull(row.kq),
      kf: decimalOrNull(row.kf),
      operator: row.operator,
      commissionedOn: row.commissionedOn,
      receivingWater: row.receivingWater,
      permits: row.permits,
      note: row.note,
      connectedToday: Number(connected.find((c) => c.plantId === row.id)?.n ?? 0),
      zoneOperatingEnterprises: zoneFigures.operating,
      zoneConnectedEnterprises: zoneFigures.connected,
      zoneConnectionRate: connectionRate(zoneFigures.connected, zoneFigures.operating),
      lastSample: last
        ? {
            id: last.id,
            sampledOn: last.sampled_on,
            point: last.point as 'inlet' | 'outlet',
            exceedances: Number(last.exceedances),
          }
        : null,
      version: row.version,
      createdAt: toVietnamTimestamp(row.createdAt),
      updatedAt: toVietnamTimestamp(row.updatedAt),
    };
  });
}

/** The plants of the boards the actor reads (one board when named; one zone when asked), by zone and name. */
export async function listPlants(
  db: Db,
  actor: Actor,
  query: { board?: string | undefined; zoneId?: string | undefined },
): Promise<WastewaterPlant[]> {
  const ids =
    query.board === undefined
      ? readableBoards(actor)
      : [await boardOf(db, actor, query.board, 'records.read')];
  if (ids.length === 0) return [];
  const rows = await db
    .select({ plant: wastewaterPlants })
    .from(wastewaterPlants)
    .innerJoin(zones, eq(zones.id, wastewaterPlants.zoneId))
    .where(
      and(
        inArray(wastewaterPlants.boardId, ids),
        query.zoneId ? eq(wastewaterPlants.zoneId, query.zoneId) : undefined,
      ),
    )
    .orderBy(asc(zones.code), asc(wastewaterPlants.name), asc(wastewaterPlants.id));
  return presentPlants(
    db,
    rows.map((r) => r.plant),
  );
}

async function connectionsOf(executor: Executor, plantId: string): Promise<WastewaterConnection[]> {
  const rows = await executor
    .select({
      c: wastewaterConnections,
      taxCode: enterprises.taxCode,
      name: enterprises.name,
    })
    .from(wastewaterConnections)
    .innerJoin(enterprises, eq(enterprises.id, wastewaterConnections.enterpriseId))
    .where(eq(wastewaterConnections.plantId, plantId))
    .orderBy(desc(wastewaterConnections.connectedOn), asc(enterprises.name), asc(wastewaterConnections.id));
  return rows.map(({ c, taxCode, name }) => presentConnection(c, { taxCode, name }));
}

function presentConnection(
  c: typeof wastewaterConnections.$inferSelect,
  enterprise: { taxCode: string; name: string },
): WastewaterConnection {
  return {
    id: c.id,
    plantId: c.plantId,
    enterprise: { id: c.enterpriseId, ...enterprise },
    connectedOn: c.connectedOn,
    disconnectedOn: c.disconnectedOn,
    note: c.note,
    version: c.version,
  };
}

async function presentDetail(executor: Executor, row: PlantRow): Promise<WastewaterPlantDetail> {
  const [plant] = await presentPlants(executor, [row]);
  const connections = await connectionsOf(executor, row.id);
  const latest = await selectSamples(executor, eq(monitoringSamples.plantId, row.id), {
    limit: 20,
    offset: 0,
  });
  return { ...plant!, connections, latestSamples: latest };
}

export async function getPlant(db: Db, actor: Actor, id: string): Promise<WastewaterPlantDetail> {
  return presentDetail(db, await loadPlant(db, actor, id));
}

/** The zone a plant is in: one of the board's (another board's zone is not revealed). */
async function zoneForPlant(
  executor: Executor,
  actor: Actor,
  zoneId: string,
): Promise<{ id: string; boardId: string }> {
  const [zone] = await executor
    .select({ id: zones.id, boardId: zones.boardId })
    .from(zones)
    .where(and(eq(zones.id, zoneId), inArray(zones.boardId, readableBoards(actor))));
  if (!zone)
    throw EnvironmentErrors.ENVIRONMENT_ZONE_NOT_FOUND([
      {
        path: 'body.zoneId',
        message: 'Không tìm thấy khu công nghiệp này.',
        reason: 'not_found',
        value: zoneId,
      },
    ]);
  return zone;
}

async function assertStandardOfBoard(
  executor: Executor,
  boardId: string,
  standardId: string | null | undefined,
) {
  if (!standardId) return;
  const [found] = await executor
    .select({ id: dischargeStandards.id })
    .from(dischargeStandards)
    .where(and(eq(dischargeStandards.id, standardId), eq(dischargeStandards.boardId, boardId)));
  if (!found)
    throw EnvironmentErrors.ENVIRONMENT_PLANT_STANDARD_NOT_FOUND([
      {
        path: 'body.standardId',
        message: 'Không tìm thấy quy chuẩn này.',
        reason: 'not_found',
        value: standardId,
      },
    ]);
}

const normalizedPermits = (permits: PlantPermit[]): PlantPermit[] =>
  permits.map((p) => ({
    kind: p.kind,
    number: p.number,
    issuedOn: p.issuedOn,
    issuer: p.issuer,
    validUntil: p.validUntil,
  }));

export async function createPlant(
  db: Db,
  actor: Actor,
  body: CreatePlantBody,
): Promise<WastewaterPlantDetail> {
  return db.transaction(async (tx) => {
    const zone = await zoneForPlant(tx, actor, body.zoneId);
    assertManage(actor, zone.boardId);
    await assertStandardOfBoard(tx, zone.boardId, body.standardId);
    const [row] = await tx
      .insert(wastewaterPlants)
      .values({
        boardId: zone.boardId,
        zoneId: zone.id,
        name: body.name,
        capacityM3PerDay: trimDecimal(body.capacityM3PerDay),
        status: body.status,
        standardId: body.standardId,
        kq: body.kq === null ? null : trimDecimal(body.kq),
        kf: body.kf === null ? null : trimDecimal(body.kf),
        operator: body.operator,
        commissionedOn: body.commissionedOn,
        receivingWater: body.receivingWater,
        permits: normalizedPermits(body.permits),
        note: body.note,
      })
      .returning();
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: 'create',
        entityType: ENVIRONMENT_ENTITY.plant,
        entityId: row!.id,
        entityKey: row!.name,
        after: row,
      },
    ]);
    return presentDetail(tx, row!);
  });
}

export async function updatePlant(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdatePlantBody,
): Promise<WastewaterPlantDetail> {
  return db.transaction(async (tx) => {
    const current = await loadPlant(tx, actor, id, true);
    assertManage(actor, current.boardId);
    await assertStandardOfBoard(tx, current.boardId, body.standardId);
    const { version, ...changes } = body;
    const row = await updateVersioned(tx, wastewaterPlants, id, version, current.version, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.capacityM3PerDay !== undefined
        ? { capacityM3PerDay: trimDecimal(changes.capacityM3PerDay) }
        : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.standardId !== undefined ? { standardId: changes.standardId } : {}),
      ...(changes.kq !== undefined ? { kq: changes.kq === null ? null : trimDecimal(changes.kq) } : {}),
      ...(changes.kf !== undefined ? { kf: changes.kf === null ? null : trimDecimal(changes.kf) } : {}),
      ...(changes.operator !== undefined ? { operator: changes.operator } : {}),
      ...(changes.commissionedOn !== undefined ? { commissionedOn: changes.commissionedOn } : {}),
      ...(changes.receivingWater !== undefined ? { receivingWater: changes.receivingWater } : {}),
      ...(changes.permits !== undefined ? { permits: normalizedPermits(changes.permits) } : {}),
      ...(changes.note !== undefined ? { note: changes.note } : {}),
    });
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'update',
        entityType: ENVIRONMENT_ENTITY.plant,
        entityId: id,
        entityKey: row.name,
        before: current,
        after: row,
      },
    ]);
    return presentDetail(tx, row);
  });
}

// ─── Connections ─────────────────────────────────────────────────────────────────────────────

/**
 * Connects an enterprise of the plant's zone from a day; refused when it is already connected
 * (to any plant) on that day or after it.
 */
export async function connectEnterprise(
  db: Db,
  actor: Actor,
  plantId: string,
  body: ConnectBody,
): Promise<WastewaterConnection> {
  return db.transaction(async (tx) => {
    const plant = await loadPlant(tx, actor, plantId, true);
    assertManage(actor, plant.boardId);
    const [enterprise] = await tx
      .select({ id: enterprises.id, taxCode: enterprises.taxCode, name: enterprises.name })
      .from(enterprises)
      .where(
        and(
          eq(enterprises.id, body.enterpriseId),
          eq(enterprises.zoneId, plant.zoneId),
          eq(enterprises.boardId, plant.boardId),
        ),
      )
      .for('update');
    if (!enterprise)
      throw EnvironmentErrors.ENVIRONMENT_ENTERPRISE_NOT_FOUND([
        {
          path: 'body.enterpriseId',
          message: 'Doanh nghiệp không thuộc khu công nghiệp của nhà máy.',
          reason: 'not_found',
          value: body.enterpriseId,
        },
      ]);
    const existing = await tx
      .select()
      .from(wastewaterConnections)
      .where(eq(wastewaterConnections.enterpriseId, enterprise.id));
    const overlapping = existing.find((c) => overlapsConnection(c, body.connectedOn));
    if (overlapping)
      throw EnvironmentErrors.ENVIRONMENT_ALREADY_CONNECTED([
        {
          path: 'body.connectedOn',
          message: `Doanh nghiệp đã đấu nối từ ngày ${overlapping.connectedOn}${overlapping.disconnectedOn ? ` đến ngày ${overlapping.disconnectedOn}` : ''}.`,
          reason: 'overlap',
          connectionId: overlapping.id,
        },
      ]);
    const [row] = await tx
      .insert(wastewaterConnections)
      .values({
        boardId: plant.boardId,
        plantId: plant.id,
        enterpriseId: enterprise.id,
        connectedOn: body.connectedOn,
        note: body.note,
      })
      .returning();
    await recordAudit(tx, actor, [
      {
        boardId: plant.boardId,
        action: 'create',
        entityType: ENVIRONMENT_ENTITY.connection,
        entityId: row!.id,
        entityKey: enterprise.taxCode,
        after: row,
      },
    ]);
    return presentConnection(row!, enterprise);
  });
}

/** Ends a connection on a day (from which it no longer counts); the row is kept as history. */
export async function endConnection(
  db: Db,
  actor: Actor,
  id: string,
  body: EndConnectionBody,
): Promise<WastewaterConnection> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ c: wastewaterConnections, taxCode: enterprises.taxCode, name: enterprises.name })
      .from(wastewaterConnections)
      .innerJoin(enterprises, eq(enterprises.id, wastewaterConnections.enterpriseId))
      .where(
        and(eq(wastewaterConnections.id, id), inArray(wastewaterConnections.boardId, readableBoards(actor))),
      )
      .for('update', { of: wastewaterConnections });
    if (!found) throw EnvironmentErrors.ENVIRONMENT_CONNECTION_NOT_FOUND();
    const current = found.c;
    assertManage(actor, current.boardId);
    if (current.disconnectedOn !== null)
      throw EnvironmentErrors.ENVIRONMENT_CONNECTION_ENDED([
        {
          path: 'body.disconnectedOn',
          message: `Đã ngừng đấu nối từ ngày ${current.disconnectedOn}.`,
          reason: 'ended',
        },
      ]);
    if (body.disconnectedOn < current.connectedOn)
      throw EnvironmentErrors.ENVIRONMENT_CONNECTION_PERIOD([
        {
          path: 'body.disconnectedOn',
          message: `Ngày ngừng đấu nối trước ngày đấu nối (${current.connectedOn}).`,
          reason: 'before_connected',
        },
      ]);
    const row = await updateVersioned(tx, wastewaterConnections, id, body.version, current.version, {
      disconnectedOn: body.disconnectedOn,
    });
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'update',
        entityType: ENVIRONMENT_ENTITY.connection,
        entityId: id,
        entityKey: found.taxCode,
        before: current,
        after: row,
      },
    ]);
    return presentConnection(row, { taxCode: found.taxCode, name: found.name });
  });
}

// ─── Samples ─────────────────────────────────────────────────────────────────────────────────

async function selectSamples(
  executor: Executor,
  where: SQL | undefined,
  page: { limit: number; offset: number },
): Promise<MonitoringSample[]> {
  const rows = await executor
    .select({
      s: monitoringSamples,
      plantName: wastewaterPlants.name,
      zoneId: zones.id,
      zoneCode: zones.code,
      zoneName: zones.name,
    })
    .from(monitoringSamples)
    .innerJoin(wastewaterPlants, eq(wastewaterPlants.id, monitoringSamples.plantId))
    .innerJoin(zones, eq(zones.id, wastewaterPlants.zoneId))
    .where(where)
    .orderBy(desc(monitoringSamples.sampledOn), desc(monitoringSamples.createdAt), asc(monitoringSamples.id))
    .limit(page.limit)
    .offset(page.offset);
  const ids = rows.map((r) => r.s.id);
  const results =
    ids.length === 0
      ? []
      : await executor.select().from(monitoringResults).where(inArray(monitoringResults.sampleId, ids));
  return rows.map(({ s, plantName, zoneId, zoneCode, zoneName }) => {
    const own = results
      .filter((r) => r.sampleId === s.id)
      .map((r) => ({
        parameterCode: r.parameterCode,
        parameterName: r.parameterName,
        unit: r.unit,
        value: trimDecimal(r.value),
        limitMin: decimalOrNull(r.limitMin),
        limitMax: decimalOrNull(r.limitMax),
        exceeds: r.exceeds,
      }));
    return {
      id: s.id,
      boardId: s.boardId,
      plantId: s.plantId,
      plantName,
      zone: { id: zoneId, code: zoneCode, name: zoneName },
      sampledOn: s.sampledOn,
      point: s.point as MonitoringSample['point'],
      kind: s.kind as MonitoringSample['kind'],
      laboratory: s.laboratory,
      note: s.note,
      results: own,
      exceedances: own.filter((r) => r.exceeds).length,
      createdAt: toVietnamTimestamp(s.createdAt),
    };
  });
}

/**
 * Records a sample: every parameter one of the plant's standard, each result with the limits that
 * apply (at the outlet: C × Kq × Kf where it applies; none at the inlet) and whether it exceeds them.
 */
export async function createSample(
  db: Db,
  actor: Actor,
  plantId: string,
  body: CreateSampleBody,
): Promise<MonitoringSample> {
  return db.transaction(async (tx) => {
    const plant = await loadPlant(tx, actor, plantId, true);
    assertManage(actor, plant.boardId);
    if (!plant.standardId)
      throw EnvironmentErrors.ENVIRONMENT_PLANT_NO_STANDARD([
        { path: 'params.id', message: 'Nhà máy chưa có quy chuẩn thiết kế.', reason: 'no_standard' },
      ]);
    const parameters = await parametersOf(tx, [plant.standardId]);
    const details: ErrorDetail[] = [];
    const seen = new Set<string>();
    body.results.forEach((r, i) => {
      if (!parameters.some((p) => p.code === r.parameterCode))
        details.push({
          path: `body.results[${i}].parameterCode`,
          message: `Quy chuẩn của nhà máy không có thông số ${r.parameterCode}.`,
          reason: 'unknown_parameter',
          value: r.parameterCode,
        });
      if (seen.has(r.parameterCode))
        details.push({
          path: `body.results[${i}].parameterCode`,
          message: `Thông số ${r.parameterCode} bị lặp.`,
          reason: 'duplicate',
          value: r.parameterCode,
        });
      seen.add(r.parameterCode);
    });
    if (details.length > 0) throw EnvironmentErrors.ENVIRONMENT_SAMPLE_INVALID(details);
    const [sample] = await tx
      .insert(monitoringSamples)
      .values({
        boardId: plant.boardId,
        plantId: plant.id,
        sampledOn: body.sampledOn,
        point: body.point,
        kind: body.kind,
        laboratory: body.laboratory,
        note: body.note,
      })
      .returning();
    const results = body.results.map((r) => {
      const parameter = parameters.find((p) => p.code === r.parameterCode)!;
      const value = trimDecimal(r.value);
      const limits =
        body.point === 'outlet' ? applicableLimits(parameter, plant.kq, plant.kf) : { min: null, max: null };
      return {
        boardId: plant.boardId,
        sampleId: sample!.id,
        parameterCode: parameter.code,
        parameterName: parameter.name,
        unit: parameter.unit,
        value,
        limitMin: limits.min,
        limitMax: limits.max,
        exceeds: exceedsLimits(value, limits),
      };
    });
    await tx.insert(monitoringResults).values(results);
    await recordAudit(tx, actor, [
      {
        boardId: plant.boardId,
        action: 'create',
        entityType: ENVIRONMENT_ENTITY.sample,
        entityId: sample!.id,
        entityKey: `${plant.name} ${body.sampledOn}`,
        after: { ...sample, results },
      },
    ]);
    return (await selectSamples(tx, eq(monitoringSamples.id, sample!.id), { limit: 1, offset: 0 }))[0]!;
  });
}

/** Samples of the boards the actor reads, newest first, filtered by plant, zone, dates and exceedance. */
export async function listSamples(
  db: Db,
  actor: Actor,
  query: ListSamplesQuery,
): Promise<MonitoringSampleList> {
  const boardIds = query.board?.length
    ? (await scopeBoards(db, actor, query.board)).ids.filter((id) => readableBoards(actor).includes(id))
    : readableBoards(actor);
  const empty = { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
  if (boardIds.length === 0) return empty;
  const where = and(
    inArray(monitoringSamples.boardId, boardIds),
    query.plantId ? eq(monitoringSamples.plantId, query.plantId) : undefined,
    query.zoneId ? eq(wastewaterPlants.zoneId, query.zoneId) : undefined,
    query.from ? gte(monitoringSamples.sampledOn, query.from) : undefined,
    query.to ? lte(monitoringSamples.sampledOn, query.to) : undefined,
    query.exceedsOnly
      ? sql`exists (select 1 from monitoring_results r where r.sample_id = ${monitoringSamples.id} and r.exceeds)`
      : undefined,
  );
  const [total] = await db
    .select({ n: count() })
    .from(monitoringSamples)
    .innerJoin(wastewaterPlants, eq(wastewaterPlants.id, monitoringSamples.plantId))
    .where(where);
  const items = await selectSamples(db, where, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items, page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) };
}

/** One parameter of a plant over time (oldest first), with the limits each value was judged by. */
export async function parameterSeries(
  db: Db,
  actor: Actor,
  plantId: string,
  query: { parameter: string; point: 'inlet' | 'outlet'; from?: string | undefined; to?: string | undefined },
): Promise<ParameterSeries> {
  const plant = await loadPlant(db, actor, plantId);
  const rows = await db
    .select({ r: monitoringResults, sampledOn: monitoringSamples.sampledOn })
    .from(monitoringResults)
    .innerJoin(monitoringSamples, eq(monitoringSamples.id, monitoringResults.sampleId))
    .where(
      and(
        eq(monitoringSamples.plantId, plant.id),
        eq(monitoringSamples.point, query.point),
        eq(monitoringResults.parameterCode, query.parameter),
        query.from ? gte(monitoringSamples.sampledOn, query.from) : undefined,
        query.to ? lte(monitoringSamples.sampledOn, query.to) : undefined,
      ),
    )
    .orderBy(asc(monitoringSamples.sampledOn), asc(monitoringSamples.createdAt), asc(monitoringSamples.id));
  const parameter = plant.standardId
    ? (await parametersOf(db, [plant.standardId])).find((p) => p.code === query.parameter)
    : undefined;
  const last = rows.at(-1)?.r;
  return {
    plantId: plant.id,
    parameter: {
      code: query.parameter,
      name: parameter?.name ?? last?.parameterName ?? query.parameter,
      unit: parameter?.unit ?? last?.unit ?? '',
    },
    limits:
      parameter === undefined
        ? null
        : query.point === 'outlet'
          ? applicableLimits(parameter, plant.kq, plant.kf)
          : { min: null, max: null },
    points: rows.map(({ r, sampledOn }) => ({
      sampleId: r.sampleId,
      sampledOn,
      value: trimDecimal(r.value),
      limitMin: decimalOrNull(r.limitMin),
      limitMax: decimalOrNull(r.limitMax),
      exceeds: r.exceeds,
    })),
  };
}
