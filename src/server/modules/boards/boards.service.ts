import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { changedFields, updateVersioned } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { BoardErrors } from './boards.errors.ts';
import * as repo from './boards.repository.ts';
import type { Board, CreateBoardBody, UpdateBoardBody } from './boards.schemas.ts';
import { boards } from './boards.tables.ts';

export type { BoardRow } from './boards.repository.ts';

export function presentBoard(row: repo.BoardRow): Board {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    provinceCode: row.provinceCode,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

export async function listBoards(db: Db, actor: Actor): Promise<Board[]> {
  return (await repo.listBoardsByIds(db, actor.visibleBoardIds)).map(presentBoard);
}

async function loadVisibleBoard(executor: Executor, actor: Actor, id: string): Promise<repo.BoardRow> {
  const row = actor.visibleBoardIds.includes(id) ? await repo.findBoardById(executor, id) : null;
  if (!row) throw BoardErrors.BOARD_NOT_FOUND();
  return row;
}

export async function getBoard(db: Db, actor: Actor, id: string): Promise<Board> {
  return presentBoard(await loadVisibleBoard(db, actor, id));
}

export async function createBoard(db: Db, actor: Actor, input: CreateBoardBody): Promise<Board> {
  assertCan(actor, 'boards.manage');
  return db.transaction(async (tx) => {
    if (await repo.findBoardByCode(tx, input.code)) {
      throw BoardErrors.BOARD_CODE_TAKEN([
        { path: 'body.code', message: 'Mã đã được dùng.', reason: 'taken' },
      ]);
    }
    const { ids } = await upsertBoards(tx, actor, [input]);
    const row = (await repo.findBoardById(tx, ids.get(input.code)!))!;
    return presentBoard(row);
  });
}

export async function updateBoard(db: Db, actor: Actor, id: string, input: UpdateBoardBody): Promise<Board> {
  return db.transaction(async (tx) => {
    const current = await loadVisibleBoard(tx, actor, id);
    assertCan(actor, 'boards.manage');
    const { version, ...values } = input;
    if (changedFields(current, values).length === 0 && version === current.version)
      return presentBoard(current);
    const row = await updateVersioned(tx, boards, id, version, current.version, values);
    await recordAudit(tx, actor, [
      {
        boardId: id,
        action: 'update',
        entityType: 'board',
        entityId: id,
        entityKey: row.code,
        before: current,
        after: row,
      },
    ]);
    return presentBoard(row);
  });
}

interface BoardDirectory {
  idByCode: Map<string, string>;
  codeById: Map<string, string>;
}

const directories = new WeakMap<object, BoardDirectory>();

/**
 * Board codes and ids, cached per database handle. A board's code never changes and boards are
 * never deleted, so a cached entry cannot be wrong; a code or id not in the cache (a board
 * created since, perhaps by another process) reloads it.
 */
export async function boardDirectory(
  executor: Executor,
  needed: { codes?: string[]; ids?: string[] } = {},
): Promise<BoardDirectory> {
  const cached = directories.get(executor);
  const complete =
    cached &&
    (needed.codes ?? []).every((c) => cached.idByCode.has(c)) &&
    (needed.ids ?? []).every((id) => cached.codeById.has(id));
  if (cached && complete) return cached;
  const rows = await repo.boardDirectoryRows(executor);
  const directory = {
    idByCode: new Map(rows.map((b) => [b.code, b.id])),
    codeById: new Map(rows.map((b) => [b.id, b.code])),
  };
  directories.set(executor, directory);
  return directory;
}

/**
 * The boards a report covers, without a query once the directory is warm: the named codes (each
 * visible to the actor, else BOARD_NOT_FOUND — other boards' existence is not revealed), or every
 * visible board. Codes come back sorted.
 */
export async function scopeBoards(
  executor: Executor,
  actor: Actor,
  codes: string[] | undefined,
): Promise<{ ids: string[]; codes: string[] }> {
  const unique = [...new Set(codes ?? [])];
  const directory = await boardDirectory(
    executor,
    unique.length ? { codes: unique } : { ids: actor.visibleBoardIds },
  );
  if (unique.length === 0) {
    const visible = actor.visibleBoardIds.map((id) => ({ id, code: directory.codeById.get(id)! }));
    visible.sort((a, b) => a.code.localeCompare(b.code));
    return { ids: visible.map((b) => b.id), codes: visible.map((b) => b.code) };
  }
  const missing = unique.filter(
    (code) => !actor.visibleBoardIds.includes(directory.idByCode.get(code) ?? ''),
  );
  if (missing.length > 0) {
    throw BoardErrors.BOARD_NOT_FOUND(
      missing.map((code) => ({
        path: 'query.board',
        message: `Không tìm thấy Ban Quản lý có mã ${code}.`,
        reason: 'not_found',
        value: code,
      })),
    );
  }
  const sorted = unique.sort((a, b) => a.localeCompare(b));
  return { ids: sorted.map((code) => directory.idByCode.get(code)!), codes: sorted };
}

/** The board records a report or export covers (see scopeBoards), in code order. */
export async function resolveBoards(
  executor: Executor,
  actor: Actor,
  codes: string[] | undefined,
): Promise<repo.BoardRow[]> {
  const { ids } = await scopeBoards(executor, actor, codes);
  return repo.listBoardsByIds(executor, ids);
}

/**
 * Creates or updates boards by code (data package import); new boards and changed names need a
 * national administrator. Returns every board's id by code. Audited in the caller's transaction.
 */
export async function upsertBoards(
  tx: Executor,
  actor: Actor,
  records: { code: string; name: string; provinceCode?: string | null | undefined }[],
): Promise<{ ids: Map<string, string>; created: number; updated: number; unchanged: number }> {
  const outcome = { ids: new Map<string, string>(), created: 0, updated: 0, unchanged: 0 };
  for (const record of records) {
    const existing = await repo.findBoardByCode(tx, record.code);
    const provinceCode = record.provinceCode ?? null;
    if (!existing) {
      assertCan(actor, 'boards.manage');
      const row = await repo.insertBoard(tx, { code: record.code, name: record.name, provinceCode });
      await recordAudit(tx, actor, [
        {
          boardId: row.id,
          action: 'create',
          entityType: 'board',
          entityId: row.id,
          entityKey: row.code,
          after: row,
        },
      ]);
      outcome.ids.set(row.code, row.id);
      outcome.created++;
      continue;
    }
    outcome.ids.set(existing.code, existing.id);
    if (existing.name === record.name && existing.provinceCode === provinceCode) {
      outcome.unchanged++;
      continue;
    }
    assertCan(actor, 'boards.manage');
    const row = await updateVersioned(tx, boards, existing.id, existing.version, existing.version, {
      name: record.name,
      provinceCode,
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.id,
        action: 'update',
        entityType: 'board',
        entityId: row.id,
        entityKey: row.code,
        before: existing,
        after: row,
      },
    ]);
    outcome.updated++;
  }
  return outcome;
}

/** Which boards a user sees: its own board, its bloc's member boards, or all (national). */
export async function visibleBoardIdsFor(
  executor: Executor,
  user: { scope: 'board' | 'bloc' | 'national'; boardId: string | null; blocId: string | null },
): Promise<string[]> {
  if (user.scope === 'board') return user.boardId ? [user.boardId] : [];
  if (user.scope === 'bloc') return user.blocId ? repo.blocMemberBoardIds(executor, user.blocId) : [];
  return repo.allBoardIds(executor);
}

export { findBoardByCode, allBoardIds, findBlocByCode, listBoardsByIds } from './boards.repository.ts';
