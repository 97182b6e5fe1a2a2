import { systemActor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  DISCLOSURE_RULES,
  publishCell,
  suppressCells,
  type DisclosureCell,
  type DisclosureGroup,
  type SuppressionReason,
} from '../../../domain/disclosure.ts';
import { boardDirectory, getBoard } from '../boards/index.ts';
import { eventsOfBoards, investorsOfProjects, projectsOfBoards } from '../projects/index.ts';
import { zonesReport } from '../reports/index.ts';
import { OpenDataErrors } from './open-data.errors.ts';
import type { OpenFigures, ProjectCell, ZoneCell } from './open-data.schemas.ts';

/**
 * The licence of the open figures. [U] CC BY 4.0 is a default, not a fact: which licence a board
 * adopts for its open data (E-Transactions Law 2023 Art. 43: free, reusable) is the board's decision.
 */
export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The last complete year in Vietnam's calendar: the default, and the latest year published. */
export function lastCompleteYear(today: string = vietnamToday()): number {
  return Number(today.slice(0, 4)) - 1;
}

const ZONE_STATUSES = ['planned', 'established', 'under_construction', 'operating'] as const;

/** VSIC 2018 (= ISIC rev. 4) sections by their first and last two-digit division. */
const SECTIONS: readonly [string, number, number][] = [
  ['A', 1, 3],
  ['B', 5, 9],
  ['C', 10, 33],
  ['D', 35, 35],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 45, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 63],
  ['K', 64, 66],
  ['L', 68, 68],
  ['M', 69, 75],
  ['N', 77, 82],
  ['O', 84, 84],
  ['P', 85, 85],
  ['Q', 86, 88],
  ['R', 90, 93],
  ['S', 94, 96],
  ['T', 97, 98],
  ['U', 99, 99],
];

/** The section letter of a VSIC code ("C2610" or "2610" → "C"); 'unknown' when absent or not a division. */
export function vsicSection(code: string | null): string {
  if (!code) return 'unknown';
  if (/^[A-U]/.test(code)) return code[0]!;
  const division = Number(code.slice(0, 2));
  return SECTIONS.find(([, first, last]) => division >= first && division <= last)?.[0] ?? 'unknown';
}

interface Contribution {
  type: string;
  country: string;
  section: string;
  capitalVnd: bigint;
}

function cellOf(id: string, contributions: readonly Contribution[]): DisclosureCell {
  let sum = 0n;
  let largest = 0n;
  for (const c of contributions) {
    sum += c.capitalVnd;
    if (c.capitalVnd > largest) largest = c.capitalVnd;
  }
  return { id, count: contributions.length, sum, largest };
}

function groupBy<K extends string>(
  items: readonly Contribution[],
  key: (c: Contribution) => K,
): Map<K, Contribution[]> {
  const map = new Map<K, Contribution[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}

/**
 * The new projects licensed in the year (a `new` licensing event dated in it), each reduced to
 * what the tables count: type, investor country (DDI: VN; FDI: the first foreign investor's), VSIC
 * section and registered capital at licensing. Nothing that names a project leaves this function.
 */
async function contributionsOfYear(db: Db, boardId: string, year: number): Promise<Contribution[]> {
  const [projects, events] = await Promise.all([
    projectsOfBoards(db, [boardId]),
    eventsOfBoards(db, [boardId]),
  ]);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const licensed = new Map<string, bigint>();
  for (const e of events) {
    if (e.kind === 'new' && e.eventDate >= from && e.eventDate <= to)
      licensed.set(e.projectId, e.capitalVnd ?? 0n);
  }
  const ofYear = projects.filter((p) => licensed.has(p.id));
  const investors = await investorsOfProjects(
    db,
    ofYear.filter((p) => p.investmentType !== 'DDI').map((p) => p.id),
  );
  return ofYear.map((p) => ({
    type: p.investmentType,
    country:
      p.investmentType === 'DDI'
        ? 'VN'
        : ((investors.get(p.id) ?? []).find((i) => i.country !== 'VN')?.country ?? 'unknown'),
    section: vsicSection(p.sector),
    capitalVnd: licensed.get(p.id)!,
  }));
}

/**
 * A board's open figures for a year: aggregates only, suppressed by the disclosure rules
 * (domain/disclosure.ts). Anyone may ask; the board must exist and not be dissolved.
 */
export async function openFigures(
  db: Db,
  query: { board: string; year?: number | undefined },
): Promise<OpenFigures> {
  const latest = lastCompleteYear();
  const year = query.year ?? latest;
  if (year > latest) {
    throw OpenDataErrors.OPEN_DATA_YEAR_INVALID([
      {
        path: 'query.year',
        message: `Năm ${year} chưa kết thúc; năm gần nhất có số liệu mở là ${latest}.`,
        reason: 'not_complete',
        value: String(year),
      },
    ]);
  }
  const boardId = (await boardDirectory(db, { codes: [query.board] })).idByCode.get(query.board);
  const notFound = (reason: string) =>
    OpenDataErrors.OPEN_DATA_BOARD_NOT_FOUND([
      {
        path: 'query.board',
        message: `Không có số liệu mở của Ban Quản lý ${query.board}.`,
        reason,
        value: query.board,
      },
    ]);
  if (boardId === undefined) throw notFound('not_found');
  // Reads through other modules' faces as a system reader of this one board; only aggregates
  // leave this function.
  const reader = systemActor('open-data', [boardId]);
  const board = await getBoard(db, reader, boardId);
  if (board.dissolvedOn !== null) throw notFound('dissolved');

  const contributions = await contributionsOfYear(db, boardId, year);
  const asOf = `${year}-12-31`;
  const zones = await zonesReport(db, reader, { boards: [board.code], asOf });

  // ─── cells and groups ───
  const cells: DisclosureCell[] = [];
  const groups: DisclosureGroup[] = [];
  const TOTAL = 'new';
  cells.push(cellOf(TOTAL, contributions));
  const byType = groupBy(contributions, (c) => c.type);
  const typeId = (type: string) => `new:${type}`;
  for (const type of ['FDI', 'DDI']) cells.push(cellOf(typeId(type), byType.get(type) ?? []));
  groups.push({ total: TOTAL, members: ['FDI', 'DDI'].map(typeId) });

  // The VN row of the country table is the DDI cell (the same projects): one id, one fate.
  const foreign = [...groupBy(byType.get('FDI') ?? [], (c) => c.country).entries()].sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const countryId = (country: string) => (country === 'VN' ? typeId('DDI') : `country:${country}`);
  for (const [country, list] of foreign) cells.push(cellOf(countryId(country), list));
  const countryKeys = [
    ...foreign.map(([country]) => country),
    ...(byType.get('DDI')?.length ? ['VN'] : []),
  ].sort();
  groups.push({ total: TOTAL, members: countryKeys.map(countryId) });
  groups.push({ total: typeId('FDI'), members: foreign.map(([country]) => countryId(country)) });

  const sections = [...groupBy(contributions, (c) => c.section).entries()].sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const sectionId = (section: string) => `sector:${section}`;
  for (const [section, list] of sections) cells.push(cellOf(sectionId(section), list));
  groups.push({ total: TOTAL, members: sections.map(([section]) => sectionId(section)) });

  // Zones: their areas are public zone by zone (Decree 35 Art. 46), so only the count rule applies.
  const zoneId = (status: string) => `zones:${status}`;
  cells.push({ id: zoneId('total'), count: zones.total.count, sum: zones.total.areaHa, largest: null });
  for (const status of ZONE_STATUSES) {
    const s = zones.byStatus[status];
    cells.push({ id: zoneId(status), count: s.count, sum: s.areaHa, largest: null });
  }
  groups.push({ total: zoneId('total'), members: ZONE_STATUSES.map(zoneId) });

  const fate = suppressCells(cells, groups, DISCLOSURE_RULES);
  const byId = new Map(cells.map((c) => [c.id, c]));
  const projectCell = (key: string, id: string): ProjectCell => {
    const published = publishCell(byId.get(id)!, fate.get(id) ?? null);
    return { key, count: published.count, capitalVnd: published.sum, suppressed: published.suppressed };
  };
  const zoneCell = (key: string): ZoneCell => {
    const published = publishCell(byId.get(zoneId(key))!, fate.get(zoneId(key)) ?? null);
    return { key, count: published.count, areaHa: published.sum, suppressed: published.suppressed };
  };
  const operatingReason: SuppressionReason | null = fate.get(zoneId('operating')) ?? null;

  return {
    board: { code: board.code, name: board.name },
    year,
    generatedAt: new Date().toISOString(),
    licence: { ...OPEN_DATA_LICENCE, attribution: board.name },
    suppression: {
      version: DISCLOSURE_RULES.version,
      threshold: DISCLOSURE_RULES.threshold,
      dominancePct: DISCLOSURE_RULES.dominancePct,
    },
    tables: {
      investment: {
        total: projectCell('total', TOTAL),
        rows: ['FDI', 'DDI'].map((type) => projectCell(type, typeId(type))),
      },
      byCountry: {
        total: projectCell('total', TOTAL),
        rows: countryKeys.map((country) => projectCell(country, countryId(country))),
      },
      bySector: {
        total: projectCell('total', TOTAL),
        rows: sections.map(([section]) => projectCell(section, sectionId(section))),
      },
      zones: {
        asOf,
        total: zoneCell('total'),
        rows: ZONE_STATUSES.map(zoneCell),
        operatingOccupancyDecree35Pct:
          operatingReason === null ? zones.byStatus.operating.occupancyDecree35Pct : null,
      },
    },
  };
}

// ─── CSV ───

const CSV_COLUMNS = [
  'table',
  'key',
  'count',
  'capital_vnd',
  'area_ha',
  'occupancy_decree35_pct',
  'suppressed',
] as const;

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The open figures as one long CSV table (a `table` column), UTF-8 with a byte-order mark so that
 * Excel reads Vietnamese, the licence and the rules in leading `#` comment lines. A suppressed
 * cell has empty figures and its reason; a total row has the key `total`.
 */
export function openFiguresCsv(figures: OpenFigures): string {
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}`;
  const lines = [
    comment(`Số liệu mở / Open figures: ${figures.board.name} (${figures.board.code}), ${figures.year}`),
    comment(
      `Giấy phép / Licence: ${figures.licence.name} ${figures.licence.url}; ghi nguồn / attribution: ${figures.licence.attribution}`,
    ),
    comment(
      `Ẩn ô nhỏ / Suppression: ${figures.suppression.version}, ngưỡng / threshold ${figures.suppression.threshold}, chi phối / dominance ${figures.suppression.dominancePct}%; generated ${figures.generatedAt}`,
    ),
    CSV_COLUMNS.join(','),
  ];
  const row = (values: (string | number | null)[]) => lines.push(values.map(csvField).join(','));
  const { investment, byCountry, bySector, zones } = figures.tables;
  for (const [name, table] of [
    ['investment', investment],
    ['byCountry', byCountry],
    ['bySector', bySector],
  ] as const) {
    for (const cell of [table.total, ...table.rows]) {
      row([name, cell.key, cell.count, cell.capitalVnd, null, null, cell.suppressed]);
    }
  }
  for (const cell of [zones.total, ...zones.rows]) {
    row([
      'zones',
      cell.key,
      cell.count,
      null,
      cell.areaHa,
      cell.key === 'operating' ? zones.operatingOccupancyDecree35Pct : null,
      cell.suppressed,
    ]);
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
