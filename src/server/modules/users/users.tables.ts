import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { blocs, boards } from '../boards/boards.tables.ts';

/** enterprise: an enterprise's own account, which sees and files only that enterprise's reports. */
export const USER_ROLES = ['admin', 'leader', 'staff', 'viewer', 'enterprise'] as const;
/** board: one board's staff · bloc: a bloc's users, who see its member boards · national: the ministry. */
export const USER_SCOPES = ['board', 'bloc', 'national'] as const;

export const users = pgTable(
  'users',
  {
    ...recordColumns,
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: USER_ROLES }).notNull(),
    scope: text('scope', { enum: USER_SCOPES }).notNull(),
    boardId: uuid('board_id').references(() => boards.id),
    blocId: uuid('bloc_id').references(() => blocs.id),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    index('users_board_idx').on(t.boardId),
    check('users_role_check', oneOf('role', USER_ROLES)),
    check('users_scope_check', oneOf('scope', USER_SCOPES)),
    check(
      'users_scope_target',
      sql`(scope = 'board' and board_id is not null and bloc_id is null)
       or (scope = 'bloc' and bloc_id is not null and board_id is null)
       or (scope = 'national' and board_id is null and bloc_id is null)`,
    ),
  ],
);

/**
 * Failed sign-ins by the name typed, whether or not such a user exists: an unknown name is
 * locked exactly like a real one, so neither the answer nor its timing tells which names exist.
 * A name's count starts again when its lock ends or after a quiet lock-length of time; a row
 * goes on a successful sign-in or a password reset, and rows a day old are pruned.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    username: text('username').primaryKey(),
    failures: integer('failures').notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true, mode: 'date' }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('login_failures_last_idx').on(t.lastFailureAt)],
);

/** A browser session; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Long-lived tokens for scripts (Authorization: Bearer kcn_…); stored hashed. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** First characters of the token, to recognise it in a list. */
    prefix: text('prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);
