/**
 * Every translation of the application, by language and namespace: one JSON file per module
 * under src/locales/<lang>/. The web app loads them all; the command line uses reportText.
 */
import enAdmin from './en/admin.json' with { type: 'json' };
import enAuth from './en/auth.json' with { type: 'json' };
import enCommon from './en/common.json' with { type: 'json' };
import enPackages from './en/packages.json' with { type: 'json' };
import enProjects from './en/projects.json' with { type: 'json' };
import enReports from './en/reports.json' with { type: 'json' };
import enReportText from './en/reportText.json' with { type: 'json' };
import enStatistics from './en/statistics.json' with { type: 'json' };
import enZones from './en/zones.json' with { type: 'json' };
import viAdmin from './vi/admin.json' with { type: 'json' };
import viAuth from './vi/auth.json' with { type: 'json' };
import viCommon from './vi/common.json' with { type: 'json' };
import viPackages from './vi/packages.json' with { type: 'json' };
import viProjects from './vi/projects.json' with { type: 'json' };
import viReports from './vi/reports.json' with { type: 'json' };
import viReportText from './vi/reportText.json' with { type: 'json' };
import viStatistics from './vi/statistics.json' with { type: 'json' };
import viZones from './vi/zones.json' with { type: 'json' };

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = {
  vi: {
    common: viCommon,
    auth: viAuth,
    zones: viZones,
    projects: viProjects,
    packages: viPackages,
    reports: viReports,
    reportText: viReportText,
    admin: viAdmin,
    statistics: viStatistics,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    zones: enZones,
    projects: enProjects,
    packages: enPackages,
    reports: enReports,
    reportText: enReportText,
    admin: enAdmin,
    statistics: enStatistics,
  },
} as const;

export const NAMESPACES = Object.keys(resources.vi) as (keyof (typeof resources)['vi'])[];
