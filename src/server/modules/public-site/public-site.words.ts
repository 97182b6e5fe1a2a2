/**
 * The public site's words in Vietnamese and English: its own namespace (locales/<lang>/publicSite.json)
 * and the shared ones whose words it repeats (zone kinds and statuses from common, dossier statuses
 * and online levels from dossierPortal, prices from investorPortal).
 */
import i18next from 'i18next';
import enDossierPortal from '../../../locales/en/dossierPortal.json' with { type: 'json' };
import enInvestorPortal from '../../../locales/en/investorPortal.json' with { type: 'json' };
import enOneStop from '../../../locales/en/oneStop.json' with { type: 'json' };
import enPublicSite from '../../../locales/en/publicSite.json' with { type: 'json' };
import viDossierPortal from '../../../locales/vi/dossierPortal.json' with { type: 'json' };
import viInvestorPortal from '../../../locales/vi/investorPortal.json' with { type: 'json' };
import viOneStop from '../../../locales/vi/oneStop.json' with { type: 'json' };
import viPublicSite from '../../../locales/vi/publicSite.json' with { type: 'json' };
import { resources } from '../../../locales/resources.ts';

export const SITE_LANGUAGES = ['vi', 'en'] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

export type SiteTranslate = (key: string, params?: Record<string, unknown>) => string;

const instance = i18next.createInstance();
void instance.init({
  resources: {
    vi: {
      common: resources.vi.common,
      publicSite: viPublicSite,
      dossierPortal: viDossierPortal,
      investorPortal: viInvestorPortal,
      oneStop: viOneStop,
    },
    en: {
      common: resources.en.common,
      publicSite: enPublicSite,
      dossierPortal: enDossierPortal,
      investorPortal: enInvestorPortal,
      oneStop: enOneStop,
    },
  },
  lng: 'vi',
  fallbackLng: 'vi',
  ns: ['publicSite', 'common', 'dossierPortal', 'investorPortal', 'oneStop'],
  defaultNS: 'publicSite',
  initAsync: false,
  // React escapes what it renders; the words are never put into HTML as markup.
  interpolation: { escapeValue: false },
});

const translators = {
  vi: instance.getFixedT('vi'),
  en: instance.getFixedT('en'),
};

/** The translator of a language: `t('zone.area')`, `t('common:zoneKinds.KCN')`. */
export function siteTranslator(language: SiteLanguage): SiteTranslate {
  const t = translators[language];
  return (key, params) => t(key, params ?? {}) as string;
}
