import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api.ts';
import { applyApiError, errorMessage } from '../../shared/errors.ts';

/** antd DatePicker value → "YYYY-MM-DD" as the API takes it. */
export function isoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** The message of an error, with this module's own error codes in the user's language. */
export function projectErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError)
    return t(`projects:errors.${error.code}`, { defaultValue: errorMessage(t, error) });
  return errorMessage(t, error);
}

/**
 * Puts an API error's problems on the form's fields (see applyApiError) after renaming paths the
 * form shows elsewhere (an investor picked from the list is shown on its name field). Returns the
 * messages to show above the form.
 */
export function placeApiError(
  form: FormInstance,
  t: TFunction,
  error: unknown,
  rename: Record<string, string> = {},
): string[] {
  let placed = error;
  if (error instanceof ApiError) {
    const details = error.details.map((detail) => {
      let path = detail.path;
      for (const [from, to] of Object.entries(rename)) path = path.replace(new RegExp(from), to);
      return { ...detail, path };
    });
    placed = new ApiError(error.status, error.code, error.message, details, error.extra);
  }
  const general = errorMessage(t, placed);
  return applyApiError(form, t, placed).map((message) =>
    message === general ? projectErrorMessage(t, placed) : message,
  );
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'VERSION_CONFLICT';
}
