import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { calendarYears } from './one-stop.tables.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;

/** Every year set in the database (few rows: one per year whose schedule was announced). */
export async function listCalendarYears(executor: Executor): Promise<CalendarYearRow[]> {
  return executor.select().from(calendarYears).orderBy(asc(calendarYears.year));
}

export async function findCalendarYear(
  executor: Executor,
  year: number,
  options: { forUpdate?: boolean } = {},
): Promise<CalendarYearRow | null> {
  const query = executor.select().from(calendarYears).where(eq(calendarYears.year, year)).limit(1);
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** Inserts a year unless another request did first (then returns null). */
export async function insertCalendarYear(
  executor: Executor,
  values: { year: number; daysOff: string[]; workdays: string[]; note: string | null },
): Promise<CalendarYearRow | null> {
  const rows = await executor.insert(calendarYears).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

/** Replaces a year's schedule if it still has the version read; null when it changed meanwhile. */
export async function updateCalendarYear(
  executor: Executor,
  year: number,
  expectedVersion: number,
  values: { daysOff: string[]; workdays: string[]; note: string | null },
): Promise<CalendarYearRow | null> {
  const rows = await executor
    .update(calendarYears)
    .set({ ...values, version: expectedVersion + 1, updatedAt: new Date() })
    .where(and(eq(calendarYears.year, year), eq(calendarYears.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteCalendarYear(executor: Executor, year: number): Promise<void> {
  await executor.delete(calendarYears).where(eq(calendarYears.year, year));
}
