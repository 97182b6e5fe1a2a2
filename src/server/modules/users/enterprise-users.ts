/**
 * An enterprise's own accounts (role enterprise), managed by the board's staff from the
 * enterprise's record: the enterprises module decides who may (records.write on the board, the
 * account linked to that enterprise) and calls these in its transaction. Disabling ends every
 * session and API token at once, as an administrator's disabling does (users.service.ts).
 */
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { generatePassword, hashPassword } from './credentials.ts';
import * as repo from './users.repository.ts';
import { UserErrors } from './users.errors.ts';
import type { User } from './users.schemas.ts';
import { presentUser } from './users.service.ts';
import { users } from './users.tables.ts';

function auditView(row: repo.UserRow) {
  const { passwordHash: _omit, ...rest } = row;
  return rest;
}

/** The enterprise accounts among these users (others are not returned), by username. */
export async function enterpriseUsersByIds(executor: Executor, ids: string[]): Promise<User[]> {
  const rows = await Promise.all([...new Set(ids)].map((id) => repo.findUserById(executor, id)));
  return rows
    .filter((row): row is repo.UserRow => row !== null && row.role === 'enterprise')
    .map(presentUser)
    .sort((a, b) => a.username.localeCompare(b.username));
}

async function loadEnterpriseUser(tx: Executor, id: string): Promise<repo.UserRow> {
  const user = await repo.findUserById(tx, id);
  if (!user || user.role !== 'enterprise') throw UserErrors.USER_NOT_FOUND();
  return user;
}

/** Disables or enables an enterprise account (version checked); disabling ends its sessions and tokens. */
export async function setEnterpriseUserDisabled(
  tx: Executor,
  actor: Actor,
  id: string,
  input: { version: number; disabled: boolean },
): Promise<User> {
  const current = await loadEnterpriseUser(tx, id);
  if (input.version !== current.version) throw versionConflict(current.version);
  // Already so: nothing changes, nothing is recorded.
  if (input.disabled === (current.disabledAt !== null)) return presentUser(current);
  const row = await updateVersioned(tx, users, id, input.version, current.version, {
    disabledAt: input.disabled ? new Date() : null,
  });
  // A disabled account's sessions and tokens end for good: enabling again does not revive them.
  if (input.disabled) {
    await repo.deleteSessionsOfUser(tx, id);
    await repo.revokeApiTokensOfUser(tx, id);
  }
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
}

/**
 * A new generated password for an enterprise account: its sessions and API tokens end, a sign-in
 * lock is cleared; the password is returned once.
 */
export async function resetEnterpriseUserPassword(
  tx: Executor,
  actor: Actor,
  id: string,
): Promise<{ user: User; password: string }> {
  const user = await loadEnterpriseUser(tx, id);
  const password = generatePassword();
  await repo.setPasswordHash(tx, id, await hashPassword(password));
  await repo.deleteSessionsOfUser(tx, id);
  const revokedTokens = await repo.revokeApiTokensOfUser(tx, id);
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
  return { user: presentUser((await repo.findUserById(tx, id))!), password };
}
