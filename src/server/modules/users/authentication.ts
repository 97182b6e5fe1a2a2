import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { dissolvedAmong, visibleBoardIdsFor } from '../boards/index.ts';
import { enterpriseIdOfUser } from './enterprise-accounts.ts';
import { generateSecret, hashPassword, hashSecret, verifyPassword } from './credentials.ts';
import * as repo from './users.repository.ts';
import { UserErrors } from './users.errors.ts';

export const SESSION_COOKIE = 'kcn_session';

export interface AuthPolicy {
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** …and at the latest this long after login. */
  sessionMaxHours: number;
  /** Consecutive failed logins that lock an account… */
  lockAfterFailures: number;
  /** …for this many minutes. */
  lockMinutes: number;
}

export const DEFAULT_AUTH_POLICY: AuthPolicy = {
  sessionIdleMinutes: 8 * 60,
  sessionMaxHours: 7 * 24,
  lockAfterFailures: 5,
  lockMinutes: 15,
};

let dummyHash: Promise<string> | undefined;

export async function actorForUser(db: Executor, user: repo.UserRow, requestId?: string): Promise<Actor> {
  const visibleBoardIds = await visibleBoardIdsFor(db, user);
  return {
    kind: 'user',
    userId: user.id,
    label: user.username,
    role: user.role,
    scope: user.scope,
    homeBoardId: user.boardId,
    homeBlocId: user.scope === 'bloc' ? user.blocId : null,
    // An enterprise account files for the one enterprise it is linked to (enterprise_accounts).
    enterpriseId: user.role === 'enterprise' ? await enterpriseIdOfUser(db, user.id) : null,
    visibleBoardIds,
    readOnlyBoardIds: await dissolvedAmong(db, visibleBoardIds),
    ...(requestId ? { requestId } : {}),
  };
}

/**
 * Checks a username and password and opens a session; returns the cookie's secret.
 *
 * Every attempt costs the same — one argon2 verification against the user's hash or, for an
 * unknown name, a dummy one — and failures are counted by the name typed, so an unknown name
 * is locked like a real one: neither the answer, nor its code, nor its time tells whether a
 * name exists or is locked.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; ip?: string; userAgent?: string },
  policy: AuthPolicy = DEFAULT_AUTH_POLICY,
): Promise<{ sessionToken: string; user: repo.UserRow; expiresAt: Date }> {
  const [user, lockedUntil] = [
    await repo.findUserByUsername(db, input.username),
    await repo.loginLockedUntil(db, input.username),
  ];
  const passwordMatches = await verifyPassword(
    user?.passwordHash ?? (await (dummyHash ??= hashPassword('not-a-real-password'))),
    input.password,
  );
  // While locked, nothing is counted and nothing is told, not even a right password.
  if (lockedUntil) throw UserErrors.AUTH_ACCOUNT_LOCKED();
  if (!user || !passwordMatches) {
    await repo.recordLoginFailure(db, input.username, policy.lockAfterFailures, policy.lockMinutes);
    throw UserErrors.AUTH_INVALID_CREDENTIALS();
  }
  if (user.disabledAt) throw UserErrors.AUTH_ACCOUNT_DISABLED();
  const { secret, hash } = generateSecret('s_');
  const expiresAt = new Date(Date.now() + policy.sessionIdleMinutes * 60_000);
  await db.transaction(async (tx) => {
    await repo.recordSuccessfulLogin(tx, user.id, user.username);
    await repo.insertSession(tx, {
      tokenHash: hash,
      userId: user.id,
      expiresAt,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    const actor = await actorForUser(tx, user);
    await recordAudit(tx, actor, [
      {
        boardId: user.boardId,
        action: 'login',
        entityType: 'user',
        entityId: user.id,
        entityKey: user.username,
      },
    ]);
  });
  return { sessionToken: secret, user, expiresAt };
}

export async function logout(db: Db, sessionToken: string): Promise<void> {
  await repo.deleteSession(db, hashSecret(sessionToken));
}

/** Local secrets (the command line talking to a running server) map to a system actor. */
export type LocalSecretResolver = (secret: string) => Promise<Actor | null>;

/**
 * The actor behind a request: an API token (Authorization: Bearer kcn_…) or the session
 * cookie. Returns null when neither is valid.
 */
export async function authenticate(
  db: Db,
  request: FastifyRequest,
  policy: AuthPolicy = DEFAULT_AUTH_POLICY,
  localSecret?: LocalSecretResolver,
): Promise<Actor | null> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const secret = authorization.slice('Bearer '.length).trim();
    if (localSecret && secret.startsWith('local_')) return localSecret(secret);
    const found = await repo.findLiveApiToken(db, hashSecret(secret));
    if (!found || found.user.disabledAt) return null;
    if (!found.token.lastUsedAt || Date.now() - found.token.lastUsedAt.getTime() > 60_000) {
      await repo.touchApiToken(db, found.token.id);
    }
    return actorForUser(db, found.user, request.id);
  }
  const sessionToken = request.cookies[SESSION_COOKIE];
  if (!sessionToken) return null;
  const tokenHash = hashSecret(sessionToken);
  const found = await repo.findLiveSession(db, tokenHash);
  if (!found || found.user.disabledAt) return null;
  const { session } = found;
  const maxEnd = session.createdAt.getTime() + policy.sessionMaxHours * 3_600_000;
  const slidingEnd = Math.min(Date.now() + policy.sessionIdleMinutes * 60_000, maxEnd);
  if (slidingEnd <= Date.now()) return null;
  // Extend the idle window at most once a minute, not on every request.
  if (Date.now() - session.lastSeenAt.getTime() > 60_000)
    await repo.touchSession(db, tokenHash, new Date(slidingEnd));
  return actorForUser(db, found.user, request.id);
}
