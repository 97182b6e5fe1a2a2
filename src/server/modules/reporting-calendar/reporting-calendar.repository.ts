import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { exchangeRates, reportingPeriods, reportingSchedules } from './reporting-calendar.tables.ts';

export type ScheduleRow = typeof reportingSchedules.$inferSelect;
export type PeriodRow = typeof reportingPeriods.$inferSelect;
export type RateRow = typeof exchangeRates.$inferSelect;

// ── Schedules ──────────────────────────────────────────────────────────────────

export async function schedulesOfBoard(executor: Executor, boardId: string): Promise<ScheduleRow[]> {
  return executor.select().from(reportingSchedules).where(eq(reportingSchedules.boardId, boardId));
}

export async function insertSchedules(
  executor: Executor,
  values: (typeof reportingSchedules.$inferInsert)[],
) {
  if (values.length === 0) return [];
  return executor.insert(reportingSchedules).values(values).onConflictDoNothing().returning();
}

// ── Periods ────────────────────────────────────────────────────────────────────

/** The periods of these boards (one board's, or all a user sees), oldest first. */
export async function periodsOfBoards(executor: Executor, boardIds: string[], year?: number) {
  return executor
    .select()
    .from(reportingPeriods)
    .where(
      and(
        inArray(reportingPeriods.boardId, boardIds),
        year === undefined ? undefined : sql`left(${reportingPeriods.period}, 4) = ${String(year)}`,
      ),
    )
    .orderBy(asc(reportingPeriods.period), asc(reportingPeriods.boardId));
}

export async function findPeriod(executor: Executor, boardId: string, period: string) {
  const rows = await executor
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.boardId, boardId), eq(reportingPeriods.period, period)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findPeriodById(executor: Executor, boardIds: string[], id: string) {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.id, id), inArray(reportingPeriods.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertPeriod(executor: Executor, values: typeof reportingPeriods.$inferInsert) {
  return (await executor.insert(reportingPeriods).values(values).returning())[0]!;
}

// ── Exchange rates ─────────────────────────────────────────────────────────────

export async function ratesOfBoard(executor: Executor, boardId: string): Promise<RateRow[]> {
  return executor
    .select()
    .from(exchangeRates)
    .where(eq(exchangeRates.boardId, boardId))
    .orderBy(asc(exchangeRates.period));
}

export async function findRate(executor: Executor, boardId: string, period: string) {
  const rows = await executor
    .select()
    .from(exchangeRates)
    .where(and(eq(exchangeRates.boardId, boardId), eq(exchangeRates.period, period)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertRate(executor: Executor, values: typeof exchangeRates.$inferInsert) {
  // Undefined when another request has just created it: the caller answers VERSION_CONFLICT.
  return (await executor.insert(exchangeRates).values(values).onConflictDoNothing().returning())[0];
}
