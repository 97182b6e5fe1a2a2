import { eachInSlices } from '../../kernel/cooperative.ts';
import { findStatusHistoryProblems } from '../../../domain/zone-status.ts';
import { findZonesByCodes } from '../zones/zones.service.ts';
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
