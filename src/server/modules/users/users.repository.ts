import { and, asc, eq, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { apiTokens, loginFailures, sessions, users } from './users.tables.ts';

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

/** The end of a name's sign-in lock, if it is locked now. */
export async function loginLockedUntil(executor: Executor, username: string): Promise<Date | null> {
  const rows = await executor
    .select({ lockedUntil: loginFailures.lockedUntil })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gt(loginFailures.lockedUntil, sql`now()`)))
    .limit(1);
  return rows[0]?.lockedUntil ?? null;
}

/**
 * Counts one failed sign-in of a name and locks it at `lockAfter` failures. The count starts
 * again at 1 when the previous lock has ended or the last failure is a lock-length old: a lock
 * that has run out does not re-arm on the next typo. One statement, so concurrent failures
 * are all counted.
 */
export async function recordLoginFailure(
  executor: Executor,
  username: string,
  lockAfter: number,
  lockMinutes: number,
) {
  const window = sql`make_interval(mins => ${lockMinutes})`;
  await executor.execute(sql`
    insert into ${loginFailures} (username, failures, last_failure_at, locked_until)
    values (${username}, 1, now(), case when ${lockAfter} <= 1 then now() + ${window} end)
    on conflict (username) do update set
      failures = case
        when ${loginFailures.lockedUntil} <= now() or ${loginFailures.lastFailureAt} < now() - ${window} then 1
        else ${loginFailures.failures} + 1 end,
      last_failure_at = now(),
      locked_until = case
        when ${loginFailures.lockedUntil} <= now() or ${loginFailures.lastFailureAt} < now() - ${window}
          then case when ${lockAfter} <= 1 then now() + ${window} end
        when ${loginFailures.failures} + 1 >= ${lockAfter} then now() + ${window}
        else ${loginFailures.lockedUntil} end`);
  await executor.delete(loginFailures).where(sql`${loginFailures.lastFailureAt} < now() - interval '1 day'`);
}

export async function clearLoginFailures(executor: Executor, username: string) {
  await executor.delete(loginFailures).where(eq(loginFailures.username, username));
}

export async function recordSuccessfulLogin(executor: Executor, userId: string, username: string) {
  await clearLoginFailures(executor, username);
  await executor.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, userId));
}

export async function setPasswordHash(executor: Executor, userId: string, passwordHash: string) {
  await executor
    .update(users)
    .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: new Date() })
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

/** Ends a user's sessions, but the one kept (the session that changed its own password). */
export async function deleteSessionsOfUser(executor: Executor, userId: string, keepTokenHash?: string) {
  await executor
    .delete(sessions)
    .where(
      and(eq(sessions.userId, userId), keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined),
    );
}

/** Revokes every live API token of a user; returns how many. */
export async function revokeApiTokensOfUser(executor: Executor, userId: string): Promise<number> {
  const rows = await executor
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
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

/** Enabled users by username, with how to reach them (reminders). */
export async function contactsOfUsernames(executor: Executor, usernames: string[]) {
  if (usernames.length === 0) return [];
  return executor
    .select({ username: users.username, fullName: users.fullName, email: users.email })
    .from(users)
    .where(and(inArray(users.username, usernames), isNull(users.disabledAt)));
}
