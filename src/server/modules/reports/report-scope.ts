import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { scopeBoards } from '../boards/boards.service.ts';
import { findZonesOfBoardsByCodes } from '../zones/zones.service.ts';
import { ReportErrors } from './reports.errors.ts';

/** What a report covers, resolved to ids for its statement and to codes for its JSON. */
export interface ReportScope {
  boardIds: string[];
  boardCodes: string[];
  /** Set when the report is narrowed to zones. */
  zoneIds: string[] | null;
  zoneCodes: string[] | null;
}

/**
 * The boards (by code; every visible board when none is named) and zones (by code, within those
 * boards) a report covers. Unknown or invisible codes are refused before any figure is computed.
 */
export async function resolveReportScope(
  executor: Executor,
  actor: Actor,
  boardCodes: string[] | undefined,
  zoneCodes: string[] | undefined,
): Promise<ReportScope> {
  const boards = await scopeBoards(executor, actor, boardCodes);
  if (!zoneCodes?.length)
    return { boardIds: boards.ids, boardCodes: boards.codes, zoneIds: null, zoneCodes: null };
  const wanted = [...new Set(zoneCodes)].sort();
  const zones = await findZonesOfBoardsByCodes(executor, boards.ids, wanted);
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
  return {
    boardIds: boards.ids,
    boardCodes: boards.codes,
    zoneIds: zones.map((z) => z.id),
    zoneCodes: wanted,
  };
}
