import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { apiTokens, sessions, users } from './users.tables.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(executor: Executor, username: string): Promise<UserRow | null> {
  const rows = await executor.select().from(users).where(eq(users.username, username)).limit(1);
  return rows[0] ?? null;
}

export async function findUserById(executor: Executor, id: string): Promise<UserRow | null> {
  const rows = await executor.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function countUsers(executor: Executor): Promise<number> {
  const rows = await executor.select({ n: sql<number>`count(*)::int` }).from(users);
  return rows[0]?.n ?? 0;
}

/** Users of the given boards, plus (for national administrators) users above boards. */
export async function listUsers(
  executor: Executor,
  boardIds: string[],
  includeUnbound: boolean,
): Promise<UserRow[]> {
  const conditions = [];
  if (boardIds.length > 0) conditions.push(inArray(users.boardId, boardIds));
  if (includeUnbound) conditions.push(isNull(users.boardId));
  if (conditions.length === 0) return [];
  return executor
    .select()
    .from(users)
    .where(or(...conditions))
    .orderBy(asc(users.username));
}

export async function insertUser(executor: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const rows = await executor.insert(users).values(values).returning();
  return rows[0]!;
}

export async function recordFailedLogin(
  executor: Executor,
  userId: string,
  lockAfter: number,
  lockMinutes: number,
) {
  await executor
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${lockAfter} then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId));
}

export async function recordSuccessfulLogin(executor: Executor, userId: string) {
  await executor
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(users.id, userId));
}

export async function setPasswordHash(executor: Executor, userId: string, passwordHash: string) {
  await executor
    .update(users)
    .set({
      passwordHash,
      failedLogins: 0,
      lockedUntil: null,
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId));
}

export async function insertSession(executor: Executor, values: typeof sessions.$inferInsert) {
  await executor.insert(sessions).values(values);
}

/** A live session and its user, in one query. */
export async function findLiveSession(executor: Executor, tokenHash: string) {
  const rows = await executor
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`)))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchSession(executor: Executor, tokenHash: string, expiresAt: Date) {
  await executor
    .update(sessions)
    .set({ lastSeenAt: new Date(), expiresAt })
    .where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(executor: Executor, tokenHash: string) {
  await executor.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(executor: Executor, userId: string) {
  await executor.delete(sessions).where(eq(sessions.userId, userId));
}

export async function insertApiToken(executor: Executor, values: typeof apiTokens.$inferInsert) {
  const rows = await executor.insert(apiTokens).values(values).returning();
  return rows[0]!;
}

export async function findLiveApiToken(executor: Executor, tokenHash: string) {
  const rows = await executor
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function touchApiToken(executor: Executor, id: string) {
  await executor.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, id));
}

export async function listApiTokensOfUser(executor: Executor, userId: string) {
  return executor
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(asc(apiTokens.createdAt));
}

export async function revokeApiToken(executor: Executor, userId: string, id: string): Promise<boolean> {
  const rows = await executor
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
