import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, resources as shared, type Language } from '../../locales/resources.ts';
import { WEB_MODULES } from '../modules/index.ts';

const STORAGE_KEY = 'kcn.language';

/** The shared namespaces (common, reportText) and each module's own (modules/index.ts). */
const resources = Object.fromEntries(
  LANGUAGES.map((language) => {
    const namespaces: Record<string, Record<string, unknown>> = { ...shared[language] };
    for (const module of WEB_MODULES) if (module.locales) namespaces[module.name] = module.locales[language];
    return [language, namespaces];
  }),
) as Record<Language, Record<string, Record<string, unknown>>>;
const NAMESPACES = Object.keys(resources.vi);

export function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'vi';
}

/** Vietnamese first; English when the user switches. Every string comes from src/locales. */
void i18next.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'vi',
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export { i18next };
