import { assertCan, type Actor, type Permission } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { changedFields, updateVersioned } from '../../kernel/db/versioned.ts';
import { actingBoard, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { provincesAt } from '../../../domain/provinces.ts';
import type { Succession } from '../../../domain/organisation.ts';
import { BoardErrors } from './boards.errors.ts';
import * as repo from './boards.repository.ts';
import { moveBlocMemberships } from './blocs.service.ts';
import type { Board, CreateBoardBody, Provinces, UpdateBoardBody } from './boards.schemas.ts';
import { boards } from './boards.tables.ts';

export type { BoardRow } from './boards.repository.ts';

export function presentBoard(row: repo.BoardRow, codeById: ReadonlyMap<string, string>): Board {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    provinceCode: row.provinceCode,
    dissolvedOn: row.dissolvedOn,
    succeededBy: row.succeededBy ? (codeById.get(row.succeededBy) ?? null) : null,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

/** The provinces in force on a date (today in Vietnam by default): what a board's province is named. */
export function provinces(on: string = vietnamToday()): Provinces {
  return {
    on,
    items: provincesAt(on).map((p) => ({
      code: p.code,
      name: p.name,
      city: p.city,
      ...('formedFrom' in p ? { formedFrom: [...(p.formedFrom as readonly string[])] } : {}),
    })),
  };
}

/** Boards as the API shows them, their successors by code. */
async function presentBoards(executor: Executor, rows: repo.BoardRow[]): Promise<Board[]> {
  const successors = rows.flatMap((row) => (row.succeededBy ? [row.succeededBy] : []));
  const { codeById } = await boardDirectory(executor, { ids: successors });
  return rows.map((row) => presentBoard(row, codeById));
}

export async function listBoards(db: Db, actor: Actor): Promise<Board[]> {
  return presentBoards(db, await repo.listBoardsByIds(db, actor.visibleBoardIds));
}

async function loadVisibleBoard(executor: Executor, actor: Actor, id: string): Promise<repo.BoardRow> {
  const row = actor.visibleBoardIds.includes(id) ? await repo.findBoardById(executor, id) : null;
  if (!row) throw BoardErrors.BOARD_NOT_FOUND();
  return row;
}

export async function getBoard(db: Db, actor: Actor, id: string): Promise<Board> {
  return (await presentBoards(db, [await loadVisibleBoard(db, actor, id)]))[0]!;
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
    return (await presentBoards(tx, [row]))[0]!;
  });
}

export async function updateBoard(db: Db, actor: Actor, id: string, input: UpdateBoardBody): Promise<Board> {
  return db.transaction(async (tx) => {
    const current = await loadVisibleBoard(tx, actor, id);
    assertCan(actor, 'boards.manage');
    const { version, ...values } = input;
    if (changedFields(current, values).length === 0 && version === current.version)
      return (await presentBoards(tx, [current]))[0]!;
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
    return (await presentBoards(tx, [row]))[0]!;
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
 * The one board a request acts on, named by its code (a route's `board`), else the actor's own:
 * kernel/scope.ts#actingBoard on the board the code names, with the module's own error codes. A
 * code no board has answers as a board the actor does not see (`notFound`).
 */
export async function actingBoardByCode(
  executor: Executor,
  actor: Actor,
  options: { code: string | undefined; permission?: Permission; path?: string; errors: BoardChoiceErrors },
): Promise<string> {
  const path = options.path ?? 'query.board';
  const { code } = options;
  let boardId: string | undefined;
  if (code !== undefined) {
    boardId = (await boardDirectory(executor, { codes: [code] })).idByCode.get(code);
    if (boardId === undefined)
      throw options.errors.notFound([
        { path, message: `Không tìm thấy Ban Quản lý có mã ${code}.`, reason: 'not_found', value: code },
      ]);
  }
  return actingBoard(actor, {
    boardId,
    path,
    errors: options.errors,
    ...(options.permission ? { permission: options.permission } : {}),
  });
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

/** Dissolved boards' ids, kept briefly per database: each request's actor asks for them. */
const dissolvedCache = new WeakMap<object, { until: number; generation: number; ids: ReadonlySet<string> }>();
/** Bumped by every merge in this process, so its own next request sees it at once. */
let successionGeneration = 0;
const DISSOLVED_CACHE_MS = 5_000;

/**
 * Of these boards, those dissolved by a merge (decision 014): readable, never written. Cached for
 * a few seconds (a merge made by another server process shows within that time).
 */
export async function dissolvedAmong(executor: Executor, boardIds: readonly string[]): Promise<string[]> {
  let cached = dissolvedCache.get(executor);
  if (!cached || cached.until < Date.now() || cached.generation !== successionGeneration) {
    const generation = successionGeneration;
    cached = {
      until: Date.now() + DISSOLVED_CACHE_MS,
      generation,
      ids: new Set((await repo.dissolvedBoards(executor)).map((b) => b.id)),
    };
    dissolvedCache.set(executor, cached);
  }
  const ids = cached.ids;
  return ids.size === 0 ? [] : boardIds.filter((id) => ids.has(id));
}

/** Every board that was merged into another: when, and into which (organisation-v1). */
export async function successions(executor: Executor): Promise<Succession[]> {
  return (await repo.dissolvedBoards(executor)).map((b) => ({
    boardId: b.id,
    dissolvedOn: b.dissolvedOn,
    succeededBy: b.succeededBy,
  }));
}

/**
 * Dissolves a board into its successor from `on` (a merge, organisation-v1), in the caller's
 * transaction: the board stays, readable under its code; in every bloc year that begins on or
 * after that day its successor takes its place (moveBlocMemberships). The caller has moved its zones and checked the merge.
 */
export async function dissolveBoard(
  tx: Executor,
  actor: Actor,
  merge: { board: repo.BoardRow; into: repo.BoardRow; on: string; decision: string | null },
): Promise<void> {
  const row = await updateVersioned(tx, boards, merge.board.id, merge.board.version, merge.board.version, {
    dissolvedOn: merge.on,
    succeededBy: merge.into.id,
  });
  await moveBlocMemberships(tx, actor, { boardId: merge.board.id, successorId: merge.into.id, on: merge.on });
  successionGeneration++;
  await recordAudit(tx, actor, [
    {
      boardId: merge.board.id,
      action: 'merge',
      entityType: 'board',
      entityId: merge.board.id,
      entityKey: merge.board.code,
      before: merge.board,
      after: { ...row, succeededByCode: merge.into.code, decision: merge.decision },
    },
    {
      boardId: merge.into.id,
      action: 'merge',
      entityType: 'board',
      entityId: merge.into.id,
      entityKey: merge.into.code,
      after: { merged: merge.board.code, on: merge.on, decision: merge.decision },
    },
  ]);
}

/**
 * Records boards' successions as a data package states them (organisation-v1), in the caller's
 * transaction, audited: `dissolvedOn` and the successor's code. A record without them changes
 * nothing. Returns how many boards changed.
 */
export async function applySuccessions(
  tx: Executor,
  actor: Actor,
  records: {
    code: string;
    dissolvedOn?: string | null | undefined;
    succeededBy?: string | null | undefined;
  }[],
  idOf: ReadonlyMap<string, string>,
): Promise<number> {
  let changed = 0;
  for (const record of records) {
    if (!record.dissolvedOn || !record.succeededBy) continue;
    const board = await repo.findBoardById(tx, idOf.get(record.code)!);
    const succeededBy =
      idOf.get(record.succeededBy) ?? (await repo.findBoardByCode(tx, record.succeededBy))!.id;
    if (!board || (board.dissolvedOn === record.dissolvedOn && board.succeededBy === succeededBy)) continue;
    assertCan(actor, 'boards.manage');
    const row = await updateVersioned(tx, boards, board.id, board.version, board.version, {
      dissolvedOn: record.dissolvedOn,
      succeededBy,
    });
    await moveBlocMemberships(tx, actor, {
      boardId: board.id,
      successorId: succeededBy,
      on: record.dissolvedOn,
    });
    successionGeneration++;
    await recordAudit(tx, actor, [
      {
        boardId: board.id,
        action: 'merge',
        entityType: 'board',
        entityId: board.id,
        entityKey: board.code,
        before: board,
        after: { ...row, succeededByCode: record.succeededBy },
      },
    ]);
    changed++;
  }
  return changed;
}

export {
  findBoardByCode,
  allBoardIds,
  findBlocByCode,
  findBlocById,
  listBoardsByIds,
} from './boards.repository.ts';
