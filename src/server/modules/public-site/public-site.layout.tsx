/**
 * Every public page's frame: the document head (language, description, the other language's
 * address for search engines), the header with the board's name, the menu and the language switch,
 * and the footer. Rendered to static HTML on the server: no script unless a page brings one.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SITE_CSS } from './public-site.style.ts';
import { sitePath, type SitePage } from './public-site.paths.ts';
import type { SiteLanguage, SiteTranslate } from './public-site.words.ts';

export interface SiteBoard {
  code: string;
  name: string;
}

/** What every page knows: its language, the board it shows and whether others exist. */
export interface Site {
  language: SiteLanguage;
  t: SiteTranslate;
  /** The board shown; null when no board has published anything. */
  board: SiteBoard | null;
  boards: readonly SiteBoard[];
}

/** The query every address of the site carries: the board, when the server holds several. */
export function boardQuery(site: Site): Record<string, string> {
  return site.board && site.boards.length > 1 ? { board: site.board.code } : {};
}

/** A page's address in the site's language (or another), keeping the board. */
export function link(
  site: Site,
  page: SitePage,
  options: {
    id?: string;
    query?: Record<string, string | number | null | undefined>;
    language?: SiteLanguage;
  } = {},
): string {
  return sitePath(page, options.language ?? site.language, {
    ...(options.id === undefined ? {} : { id: options.id }),
    query: { ...boardQuery(site), ...options.query },
  });
}

export interface PageFrame {
  site: Site;
  page: SitePage;
  /** The page's own id and query, so the language switch lands on the same page. */
  id?: string;
  query?: Record<string, string | number | null | undefined>;
  title: string;
  description: string;
  children: ReactNode;
  /** Stylesheets and scripts of the page (the map's, when it has a tile layer). */
  assets?: { scripts: readonly string[]; styles: readonly string[] };
}

const MENU: readonly SitePage[] = ['home', 'procedures', 'lookup', 'figures', 'enquiry'];
const MENU_WORD: Record<string, string> = {
  home: 'nav.home',
  procedures: 'nav.procedures',
  lookup: 'nav.lookup',
  figures: 'nav.figures',
  enquiry: 'nav.enquiry',
};

function Frame({ site, page, id, query, title, description, children, assets }: PageFrame) {
  const { t, language } = site;
  const other: SiteLanguage = language === 'vi' ? 'en' : 'vi';
  const here = (lang: SiteLanguage) =>
    link(site, page, { ...(id === undefined ? {} : { id }), query, language: lang });
  const boardName = site.board?.name ?? t('siteName');
  const current = page === 'zone' ? 'home' : page === 'enquirySent' ? 'enquiry' : page;
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${boardName}`}</title>
        <meta name="description" content={description} />
        <link rel="alternate" hrefLang={language} href={here(language)} />
        <link rel="alternate" hrefLang={other} href={here(other)} />
        <link rel="icon" href="/favicon.ico" />
        <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
        {assets?.styles.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body>
        <a className="skip" href="#main">
          {t('skip')}
        </a>
        <header className="site">
          <div className="wrap top">
            <a className="brand" href={link(site, 'home')}>
              <strong>{boardName}</strong>
              <span>{t('siteName')}</span>
            </a>
            <div className="tools">
              <a href={here(other)} hrefLang={other} lang={other} data-testid="language-switch">
                {t('nav.language')}
              </a>
              <a href="/login">{t('nav.staff')}</a>
            </div>
          </div>
          <nav className="main" aria-label={t('siteName')}>
            <ul className="wrap">
              {MENU.map((item) => (
                <li key={item}>
                  <a href={link(site, item)} aria-current={item === current ? 'page' : undefined}>
                    {t(MENU_WORD[item]!)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site">
          <div className="wrap">
            <p>
              <strong>{boardName}</strong> · {t('tagline')}
            </p>
            {site.boards.length > 1 && (
              <p>
                {t('nav.boards')}:{' '}
                {site.boards
                  .filter((b) => b.code !== site.board?.code)
                  .map((b, i) => (
                    <span key={b.code}>
                      {i > 0 && ' · '}
                      <a href={sitePath('home', language, { query: { board: b.code } })}>{b.name}</a>
                    </span>
                  ))}
              </p>
            )}
            <p className="muted">{t('poweredBy')}</p>
          </div>
        </footer>
        {assets?.scripts.map((src) => (
          <script key={src} type="module" src={src} />
        ))}
      </body>
    </html>
  );
}

/** The page as an HTML document. */
export function renderPage(frame: PageFrame): string {
  return `<!doctype html>${renderToStaticMarkup(<Frame {...frame} />)}`;
}
