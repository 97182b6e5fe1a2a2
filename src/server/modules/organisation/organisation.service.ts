import { assertCan, type Actor } from '../../kernel/actor.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { lastMove, sortHistory } from '../../../domain/organisation.ts';
import { BoardErrors, dissolveBoard, findBoardByCode, type BoardRow } from '../boards/index.ts';
import { transferBoundariesOfZones } from '../boundaries/index.ts';
import { transferWorksOfZones } from '../infrastructure/index.ts';
import { transferDecisionsOfZones } from '../planning/index.ts';
import { taxCodesTaken, transferEnterprisesOfZones } from '../enterprises/index.ts';
import { transferReportsOfEnterprises } from '../filing/index.ts';
import { projectCodesTaken, transferProjectsOfZones } from '../projects/index.ts';
import { transferRemindersOfEnterprises } from '../reminders/index.ts';
import {
  boardHistories,
  findZonesOfBoardsByCodes,
  listZonesOfBoards,
  transferZones,
  zoneCodesTaken,
  zonesByIds,
  zonesInside,
  ZoneErrors,
  type ZoneRow,
} from '../zones/index.ts';
import { OrganisationErrors } from './organisation.errors.ts';
import type { BoardMerge, MergeBoardBody, TransferZoneBody, ZoneTransfer } from './organisation.schemas.ts';

type Moved = ZoneTransfer['moved'];
const NOTHING_MOVED: Moved = { zones: [], projects: 0, enterprises: 0 };

async function boardNamed(tx: Executor, code: string, path: string): Promise<BoardRow> {
  const board = await findBoardByCode(tx, code);
  if (!board) {
    throw BoardErrors.BOARD_NOT_FOUND([
      { path, message: `Không tìm thấy Ban Quản lý có mã ${code}.`, reason: 'not_found', value: code },
    ]);
  }
  return board;
}

function refuseDissolved(board: BoardRow, path: string): void {
  if (!board.dissolvedOn) return;
  throw OrganisationErrors.ORGANISATION_BOARD_DISSOLVED([
    {
      path,
      message: `Ban Quản lý ${board.code} đã giải thể từ ngày ${board.dissolvedOn}.`,
      reason: 'dissolved',
      value: board.code,
    },
  ]);
}

/**
 * Moves zones with everything in them (projects with their licensing history and implemented
 * capital, enterprises with their reports and accounts) from one board to another from `on`,
 * after checking the move: every zone's last move before `on`, and no code of theirs already
 * used in the receiving board (every clash listed).
 */
async function moveZones(
  tx: Executor,
  actor: Actor,
  move: { zones: ZoneRow[]; to: BoardRow; on: string; decision: string | null },
): Promise<Moved> {
  if (move.zones.length === 0) return NOTHING_MOVED;
  const zoneIds = move.zones.map((z) => z.id);
  const histories = await boardHistories(tx, zoneIds);
  const tooEarly = move.zones.flatMap((zone): ErrorDetail[] => {
    const last = lastMove(histories.get(zone.id) ?? []);
    return last !== null && move.on <= last
      ? [
          {
            path: 'body.on',
            message: `Khu ${zone.code} đã chuyển Ban Quản lý ngày ${last}; ngày chuyển mới phải sau ngày đó.`,
            reason: 'before_last_move',
            value: zone.code,
          },
        ]
      : [];
  });
  if (tooEarly.length > 0) throw OrganisationErrors.ORGANISATION_DATE_BEFORE_LAST_MOVE(tooEarly);

  const clash = (kind: string, label: string) => (code: string) => ({
    path: kind,
    message: `${label} mã ${code} đã có ở Ban Quản lý ${move.to.code}.`,
    reason: 'taken',
    value: code,
  });
  const clashes = [
    ...(await zoneCodesTaken(tx, move.to.id, move.zones)).map(clash('zones', 'Khu')),
    ...(await projectCodesTaken(tx, move.to.id, zoneIds)).map(clash('projects', 'Dự án')),
    ...(await taxCodesTaken(tx, move.to.id, zoneIds)).map(clash('enterprises', 'Doanh nghiệp')),
  ];
  if (clashes.length > 0) throw OrganisationErrors.ORGANISATION_CODE_CLASH(clashes);

  const step = { zoneIds, toBoardId: move.to.id, on: move.on };
  await transferZones(tx, actor, {
    zones: move.zones,
    toBoardId: move.to.id,
    on: move.on,
    decision: move.decision,
  });
  const projects = await transferProjectsOfZones(tx, actor, step);
  // zones-v1: the zone's decisions and boundaries go with it (its land history and master data
  // moved with transferZones).
  await transferDecisionsOfZones(tx, zoneIds, move.to.id);
  await transferBoundariesOfZones(tx, zoneIds, move.to.id);
  await transferWorksOfZones(tx, zoneIds, move.to.id);
  const enterprises = await transferEnterprisesOfZones(tx, actor, step);
  const enterpriseIds = enterprises.map((e) => e.id);
  await transferReportsOfEnterprises(tx, enterpriseIds, move.to.id);
  await transferRemindersOfEnterprises(tx, enterpriseIds, move.to.id);
  return {
    zones: move.zones.map((z) => z.code).sort(),
    projects: projects.length,
    enterprises: enterprises.length,
  };
}

/**
 * Moves one zone, with its projects and enterprises, to another board from `on`
 * (organisation-v1). National administrators only. Exactly the same transfer again changes
 * nothing and succeeds.
 */
export async function transferZone(
  db: Db,
  actor: Actor,
  zoneCode: string,
  body: TransferZoneBody,
): Promise<ZoneTransfer> {
  assertCan(actor, 'boards.manage');
  const decision = body.decision ?? null;
  return db.transaction(async (tx) => {
    const from = await boardNamed(tx, body.board, 'body.board');
    const to = await boardNamed(tx, body.to, 'body.to');
    if (from.id === to.id) throw OrganisationErrors.ORGANISATION_SAME_BOARD([sameBoard('body.to', to.code)]);
    const result = { zone: zoneCode, from: from.code, to: to.code, on: body.on, decision };
    const [zone] = await findZonesOfBoardsByCodes(tx, [from.id], [zoneCode]);
    if (!zone) {
      if (await alreadyTransferred(tx, zoneCode, from, to, body.on, decision))
        return { ...result, changed: false, moved: NOTHING_MOVED };
      throw ZoneErrors.ZONE_NOT_FOUND([
        {
          path: 'params.zoneCode',
          message: `Ban Quản lý ${from.code} không có khu mã ${zoneCode}.`,
          reason: 'not_found',
          value: zoneCode,
        },
      ]);
    }
    refuseDissolved(from, 'body.board');
    refuseDissolved(to, 'body.to');
    // zones-v1: a park inside an economic zone moves with it, never alone.
    const [parent] = zone.parentZoneId ? await zonesByIds(tx, [zone.parentZoneId]) : [];
    if (parent)
      throw OrganisationErrors.ORGANISATION_ZONE_INSIDE_ECONOMIC_ZONE([
        {
          path: 'params.zoneCode',
          message: `Khu ${zone.code} nằm trong khu kinh tế ${parent.code}: chuyển khu kinh tế ${parent.code}, các khu bên trong sẽ chuyển theo.`,
          reason: 'inside_economic_zone',
          value: parent.code,
        },
      ]);
    const inside = await zonesInside(tx, [zone]);
    const moved = await moveZones(tx, actor, { zones: [zone, ...inside], to, on: body.on, decision });
    return { ...result, changed: true, moved };
  });
}

function sameBoard(path: string, code: string): ErrorDetail {
  return {
    path,
    message: `Không thể chuyển từ ${code} sang chính ${code}.`,
    reason: 'same_board',
    value: code,
  };
}

/** The zone is in `to` and its last move was exactly this one (from `from`, on `on`). */
async function alreadyTransferred(
  tx: Executor,
  zoneCode: string,
  from: BoardRow,
  to: BoardRow,
  on: string,
  decision: string | null,
): Promise<boolean> {
  const [zone] = await findZonesOfBoardsByCodes(tx, [to.id], [zoneCode]);
  if (!zone) return false;
  const history = sortHistory((await boardHistories(tx, [zone.id])).get(zone.id) ?? []);
  const [previous, last] = history.slice(-2);
  return (
    last?.boardId === to.id &&
    last.since === on &&
    last.decision === decision &&
    previous?.boardId === from.id
  );
}

/**
 * Merges a board into another from `on` (organisation-v1): every zone it holds moves, and the
 * board is dissolved — readable under its code, with `dissolvedOn` and `succeededBy`. National
 * administrators only. Exactly the same merge again changes nothing and succeeds.
 */
export async function mergeBoard(
  db: Db,
  actor: Actor,
  code: string,
  body: MergeBoardBody,
): Promise<BoardMerge> {
  assertCan(actor, 'boards.manage');
  const decision = body.decision ?? null;
  return db.transaction(async (tx) => {
    const board = await boardNamed(tx, code, 'params.code');
    const into = await boardNamed(tx, body.into, 'body.into');
    if (board.id === into.id)
      throw OrganisationErrors.ORGANISATION_SAME_BOARD([sameBoard('body.into', into.code)]);
    const result = { board: board.code, into: into.code, on: body.on, decision };
    if (board.dissolvedOn && board.succeededBy === into.id && board.dissolvedOn === body.on)
      return { ...result, changed: false, moved: NOTHING_MOVED };
    refuseDissolved(board, 'params.code');
    refuseDissolved(into, 'body.into');
    const zones = await listZonesOfBoards(tx, [board.id]);
    const moved = await moveZones(tx, actor, { zones, to: into, on: body.on, decision });
    await dissolveBoard(tx, actor, { board, into, on: body.on, decision });
    return { ...result, changed: true, moved };
  });
}
