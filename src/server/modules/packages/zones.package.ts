import { can } from '../../kernel/actor.ts';
import { eachInSlices } from '../../kernel/cooperative.ts';
import { findBoardHistoryProblems, type StatedHolding } from '../../../domain/organisation.ts';
import { findStatusHistoryProblems } from '../../../domain/zone-status.ts';
import { findZonesByCodes } from '../zones/index.ts';
import { str, type PackageBoards, type PackageContext, type PackageZones } from './package-validator.ts';

/**
 * The package's zones: each code once per board, a board the actor may write, a status history
 * in time order ending at the zone's status. Lives here rather than in zones/ for now (that
 * module is another's).
 */
export async function checkPackageZones(
  ctx: PackageContext,
  { boards }: { boards: PackageBoards },
): Promise<PackageZones> {
  const { problems } = ctx;
  const declared = new Set<string>(); // boardCode|code
  await eachInSlices(ctx.raw.zones, (record, index) => {
    const code = str(record, 'code');
    const boardCode = str(record, 'boardCode');
    if (!code || !boardCode) return;
    const key = `${boardCode}|${code}`;
    if (declared.has(key)) {
      problems.add(
        'zones',
        index,
        code,
        'code',
        'DUPLICATE_CODE',
        `Mã khu "${code}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    declared.add(key);
    const zone = ctx.valid.zones.get(index);
    if (!zone) return;
    boards.checkReference('zones', index, code, boardCode);
    checkBoardHistory(ctx, boards, index, code, zone.boardCode, zone.boardHistory ?? []);
    for (const p of findStatusHistoryProblems(zone.statusHistory ?? [], zone.status)) {
      problems.add(
        'zones',
        index,
        code,
        `statusHistory.${p.index}`,
        p.reason,
        p.reason === 'STATUS_HISTORY_NOT_ASCENDING'
          ? 'Lịch sử trạng thái phải theo thứ tự thời gian tăng dần, không trùng ngày.'
          : 'Mốc cuối của lịch sử trạng thái phải trùng với "status".',
      );
    }
  });

  const stored = new Set<string>(); // boardCode|code of zones found in the database
  return {
    async lookUp(records) {
      const wanted = new Map<string, Set<string>>(); // boardCode → zone codes
      for (const record of records) {
        const boardCode = str(record, 'boardCode');
        const zoneCode = str(record, 'zoneCode');
        const key = `${boardCode}|${zoneCode}`;
        if (boardCode && zoneCode && !declared.has(key) && !stored.has(key))
          wanted.set(boardCode, (wanted.get(boardCode) ?? new Set()).add(zoneCode));
      }
      for (const [boardCode, codes] of wanted) {
        const board = boards.existing.get(boardCode);
        if (!board) continue;
        for (const zone of await findZonesByCodes(ctx.executor, board.id, [...codes]))
          stored.add(`${boardCode}|${zone.code}`);
      }
    },
    checkReference(kind, index, code, boardCode, zoneCode) {
      const key = `${boardCode}|${zoneCode}`;
      if (declared.has(key) || stored.has(key)) return true;
      problems.add(
        kind,
        index,
        code,
        'zoneCode',
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy khu có mã "${zoneCode}" của Ban Quản lý "${boardCode}".`,
      );
      return false;
    },
  };
}

const BOARD_HISTORY_MESSAGES = {
  BOARD_HISTORY_UNDATED: 'Mỗi mốc của lịch sử Ban quản lý, trừ mốc đầu, phải có ngày ("since").',
  BOARD_HISTORY_NOT_ASCENDING: 'Lịch sử Ban quản lý phải theo thứ tự thời gian tăng dần, không trùng ngày.',
  BOARD_HISTORY_SAME_BOARD: 'Hai mốc liền nhau của lịch sử Ban quản lý không thể cùng một Ban.',
  BOARD_HISTORY_LAST_NOT_HOLDER:
    'Mốc cuối của lịch sử Ban quản lý phải là Ban đang quản lý khu ("boardCode").',
} as const;

/**
 * organisation-v1: a zone's board history — in order, ending at the board that holds the zone,
 * each board known — and, for a zone that moved, an actor who may record moves (national).
 */
function checkBoardHistory(
  ctx: PackageContext,
  boards: PackageBoards,
  index: number,
  code: string,
  holderNow: string,
  history: readonly StatedHolding[],
): void {
  const { problems } = ctx;
  for (const p of findBoardHistoryProblems(history, holderNow))
    problems.add('zones', index, code, `boardHistory.${p.index}`, p.reason, BOARD_HISTORY_MESSAGES[p.reason]);
  history.forEach((entry, i) => {
    if (!boards.known(entry.boardCode))
      problems.add(
        'zones',
        index,
        code,
        `boardHistory.${i}.boardCode`,
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy Ban Quản lý có mã "${entry.boardCode}".`,
      );
  });
  if (history.length > 1 && !can(ctx.actor, 'boards.manage'))
    problems.add(
      'zones',
      index,
      code,
      'boardHistory',
      'BOARD_FORBIDDEN',
      'Chỉ quản trị cấp trung ương được ghi việc chuyển khu giữa các Ban Quản lý.',
    );
}
