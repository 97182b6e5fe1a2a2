import { z } from 'zod';
import { PERMISSIONS, type Permission } from '../../kernel/actor.ts';
import { Timestamp, Uuid, Version } from '../../kernel/schemas.ts';
import { MIN_PASSWORD_LENGTH } from './password-policy.ts';
import { USER_ROLES, USER_SCOPES } from './users.tables.ts';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/, { message: 'Tên đăng nhập gồm 3–64 ký tự a-z, 0-9, ".", "_" hoặc "-".' });

/** Length here; how guessable it is, against the person's details, in password-policy.ts. */
export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` })
  .max(200);

export const LoginBody = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});

const BoardRef = z.object({ id: Uuid, code: z.string(), name: z.string() });

export const Me = z
  .object({
    id: Uuid,
    username: z.string(),
    fullName: z.string(),
    /** Where reminders and notices are sent; null when none is given. */
    email: z.string().nullable(),
    /** For PATCH /auth/me (optimistic locking, as every update). */
    version: z.number().int(),
    role: z.enum(USER_ROLES),
    scope: z.enum(USER_SCOPES),
    board: BoardRef.nullable(),
    visibleBoards: z.array(BoardRef),
    permissions: z.array(z.enum(Object.keys(PERMISSIONS) as [Permission, ...Permission[]])),
    /** The enterprise an `enterprise` account files for; null for everyone else. */
    enterpriseId: Uuid.nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const User = z
  .object({
    id: Uuid,
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    role: z.enum(USER_ROLES),
    scope: z.enum(USER_SCOPES),
    boardId: Uuid.nullable(),
    blocId: Uuid.nullable(),
    disabled: z.boolean(),
    lastLoginAt: Timestamp.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const CreateUserBody = z.strictObject({
  username: Username,
  fullName: z.string().trim().min(2).max(200),
  email: z.email().nullable().optional(),
  role: z.enum(USER_ROLES),
  scope: z.enum(USER_SCOPES).default('board'),
  /** For board users; defaults to the creating administrator's board. */
  boardId: Uuid.optional(),
  blocId: Uuid.optional(),
  /** Leave out to have a password generated and returned once. */
  password: NewPassword.optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const CreatedUser = z.object({ user: User, generatedPassword: z.string().nullable() });

export const UpdateUserBody = z.strictObject({
  version: Version,
  fullName: z.string().trim().min(2).max(200).optional(),
  email: z.email().nullable().optional(),
  role: z.enum(USER_ROLES).optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

/** What anyone may change of their own account: the name shown and the e-mail address. */
export const UpdateMeBody = z.strictObject({
  version: Version,
  fullName: z.string().trim().min(2).max(200).optional(),
  email: z.email().max(254).nullable().optional(),
});
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});

export const ApiToken = z
  .object({
    id: Uuid,
    name: z.string(),
    prefix: z.string(),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    expiresAt: Timestamp.nullable(),
  })
  .meta({ id: 'ApiToken' });

export const CreateTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
