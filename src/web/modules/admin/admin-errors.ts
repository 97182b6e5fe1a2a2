import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';

/** Error codes of the users API that common:errors does not translate. */
const ADMIN_CODES = new Set([
  'USER_CANNOT_DISABLE_SELF',
  'USER_NOT_FOUND',
  'USER_USERNAME_TAKEN',
  'USER_SCOPE_INVALID',
]);

/** A message for people: this module's translation of the error code, else the common one. */
export function adminErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && ADMIN_CODES.has(error.code)) return t(`admin:errors.${error.code}`);
  return errorMessage(t, error);
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'VERSION_CONFLICT';
}
