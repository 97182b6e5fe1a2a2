import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';

/** A message for people: the translation of the error code when there is one, else the API's own. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return t(`common:errors.${error.code}`, { defaultValue: error.message });
  return t('common:errors.NETWORK');
}

/**
 * Puts each problem of an API error envelope on its form field ("body.certificate.capitalVnd" →
 * ['certificate', 'capitalVnd']). Returns the messages no field of the form could show.
 */
export function applyApiError(form: FormInstance, t: TFunction, error: unknown): string[] {
  if (!(error instanceof ApiError)) return [errorMessage(t, error)];
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const detail of error.details) {
    const segments = detail.path.split('.').slice(detail.path.startsWith('body.') ? 1 : 0);
    const name = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const message = t(`common:fieldErrors.${detail.reason}`, { defaultValue: detail.message });
    if (segments.length > 0 && known.has(segments[0]!)) {
      const key = segments.join('.');
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(message);
      byField.set(key, entry);
    } else {
      unplaced.push(message);
    }
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
  if (byField.size === 0) unplaced.unshift(errorMessage(t, error));
  return unplaced;
}
