import { can } from '../../kernel/actor.ts';
import { eachInSlices } from '../../kernel/cooperative.ts';
import { findBoardHistoryProblems, type StatedHolding } from '../../../domain/organisation.ts';
import { findStatusHistoryProblems } from '../../../domain/zone-status.ts';
import { findLandProblems, findParentCycles, NO_LAND, type LandProblem } from '../../../domain/zone-land.ts';
import { findZonesByCodes, listZonesOfBoards } from '../zones/index.ts';
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

  checkLand(ctx);
  await checkParents(ctx, boards);

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

const LAND_MESSAGES: Record<LandProblem['reason'], string> = {
  LAND_HISTORY_NOT_ASCENDING: 'Lịch sử đất phải theo thứ tự thời gian tăng dần, không trùng ngày.',
  LEASED_ABOVE_INDUSTRIAL_LAND: 'Đất công nghiệp đã cho thuê lớn hơn đất công nghiệp.',
  LEASED_ABOVE_SERVICE_LAND: 'Đất dịch vụ đã cho thuê lớn hơn đất dịch vụ.',
  LAND_DIFFERS_FROM_HISTORY: 'Số liệu đất của khu phải trùng với mốc cuối của "landHistory" (hoặc để trống).',
};

/** zones-v1: leased land within its land, the history in time order, top-level figures equal to its last entry. */
function checkLand(ctx: PackageContext): void {
  for (const [index, zone] of ctx.valid.zones) {
    const topLevel = {
      ...(zone.industrialLandHa !== undefined ? { industrialLandHa: zone.industrialLandHa } : {}),
      ...(zone.serviceLandHa !== undefined ? { serviceLandHa: zone.serviceLandHa } : {}),
      ...(zone.leasedLandHa !== undefined ? { leasedLandHa: zone.leasedLandHa } : {}),
      ...(zone.leasedServiceLandHa !== undefined ? { leasedServiceLandHa: zone.leasedServiceLandHa } : {}),
    };
    const history = (zone.landHistory ?? []).map((entry) => ({ ...NO_LAND, ...entry }));
    for (const p of findLandProblems(topLevel, history))
      ctx.problems.add(
        'zones',
        index,
        zone.code,
        p.index === null ? p.field : `landHistory.${p.index}.${p.field}`,
        p.reason,
        LAND_MESSAGES[p.reason],
      );
  }
}

/**
 * zones-v1: a parent is a KKT of the same board — declared in the package or stored — and no
 * zone is its own ancestor (the package's parents over the stored ones).
 */
async function checkParents(ctx: PackageContext, boards: PackageBoards): Promise<void> {
  const withParent = [...ctx.valid.zones].filter(([, zone]) => zone.parentZoneCode);
  if (withParent.length === 0) return;
  const boardCodes = [...new Set(withParent.map(([, zone]) => zone.boardCode))];
  // Every zone of the boards concerned, by board and code: stored first, then the package's.
  const zonesByBoard = new Map<string, Map<string, { kind: string; parentCode: string | null }>>();
  const storedBoardIds = boardCodes.flatMap((code) => {
    const board = boards.existing.get(code);
    return board ? [board.id] : [];
  });
  const stored = await listZonesOfBoards(ctx.executor, storedBoardIds);
  const codeOfId = new Map(stored.map((z) => [z.id, z.code]));
  const boardCodeOfId = new Map([...boards.existing].map(([code, board]) => [board.id, code]));
  for (const zone of stored) {
    const boardCode = boardCodeOfId.get(zone.boardId)!;
    const zones = zonesByBoard.get(boardCode) ?? new Map();
    zones.set(zone.code, {
      kind: zone.kind,
      parentCode: zone.parentZoneId ? (codeOfId.get(zone.parentZoneId) ?? null) : null,
    });
    zonesByBoard.set(boardCode, zones);
  }
  const codesElsewhere = new Map<string, string>(); // zone code → a board of the package holding it
  for (const [, zone] of ctx.valid.zones) {
    const zones = zonesByBoard.get(zone.boardCode) ?? new Map();
    zones.set(zone.code, { kind: zone.kind, parentCode: zone.parentZoneCode ?? null });
    zonesByBoard.set(zone.boardCode, zones);
    codesElsewhere.set(zone.code, zone.boardCode);
  }
  for (const [index, zone] of withParent) {
    const parentCode = zone.parentZoneCode!;
    const parent = zonesByBoard.get(zone.boardCode)?.get(parentCode);
    if (!parent) {
      const elsewhere = codesElsewhere.get(parentCode);
      if (elsewhere && elsewhere !== zone.boardCode)
        ctx.problems.add(
          'zones',
          index,
          zone.code,
          'parentZoneCode',
          'ZONE_PARENT_OTHER_BOARD',
          `Khu "${parentCode}" thuộc Ban Quản lý "${elsewhere}", không cùng Ban với khu này.`,
        );
      else
        ctx.problems.add(
          'zones',
          index,
          zone.code,
          'parentZoneCode',
          'REFERENCE_NOT_FOUND',
          `Không tìm thấy khu có mã "${parentCode}" của Ban Quản lý "${zone.boardCode}".`,
        );
      continue;
    }
    if (parent.kind !== 'KKT')
      ctx.problems.add(
        'zones',
        index,
        zone.code,
        'parentZoneCode',
        'ZONE_PARENT_NOT_ECONOMIC_ZONE',
        `Khu "${parentCode}" không phải khu kinh tế (KKT).`,
      );
  }
  for (const [boardCode, zones] of zonesByBoard) {
    const parents = new Map([...zones].map(([code, z]) => [code, z.parentCode]));
    const inCycle = new Set(findParentCycles(parents));
    for (const [index, zone] of withParent)
      if (zone.boardCode === boardCode && inCycle.has(zone.code))
        ctx.problems.add(
          'zones',
          index,
          zone.code,
          'parentZoneCode',
          'ZONE_PARENT_CYCLE',
          `Khu "${zone.code}" nằm trong chính nó qua chuỗi khu chứa.`,
        );
  }
}
