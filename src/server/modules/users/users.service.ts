import { PERMISSIONS, assertCan, can, type Actor, type Permission } from '../../kernel/actor.ts';
import { actingBoard, readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { changedFields, updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { findBlocById, listBoardsByIds } from '../boards/index.ts';
import { actorForUser } from './authentication.ts';
import { generatePassword, generateSecret, hashPassword, verifyPassword } from './credentials.ts';
import { judgePassword } from './password-policy.ts';
import * as repo from './users.repository.ts';
import { UserErrors } from './users.errors.ts';
import type { CreateUserBody, Me, UpdateMeBody, UpdateUserBody, User } from './users.schemas.ts';
import { users } from './users.tables.ts';

/** What the audit log keeps of a user: never the password hash. */
function auditView(row: repo.UserRow) {
  const { passwordHash: _omit, ...rest } = row;
  return rest;
}

export function presentUser(row: repo.UserRow): User {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    role: row.role,
    scope: row.scope,
    boardId: row.boardId,
    blocId: row.blocId,
    disabled: row.disabledAt !== null,
    lastLoginAt: row.lastLoginAt ? toVietnamTimestamp(row.lastLoginAt) : null,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

export async function describeActor(db: Db, actor: Actor): Promise<Me> {
  if (!actor.userId) throw UserErrors.USER_NOT_FOUND();
  const user = await repo.findUserById(db, actor.userId);
  if (!user) throw UserErrors.USER_NOT_FOUND();
  const boards = await listBoardsByIds(db, actor.visibleBoardIds);
  const home = boards.find((b) => b.id === user.boardId);
  const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter((p) =>
    can(actor, p, actor.homeBoardId ?? undefined),
  );
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    version: user.version,
    role: user.role,
    scope: user.scope,
    board: home ? { id: home.id, code: home.code, name: home.name } : null,
    visibleBoards: boards.map((b) => ({ id: b.id, code: b.code, name: b.name })),
    permissions,
    enterpriseId: actor.enterpriseId,
  };
}

/**
 * One's own name and e-mail (Tài khoản của tôi): every signed-in person, an enterprise's
 * accountant included — reminders go to this address. Audited as any change to a user.
 */
export async function updateOwnProfile(db: Db, actor: Actor, input: UpdateMeBody): Promise<Me> {
  if (!actor.userId) throw UserErrors.USER_NOT_FOUND();
  const userId = actor.userId;
  await db.transaction(async (tx) => {
    const current = await repo.findUserById(tx, userId);
    if (!current) throw UserErrors.USER_NOT_FOUND();
    const { version, ...fields } = input;
    if (version !== current.version) throw versionConflict(current.version);
    if (changedFields(current, fields).length === 0) return;
    const row = await updateVersioned(tx, users, userId, version, current.version, fields);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'user',
        entityId: userId,
        entityKey: row.username,
        before: auditView(current),
        after: auditView(row),
      },
    ]);
  });
  return describeActor(db, actor);
}

/** A user the actor may manage: board administrators manage their board's users; national ones all. */
async function loadManagedUser(executor: Executor, actor: Actor, id: string): Promise<repo.UserRow> {
  const user = await repo.findUserById(executor, id);
  const manageable =
    user &&
    (actor.scope === 'national' ? true : user.boardId !== null && can(actor, 'users.manage', user.boardId));
  if (!user || !manageable) throw UserErrors.USER_NOT_FOUND();
  assertCan(actor, 'users.manage', user.boardId ?? undefined);
  return user;
}

export async function listUsers(db: Db, actor: Actor): Promise<User[]> {
  const boardIds = readableBoardIds(actor, 'users.manage');
  return (await repo.listUsers(db, boardIds, actor.scope === 'national')).map(presentUser);
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<User> {
  return presentUser(await loadManagedUser(db, actor, id));
}

export async function createUser(
  db: Db,
  actor: Actor,
  input: CreateUserBody,
): Promise<{ user: User; generatedPassword: string | null }> {
  if (input.role === 'enterprise') {
    // Enterprise accounts are made only through POST /enterprises/:id/accounts (linked to one).
    throw CommonErrors.VALIDATION_FAILED([
      {
        path: 'body.role',
        message: 'Tài khoản doanh nghiệp chỉ được tạo từ hồ sơ doanh nghiệp.',
        reason: 'enterprise_role_reserved',
      },
    ]);
  }
  const scope = input.scope;
  const boardId =
    scope === 'board'
      ? actingBoard(actor, {
          boardId: input.boardId,
          path: 'body.boardId',
          errors: {
            required: UserErrors.USER_SCOPE_INVALID,
            notFound: (details) => CommonErrors.FORBIDDEN(details),
          },
        })
      : null;
  const blocId = scope === 'bloc' ? (input.blocId ?? null) : null;
  if (scope === 'bloc' && !blocId) {
    throw UserErrors.USER_SCOPE_INVALID([
      { path: 'body.blocId', message: 'Cần chọn khối thi đua.', reason: 'required' },
    ]);
  }
  if (scope !== 'board' && actor.scope !== 'national') throw UserErrors.USER_SCOPE_INVALID();
  assertCan(actor, 'users.manage', boardId ?? undefined);
  if (blocId && !(await findBlocById(db, blocId))) {
    throw UserErrors.USER_SCOPE_INVALID([
      { path: 'body.blocId', message: 'Không có khối thi đua này.', reason: 'not_found' },
    ]);
  }
  if (input.password) await assertStrongPassword('body.password', input.password, input);
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    if (await repo.findUserByUsername(tx, input.username)) {
      throw UserErrors.USER_USERNAME_TAKEN([
        { path: 'body.username', message: 'Tên đăng nhập đã được dùng.', reason: 'taken' },
      ]);
    }
    const row = await repo.insertUser(tx, {
      username: input.username,
      fullName: input.fullName,
      email: input.email ?? null,
      passwordHash,
      role: input.role,
      scope,
      boardId,
      blocId,
    });
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: 'user',
        entityId: row.id,
        entityKey: row.username,
        after: auditView(row),
      },
    ]);
    return { user: presentUser(row), generatedPassword: input.password ? null : password };
  });
}

/**
 * An enterprise's own account (role enterprise, scope board), for the statistics module, which
 * links it to the enterprise in the same transaction. The password is generated and returned once.
 */
export async function createEnterpriseUser(
  tx: Executor,
  actor: Actor,
  input: { username: string; fullName: string; boardId: string },
): Promise<{ user: User; password: string }> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  if (await repo.findUserByUsername(tx, input.username)) {
    throw UserErrors.USER_USERNAME_TAKEN([
      { path: 'body.username', message: 'Tên đăng nhập đã được dùng.', reason: 'taken' },
    ]);
  }
  const row = await repo.insertUser(tx, {
    username: input.username,
    fullName: input.fullName,
    passwordHash,
    role: 'enterprise',
    scope: 'board',
    boardId: input.boardId,
  });
  await recordAudit(tx, actor, [
    {
      boardId: input.boardId,
      action: 'create',
      entityType: 'user',
      entityId: row.id,
      entityKey: row.username,
      after: auditView(row),
    },
  ]);
  return { user: presentUser(row), password };
}

/**
 * Moves users (an enterprise's accounts, whose enterprise moved to another board) to that board,
 * in the caller's transaction, audited.
 */
export async function moveUsersToBoard(tx: Executor, actor: Actor, userIds: string[], boardId: string) {
  for (const id of userIds) {
    const before = await repo.findUserById(tx, id);
    if (!before || before.boardId === boardId) continue;
    const row = await updateVersioned(tx, users, id, before.version, before.version, { boardId });
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'transfer',
        entityType: 'user',
        entityId: id,
        entityKey: row.username,
        before: auditView(before),
        after: auditView(row),
      },
    ]);
  }
}

export async function updateUser(db: Db, actor: Actor, id: string, input: UpdateUserBody): Promise<User> {
  return db.transaction(async (tx) => {
    const current = await loadManagedUser(tx, actor, id);
    const { version, disabled, ...fields } = input;
    if (version !== current.version) throw versionConflict(current.version);
    if (disabled === true && current.id === actor.userId) throw UserErrors.USER_CANNOT_DISABLE_SELF();
    const values: Partial<typeof users.$inferInsert> = { ...fields };
    if (disabled !== undefined && disabled !== (current.disabledAt !== null))
      values.disabledAt = disabled ? new Date() : null;
    if (changedFields(current, values).length === 0 && !('disabledAt' in values)) return presentUser(current);
    const row = await updateVersioned(tx, users, id, version, current.version, values);
    // A disabled user's sessions and tokens end for good: enabling again does not revive them.
    if (values.disabledAt) await endAllAccess(tx, id);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'user',
        entityId: id,
        entityKey: row.username,
        before: auditView(current),
        after: auditView(row),
      },
    ]);
    return presentUser(row);
  });
}

/** Refuses a guessable password (password-policy.ts), naming the field and why. */
async function assertStrongPassword(
  path: string,
  password: string,
  person: { username: string; fullName?: string | null; email?: string | null },
) {
  const verdict = await judgePassword(password, [person.username, person.fullName, person.email]);
  if (!verdict.acceptable)
    throw CommonErrors.VALIDATION_FAILED([{ path, message: verdict.advice, reason: 'weak_password' }]);
}

/**
 * Ends every way in of a user — sessions (but `keepSessionHash`, the one that changed its own
 * password) and API tokens — and clears a sign-in lock. Returns how many tokens were revoked.
 */
async function endAllAccess(tx: Executor, userId: string, keepSessionHash?: string): Promise<number> {
  await repo.deleteSessionsOfUser(tx, userId, keepSessionHash);
  return repo.revokeApiTokensOfUser(tx, userId);
}

/**
 * Sets a new generated password and ends the user's sessions and API tokens (whoever knew the
 * old password may have made them), returns the password once.
 */
export async function resetPassword(db: Db, actor: Actor, id: string): Promise<{ password: string }> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, id);
    await repo.setPasswordHash(tx, id, passwordHash);
    const revokedTokens = await endAllAccess(tx, id);
    await repo.clearLoginFailures(tx, user.username);
    await recordAudit(tx, actor, [
      {
        boardId: user.boardId,
        action: 'update',
        entityType: 'user',
        entityId: id,
        entityKey: user.username,
        after: { passwordReset: true, sessionsEnded: true, revokedTokens },
      },
    ]);
  });
  return { password };
}

/**
 * Changes one's own password; every other session and every API token ends (the session that
 * made the change, given as `currentSessionHash`, stays signed in).
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; currentSessionHash?: string | undefined },
) {
  if (!actor.userId) throw UserErrors.USER_NOT_FOUND();
  const user = await repo.findUserById(db, actor.userId);
  if (!user) throw UserErrors.USER_NOT_FOUND();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw UserErrors.AUTH_WRONG_PASSWORD([
      { path: 'body.currentPassword', message: 'Mật khẩu hiện tại không đúng.', reason: 'wrong_password' },
    ]);
  }
  await assertStrongPassword('body.newPassword', input.newPassword, user);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, user.id, passwordHash);
    const revokedTokens = await endAllAccess(tx, user.id, input.currentSessionHash);
    await recordAudit(tx, actor, [
      {
        boardId: user.boardId,
        action: 'update',
        entityType: 'user',
        entityId: user.id,
        entityKey: user.username,
        after: { passwordChanged: true, otherSessionsEnded: true, revokedTokens },
      },
    ]);
  });
}

export async function createApiToken(
  db: Db,
  actor: Actor,
  input: { name: string; expiresInDays?: number | undefined },
) {
  if (!actor.userId) throw UserErrors.USER_NOT_FOUND();
  const { secret, hash } = generateSecret('kcn_');
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const userId = actor.userId;
  const row = await db.transaction(async (tx) => {
    const token = await repo.insertApiToken(tx, {
      userId,
      name: input.name,
      tokenHash: hash,
      prefix: secret.slice(0, 10),
      expiresAt,
    });
    await recordAudit(tx, actor, [
      {
        boardId: actor.homeBoardId,
        action: 'create',
        entityType: 'api_token',
        entityId: token.id,
        entityKey: token.name,
        after: { name: token.name, prefix: token.prefix, expiresAt },
      },
    ]);
    return token;
  });
  return { token: presentToken(row), secret };
}

export function presentToken(row: Awaited<ReturnType<typeof repo.insertApiToken>>) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: toVietnamTimestamp(row.createdAt),
    lastUsedAt: row.lastUsedAt ? toVietnamTimestamp(row.lastUsedAt) : null,
    expiresAt: row.expiresAt ? toVietnamTimestamp(row.expiresAt) : null,
  };
}

export async function listApiTokens(db: Db, actor: Actor) {
  if (!actor.userId) return [];
  return (await repo.listApiTokensOfUser(db, actor.userId)).map(presentToken);
}

export async function revokeApiToken(db: Db, actor: Actor, id: string) {
  const userId = actor.userId;
  if (!userId) throw UserErrors.TOKEN_NOT_FOUND();
  await db.transaction(async (tx) => {
    if (!(await repo.revokeApiToken(tx, userId, id))) throw UserErrors.TOKEN_NOT_FOUND();
    await recordAudit(tx, actor, [
      { boardId: actor.homeBoardId, action: 'delete', entityType: 'api_token', entityId: id },
    ]);
  });
}

/**
 * On a first start with no users at all: a national administrator named "admin" with a
 * generated password, returned once for printing. Never a fixed default password.
 */
export async function ensureFirstAdmin(
  db: Db,
  actor: Actor,
): Promise<{ username: string; password: string } | null> {
  if ((await repo.countUsers(db)) > 0) return null;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const row = await repo.insertUser(tx, {
      username: 'admin',
      fullName: 'Quản trị hệ thống',
      passwordHash,
      role: 'admin',
      scope: 'national',
    });
    await recordAudit(tx, actor, [
      {
        boardId: null,
        action: 'create',
        entityType: 'user',
        entityId: row.id,
        entityKey: 'admin',
        after: auditView(row),
      },
    ]);
  });
  return { username: 'admin', password };
}

export { actorForUser };

export { contactsOfUsernames } from './users.repository.ts';
