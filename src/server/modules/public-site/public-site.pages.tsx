/**
 * The public site's pages, each from the public API's answers only (public-site.routes.ts asks).
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { COUNTRY_CODES, countryName } from '../../../domain/countries.ts';
import { formatDate, formatNumber, formatPercent, vndToTy } from '../../../domain/number-format.ts';
import type { PublicZone, PublicZoneList } from '../investor-portal/index.ts';
import type { PublicDossier, PublicProcedureList } from '../one-stop/index.ts';
import { vsicSection, type OpenFigures } from '../open-data/index.ts';
import { link, renderPage, type Site } from './public-site.layout.tsx';
import { drawable, ZoneMap, type MapZone, type TileLayer } from './public-site.map.tsx';

export type ZoneList = z.infer<typeof PublicZoneList> & { map?: TileLayer | null };
export type ZoneSummary = ZoneList['items'][number];
export type ZonePage = z.infer<typeof PublicZone>;
export type ProcedureList = z.infer<typeof PublicProcedureList>;
export type DossierLookup = z.infer<typeof PublicDossier>;

const number = (site: Site, value: string | null | undefined) =>
  value === null || value === undefined ? null : formatNumber(value, { locale: site.language });
const hectares = (site: Site, value: string | null | undefined) =>
  value === null || value === undefined
    ? site.t('zone.notStated')
    : site.t('units.ha', { value: number(site, value) });

function Facts({
  rows,
  prose = false,
}: {
  rows: readonly (readonly [string, string | null | undefined, string?])[];
  /** Sentences rather than figures: not in bold. */
  prose?: boolean;
}) {
  return (
    <dl className={prose ? 'facts prose' : 'facts'}>
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([term, value, testId]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  );
}

// ─── Home: the board's zones on a map and as cards ───

export function homePage(
  site: Site,
  list: ZoneList | null,
  mapZones: readonly MapZone[],
  assets: PageAssets | null,
) {
  const { t } = site;
  const zones = list?.items ?? [];
  const unplaced = zones.filter((z) => !mapZones.some((m) => m.id === z.id));
  return renderPage({
    site,
    page: 'home',
    title: t('home.title'),
    description: site.board ? t('home.intro', { board: site.board.name }) : t('tagline'),
    ...(mapZones.length > 0 && list?.map && assets ? { assets } : {}),
    children: (
      <>
        <h1>{t('home.title')}</h1>
        {!site.board ? (
          <p className="lead">{t('home.noBoards')}</p>
        ) : (
          <>
            <p className="lead">{t('home.intro', { board: site.board.name })}</p>
            {site.boards.length > 1 && (
              <nav aria-label={t('home.chooseBoard')}>
                <ul className="tags">
                  {site.boards.map((b) => (
                    <li key={b.code}>
                      <a
                        href={link({ ...site, board: b }, 'home')}
                        aria-current={b.code === site.board?.code ? 'page' : undefined}
                      >
                        {b.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {zones.length === 0 ? (
              <p>{t('home.noZones')}</p>
            ) : (
              <>
                {mapZones.length > 0 && (
                  <section aria-labelledby="map-title">
                    <h2 id="map-title">{t('home.mapTitle')}</h2>
                    <ZoneMap
                      zones={mapZones}
                      title={t('home.mapTitle')}
                      caption={
                        t('home.mapNote') +
                        (unplaced.length > 0
                          ? ' ' +
                            t('home.mapWithoutPosition', { names: unplaced.map((z) => z.name).join(', ') })
                          : '')
                      }
                      tiles={list?.map ?? null}
                    />
                  </section>
                )}
                <h2>{t('home.zonesTitle')}</h2>
                <ul className="cards" data-testid="zone-cards">
                  {zones.map((zone) => (
                    <li className="card" key={zone.id}>
                      <h3>
                        <a href={link(site, 'zone', { id: zone.id })}>{zone.name}</a>
                      </h3>
                      <p className="muted">
                        {t(`common:zoneKinds.${zone.kind}`)} · {t(`common:zoneStatuses.${zone.status}`)}
                      </p>
                      <Facts
                        rows={[
                          [t('zone.area'), hectares(site, zone.areaHa)],
                          [
                            t('zone.landAvailable'),
                            zone.landAvailableHa && hectares(site, zone.landAvailableHa),
                          ],
                          [
                            t('zone.occupancy'),
                            zone.occupancyPct === null
                              ? null
                              : formatPercent(zone.occupancyPct, site.language),
                          ],
                        ]}
                      />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </>
    ),
  });
}

// ─── A zone's page ───

export function zonePage(site: Site, zone: ZonePage, tiles: TileLayer | null, assets: PageAssets | null) {
  const { t, language } = site;
  const geometry =
    drawable(zone.boundary?.['geometry']) ??
    (zone.mapPoint
      ? ({ type: 'Point', coordinates: [zone.mapPoint.lon, zone.mapPoint.lat] } as const)
      : null);
  const infrastructure = [
    [t('zone.roads'), zone.infrastructure.roads],
    [t('zone.power'), zone.infrastructure.power],
    [t('zone.water'), zone.infrastructure.water],
    [t('zone.drainage'), zone.infrastructure.drainage],
    [t('zone.wastewaterStandard'), zone.wastewaterStandard],
  ] as const;
  return renderPage({
    site,
    page: 'zone',
    id: zone.id,
    title: zone.name,
    description: zone.summary.slice(0, 300) || `${zone.name} — ${t(`common:zoneKinds.${zone.kind}`)}`,
    ...(geometry && tiles && assets ? { assets } : {}),
    children: (
      <article>
        <p className="muted">
          <a href={link(site, 'home')}>{t('nav.home')}</a> ›
        </p>
        <h1 data-testid="zone-name">{zone.name}</h1>
        <ul className="tags">
          <li>{t(`common:zoneKinds.${zone.kind}`)}</li>
          <li>{t(`common:zoneStatuses.${zone.status}`)}</li>
        </ul>
        <h2>{t('zone.area')}</h2>
        <Facts
          rows={[
            [t('zone.area'), hectares(site, zone.areaHa), 'zone-area'],
            [t('zone.industrialLand'), zone.industrialLandHa && hectares(site, zone.industrialLandHa)],
            [t('zone.serviceLand'), zone.serviceLandHa && hectares(site, zone.serviceLandHa)],
            [
              t('zone.landAvailable'),
              zone.landAvailableHa && hectares(site, zone.landAvailableHa),
              'zone-land-available',
            ],
            [
              t('zone.occupancy'),
              zone.occupancyPct === null
                ? null
                : `${formatPercent(zone.occupancyPct, language)} (${t('zone.occupancyNote')})`,
            ],
            [
              t('zone.leaseTermEnd'),
              zone.leaseTermEnd &&
                (zone.leaseTermEnd.length === 4 ? zone.leaseTermEnd : formatDate(zone.leaseTermEnd)),
            ],
            [
              t('zone.minimumPlot'),
              zone.minimumPlotM2 && t('units.m2', { value: number(site, zone.minimumPlotM2) }),
            ],
          ]}
        />
        {zone.figuresAsOf && (
          <p className="muted">{t('zone.figuresAsOf', { date: formatDate(zone.figuresAsOf) })}</p>
        )}
        {zone.summary && (
          <section>
            <h2>{t('zone.summary')}</h2>
            <Paragraphs text={zone.summary} />
          </section>
        )}
        {zone.advantages.length > 0 && (
          <section>
            <h2>{t('zone.advantages')}</h2>
            <ul>
              {zone.advantages.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>{t('zone.prices')}</h2>
          {zone.prices.length === 0 ? (
            <p>{t('zone.noPrices')}</p>
          ) : (
            <div className="table-scroll">
              <table className="stack" data-testid="zone-prices">
                <thead>
                  <tr>
                    <th>{t('zone.priceKind')}</th>
                    <th className="num">{t('zone.priceValue')}</th>
                    <th>{t('zone.priceAsOf')}</th>
                    <th>{t('zone.priceSource')}</th>
                  </tr>
                </thead>
                <tbody>
                  {zone.prices.map((price, i) => (
                    <tr key={i}>
                      <td data-label={t('zone.priceKind')}>{t(`investorPortal:priceKinds.${price.kind}`)}</td>
                      <td className="num" data-label={t('zone.priceValue')}>
                        {number(site, price.value)} {t(`investorPortal:units.${price.unit}`)}
                      </td>
                      <td data-label={t('zone.priceAsOf')}>{formatDate(price.asOf)}</td>
                      <td data-label={t('zone.priceSource')}>{price.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        {infrastructure.some(([, v]) => v) && (
          <section>
            <h2>{t('zone.infrastructure')}</h2>
            <Facts rows={infrastructure} prose />
          </section>
        )}
        {zone.sectors.length > 0 && (
          <section>
            <h2>{t('zone.sectors')}</h2>
            <ul>
              {zone.sectors.map((code) => {
                const section = vsicSection(code);
                return (
                  <li key={code}>
                    {code}
                    {section !== 'unknown' && ` — ${t(`vsicSections.${section}`)}`}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {zone.developer && (
          <section>
            <h2>{t('zone.developer')}</h2>
            <p>
              {zone.developer.name}
              {zone.developer.website && (
                <>
                  {' · '}
                  <a href={zone.developer.website} rel="nofollow noopener">
                    {zone.developer.website}
                  </a>
                </>
              )}
            </p>
          </section>
        )}
        {zone.contacts.length > 0 && (
          <section>
            <h2>{t('zone.contacts')}</h2>
            <ul className="cards">
              {zone.contacts.map((c, i) => (
                <li className="card" key={i}>
                  <strong>{c.name}</strong>
                  {c.position && <div className="muted">{c.position}</div>}
                  {c.phone && (
                    <div>
                      <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a>
                    </div>
                  )}
                  {c.email && (
                    <div>
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {zone.photos.length > 0 && (
          <section>
            <h2>{t('zone.photos')}</h2>
            <ul className="photos">
              {zone.photos.map((photo) => (
                <li key={photo.id}>
                  <figure>
                    <img src={photo.url} alt={photo.caption || zone.name} loading="lazy" />
                    {photo.caption && <figcaption>{photo.caption}</figcaption>}
                  </figure>
                </li>
              ))}
            </ul>
          </section>
        )}
        {geometry && (
          <section>
            <h2>{t('zone.map')}</h2>
            <ZoneMap
              zones={[{ id: zone.id, name: zone.name, href: link(site, 'zone', { id: zone.id }), geometry }]}
              title={`${t('zone.map')}: ${zone.name}`}
              caption={t('home.mapNote')}
              tiles={tiles}
            />
          </section>
        )}
        <p>
          <a
            className="button"
            href={link(site, 'enquiry', { query: { zone: zone.id } })}
            data-testid="ask-zone"
          >
            {t('zone.ask')}
          </a>
        </p>
        <p className="muted">{t('zone.publishedAt', { date: formatDate(zone.publishedAt) })}</p>
      </article>
    ),
  });
}

export interface PageAssets {
  scripts: readonly string[];
  styles: readonly string[];
}

// ─── Procedures and the dossier look-up ───

export function proceduresPage(site: Site, list: ProcedureList | null) {
  const { t } = site;
  const items = list?.items ?? [];
  return renderPage({
    site,
    page: 'procedures',
    title: t('procedures.title'),
    description: t('procedures.intro', {
      board: site.board?.name ?? '',
      date: formatDate(list?.onDate ?? ''),
    }),
    children: (
      <>
        <h1>{t('procedures.title')}</h1>
        {list && (
          <p className="lead">
            {t('procedures.intro', { board: list.board.name, date: formatDate(list.onDate) })}
          </p>
        )}
        <p>
          <a href={link(site, 'lookup')}>{t('lookup.title')}</a>
        </p>
        {items.length === 0 && <p>{t('procedures.none')}</p>}
        {items.map((p) => (
          <section className="procedure" key={p.code} data-testid="procedure">
            <h2>{p.name}</h2>
            <Facts
              rows={[
                [t('procedures.code'), p.code],
                [t('procedures.field'), p.field],
                [
                  t('procedures.deadline'),
                  t(`oneStop:deadline.${p.deadline.unit}`, { count: p.deadline.value }),
                ],
                [t('procedures.onlineLevel'), t(`dossierPortal:onlineLevel.${p.onlineLevel}`)],
                [t('procedures.fee'), p.fee],
                [t('procedures.result'), p.resultName],
              ]}
            />
            {p.legalBasis && (
              <p>
                <strong>{t('procedures.legalBasis')}:</strong> {p.legalBasis}
              </p>
            )}
            {p.documents.length > 0 && (
              <details>
                <summary>{t('procedures.documents', { count: p.documents.length })}</summary>
                <ol>
                  {p.documents.map((d, i) => (
                    <li key={i}>
                      {d.name}
                      <span className="muted">
                        {' '}
                        (
                        {[
                          d.originals > 0 && t('procedures.originals', { count: d.originals }),
                          d.copies > 0 && t('procedures.copies', { count: d.copies }),
                        ]
                          .filter(Boolean)
                          .join(', ')}
                        {d.note ? `; ${d.note}` : ''})
                      </span>
                    </li>
                  ))}
                </ol>
              </details>
            )}
            {p.onlineLevel !== 'none' && (
              <p>
                <a
                  className="button secondary"
                  href={`/nop-ho-so?board=${encodeURIComponent(list?.board.code ?? site.board?.code ?? '')}`}
                >
                  {t('procedures.submitOnline')}
                </a>
              </p>
            )}
          </section>
        ))}
      </>
    ),
  });
}

export type LookupOutcome =
  { kind: 'none' } | { kind: 'found'; dossier: DossierLookup } | { kind: 'not_found' } | { kind: 'invalid' };

export function lookupPage(site: Site, code: string, outcome: LookupOutcome) {
  const { t } = site;
  return renderPage({
    site,
    page: 'lookup',
    query: { code },
    title: t('lookup.title'),
    description: t('lookup.intro'),
    children: (
      <>
        <h1>{t('lookup.title')}</h1>
        <p className="lead">{t('lookup.intro')}</p>
        <form className="inline" method="get" action={link(site, 'lookup')} role="search">
          {site.board && site.boards.length > 1 && (
            <input type="hidden" name="board" value={site.board.code} />
          )}
          <div>
            <label htmlFor="code">{t('lookup.code')}</label>
            <input id="code" name="code" defaultValue={code} maxLength={60} autoComplete="off" required />
          </div>
          <button type="submit">{t('lookup.submit')}</button>
        </form>
        {outcome.kind === 'not_found' && (
          <p className="alert error" role="alert">
            {t('lookup.notFound', { code })}
          </p>
        )}
        {outcome.kind === 'invalid' && (
          <p className="alert error" role="alert">
            {t('lookup.invalid')}
          </p>
        )}
        {outcome.kind === 'found' && (
          <section aria-live="polite" data-testid="dossier">
            <h2>{outcome.dossier.code}</h2>
            <Facts
              rows={[
                [
                  t('lookup.procedure'),
                  `${outcome.dossier.procedure.name} (${outcome.dossier.procedure.code})`,
                ],
                [t('lookup.status'), t(`dossierPortal:status.${outcome.dossier.status}`)],
                [
                  t('lookup.receivedOn'),
                  outcome.dossier.receivedOn && formatDate(outcome.dossier.receivedOn),
                ],
                [t('lookup.dueDate'), outcome.dossier.dueDate && formatDate(outcome.dossier.dueDate)],
                [
                  t('lookup.result'),
                  outcome.dossier.result &&
                    `${t(`dossierPortal:resultKind.${outcome.dossier.result.kind}`)}, ${formatDate(outcome.dossier.result.on)}`,
                ],
              ]}
            />
          </section>
        )}
      </>
    ),
  });
}

// ─── Open figures ───

type ProjectCell = OpenFigures['tables']['investment']['rows'][number];
type ZoneCell = OpenFigures['tables']['zones']['rows'][number];

function Suppressed({
  site,
  reason,
  threshold,
  of = 'projects',
}: {
  site: Site;
  reason: string;
  threshold: number;
  of?: 'projects' | 'zones';
}) {
  const words = of === 'zones' ? 'figures.zoneReasons' : 'figures.reasons';
  return (
    <span className="suppressed" data-suppressed={reason}>
      {site.t('figures.suppressed')} ({site.t(`${words}.${reason}`, { threshold })})
    </span>
  );
}

function ProjectTable({
  site,
  figures,
  caption,
  table,
  keyName,
  testId,
}: {
  site: Site;
  figures: OpenFigures;
  caption: string;
  table: { total: ProjectCell; rows: readonly ProjectCell[] };
  keyName: (key: string) => string;
  testId: string;
}) {
  const { t } = site;
  const threshold = figures.suppression.threshold;
  const row = (cell: ProjectCell, label: string, total = false) => (
    <tr key={cell.key} className={total ? 'total' : undefined} data-key={cell.key}>
      <td>{label}</td>
      {cell.suppressed ? (
        <td colSpan={2}>
          <Suppressed site={site} reason={cell.suppressed} threshold={threshold} />
        </td>
      ) : (
        <>
          <td className="num">{number(site, String(cell.count ?? 0))}</td>
          <td className="num">
            {cell.capitalVnd === null
              ? '—'
              : t('units.tyDong', { value: number(site, vndToTy(cell.capitalVnd)) })}
          </td>
        </>
      )}
    </tr>
  );
  return (
    <section>
      <h2>{caption}</h2>
      <div className="table-scroll">
        <table data-testid={testId}>
          <thead>
            <tr>
              <th>{t('figures.key')}</th>
              <th className="num">{t('figures.count')}</th>
              <th className="num">{t('figures.capital')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((cell) => row(cell, keyName(cell.key)))}
            {row(table.total, t('figures.total'), true)}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function figuresPage(site: Site, year: number, years: readonly number[], figures: OpenFigures | null) {
  const { t, language } = site;
  const apiBase =
    figures && `/api/v1/public/figures?board=${encodeURIComponent(figures.board.code)}&year=${figures.year}`;
  const zoneRow = (cell: ZoneCell, label: string, total = false) => (
    <tr key={cell.key} className={total ? 'total' : undefined} data-key={cell.key}>
      <td>{label}</td>
      {cell.suppressed ? (
        <td colSpan={2}>
          <Suppressed
            site={site}
            reason={cell.suppressed}
            threshold={figures!.suppression.threshold}
            of="zones"
          />
        </td>
      ) : (
        <>
          <td className="num">{number(site, String(cell.count ?? 0))}</td>
          <td className="num">{cell.areaHa === null ? '—' : number(site, cell.areaHa)}</td>
        </>
      )}
    </tr>
  );
  const unknownOr = (key: string, name: () => string) => (key === 'unknown' ? t('figures.unknown') : name());
  return renderPage({
    site,
    page: 'figures',
    query: { year },
    title: `${t('figures.title')} ${year}`,
    description: t('figures.title'),
    children: (
      <>
        <h1>
          {t('figures.title')} {year}
        </h1>
        <form className="inline" method="get" action={link(site, 'figures')}>
          {site.board && site.boards.length > 1 && (
            <input type="hidden" name="board" value={site.board.code} />
          )}
          <div>
            <label htmlFor="year">{t('figures.year')}</label>
            <select id="year" name="year" defaultValue={String(year)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('figures.show')}</button>
        </form>
        {!figures ? (
          <p>{t('figures.notAvailable', { year })}</p>
        ) : (
          <>
            <p className="lead">
              {t('figures.intro', {
                board: figures.board.name,
                year: figures.year,
                threshold: figures.suppression.threshold,
                dominance: figures.suppression.dominancePct,
              })}
            </p>
            <p>
              {t('figures.download')}:{' '}
              <a href={`${apiBase}&format=csv`} data-testid="figures-csv">
                {t('figures.csv')}
              </a>{' '}
              ·{' '}
              <a href={`${apiBase}&format=json`} data-testid="figures-json">
                {t('figures.json')}
              </a>
              <br />
              <span className="muted">
                {t('figures.licence', {
                  name: figures.licence.name,
                  attribution: figures.licence.attribution,
                })}{' '}
                <a href={figures.licence.url} rel="license">
                  {figures.licence.url}
                </a>
              </span>
            </p>
            <ProjectTable
              site={site}
              figures={figures}
              caption={t('figures.investment')}
              table={figures.tables.investment}
              keyName={(key) => t(`common:investmentTypes.${key}`)}
              testId="figures-investment"
            />
            <ProjectTable
              site={site}
              figures={figures}
              caption={t('figures.byCountry')}
              table={figures.tables.byCountry}
              keyName={(key) => unknownOr(key, () => countryName(key, language))}
              testId="figures-country"
            />
            <ProjectTable
              site={site}
              figures={figures}
              caption={t('figures.bySector')}
              table={figures.tables.bySector}
              keyName={(key) => unknownOr(key, () => `${key} — ${t(`vsicSections.${key}`)}`)}
              testId="figures-sector"
            />
            <section>
              <h2>{t('figures.zones', { date: formatDate(figures.tables.zones.asOf) })}</h2>
              <div className="table-scroll">
                <table data-testid="figures-zones">
                  <thead>
                    <tr>
                      <th>{t('figures.key')}</th>
                      <th className="num">{t('figures.zoneCount')}</th>
                      <th className="num">{t('figures.areaHa')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {figures.tables.zones.rows.map((cell) =>
                      zoneRow(cell, t(`common:zoneStatuses.${cell.key}`)),
                    )}
                    {zoneRow(figures.tables.zones.total, t('figures.total'), true)}
                  </tbody>
                </table>
              </div>
              {figures.tables.zones.operatingOccupancyDecree35Pct !== null && (
                <p>
                  {t('figures.occupancy', {
                    value: formatPercent(figures.tables.zones.operatingOccupancyDecree35Pct, language),
                  })}
                </p>
              )}
            </section>
          </>
        )}
      </>
    ),
  });
}

// ─── The enquiry form ───

export interface EnquiryValues {
  zone: string;
  fullName: string;
  organisation: string;
  email: string;
  phone: string;
  country: string;
  message: string;
}
export const EMPTY_ENQUIRY: EnquiryValues = {
  zone: '',
  fullName: '',
  organisation: '',
  email: '',
  phone: '',
  country: '',
  message: '',
};

/** The form's field for each of the API's body paths. */
export const ENQUIRY_FIELD_OF_PATH: Record<string, keyof EnquiryValues> = {
  zoneId: 'zone',
  fullName: 'fullName',
  organisation: 'organisation',
  email: 'email',
  phone: 'phone',
  countryCode: 'country',
  message: 'message',
};

export function enquiryPage(
  site: Site,
  zones: readonly ZoneSummary[],
  token: string,
  values: EnquiryValues,
  problems: Partial<Record<keyof EnquiryValues, string>>,
) {
  const { t, language } = site;
  const countries = [...COUNTRY_CODES]
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const field = (name: keyof EnquiryValues, label: string, input: ReactNode, required = false) => (
    <div>
      <label htmlFor={name}>
        {label} {required && <span className="hint">{t('enquiry.required')}</span>}
      </label>
      {input}
      {problems[name] && (
        <div className="field-error" id={`${name}-error`}>
          {problems[name]}
        </div>
      )}
    </div>
  );
  const invalid = (name: keyof EnquiryValues) =>
    problems[name] ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {};
  return renderPage({
    site,
    page: 'enquiry',
    query: values.zone ? { zone: values.zone } : {},
    title: t('enquiry.title'),
    description: t('enquiry.intro', { board: site.board?.name ?? '' }),
    children: (
      <>
        <h1>{t('enquiry.title')}</h1>
        <p className="lead">{t('enquiry.intro', { board: site.board?.name ?? '' })}</p>
        {Object.keys(problems).length > 0 && (
          <p className="alert error" role="alert">
            {t('enquiry.problems')}
          </p>
        )}
        <form className="stack" method="post" action={link(site, 'enquiry')} noValidate={false}>
          <input type="hidden" name="token" value={token} />
          {field(
            'zone',
            t('enquiry.zone'),
            <select id="zone" name="zone" defaultValue={values.zone} {...invalid('zone')}>
              <option value="">{t('enquiry.anyZone')}</option>
              {zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.name}
                </option>
              ))}
            </select>,
          )}
          {field(
            'fullName',
            t('enquiry.fullName'),
            <input
              id="fullName"
              name="fullName"
              defaultValue={values.fullName}
              maxLength={200}
              required
              autoComplete="name"
              {...invalid('fullName')}
            />,
            true,
          )}
          {field(
            'organisation',
            t('enquiry.organisation'),
            <input
              id="organisation"
              name="organisation"
              defaultValue={values.organisation}
              maxLength={300}
              autoComplete="organization"
              {...invalid('organisation')}
            />,
          )}
          {field(
            'email',
            t('enquiry.email'),
            <input
              id="email"
              name="email"
              type="email"
              defaultValue={values.email}
              maxLength={200}
              required
              autoComplete="email"
              {...invalid('email')}
            />,
            true,
          )}
          {field(
            'phone',
            t('enquiry.phone'),
            <input
              id="phone"
              name="phone"
              type="tel"
              defaultValue={values.phone}
              maxLength={50}
              autoComplete="tel"
              {...invalid('phone')}
            />,
          )}
          {field(
            'country',
            t('enquiry.country'),
            <select id="country" name="country" defaultValue={values.country} {...invalid('country')}>
              <option value="">{t('enquiry.chooseCountry')}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>,
          )}
          {field(
            'message',
            t('enquiry.message'),
            <textarea
              id="message"
              name="message"
              defaultValue={values.message}
              required
              placeholder={t('enquiry.messageHint')}
              {...invalid('message')}
            />,
            true,
          )}
          <div className="trap" aria-hidden="true">
            <label htmlFor="website">{t('enquiry.website')}</label>
            <input id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <p className="muted">{t('enquiry.privacy')}</p>
          <div>
            <button type="submit">{t('enquiry.submit')}</button>
          </div>
        </form>
      </>
    ),
  });
}

export function enquirySentPage(site: Site) {
  const { t } = site;
  return renderPage({
    site,
    page: 'enquirySent',
    title: t('enquiry.sentTitle'),
    description: t('enquiry.sent'),
    children: (
      <>
        <h1>{t('enquiry.sentTitle')}</h1>
        <p className="alert ok" role="status" data-testid="enquiry-sent">
          {t('enquiry.sent')}
        </p>
        <p>
          <a href={link(site, 'home')}>{t('enquiry.back')}</a>
        </p>
      </>
    ),
  });
}

// ─── Errors ───

const ERROR_WORDS: Record<number, string> = {
  400: 'invalid',
  403: 'invalid',
  404: 'notFound',
  413: 'invalid',
  415: 'invalid',
  429: 'rateLimited',
};

export function errorPage(site: Site, status: number) {
  const { t } = site;
  const word = ERROR_WORDS[status] ?? 'unavailable';
  return renderPage({
    site,
    page: 'home',
    title: t(`errors.${word}Title`),
    description: t(`errors.${word}`),
    children: (
      <>
        <h1>{t(`errors.${word}Title`)}</h1>
        <p className="lead">{t(`errors.${word}`)}</p>
        <p>
          <a href={link(site, 'home')}>{t('enquiry.back')}</a>
        </p>
      </>
    ),
  });
}
