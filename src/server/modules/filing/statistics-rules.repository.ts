import { eq } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { statisticsRules } from './filing.tables.ts';

export type RuleRow = typeof statisticsRules.$inferSelect;

export async function rulesOfBoard(executor: Executor, boardId: string): Promise<RuleRow[]> {
  return executor.select().from(statisticsRules).where(eq(statisticsRules.boardId, boardId));
}

export async function insertRule(executor: Executor, values: typeof statisticsRules.$inferInsert) {
  // Undefined when another request has just created it: the caller answers VERSION_CONFLICT.
  return (await executor.insert(statisticsRules).values(values).onConflictDoNothing().returning())[0];
}
