/**
 * The public site's pages: each asks the public API (public-site.api.ts) as the visitor, renders
 * HTML on the server and answers with its own security policy (the board's tile server, when it
 * has one, is the only other origin a page may load from). Vietnamese at the root, English under
 * /en; `/` itself is the staff app for a signed-in user (app.ts) and the site's home for others.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import type { AppInstance } from '../../kernel/http.ts';
import type { ModuleContext } from '../index.ts';
import { lastCompleteYear, type OpenFigures } from '../open-data/index.ts';
import { publicApi, PublicApiRefusal, type PublicApi } from './public-site.api.ts';
import { link, type Site, type SiteBoard } from './public-site.layout.tsx';
import { drawable, type MapZone, type TileLayer } from './public-site.map.tsx';
import {
  EMPTY_ENQUIRY,
  ENQUIRY_FIELD_OF_PATH,
  enquiryPage,
  enquirySentPage,
  errorPage,
  figuresPage,
  homePage,
  lookupPage,
  proceduresPage,
  zonePage,
  type DossierLookup,
  type EnquiryValues,
  type LookupOutcome,
  type PageAssets,
  type ProcedureList,
  type ZoneList,
  type ZonePage,
} from './public-site.pages.tsx';
import { SITE_PAGES, sitePath } from './public-site.paths.ts';
import { SITE_LANGUAGES, siteTranslator, type SiteLanguage } from './public-site.words.ts';

/** Largest enquiry form a browser sends: the API's own limits are far below. */
const FORM_BODY_LIMIT = 32 * 1024;
/** How many years back the figures page offers. */
const FIGURE_YEARS = 10;

const BoardParam = z.string().regex(/^[A-Za-z0-9._-]{1,20}$/);
const SiteQuery = z.object({ board: BoardParam.optional() }).loose();
const ZoneId = z.uuid();
const LookupQuery = SiteQuery.extend({ code: z.string().max(200).optional() });
const FiguresQuery = SiteQuery.extend({ year: z.coerce.number().int().min(1990).max(9999).optional() });
const EnquiryQuery = SiteQuery.extend({ zone: z.string().max(100).optional() });

interface PublicBoards {
  items: (SiteBoard & { zoneCount: number })[];
}
interface ZoneMapCollection {
  features: { id?: string; properties?: { id?: string; name?: string } | null; geometry: unknown }[];
}

class PageNotFound extends Error {}
class PageInvalid extends Error {}

/** The board the page shows: the one named, else the first that has published anything. */
async function siteFor(api: PublicApi, language: SiteLanguage, boardCode: string | undefined): Promise<Site> {
  const { items } = await api.get<PublicBoards>('/public/boards');
  const boards = items.map(({ code, name }) => ({ code, name }));
  const named = boardCode && boards.find((b) => b.code.toLowerCase() === boardCode.toLowerCase());
  if (boardCode && !named) throw new PageNotFound();
  return { language, t: siteTranslator(language), board: named || boards[0] || null, boards };
}

const emptySite = (language: SiteLanguage): Site => ({
  language,
  t: siteTranslator(language),
  board: null,
  boards: [],
});

/** The page's content security policy: our own origin, and the tile server's images. */
function contentSecurityPolicy(tiles: TileLayer | null, secure: boolean): string {
  const images = ["'self'", 'data:'];
  const origin = tiles && tileOrigin(tiles.tileUrlTemplate);
  if (origin) images.push(origin);
  return [
    "default-src 'self'",
    "base-uri 'self'",
    "font-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'self'",
    `img-src ${images.join(' ')}`,
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    ...(secure ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * The origin the tiles come from, for the page's security policy: `https://{s}.tile.example.org/…`
 * or `https://tile-{s}.example.org/…` → `https://*.tile.example.org` / `https://*.example.org` (the
 * label holding `{s}` becomes the wildcard); null when `{s}` sits in the last two labels.
 */
export function tileOrigin(template: string): string | null {
  try {
    const url = new URL(template.replace(/\{s\}/g, 'subdomain').replace(/\{[a-z]+\}/g, '0'));
    const labels = url.host.split('.');
    const at = labels.findIndex((label) => label.includes('subdomain'));
    if (at === -1) return `${url.protocol}//${url.host}`;
    if (labels.length - at - 1 < 2) return null;
    return `${url.protocol}//*.${labels.slice(at + 1).join('.')}`;
  } catch {
    return null;
  }
}

/** The map script and its stylesheet from the web app's build manifest; null before a build. */
const assetsCache = new Map<string, { mtimeMs: number; assets: PageAssets | null }>();
function mapAssets(webRoot: string): PageAssets | null {
  const manifestFile = path.join(webRoot, '.vite/manifest.json');
  if (!existsSync(manifestFile)) return null;
  const { mtimeMs } = statSync(manifestFile);
  const cached = assetsCache.get(webRoot);
  if (cached?.mtimeMs === mtimeMs) return cached.assets;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
    string,
    { file: string; css?: string[] }
  >;
  const entry = manifest['site/map.ts'];
  const assets = entry
    ? { scripts: [`/${entry.file}`], styles: (entry.css ?? []).map((file) => `/${file}`) }
    : null;
  assetsCache.set(webRoot, { mtimeMs, assets });
  return assets;
}

function sendPage(
  reply: FastifyReply,
  html: string,
  options: { status?: number; tiles?: TileLayer | null; secure: boolean },
) {
  return (
    reply
      .code(options.status ?? 200)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      // Not helmet's no-referrer: under it a browser posts the enquiry form with "Origin: null",
      // which the cross-site guard refuses. Other sites still learn nothing of our addresses.
      .header('referrer-policy', 'same-origin')
      .header('content-security-policy', contentSecurityPolicy(options.tiles ?? null, options.secure))
      .send(html)
  );
}

type PageHandler<Q> = (input: {
  request: FastifyRequest;
  reply: FastifyReply;
  api: PublicApi;
  /** The page's query, checked (a bad one is the site's 400 page). */
  query: Q;
  /** The board it shows (the one named by `board=`, else the first that publishes), its language. */
  site: Site;
}) => Promise<{ html: string; status?: number; tiles?: TileLayer | null } | FastifyReply>;

/** A page: its answer, or the site's own error page for what the API refused. */
function page<S extends z.ZodType<{ board?: string | undefined }>>(
  context: ModuleContext,
  language: SiteLanguage,
  querySchema: S,
  handler: PageHandler<z.infer<S>>,
) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const api = publicApi(request.server as AppInstance, request);
    try {
      const query = parse(querySchema, request.query);
      const site = await siteFor(api, language, query.board);
      const answer = await handler({ request, reply, api, query, site });
      if ('html' in answer) return sendPage(reply, answer.html, { ...answer, secure: context.cookieSecure });
      return answer;
    } catch (error) {
      const status =
        error instanceof PageNotFound
          ? 404
          : error instanceof PageInvalid
            ? 400
            : error instanceof PublicApiRefusal
              ? error.status === 404 || error.status === 429 || error.status === 400
                ? error.status
                : 503
              : null;
      if (status === null) throw error;
      let site = emptySite(language);
      if (status !== 429 && status !== 503) {
        try {
          site = await siteFor(api, language, undefined);
        } catch {
          // The frame without a board.
        }
      }
      if (status === 429) reply.header('retry-after', '60');
      return sendPage(reply, errorPage(site, status), { status, secure: context.cookieSecure });
    }
  };
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new PageInvalid();
  return parsed.data;
}

const zonesOf = (api: PublicApi, site: Site) =>
  site.board
    ? api.get<ZoneList>(`/public/zones?board=${encodeURIComponent(site.board.code)}&lang=${site.language}`)
    : Promise.resolve(null);

async function homeAnswer(context: ModuleContext, api: PublicApi, site: Site) {
  const language = site.language;
  const list = await zonesOf(api, site);
  let mapZones: MapZone[] = [];
  if (site.board && list && list.items.length > 0) {
    const collection = await api.get<ZoneMapCollection>(
      `/public/zones/map?board=${encodeURIComponent(site.board.code)}&lang=${language}`,
    );
    const names = new Map(list.items.map((z) => [z.id, z.name]));
    mapZones = collection.features.flatMap((feature) => {
      const id = String(feature.id ?? feature.properties?.id ?? '');
      const geometry = drawable(feature.geometry);
      return geometry && names.has(id)
        ? [{ id, name: names.get(id)!, href: link(site, 'zone', { id }), geometry }]
        : [];
    });
  }
  const tiles = list?.map ?? null;
  return { html: homePage(site, list, mapZones, mapAssets(context.webRoot)), tiles };
}

/**
 * What fails before a page's handler (its rate limit, a body too large, a form the parser refuses)
 * is shown as the site's own page in the page's language; the rest as everywhere.
 */
export function siteErrors(context: ModuleContext) {
  return async (error: Error & { statusCode?: number }, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    if (![400, 403, 404, 413, 415, 429].includes(status)) throw error;
    const language: SiteLanguage =
      request.url === '/en' || request.url.startsWith('/en/') || request.url.startsWith('/en?') ? 'en' : 'vi';
    if (status === 429) reply.header('retry-after', '60');
    return sendPage(reply, errorPage(emptySite(language), status), { status, secure: context.cookieSecure });
  };
}

export function publicSiteHome(context: ModuleContext) {
  return page(context, 'vi', SiteQuery, ({ api, site }) => homeAnswer(context, api, site));
}

export function publicSitePages(context: ModuleContext) {
  return async (app: AppInstance) => {
    // The enquiry form posts as HTML forms do; only here, and only small bodies.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    app.setErrorHandler(siteErrors(context));
    const options = {
      schema: { hide: true },
      config: { rateLimit: { max: context.publicPageRateLimit, timeWindow: 60_000 } },
    } as const;

    for (const language of SITE_LANGUAGES) {
      if (language !== 'vi') {
        app.get(
          SITE_PAGES.home[language],
          options,
          page(context, language, SiteQuery, ({ api, site }) => homeAnswer(context, api, site)),
        );
      }

      app.get(
        SITE_PAGES.zone[language],
        options,
        page(context, language, SiteQuery, async ({ api, request, query, site: named }) => {
          const id = (request.params as { id: string }).id;
          if (!ZoneId.safeParse(id).success) throw new PageNotFound();
          const zone = await api.ask<ZonePage>(`/public/zones/${id}?lang=${language}`);
          // Shown as its own board's page; a zone of another board than the one named is not this one.
          if (query.board && named.board?.code !== zone.boardCode) throw new PageNotFound();
          const site = {
            ...named,
            board: named.boards.find((b) => b.code === zone.boardCode) ?? named.board,
          };
          const list = await zonesOf(api, site);
          const tiles = list?.map ?? null;
          return {
            html: zonePage(site, zone, tiles, mapAssets(context.webRoot)),
            tiles,
          };
        }),
      );

      app.get(
        SITE_PAGES.procedures[language],
        options,
        page(context, language, SiteQuery, async ({ api, site }) => {
          const list = site.board
            ? await api.ask<ProcedureList>(`/public/procedures?board=${encodeURIComponent(site.board.code)}`)
            : null;
          return { html: proceduresPage(site, list) };
        }),
      );

      app.get(
        SITE_PAGES.lookup[language],
        options,
        page(context, language, LookupQuery, async ({ api, query, site }) => {
          const code = (query.code ?? '').trim();
          let outcome: LookupOutcome = { kind: 'none' };
          if (code) {
            try {
              outcome = {
                kind: 'found',
                dossier: await api.ask<DossierLookup>(`/public/dossiers/${encodeURIComponent(code)}`),
              };
            } catch (error) {
              if (!(error instanceof PublicApiRefusal) || (error.status !== 404 && error.status !== 400))
                throw error;
              outcome = { kind: error.status === 404 ? 'not_found' : 'invalid' };
            }
          }
          return { html: lookupPage(site, code, outcome) };
        }),
      );

      app.get(
        SITE_PAGES.figures[language],
        options,
        page(context, language, FiguresQuery, async ({ api, query, site }) => {
          const latest = lastCompleteYear(vietnamToday());
          const year = query.year ?? latest;
          if (year > latest) throw new PageInvalid();
          const years = Array.from({ length: FIGURE_YEARS }, (_, i) => latest - i);
          const figures = site.board
            ? await api.ask<OpenFigures>(
                `/public/figures?board=${encodeURIComponent(site.board.code)}&year=${year}`,
              )
            : null;
          return { html: figuresPage(site, year, years.includes(year) ? years : [...years, year], figures) };
        }),
      );

      app.get(
        SITE_PAGES.enquiry[language],
        options,
        page(context, language, EnquiryQuery, async ({ api, query, site }) => {
          const [list, token] = await Promise.all([
            zonesOf(api, site),
            api.ask<{ token: string }>('/public/enquiries/form-token'),
          ]);
          const zones = list?.items ?? [];
          const zone = zones.some((z) => z.id === query.zone) ? query.zone! : '';
          return { html: enquiryPage(site, zones, token.token, { ...EMPTY_ENQUIRY, zone }, {}) };
        }),
      );

      app.post(
        SITE_PAGES.enquiry[language],
        { ...options, bodyLimit: FORM_BODY_LIMIT },
        page(context, language, SiteQuery, async ({ api, request, reply, site }) => {
          if (!site.board) throw new PageNotFound();
          const form = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<
            string,
            unknown
          >;
          const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
          const values: EnquiryValues = {
            zone: text('zone'),
            fullName: text('fullName'),
            organisation: text('organisation'),
            email: text('email'),
            phone: text('phone'),
            country: text('country'),
            message: text('message'),
          };
          const token = text('token');
          try {
            await api.post('/public/enquiries', {
              board: site.board.code,
              zoneId: values.zone || null,
              fullName: values.fullName,
              organisation: values.organisation || null,
              email: values.email,
              phone: values.phone || null,
              countryCode: values.country || null,
              message: values.message,
              language,
              token,
              website: text('website'),
            });
          } catch (error) {
            if (!(error instanceof PublicApiRefusal) || error.status !== 400) throw error;
            const problems: Partial<Record<keyof EnquiryValues, string>> = {};
            for (const detail of error.details) {
              const field = ENQUIRY_FIELD_OF_PATH[detail.path.replace(/^body\./, '').split('.')[0]!];
              // In the page's language, not the API's Vietnamese validation message.
              if (field && !problems[field]) problems[field] = site.t(`enquiry.invalid.${field}`);
            }
            if (Object.keys(problems).length === 0) throw new PageInvalid();
            const list = await zonesOf(api, site);
            // A fresh token: the visitor's was issued when the form was first shown, maybe hours ago.
            const fresh = (await api.ask<{ token: string }>('/public/enquiries/form-token')).token;
            return { html: enquiryPage(site, list?.items ?? [], fresh, values, problems), status: 400 };
          }
          return reply.redirect(link(site, 'enquirySent'), 303);
        }),
      );

      app.get(
        SITE_PAGES.enquirySent[language],
        options,
        page(context, language, SiteQuery, async ({ site }) => {
          return { html: enquirySentPage(site) };
        }),
      );
    }

    // Any other address under the site's own paths is the site's 404, never the staff app.
    const missing = (language: SiteLanguage) =>
      page(context, language, SiteQuery, async () => {
        throw new PageNotFound();
      });
    for (const prefix of ['/khu/*', '/thu-tuc/*', '/tra-cuu/*', '/so-lieu/*', '/lien-he/*'])
      app.get(prefix, options, missing('vi'));
    app.get('/en/*', options, missing('en'));

    // For search engines: what to read, and every page in both languages.
    app.get('/robots.txt', options, async (request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          [
            'User-agent: *',
            'Allow: /api/v1/public/',
            'Disallow: /api/',
            'Disallow: /login',
            `Sitemap: ${request.protocol}://${request.host}/sitemap.xml`,
            '',
          ].join('\n'),
        ),
    );
    app.get('/sitemap.xml', options, async (request, reply) => {
      const api = publicApi(app, request);
      const origin = `${request.protocol}://${request.host}`;
      const urls: string[] = [];
      try {
        const { items: boards } = await api.get<PublicBoards>('/public/boards');
        const several = boards.length > 1;
        for (const board of boards) {
          const query = several ? { board: board.code } : {};
          const list = await api.get<ZoneList>(`/public/zones?board=${encodeURIComponent(board.code)}`);
          for (const language of SITE_LANGUAGES) {
            for (const pageName of ['home', 'procedures', 'figures', 'enquiry'] as const) {
              urls.push(sitePath(pageName, language, { query }));
            }
            for (const zone of list.items) urls.push(sitePath('zone', language, { id: zone.id, query }));
          }
        }
      } catch (error) {
        if (!(error instanceof PublicApiRefusal)) throw error;
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('Tạm thời gián đoạn / Temporarily unavailable');
      }
      const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return reply
        .type('application/xml; charset=utf-8')
        .send(
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${[
            ...new Set(urls),
          ]
            .map((url) => `  <url><loc>${escape(origin + url)}</loc></url>`)
            .join('\n')}\n</urlset>\n`,
        );
    });
  };
}
