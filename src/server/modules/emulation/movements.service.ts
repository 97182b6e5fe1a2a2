/**
 * Phong trào thi đua: a board's own movements (kept by its staff) and a bloc's (kept by the bloc's
 * leader of the year the movement starts, or the bloc's administrators). Read by those who see the
 * board, or who may read the bloc that year.
 */
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  inArray,
  isNotNull,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { assertCan, can, type Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { changedFields, updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { blocs, blocYearMembers, boards } from '../boards/index.ts';
import { assertBlocWriter, loadBloc, loadBlocYear, type BlocRow } from './bloc-access.ts';
import { EMULATION_ENTITY } from './emulation-audit.ts';
import { EmulationErrors } from './emulation.errors.ts';
import { emulationMovements } from './emulation.tables.ts';
import type {
  CreateMovementBody,
  EmulationMovement,
  EmulationMovementList,
  ListMovementsQuery,
  UpdateMovementBody,
} from './movements.schemas.ts';

type MovementRow = typeof emulationMovements.$inferSelect;

async function codesOf(
  executor: Executor,
  row: MovementRow,
): Promise<{ board: string | null; bloc: string | null }> {
  if (row.boardId) {
    const [b] = await executor.select({ code: boards.code }).from(boards).where(eq(boards.id, row.boardId));
    return { board: b?.code ?? null, bloc: null };
  }
  const [b] = await executor.select({ code: blocs.code }).from(blocs).where(eq(blocs.id, row.blocId!));
  return { board: null, bloc: b?.code ?? null };
}

function present(row: MovementRow, codes: { board: string | null; bloc: string | null }): EmulationMovement {
  return {
    id: row.id,
    board: codes.board,
    bloc: codes.bloc,
    name: row.name,
    organiser: row.organiser,
    kind: row.kind as EmulationMovement['kind'],
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    content: row.content,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

async function boardIdByCode(executor: Executor, actor: Actor, code: string, path: string): Promise<string> {
  const [row] = await executor.select({ id: boards.id }).from(boards).where(eq(boards.code, code));
  if (!row || !actor.visibleBoardIds.includes(row.id))
    throw EmulationErrors.EMULATION_BOARD_NOT_FOUND([
      { path, message: `Không tìm thấy Ban Quản lý mã ${code}.`, reason: 'not_found', value: code },
    ]);
  return row.id;
}

/**
 * Which bloc movements the actor reads: every one (national), its bloc's (bloc user), or those of
 * a bloc its board was a member of in a year the movement runs in.
 */
async function blocMovementsReadable(executor: Executor, actor: Actor): Promise<SQL | null> {
  if (!can(actor, 'records.read')) return null;
  if (actor.scope === 'national') return isNotNull(emulationMovements.blocId);
  if (actor.scope === 'bloc') {
    const blocId = actor.homeBlocId ?? null;
    return blocId ? eq(emulationMovements.blocId, blocId) : null;
  }
  if (!actor.homeBoardId) return null;
  return exists(
    executor
      .select({ one: sql`1` })
      .from(blocYearMembers)
      .where(
        and(
          eq(blocYearMembers.blocId, emulationMovements.blocId),
          eq(blocYearMembers.boardId, actor.homeBoardId),
          gte(blocYearMembers.year, sql`extract(year from ${emulationMovements.startsOn})::int`),
          lte(blocYearMembers.year, sql`extract(year from ${emulationMovements.endsOn})::int`),
        ),
      ),
  );
}

async function readableCondition(executor: Executor, actor: Actor): Promise<SQL | undefined> {
  const boardIds = can(actor, 'records.read') ? actor.visibleBoardIds : [];
  const ofBoards = boardIds.length > 0 ? inArray(emulationMovements.boardId, boardIds) : undefined;
  const ofBlocs = (await blocMovementsReadable(executor, actor)) ?? undefined;
  return ofBoards && ofBlocs ? or(ofBoards, ofBlocs) : (ofBoards ?? ofBlocs);
}

/** Movements the actor may read, newest first, filtered by year, board or bloc. */
export async function listMovements(
  db: Db,
  actor: Actor,
  query: ListMovementsQuery,
): Promise<EmulationMovementList> {
  assertCan(actor, 'records.read');
  const empty = { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
  const readable = await readableCondition(db, actor);
  if (!readable) return empty;
  const conditions: SQL[] = [readable];
  if (query.board)
    conditions.push(
      eq(emulationMovements.boardId, await boardIdByCode(db, actor, query.board, 'query.board')),
    );
  if (query.bloc) conditions.push(eq(emulationMovements.blocId, (await loadBloc(db, query.bloc)).id));
  if (query.year !== undefined) {
    conditions.push(lte(emulationMovements.startsOn, `${query.year}-12-31`));
    conditions.push(gte(emulationMovements.endsOn, `${query.year}-01-01`));
  }
  const where = and(...conditions);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(emulationMovements)
    .where(where);
  const rows = await db
    .select({ movement: emulationMovements, boardCode: boards.code, blocCode: blocs.code })
    .from(emulationMovements)
    .leftJoin(boards, eq(boards.id, emulationMovements.boardId))
    .leftJoin(blocs, eq(blocs.id, emulationMovements.blocId))
    .where(where)
    .orderBy(desc(emulationMovements.startsOn), asc(emulationMovements.name), asc(emulationMovements.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map((r) => present(r.movement, { board: r.boardCode, bloc: r.blocCode })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

async function loadReadableMovement(
  executor: Executor,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<MovementRow> {
  assertCan(actor, 'records.read');
  const readable = await readableCondition(executor, actor);
  const query = readable
    ? executor
        .select()
        .from(emulationMovements)
        .where(and(eq(emulationMovements.id, id), readable))
        .limit(1)
    : null;
  const rows = query ? (forUpdate ? await query.for('update') : await query) : [];
  if (!rows[0]) throw EmulationErrors.EMULATION_MOVEMENT_NOT_FOUND();
  return rows[0];
}

export async function getMovement(db: Db, actor: Actor, id: string): Promise<EmulationMovement> {
  const row = await loadReadableMovement(db, actor, id);
  return present(row, await codesOf(db, row));
}

function checkPeriod(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn)
    throw EmulationErrors.EMULATION_MOVEMENT_PERIOD([
      { path: 'body.endsOn', message: 'Ngày kết thúc trước ngày bắt đầu.', reason: 'before_start' },
    ]);
}

/** Refuses a write on a bloc's movement unless the actor keeps the bloc in the year it starts. */
async function assertBlocMovementWriter(executor: Executor, actor: Actor, bloc: BlocRow, startsOn: string) {
  const year = await loadBlocYear(executor, bloc, Number(startsOn.slice(0, 4)));
  await assertBlocWriter(executor, actor, year);
}

export async function createMovement(
  db: Db,
  actor: Actor,
  input: CreateMovementBody,
): Promise<EmulationMovement> {
  if (input.board && input.bloc)
    throw EmulationErrors.EMULATION_MOVEMENT_OWNER([
      { path: 'body.bloc', message: 'Chỉ chọn board hoặc bloc.', reason: 'both' },
    ]);
  checkPeriod(input.startsOn, input.endsOn);
  return db.transaction(async (tx) => {
    let owner: { boardId: string } | { blocId: string };
    let codes: { board: string | null; bloc: string | null };
    if (input.bloc) {
      const bloc = await loadBloc(tx, input.bloc);
      await assertBlocMovementWriter(tx, actor, bloc, input.startsOn);
      owner = { blocId: bloc.id };
      codes = { board: null, bloc: bloc.code };
    } else {
      const boardId = input.board
        ? await boardIdByCode(tx, actor, input.board, 'body.board')
        : actor.homeBoardId;
      if (!boardId)
        throw EmulationErrors.EMULATION_BOARD_REQUIRED([
          { path: 'body.board', message: 'Cần chọn Ban Quản lý hoặc khối.', reason: 'required' },
        ]);
      assertCan(actor, 'emulation.manage', boardId);
      owner = { boardId };
      codes = await codesOf(tx, { boardId, blocId: null } as MovementRow);
    }
    const [row] = await tx
      .insert(emulationMovements)
      .values({
        ...owner,
        name: input.name,
        organiser: input.organiser,
        kind: input.kind,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        content: input.content,
      })
      .returning();
    await recordAudit(tx, actor, [
      {
        boardId: row!.boardId,
        action: 'create',
        entityType: EMULATION_ENTITY.movement,
        entityId: row!.id,
        entityKey: row!.name,
        after: row,
      },
    ]);
    return present(row!, codes);
  });
}

async function assertMovementWriter(executor: Executor, actor: Actor, row: MovementRow, startsOn: string) {
  if (row.boardId) {
    assertCan(actor, 'emulation.manage', row.boardId);
    return;
  }
  const [bloc] = await executor
    .select({ id: blocs.id, code: blocs.code, name: blocs.name })
    .from(blocs)
    .where(eq(blocs.id, row.blocId!));
  await assertBlocMovementWriter(executor, actor, bloc!, row.startsOn);
  if (startsOn.slice(0, 4) !== row.startsOn.slice(0, 4))
    await assertBlocMovementWriter(executor, actor, bloc!, startsOn);
}

export async function updateMovement(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateMovementBody,
): Promise<EmulationMovement> {
  return db.transaction(async (tx) => {
    const current = await loadReadableMovement(tx, actor, id, true);
    const { version, ...values } = input;
    const startsOn = values.startsOn ?? current.startsOn;
    checkPeriod(startsOn, values.endsOn ?? current.endsOn);
    await assertMovementWriter(tx, actor, current, startsOn);
    const codes = await codesOf(tx, current);
    if (changedFields(current, values).length === 0) {
      if (version !== current.version) throw versionConflict(current.version);
      return present(current, codes);
    }
    const row = await updateVersioned(tx, emulationMovements, id, version, current.version, values);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: EMULATION_ENTITY.movement,
        entityId: row.id,
        entityKey: row.name,
        before: current,
        after: row,
      },
    ]);
    return present(row, codes);
  });
}

/** A foreign key refused the change (a registration or proposal refers to the movement). */
function isForeignKeyViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if ((e as { code?: unknown }).code === '23503') return true;
  return false;
}

/** Deletes a movement nothing refers to (a registration or proposal keeps it: EMULATION_MOVEMENT_IN_USE). */
export async function deleteMovement(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      const current = await loadReadableMovement(tx, actor, id, true);
      await assertMovementWriter(tx, actor, current, current.startsOn);
      if (version !== current.version) throw versionConflict(current.version);
      await recordAudit(tx, actor, [
        {
          boardId: current.boardId,
          action: 'delete',
          entityType: EMULATION_ENTITY.movement,
          entityId: current.id,
          entityKey: current.name,
          before: current,
        },
      ]);
      await tx.delete(emulationMovements).where(eq(emulationMovements.id, id));
    });
  } catch (error) {
    if (isForeignKeyViolation(error))
      throw EmulationErrors.EMULATION_MOVEMENT_IN_USE([
        {
          path: 'params.id',
          message: 'Phong trào đang được đăng ký hoặc đề nghị khen thưởng tham chiếu.',
          reason: 'in_use',
        },
      ]);
    throw error;
  }
}
