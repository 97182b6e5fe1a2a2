import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, resources as shared, type Language } from '../../locales/resources.ts';
import { WEB_MODULES } from '../modules/index.ts';

const STORAGE_KEY = 'kcn.language';

/**
 * The shared namespaces (common, reportText) in both languages, and each module's own
 * (modules/index.ts) in Vietnamese: a module's English comes when a user first switches to it.
 */
const resources: Record<Language, Record<string, Record<string, unknown>>> = {
  vi: { ...shared.vi },
  en: { ...shared.en },
};
for (const module of WEB_MODULES) if (module.locales) resources.vi[module.name] = module.locales.vi;
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

let english: Promise<void> | undefined;

/** The modules' English, fetched once (each module's is a chunk of its own). */
function loadEnglish(): Promise<void> {
  english ??= Promise.all(
    WEB_MODULES.map(async (module) => {
      if (!module.locales) return;
      const { default: strings } = await module.locales.en();
      i18next.addResourceBundle('en', module.name, strings, true, true);
    }),
  ).then(() => undefined);
  return english;
}

export async function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  if (language === 'en') await loadEnglish();
  await i18next.changeLanguage(language);
}

// A user who chose English last time: the shell speaks English at once (common is loaded), the
// module's words follow as soon as they arrive.
if (storedLanguage() === 'en') void setLanguage('en');

export { i18next };
