import { and, desc, eq, inArray } from 'drizzle-orm';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { reminders } from './reminders.tables.ts';

export type ReminderRow = typeof reminders.$inferSelect;

export async function insertReminders(
  executor: Executor,
  rows: (typeof reminders.$inferInsert)[],
): Promise<ReminderRow[]> {
  if (rows.length === 0) return [];
  return executor.insert(reminders).values(rows).returning();
}

export async function remindersOfPeriod(executor: Executor, boardId: string, period: string) {
  return executor
    .select()
    .from(reminders)
    .where(and(eq(reminders.boardId, boardId), eq(reminders.period, period)))
    .orderBy(desc(reminders.sentAt));
}

export async function remindersOfEnterprise(executor: Executor, enterpriseId: string, periods?: string[]) {
  return executor
    .select()
    .from(reminders)
    .where(
      and(eq(reminders.enterpriseId, enterpriseId), periods ? inArray(reminders.period, periods) : undefined),
    )
    .orderBy(desc(reminders.sentAt))
    .limit(50);
}

export async function setRemindersBoard(executor: Executor, enterpriseIds: string[], boardId: string) {
  await inChunks(enterpriseIds, async (chunk) => {
    await executor.update(reminders).set({ boardId }).where(inArray(reminders.enterpriseId, chunk));
    return [];
  });
}
