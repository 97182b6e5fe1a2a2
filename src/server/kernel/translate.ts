import i18next from 'i18next';
import { NAMESPACES, resources, type Language } from '../../locales/resources.ts';
import type { Translate } from '../../domain/report-text.ts';

/** A translator over the application's translation files, for text the server writes. */
export function createTranslator(language: Language = 'vi'): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'vi',
    ns: NAMESPACES,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return (key, params) => instance.t(key, params ?? {});
}
