import { can } from '../../kernel/actor.ts';
import { eachInSlices } from '../../kernel/cooperative.ts';
import { listBoardsByIds, type BoardRow } from '../boards/index.ts';
import type { RecordKind } from './data-package.schema.ts';
import { str, type PackageBoards, type PackageContext } from './package-validator.ts';

/**
 * The package's boards: each code once; creating a board, or changing one's name or province,
 * needs boards.manage. Lives here rather than in boards/ for now (that module is another's).
 */
export async function checkPackageBoards(ctx: PackageContext): Promise<PackageBoards> {
  const { actor, problems } = ctx;
  const visibleBoards = await listBoardsByIds(ctx.executor, actor.visibleBoardIds);
  const existing = new Map(visibleBoards.map((b) => [b.code, b]));
  const declared = new Map<string, number>();
  await eachInSlices(ctx.raw.boards, (record, index) => {
    const code = str(record, 'code');
    if (!code) return;
    if (declared.has(code)) {
      problems.add(
        'boards',
        index,
        code,
        'code',
        'DUPLICATE_CODE',
        `Mã Ban Quản lý "${code}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    declared.set(code, index);
    const parsed = ctx.valid.boards.get(index);
    if (!parsed) return;
    const board = existing.get(code);
    if (!board) {
      if (!can(actor, 'boards.manage')) {
        problems.add(
          'boards',
          index,
          code,
          'code',
          'BOARD_FORBIDDEN',
          `Bạn không có quyền tạo hoặc ghi dữ liệu của Ban Quản lý "${code}".`,
        );
      }
    } else if (board.name !== parsed.name || (board.provinceCode ?? null) !== (parsed.provinceCode ?? null)) {
      if (!can(actor, 'boards.manage')) {
        problems.add(
          'boards',
          index,
          code,
          'name',
          'BOARD_FORBIDDEN',
          `Chỉ quản trị cấp trung ương được sửa thông tin Ban Quản lý "${code}".`,
        );
      }
    }
  });

  checkSuccessions(ctx, existing, declared);

  const codeById = new Map(visibleBoards.map((b) => [b.id, b.code]));
  const writable = (code: string) => {
    const board = existing.get(code);
    if (board) return can(actor, 'records.write', board.id);
    return declared.has(code) && can(actor, 'boards.manage');
  };
  const checkReference = (kind: RecordKind, index: number, code: string | null, boardCode: string) => {
    if (!existing.has(boardCode) && !declared.has(boardCode)) {
      problems.add(
        kind,
        index,
        code,
        'boardCode',
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy Ban Quản lý có mã "${boardCode}".`,
      );
      return false;
    }
    if (!writable(boardCode)) {
      problems.add(
        kind,
        index,
        code,
        'boardCode',
        'BOARD_READ_ONLY',
        `Bạn không có quyền ghi dữ liệu của Ban Quản lý "${boardCode}".`,
      );
      return false;
    }
    return true;
  };
  return {
    existing,
    codeOf: (id) => codeById.get(id),
    known: (boardCode) => existing.has(boardCode) || declared.has(boardCode),
    writable,
    checkReference,
  };
}

/**
 * organisation-v1: a board's succession states both `dissolvedOn` and `succeededBy`, names
 * another board known here, and only a national administrator may change it.
 */
function checkSuccessions(
  ctx: PackageContext,
  existing: Map<string, BoardRow>,
  declared: Map<string, number>,
): void {
  const { actor, problems } = ctx;
  const codeById = new Map([...existing.values()].map((b) => [b.id, b.code]));
  for (const [code, index] of declared) {
    const parsed = ctx.valid.boards.get(index);
    if (!parsed) continue;
    const dissolvedOn = parsed.dissolvedOn ?? null;
    const succeededBy = parsed.succeededBy ?? null;
    if ((dissolvedOn === null) !== (succeededBy === null)) {
      problems.add(
        'boards',
        index,
        code,
        dissolvedOn === null ? 'dissolvedOn' : 'succeededBy',
        'SUCCESSION_INCOMPLETE',
        '"dissolvedOn" và "succeededBy" phải có cùng nhau (ngày giải thể và Ban kế thừa).',
      );
      continue;
    }
    if (succeededBy === null) continue;
    if (succeededBy === code) {
      problems.add(
        'boards',
        index,
        code,
        'succeededBy',
        'SUCCESSION_SELF',
        'Ban Quản lý không thể kế thừa chính nó.',
      );
      continue;
    }
    if (!existing.has(succeededBy) && !declared.has(succeededBy)) {
      problems.add(
        'boards',
        index,
        code,
        'succeededBy',
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy Ban Quản lý có mã "${succeededBy}".`,
      );
      continue;
    }
    const board = existing.get(code);
    const unchanged =
      board &&
      board.dissolvedOn === dissolvedOn &&
      (board.succeededBy ? codeById.get(board.succeededBy) : null) === succeededBy;
    if (!unchanged && !can(actor, 'boards.manage')) {
      problems.add(
        'boards',
        index,
        code,
        'succeededBy',
        'BOARD_FORBIDDEN',
        `Chỉ quản trị cấp trung ương được hợp nhất hoặc giải thể Ban Quản lý "${code}".`,
      );
    }
  }
}
