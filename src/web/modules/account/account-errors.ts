import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';

/** Error codes of the account's routes that common:errors does not translate. */
const ACCOUNT_CODES = new Set(['TOKEN_NOT_FOUND', 'AUTH_WRONG_PASSWORD']);

/** A message for people: this module's translation of the error code, else the common one. */
export function accountErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && ACCOUNT_CODES.has(error.code)) return t(`account:errors.${error.code}`);
  return errorMessage(t, error);
}
