import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { boardTargets, provinceTotals } from './targets.tables.ts';

export type TargetRow = typeof boardTargets.$inferSelect;
export type ProvinceTotalRow = typeof provinceTotals.$inferSelect;

export async function listTargets(executor: Executor, boardIds: string[], year?: number) {
  return executor
    .select()
    .from(boardTargets)
    .where(
      and(
        inArray(boardTargets.boardId, boardIds),
        year === undefined ? undefined : eq(boardTargets.year, year),
      ),
    )
    .orderBy(asc(boardTargets.year), asc(boardTargets.indicator));
}

/** A board's target for a year and indicator, locked for the caller's transaction. */
export async function findTargetForUpdate(
  executor: Executor,
  boardId: string,
  year: number,
  indicator: string,
) {
  const [row] = await executor
    .select()
    .from(boardTargets)
    .where(
      and(
        eq(boardTargets.boardId, boardId),
        eq(boardTargets.year, year),
        eq(boardTargets.indicator, indicator),
      ),
    )
    .for('update');
  return row;
}

export async function findTargetById(executor: Executor, id: string, boardIds: string[]) {
  const [row] = await executor
    .select()
    .from(boardTargets)
    .where(and(eq(boardTargets.id, id), inArray(boardTargets.boardId, boardIds)));
  return row;
}

type TargetValues = Pick<TargetRow, 'targetValue' | 'targetGrowthPct'>;

export async function insertTarget(
  executor: Executor,
  row: { boardId: string; year: number; indicator: string } & TargetValues,
) {
  // Undefined when another request has just created it (see findOrInsert).
  const [inserted] = await executor.insert(boardTargets).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function updateTarget(executor: Executor, before: TargetRow, values: TargetValues) {
  const [updated] = await executor
    .update(boardTargets)
    .set({ ...values, version: before.version + 1, updatedAt: new Date() })
    .where(eq(boardTargets.id, before.id))
    .returning();
  return updated!;
}

export async function deleteTarget(executor: Executor, id: string) {
  await executor.delete(boardTargets).where(eq(boardTargets.id, id));
}

export async function listProvinceTotals(executor: Executor, boardIds: string[], period?: string) {
  return executor
    .select()
    .from(provinceTotals)
    .where(
      and(
        inArray(provinceTotals.boardId, boardIds),
        period === undefined ? undefined : eq(provinceTotals.period, period),
      ),
    )
    .orderBy(asc(provinceTotals.period), asc(provinceTotals.indicator));
}

/** A board's province total for a period and indicator, locked for the caller's transaction. */
export async function findProvinceTotalForUpdate(
  executor: Executor,
  boardId: string,
  period: string,
  indicator: string,
) {
  const [row] = await executor
    .select()
    .from(provinceTotals)
    .where(
      and(
        eq(provinceTotals.boardId, boardId),
        eq(provinceTotals.period, period),
        eq(provinceTotals.indicator, indicator),
      ),
    )
    .for('update');
  return row;
}

export async function findProvinceTotalById(executor: Executor, id: string, boardIds: string[]) {
  const [row] = await executor
    .select()
    .from(provinceTotals)
    .where(and(eq(provinceTotals.id, id), inArray(provinceTotals.boardId, boardIds)));
  return row;
}

export async function insertProvinceTotal(
  executor: Executor,
  row: { boardId: string; period: string; indicator: string; value: string },
) {
  // Undefined when another request has just created it (see findOrInsert).
  const [inserted] = await executor.insert(provinceTotals).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function updateProvinceTotal(executor: Executor, before: ProvinceTotalRow, value: string) {
  const [updated] = await executor
    .update(provinceTotals)
    .set({ value, version: before.version + 1, updatedAt: new Date() })
    .where(eq(provinceTotals.id, before.id))
    .returning();
  return updated!;
}

export async function deleteProvinceTotal(executor: Executor, id: string) {
  await executor.delete(provinceTotals).where(eq(provinceTotals.id, id));
}
