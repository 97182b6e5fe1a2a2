import { assertCan, type Actor } from '../../kernel/actor.ts';
import { actingBoard, readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { createdMeanwhile, updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { compareDecimal } from '../../../domain/decimal.ts';
import { defaultDueDate, parsePeriod, yearOf, type PeriodKind } from '../../../domain/periods.ts';
import { STATISTICS_BOARD_CHOICE } from '../enterprises/index.ts';
import { ReportingCalendarErrors } from './reporting-calendar.errors.ts';
import * as repo from './reporting-calendar.repository.ts';
import { exchangeRates, reportingPeriods, reportingSchedules } from './reporting-calendar.tables.ts';

/** The calendar a board gets until it sets its own (Circular 11/2023-like defaults). */
export const DEFAULT_SCHEDULES: Record<
  PeriodKind,
  { collected: boolean; dueMonthsAfter: number; dueDay: number }
> = {
  month: { collected: false, dueMonthsAfter: 1, dueDay: 10 },
  quarter: { collected: true, dueMonthsAfter: 1, dueDay: 10 },
  half: { collected: false, dueMonthsAfter: 1, dueDay: 10 },
  year: { collected: true, dueMonthsAfter: 3, dueDay: 31 },
};
const KIND_ORDER: PeriodKind[] = ['month', 'quarter', 'half', 'year'];

function presentSchedule(row: repo.ScheduleRow) {
  return {
    id: row.id,
    boardId: row.boardId,
    periodKind: row.periodKind,
    collected: row.collected,
    dueMonthsAfter: row.dueMonthsAfter,
    dueDay: row.dueDay,
    version: row.version,
  };
}

function presentPeriod(row: repo.PeriodRow) {
  return {
    id: row.id,
    boardId: row.boardId,
    period: row.period,
    dueDate: row.dueDate,
    open: row.open,
    version: row.version,
  };
}

function presentRate(row: repo.RateRow) {
  return {
    id: row.id,
    boardId: row.boardId,
    period: row.period,
    vndPerUsd: row.vndPerUsd,
    version: row.version,
  };
}

/** The board's schedule rows, creating the missing defaults (audited) when `write` is allowed. */
async function ensureSchedules(tx: Executor, actor: Actor, boardId: string): Promise<repo.ScheduleRow[]> {
  const existing = await repo.schedulesOfBoard(tx, boardId);
  const missing = KIND_ORDER.filter((kind) => !existing.some((row) => row.periodKind === kind));
  if (missing.length > 0) {
    const inserted = await repo.insertSchedules(
      tx,
      missing.map((periodKind) => ({ boardId, periodKind, ...DEFAULT_SCHEDULES[periodKind] })),
    );
    await recordAudit(
      tx,
      actor,
      inserted.map((row) => ({
        boardId,
        action: 'create' as const,
        entityType: 'reporting_schedule',
        entityId: row.id,
        entityKey: row.periodKind,
        after: row,
      })),
    );
    // Re-read: another request may have created some of them meanwhile.
    existing.splice(0, existing.length, ...(await repo.schedulesOfBoard(tx, boardId)));
  }
  return KIND_ORDER.map((kind) => existing.find((row) => row.periodKind === kind)).filter(
    (row): row is repo.ScheduleRow => row !== undefined,
  );
}

/** The schedule of a period's kind, without writing (defaults when the board has none). */
async function scheduleFor(executor: Executor, boardId: string, kind: PeriodKind) {
  const row = (await repo.schedulesOfBoard(executor, boardId)).find((r) => r.periodKind === kind);
  return row ?? DEFAULT_SCHEDULES[kind];
}

export async function listSchedules(db: Db, actor: Actor, boardId: string | undefined) {
  readableBoardIds(actor, 'statistics.read');
  const board = actingBoard(actor, { boardId: boardId, errors: STATISTICS_BOARD_CHOICE });
  return db.transaction(async (tx) => (await ensureSchedules(tx, actor, board)).map(presentSchedule));
}

export async function updateSchedule(
  db: Db,
  actor: Actor,
  periodKind: PeriodKind,
  body: {
    boardId?: string | undefined;
    collected: boolean;
    dueMonthsAfter: number;
    dueDay: number;
    version: number;
  },
) {
  const board = actingBoard(actor, {
    boardId: body.boardId,
    path: 'body.boardId',
    errors: STATISTICS_BOARD_CHOICE,
  });
  assertCan(actor, 'records.write', board);
  return db.transaction(async (tx) => {
    const current = (await ensureSchedules(tx, actor, board)).find((r) => r.periodKind === periodKind)!;
    const row = await updateVersioned(tx, reportingSchedules, current.id, body.version, current.version, {
      collected: body.collected,
      dueMonthsAfter: body.dueMonthsAfter,
      dueDay: body.dueDay,
    });
    await recordAudit(tx, actor, [
      {
        boardId: board,
        action: 'update',
        entityType: 'reporting_schedule',
        entityId: row.id,
        entityKey: row.periodKind,
        before: current,
        after: row,
      },
    ]);
    return presentSchedule(row);
  });
}

export async function listPeriods(
  db: Db,
  actor: Actor,
  query: { boardId?: string | undefined; year?: number | undefined },
) {
  // A list, not an action: without a board it holds the periods of every board the user sees
  // (the review queue's period picker for a national user); a board named is that board's, with
  // the refusals of any board choice.
  const readable = readableBoardIds(actor, 'statistics.read');
  const boards =
    query.boardId === undefined
      ? readable
      : [actingBoard(actor, { boardId: query.boardId, errors: STATISTICS_BOARD_CHOICE })];
  if (boards.length === 0) return [];
  return (await repo.periodsOfBoards(db, boards, query.year)).map(presentPeriod);
}

/** The due date of a board's period: the period's own, else the schedule's default. */
export async function dueDateOf(executor: Executor, boardId: string, period: string) {
  const row = await repo.findPeriod(executor, boardId, period);
  if (row) return { dueDate: row.dueDate, open: row.open, row };
  const schedule = await scheduleFor(executor, boardId, parsePeriod(period).kind);
  return {
    dueDate: defaultDueDate(period, schedule.dueMonthsAfter, schedule.dueDay),
    open: false,
    row: null,
  };
}

export async function createPeriod(
  db: Db,
  actor: Actor,
  body: {
    boardId?: string | undefined;
    period: string;
    dueDate?: string | undefined;
    open?: boolean | undefined;
  },
) {
  const board = actingBoard(actor, {
    boardId: body.boardId,
    path: 'body.boardId',
    errors: STATISTICS_BOARD_CHOICE,
  });
  assertCan(actor, 'records.write', board);
  return db.transaction(async (tx) => {
    if (await repo.findPeriod(tx, board, body.period)) {
      throw ReportingCalendarErrors.STATISTICS_PERIOD_EXISTS([
        { path: 'body.period', message: 'Kỳ báo cáo đã có.', reason: 'taken' },
      ]);
    }
    const schedule = (await ensureSchedules(tx, actor, board)).find(
      (r) => r.periodKind === parsePeriod(body.period).kind,
    )!;
    const row = await repo.insertPeriod(tx, {
      boardId: board,
      period: body.period,
      dueDate: body.dueDate ?? defaultDueDate(body.period, schedule.dueMonthsAfter, schedule.dueDay),
      open: body.open ?? true,
    });
    await recordAudit(tx, actor, [
      {
        boardId: board,
        action: 'create',
        entityType: 'reporting_period',
        entityId: row.id,
        entityKey: row.period,
        after: row,
      },
    ]);
    return presentPeriod(row);
  });
}

export async function updatePeriod(
  db: Db,
  actor: Actor,
  id: string,
  body: { open?: boolean | undefined; dueDate?: string | undefined; version: number },
) {
  return db.transaction(async (tx) => {
    const current = await repo.findPeriodById(tx, readableBoardIds(actor, 'statistics.read'), id);
    if (!current) throw ReportingCalendarErrors.STATISTICS_PERIOD_NOT_FOUND();
    assertCan(actor, 'records.write', current.boardId);
    const row = await updateVersioned(tx, reportingPeriods, id, body.version, current.version, {
      ...(body.open === undefined ? {} : { open: body.open }),
      ...(body.dueDate === undefined ? {} : { dueDate: body.dueDate }),
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'reporting_period',
        entityId: id,
        entityKey: row.period,
        before: current,
        after: row,
      },
    ]);
    return presentPeriod(row);
  });
}

// ── Exchange rates ─────────────────────────────────────────────────────────────

/** VND per USD for a board's period, falling back to the year's rate. */
export async function rateFor(executor: Executor, boardId: string, period: string): Promise<string | null> {
  const own = await repo.findRate(executor, boardId, period);
  if (own) return own.vndPerUsd;
  const year = yearOf(period);
  if (year === period) return null;
  return (await repo.findRate(executor, boardId, year))?.vndPerUsd ?? null;
}

export async function listRates(db: Db, actor: Actor, boardId: string | undefined) {
  readableBoardIds(actor, 'statistics.read');
  const board = actingBoard(actor, { boardId: boardId, errors: STATISTICS_BOARD_CHOICE });
  return (await repo.ratesOfBoard(db, board)).map(presentRate);
}

export async function putRate(
  db: Db,
  actor: Actor,
  body: { boardId?: string | undefined; period: string; vndPerUsd: string; version?: number | undefined },
) {
  const board = actingBoard(actor, {
    boardId: body.boardId,
    path: 'body.boardId',
    errors: STATISTICS_BOARD_CHOICE,
  });
  assertCan(actor, 'records.write', board);
  return db.transaction(async (tx) => {
    const current = await repo.findRate(tx, board, body.period);
    if (!current) {
      if (body.version !== undefined) throw versionConflict(0);
      const row =
        (await repo.insertRate(tx, { boardId: board, period: body.period, vndPerUsd: body.vndPerUsd })) ??
        (await createdMeanwhile(async () => (await repo.findRate(tx, board, body.period))?.version));
      await recordAudit(tx, actor, [
        {
          boardId: board,
          action: 'create',
          entityType: 'exchange_rate',
          entityId: row.id,
          entityKey: row.period,
          after: row,
        },
      ]);
      return presentRate(row);
    }
    if (body.version === undefined) throw versionConflict(current.version);
    if (body.version === current.version && compareDecimal(current.vndPerUsd, body.vndPerUsd) === 0)
      return presentRate(current);
    const row = await updateVersioned(tx, exchangeRates, current.id, body.version, current.version, {
      vndPerUsd: body.vndPerUsd,
    });
    await recordAudit(tx, actor, [
      {
        boardId: board,
        action: 'update',
        entityType: 'exchange_rate',
        entityId: row.id,
        entityKey: row.period,
        before: current,
        after: row,
      },
    ]);
    return presentRate(row);
  });
}
