/**
 * The public site's addresses: Vietnamese at the root, English under /en. Each page has its
 * counterpart in the other language (the language switch, hreflang). With several boards on one
 * server, `board=` says whose pages; alone, a board needs none.
 */
import type { SiteLanguage } from './public-site.words.ts';

export const SITE_PAGES = {
  home: { vi: '/', en: '/en' },
  zone: { vi: '/khu/:id', en: '/en/zones/:id' },
  procedures: { vi: '/thu-tuc', en: '/en/procedures' },
  lookup: { vi: '/tra-cuu', en: '/en/lookup' },
  figures: { vi: '/so-lieu', en: '/en/figures' },
  enquiry: { vi: '/lien-he', en: '/en/enquiry' },
  enquirySent: { vi: '/lien-he/da-gui', en: '/en/enquiry/sent' },
} as const;
export type SitePage = keyof typeof SITE_PAGES;

/** A page's address in a language, with its id and query (empty values left out). */
export function sitePath(
  page: SitePage,
  language: SiteLanguage,
  options: { id?: string; query?: Record<string, string | number | null | undefined> } = {},
): string {
  const path = SITE_PAGES[page][language].replace(':id', encodeURIComponent(options.id ?? ''));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
