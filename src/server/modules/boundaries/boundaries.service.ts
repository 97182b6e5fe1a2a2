/**
 * Zones' boundaries: the import of a file (checked and brought to WGS84 by
 * src/domain/geo-boundary.ts), the zone's current boundary and its history, the boundary as a
 * GeoJSON Feature and the boards' boundaries as one FeatureCollection. Each import adds a row;
 * the latest is the boundary now, nothing is rewritten.
 */
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import type { AppError } from '../../kernel/errors.ts';
import { readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import {
  bboxOf,
  parseBoundary,
  type BoundaryGeometry,
  type BoundaryProblem,
  type BoundingBox,
} from '../../../domain/geo-boundary.ts';
import { actingBoardByCode } from '../boards/index.ts';
import { users } from '../users/index.ts';
import { findVisibleZone, zones, type ZoneRow } from '../zones/index.ts';
import { BoundaryErrors } from './boundaries.errors.ts';
import type {
  BoundaryFeatureCollection,
  BoundaryImport,
  ImportBoundaryBody,
  ZoneBoundary,
  ZoneBoundaryDetail,
} from './boundaries.schemas.ts';
import { zoneBoundaries } from './boundaries.tables.ts';

/** The audit log's word for an import (to join src/domain/audit-vocabulary.ts: requested). */
export const BOUNDARY_ENTITY: AuditEntityType = 'zone_boundary';

/** Imports a zone's history lists at most (newest first). */
export const HISTORY_LIMIT = 200;

const BOUNDARY_BOARD: BoardChoiceErrors = {
  required: BoundaryErrors.BOUNDARY_BOARD_NOT_FOUND,
  notFound: BoundaryErrors.BOUNDARY_BOARD_NOT_FOUND,
};

/** A zone the actor reads (records.read on its board), else 404 — another board's zone too. */
async function readableZone(executor: Executor, actor: Actor, zoneId: string): Promise<ZoneRow> {
  const zone = await findVisibleZone(executor, actor, zoneId);
  if (!zone || !readableBoardIds(actor, 'records.read').includes(zone.boardId))
    throw BoundaryErrors.BOUNDARY_ZONE_NOT_FOUND();
  return zone;
}

/** The API's error for the domain's refusal: its code by kind, the problem as the one detail. */
function refusalError(problem: BoundaryProblem): AppError {
  const path = problem.path.startsWith('centralMeridian')
    ? 'body.centralMeridian'
    : `body.geojson${problem.path ? `.${problem.path}` : ''}`;
  const details = [
    {
      path,
      message: problem.message,
      reason: problem.reason,
      ...(problem.value === undefined ? {} : { value: problem.value }),
    },
  ];
  switch (problem.reason) {
    case 'too_many_vertices':
    case 'too_many_features':
    case 'too_many_rings':
      return BoundaryErrors.BOUNDARY_TOO_LARGE(details);
    case 'looks_projected':
    case 'looks_geographic':
    case 'axis_order_swapped':
    case 'outside_vietnam':
      return BoundaryErrors.BOUNDARY_OUTSIDE_VIETNAM(details);
    case 'central_meridian_required':
    case 'central_meridian_invalid':
      return BoundaryErrors.BOUNDARY_CENTRAL_MERIDIAN_REQUIRED(details);
    default:
      return BoundaryErrors.BOUNDARY_GEOJSON_INVALID(details);
  }
}

const importColumns = {
  id: zoneBoundaries.id,
  zoneId: zoneBoundaries.zoneId,
  sourceCrs: zoneBoundaries.sourceCrs,
  centralMeridian: zoneBoundaries.centralMeridian,
  zoneWidth: zoneBoundaries.projectionZoneWidth,
  sourceFileName: zoneBoundaries.sourceFileName,
  vertexCount: zoneBoundaries.vertexCount,
  areaHa: zoneBoundaries.computedAreaHa,
  note: zoneBoundaries.note,
  importedAt: zoneBoundaries.importedAt,
  importedById: users.id,
  importedByUsername: users.username,
  importedByName: users.fullName,
};

type ImportRow = {
  id: string;
  zoneId: string;
  sourceCrs: string;
  centralMeridian: string | null;
  zoneWidth: number | null;
  sourceFileName: string | null;
  vertexCount: number;
  areaHa: string | null;
  note: string | null;
  importedAt: Date;
  importedById: string | null;
  importedByUsername: string | null;
  importedByName: string | null;
};

/** A stored numeric as the API shows it: "105.500000" → "105.5", "120.0000" → "120". */
const decimal = (value: string | null) =>
  value === null ? null : value.includes('.') ? value.replace(/\.?0+$/, '') : value;

function presentImport(row: ImportRow): BoundaryImport {
  return {
    id: row.id,
    zoneId: row.zoneId,
    sourceCrs: row.sourceCrs as BoundaryImport['sourceCrs'],
    centralMeridian: decimal(row.centralMeridian),
    zoneWidth: row.zoneWidth,
    sourceFileName: row.sourceFileName,
    vertexCount: row.vertexCount,
    areaHa: decimal(row.areaHa),
    note: row.note,
    importedAt: row.importedAt.toISOString(),
    importedBy:
      row.importedById === null
        ? null
        : {
            id: row.importedById,
            username: row.importedByUsername ?? '',
            fullName: row.importedByName ?? '',
          },
  };
}

/** Imports of a zone, newest first; the first with its geometry. */
async function zoneImports(executor: Executor, zoneId: string) {
  const history = (await executor
    .select(importColumns)
    .from(zoneBoundaries)
    .leftJoin(users, eq(users.id, zoneBoundaries.importedBy))
    .where(eq(zoneBoundaries.zoneId, zoneId))
    .orderBy(desc(zoneBoundaries.importedAt), desc(zoneBoundaries.id))
    .limit(HISTORY_LIMIT)) as ImportRow[];
  if (history.length === 0) return null;
  const [current] = await executor
    .select({ boardId: zoneBoundaries.boardId, geometry: zoneBoundaries.geometry })
    .from(zoneBoundaries)
    .where(eq(zoneBoundaries.id, history[0]!.id));
  const geometry = current!.geometry as BoundaryGeometry;
  const boundary: ZoneBoundary = {
    ...presentImport(history[0]!),
    boardId: current!.boardId,
    geometry,
    bbox: bboxOf(geometry),
  };
  return { current: boundary, history: history.map(presentImport) };
}

/** Imports a boundary file for a zone: checked, converted to WGS84, stored as the zone's boundary now. */
export async function importZoneBoundary(
  db: Db,
  actor: Actor,
  zoneId: string,
  body: ImportBoundaryBody,
): Promise<ZoneBoundary> {
  return db.transaction(async (tx) => {
    const zone = await readableZone(tx, actor, zoneId);
    assertCan(actor, 'records.write', zone.boardId);
    const isVn2000 = body.sourceCrs === 'VN-2000';
    const result = parseBoundary(body.geojson, {
      crs: body.sourceCrs,
      centralMeridian: body.centralMeridian,
      zoneWidth: body.zoneWidth,
      axisOrder: body.axisOrder,
    });
    if (!result.ok) throw refusalError(result.problem);
    const { boundary } = result;
    // One import of a zone at a time: the later one is the boundary now.
    await tx.execute(sql`select id from zones where id = ${zone.id} for update`);
    const [row] = await tx
      .insert(zoneBoundaries)
      .values({
        boardId: zone.boardId,
        zoneId: zone.id,
        geometry: boundary.geometry,
        sourceCrs: body.sourceCrs,
        centralMeridian: isVn2000 ? String(body.centralMeridian) : null,
        projectionZoneWidth: isVn2000 ? body.zoneWidth : null,
        sourceFileName: body.sourceFileName || null,
        vertexCount: boundary.vertexCount,
        computedAreaHa: boundary.areaHa,
        note: body.note || null,
        importedBy: actor.userId,
        importedAt: new Date(),
      })
      .returning({ id: zoneBoundaries.id });
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: 'import',
        entityType: BOUNDARY_ENTITY,
        entityId: row!.id,
        entityKey: zone.code,
        // The summary, not the geometry (up to 50 000 positions).
        after: {
          zoneId: zone.id,
          zoneCode: zone.code,
          sourceCrs: body.sourceCrs,
          centralMeridian: isVn2000 ? body.centralMeridian : null,
          zoneWidth: isVn2000 ? body.zoneWidth : null,
          axisOrder: body.axisOrder,
          geometryType: boundary.geometry.type,
          vertexCount: boundary.vertexCount,
          areaHa: boundary.areaHa,
          bbox: boundary.bbox,
          sourceFileName: body.sourceFileName || null,
          note: body.note || null,
        },
      },
    ]);
    return (await zoneImports(tx, zone.id))!.current;
  });
}

/** A zone's boundary now and its imports; BOUNDARY_NOT_FOUND when none was imported. */
export async function getZoneBoundary(db: Db, actor: Actor, zoneId: string): Promise<ZoneBoundaryDetail> {
  const zone = await readableZone(db, actor, zoneId);
  const imports = await zoneImports(db, zone.id);
  if (!imports) throw BoundaryErrors.BOUNDARY_NOT_FOUND();
  return {
    zone: { id: zone.id, code: zone.code, name: zone.name, areaHa: decimal(zone.areaHa) ?? zone.areaHa },
    ...imports,
  };
}

/** A zone's boundary now as a GeoJSON Feature (RFC 7946). */
export async function zoneBoundaryFeature(db: Db, actor: Actor, zoneId: string) {
  const zone = await readableZone(db, actor, zoneId);
  const imports = await zoneImports(db, zone.id);
  if (!imports) throw BoundaryErrors.BOUNDARY_NOT_FOUND();
  const { current } = imports;
  return {
    zoneCode: zone.code,
    feature: {
      type: 'Feature' as const,
      id: zone.id,
      bbox: current.bbox,
      geometry: current.geometry,
      properties: {
        zoneId: zone.id,
        code: zone.code,
        name: zone.name,
        kind: zone.kind,
        sourceCrs: current.sourceCrs,
        centralMeridian: current.centralMeridian,
        zoneWidth: current.zoneWidth,
        areaHa: current.areaHa,
        importedAt: current.importedAt,
      },
    },
  };
}

/**
 * The current boundaries of the zones of the boards the actor reads (or of the one board named),
 * as one FeatureCollection: a zone is found through its board now, so a zone moved to another
 * board is drawn with that board's zones.
 */
export async function boardBoundaries(
  db: Db,
  actor: Actor,
  boardCode: string | undefined,
): Promise<BoundaryFeatureCollection> {
  const boardIds =
    boardCode === undefined
      ? readableBoardIds(actor, 'records.read')
      : [
          await actingBoardByCode(db, actor, {
            code: boardCode,
            permission: 'records.read',
            errors: BOUNDARY_BOARD,
          }),
        ];
  if (boardIds.length === 0) return { type: 'FeatureCollection', features: [] };
  const rows = await db
    .selectDistinctOn([zoneBoundaries.zoneId], {
      zoneId: zoneBoundaries.zoneId,
      geometry: zoneBoundaries.geometry,
      areaHa: zoneBoundaries.computedAreaHa,
      sourceCrs: zoneBoundaries.sourceCrs,
      importedAt: zoneBoundaries.importedAt,
      boardId: zones.boardId,
      code: zones.code,
      name: zones.name,
      kind: zones.kind,
      status: zones.status,
    })
    .from(zoneBoundaries)
    .innerJoin(zones, eq(zones.id, zoneBoundaries.zoneId))
    .where(inArray(zones.boardId, boardIds))
    .orderBy(zoneBoundaries.zoneId, desc(zoneBoundaries.importedAt), desc(zoneBoundaries.id));
  rows.sort((a, b) => a.code.localeCompare(b.code) || a.zoneId.localeCompare(b.zoneId));
  const features = rows.map((row) => {
    const geometry = row.geometry as BoundaryGeometry;
    return {
      type: 'Feature' as const,
      id: row.zoneId,
      bbox: bboxOf(geometry),
      geometry,
      properties: {
        zoneId: row.zoneId,
        boardId: row.boardId,
        code: row.code,
        name: row.name,
        kind: row.kind,
        status: row.status,
        areaHa: decimal(row.areaHa),
        sourceCrs: row.sourceCrs as 'WGS84' | 'VN-2000',
        importedAt: row.importedAt.toISOString(),
      },
    };
  });
  if (features.length === 0) return { type: 'FeatureCollection', features };
  const bbox: BoundingBox = [
    Math.min(...features.map((f) => f.bbox[0])),
    Math.min(...features.map((f) => f.bbox[1])),
    Math.max(...features.map((f) => f.bbox[2])),
    Math.max(...features.map((f) => f.bbox[3])),
  ];
  return { type: 'FeatureCollection', bbox, features };
}

/**
 * A zone moved to another board (organisation-v1) takes its boundaries with it, history included:
 * the rows' board becomes the zone's new board. For the organisation service's transfer, in its
 * transaction (its audit entry covers the move). Returns the rows moved.
 */
export async function transferBoundariesOfZones(
  executor: Executor,
  zoneIds: string[],
  toBoardId: string,
): Promise<number> {
  if (zoneIds.length === 0) return 0;
  const moved = await executor
    .update(zoneBoundaries)
    .set({ boardId: toBoardId })
    .where(inArray(zoneBoundaries.zoneId, zoneIds))
    .returning({ id: zoneBoundaries.id });
  return moved.length;
}
