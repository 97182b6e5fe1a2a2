/**
 * The translations every part shares, by language: common (the shell's words, roles, errors)
 * and reportText (the reports' paragraphs, which the command line writes too). One JSON file per
 * namespace under src/locales/<lang>/; each web module's own namespace comes with its face
 * (src/web/modules/<module>/index.ts) and the web app gathers them (src/web/app/i18n.ts).
 */
import enCommon from './en/common.json' with { type: 'json' };
import enReportText from './en/reportText.json' with { type: 'json' };
import viCommon from './vi/common.json' with { type: 'json' };
import viReportText from './vi/reportText.json' with { type: 'json' };

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = {
  vi: { common: viCommon, reportText: viReportText },
  en: { common: enCommon, reportText: enReportText },
} as const;

export const NAMESPACES = Object.keys(resources.vi) as (keyof (typeof resources)['vi'])[];
