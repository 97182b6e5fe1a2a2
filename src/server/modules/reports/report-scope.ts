import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { boundaryDifference } from '../../../domain/organisation.ts';
import { scopeBoards } from '../boards/index.ts';
import { findZonesOfBoardsByCodes, listZonesOfBoards, movedZones } from '../zones/index.ts';
import { ReportErrors } from './reports.errors.ts';

/** What a report covers, resolved to ids for its statement and to codes for its JSON. */
export interface ReportScope {
  /** The boards whose rows to read: those asked for, and the holders now of zones they held then. */
  boardIds: string[];
  /** The boards asked for (echoed in the report). */
  boardCodes: string[];
  /** The boards asked for, by id (targets and province totals are theirs). */
  ownBoardIds: string[];
  /** Set when the report is narrowed to zones, or when the boundaries differ from today's. */
  zoneIds: string[] | null;
  /** The zones asked for (echoed in the report). */
  zoneCodes: string[] | null;
  /** The date whose boundaries count (organisation-v1). */
  boundariesAsOf: string;
}

/**
 * The boards (by code; every visible board when none is named) and zones (by code, within those
 * boards) a report covers, on the boundaries of `boundariesAsOf`: the zones those boards held
 * that day, wherever they are now (organisation-v1). Where no zone of theirs has moved since, that
 * is simply every zone they hold now, and the statement reads their rows as before. Unknown or
 * invisible codes are refused before any figure is computed.
 */
export async function resolveReportScope(
  executor: Executor,
  actor: Actor,
  query: { boards?: string[] | undefined; zones?: string[] | undefined; boundariesAsOf: string },
): Promise<ReportScope> {
  const boards = await scopeBoards(executor, actor, query.boards);
  const { gained, lost } = boundaryDifference(await movedZones(executor), boards.ids, query.boundariesAsOf);
  const scope: ReportScope = {
    boardIds: boards.ids,
    boardCodes: boards.codes,
    ownBoardIds: boards.ids,
    zoneIds: null,
    zoneCodes: null,
    boundariesAsOf: query.boundariesAsOf,
  };
  if (gained.length > 0 || lost.length > 0) {
    const away = new Set(lost.map((z) => z.zoneId));
    const held = (await listZonesOfBoards(executor, boards.ids)).filter((z) => !away.has(z.id));
    scope.zoneIds = [...held.map((z) => z.id), ...gained.map((z) => z.zoneId)];
    scope.boardIds = [...new Set([...boards.ids, ...gained.map((z) => z.boardId)])];
  }
  if (!query.zones?.length) return scope;

  const wanted = [...new Set(query.zones)].sort();
  const territory = scope.zoneIds ? new Set(scope.zoneIds) : null;
  const zones = (await findZonesOfBoardsByCodes(executor, scope.boardIds, wanted)).filter(
    (z) => territory?.has(z.id) ?? true,
  );
  const missing = wanted.filter((code) => !zones.some((z) => z.code === code));
  if (missing.length > 0) {
    throw ReportErrors.REPORT_ZONE_NOT_FOUND(
      missing.map((code) => ({
        path: 'query.zone',
        message: `Không tìm thấy khu có mã ${code}.`,
        reason: 'not_found',
        value: code,
      })),
    );
  }
  return { ...scope, zoneIds: zones.map((z) => z.id), zoneCodes: wanted };
}
