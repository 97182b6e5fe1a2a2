import { eachInSlices } from '../../kernel/cooperative.ts';
import type {
  PackageBoards,
  PackageContext,
  PackageProjects,
  PackageZones,
  Declaration,
} from '../packages/index.ts';
import { declare, str } from '../packages/index.ts';
import { findProjectsByCodes, type ProjectRow } from './projects.service.ts';

/**
 * A data package's projects: each code once per board, a board the actor may write, a zone of
 * that board (in the package or the database). Gives what the later kinds need to resolve the
 * project codes they name.
 */
export async function checkPackageProjects(
  ctx: PackageContext,
  { boards, zones }: { boards: PackageBoards; zones: PackageZones },
): Promise<PackageProjects> {
  const { problems } = ctx;
  await zones.lookUp(ctx.raw.projects);
  const declarations = new Map<string, Declaration[]>();
  await eachInSlices(ctx.raw.projects, (record, index) => {
    const code = str(record, 'code');
    const boardCode = str(record, 'boardCode');
    if (!code || !boardCode) return;
    if (!declare(declarations, code, boardCode, index)) {
      problems.add(
        'projects',
        index,
        code,
        'code',
        'DUPLICATE_CODE',
        `Mã số dự án "${code}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    if (!ctx.valid.projects.has(index)) return;
    if (!boards.checkReference('projects', index, code, boardCode)) return;
    zones.checkReference('projects', index, code, boardCode, str(record, 'zoneCode')!);
  });

  const stored = new Map<string, ProjectRow[]>(); // code → rows in the boards the actor sees
  const lookedUp = new Set<string>();
  const findStored = (boardCode: string, code: string) => {
    const board = boards.existing.get(boardCode);
    if (!board) return null;
    return (stored.get(code) ?? []).find((p) => p.boardId === board.id) ?? null;
  };
  const boardOf = new Map<string, string>();
  const projects: PackageProjects = {
    declarations,
    boardOf,
    findStored,
    async lookUp(codes) {
      const wanted = [...new Set(codes)].filter((code) => !lookedUp.has(code));
      for (const code of wanted) lookedUp.add(code);
      for (const row of await findProjectsByCodes(ctx.executor, ctx.actor.visibleBoardIds, wanted))
        stored.set(row.code, [...(stored.get(row.code) ?? []), row]);
    },
    inBoard: (boardCode, code) =>
      (declarations.get(code) ?? []).some((d) => d.boardCode === boardCode) ||
      findStored(boardCode, code) !== null,
    resolve(kind, index, code, field) {
      const declared = declarations.get(code) ?? [];
      const candidates =
        declared.length > 0
          ? declared.map((d) => d.boardCode)
          : (stored.get(code) ?? []).map((p) => boards.codeOf(p.boardId)!);
      if (candidates.length === 0) {
        problems.add(
          kind,
          index,
          code,
          field,
          'REFERENCE_NOT_FOUND',
          `Không tìm thấy dự án có mã số "${code}".`,
        );
        return null;
      }
      if (candidates.length > 1) {
        problems.add(
          kind,
          index,
          code,
          field,
          'AMBIGUOUS_REFERENCE',
          `Mã số dự án "${code}" có ở nhiều Ban Quản lý (${candidates.join(', ')}).`,
        );
        return null;
      }
      const boardCode = candidates[0]!;
      if (!boards.writable(boardCode)) {
        problems.add(
          kind,
          index,
          code,
          field,
          'BOARD_READ_ONLY',
          `Bạn không có quyền ghi dữ liệu của Ban Quản lý "${boardCode}".`,
        );
        return null;
      }
      boardOf.set(code, boardCode);
      return boardCode;
    },
  };
  // The package's own projects: their licensing histories merge with what the database holds.
  await projects.lookUp(declarations.keys());
  return projects;
}
