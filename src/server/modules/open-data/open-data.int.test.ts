import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder, ty } from '../../../../test/package-builder.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { lastCompleteYear } from './open-data.service.ts';

type Cell = {
  key: string;
  count: number | null;
  suppressed: string | null;
  capitalVnd?: string | null;
  areaHa?: string | null;
};
type Table = { total: Cell; rows: Cell[] };

const URL = '/api/v1/public/figures';

/** Every public table: no shown cell under the threshold, nothing recoverable from its total. */
function expectDisclosureSafe(body: { tables: Record<string, Table> }) {
  for (const [name, table] of Object.entries(body.tables)) {
    for (const cell of [table.total, ...table.rows]) {
      if (cell.suppressed === null) {
        expect(cell.count === 0 || (cell.count !== null && cell.count >= 3), `${name}/${cell.key}`).toBe(
          true,
        );
      } else {
        expect(cell.count, `${name}/${cell.key}`).toBeNull();
        expect(cell.capitalVnd ?? cell.areaHa ?? null).toBeNull();
      }
    }
    const hidden = table.rows.filter((c) => c.suppressed !== null);
    if (table.total.suppressed === null && hidden.length > 0) {
      // what "total − shown rows" recovers is itself at or above the threshold
      expect(hidden.length, name).toBeGreaterThan(1);
      const shown = table.rows.reduce((n, c) => n + (c.count ?? 0), 0);
      expect(table.total.count! - shown, name).toBeGreaterThanOrEqual(3);
    }
  }
}

/** Parses the open figures' CSV (no quoted separators in it) into its data rows. */
function parseCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '');
  const comments = lines.filter((l) => l.startsWith('#'));
  const [header, ...rows] = lines.filter((l) => !l.startsWith('#'));
  const columns = header!.split(',');
  return {
    comments,
    columns,
    rows: rows.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v]))),
  };
}

describe('open figures over a hand-computed board', () => {
  let ctx: TestContext;
  let staff: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    const b = new PackageBuilder().board('AA', 'Ban Quản lý KKT và các KCN tỉnh AA').board('BB').board('CC');
    b.zone('AA', 'Z1', { areaHa: '100' })
      .zone('AA', 'Z2', { areaHa: '200' })
      .zone('AA', 'Z3', { areaHa: '300' })
      .zone('AA', 'Z4', { status: 'established', areaHa: '50' })
      .zone('AA', 'Z5', { status: 'established', areaHa: '50' })
      .zone('AA', 'Z6', { status: 'established', areaHa: '50' })
      .zone('AA', 'Z7', { status: 'planned', areaHa: '80' })
      .zone('BB', 'Y1')
      .zone('CC', 'X1');
    const fdi = (code: string, country: string, sector: string, capital: string) =>
      b
        .project('AA', 'Z1', code, 'FDI', {
          sector,
          investors: [{ name: `Secret ${code} Holdings`, country }],
        })
        .event(code, 'new', '2025-03-15', capital, '1000000');
    const ddi = (code: string, sector: string, capital: string) =>
      b.project('AA', 'Z2', code, 'DDI', { sector }).event(code, 'new', '2025-06-30', capital);
    for (const code of ['KR1', 'KR2', 'KR3', 'KR4']) fdi(code, 'KR', 'C2610', '100');
    fdi('JP1', 'JP', 'C1010', '50');
    fdi('CN1', 'CN', 'F4100', '900');
    fdi('CN2', 'CN', 'F4100', '10');
    fdi('CN3', 'CN', 'F4100', '10');
    for (const code of ['VN1', 'VN2', 'VN3']) ddi(code, 'C2610', '20');
    for (const code of ['VN4', 'VN5']) ddi(code, 'G4610', '20');
    for (const code of ['VN6', 'VN7', 'VN8']) ddi(code, '4933', '50');
    // not counted: licensed in 2024 (its 2025 adjustment neither), and another board's project
    b.project('AA', 'Z1', 'OLD1', 'FDI')
      .event('OLD1', 'new', '2024-12-31', '500', '20000000')
      .event('OLD1', 'adjustment', '2025-02-01', '700', '28000000');
    b.project('BB', 'Y1', 'BB1', 'FDI').event('BB1', 'new', '2025-05-05', '5000', '200000000');
    await ctx.importPackage(b.build());
    await ctx.database.db.execute(
      sql`update boards set dissolved_on = '2025-07-01', succeeded_by = (select id from boards where code = 'AA') where code = 'CC'`,
    );
    staff = await ctx.createUser({ role: 'staff', board: 'AA' });
  }, 120_000);
  afterAll(() => ctx.close());

  it('answers anonymously with every cell as computed by hand', async () => {
    const response = await ctx.anonymous.get(`${URL}?board=AA&year=2025`);
    expect(response.status).toBe(200);
    expect(response.headers['x-ratelimit-limit']).toBe('30');
    const body = response.body;
    expect(body.board).toEqual({ code: 'AA', name: 'Ban Quản lý KKT và các KCN tỉnh AA' });
    expect(body.year).toBe(2025);
    expect(body.licence).toEqual({
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      attribution: 'Ban Quản lý KKT và các KCN tỉnh AA',
    });
    expect(body.suppression).toEqual({ version: 'disclosure-v1', threshold: 3, dominancePct: 85 });
    const shown = (key: string, count: number, capital: string) => ({
      key,
      count,
      capitalVnd: ty(capital),
      suppressed: null,
    });
    const hidden = (key: string, suppressed: string) => ({ key, count: null, capitalVnd: null, suppressed });
    // 16 new projects, 1 620 tỷ: the largest (900) is 55.6 % — shown.
    expect(body.tables.investment).toEqual({
      total: shown('total', 16, '1620'),
      rows: [shown('FDI', 8, '1370'), shown('DDI', 8, '250')],
    });
    // JP: 1 project; CN: 900 of 920 = 97.8 %; together 900 of 970 is still dominated, so the
    // smallest shown cell (KR, 4 projects, before VN's 8) goes too: 900 of 1 370 = 65.7 %.
    expect(body.tables.byCountry).toEqual({
      total: shown('total', 16, '1620'),
      rows: [
        hidden('CN', 'dominated'),
        hidden('JP', 'small_count'),
        hidden('KR', 'secondary'),
        shown('VN', 8, '250'),
      ],
    });
    // F (CN1–3) dominated, G (2 projects) small; together 900 of 960 → H (3, before C's 8)
    // goes too: 900 of 1 110 = 81.1 %. "4933" without its letter is section H.
    expect(body.tables.bySector).toEqual({
      total: shown('total', 16, '1620'),
      rows: [
        shown('C', 8, '510'),
        hidden('F', 'dominated'),
        hidden('G', 'small_count'),
        hidden('H', 'secondary'),
      ],
    });
    // One planned zone: hidden with the established zones (3 zones, 150 ha, before the operating
    // 600 ha; the empty under-construction cell is no partner) — four zones together.
    const zone = (key: string, count: number, areaHa: string) => ({ key, count, areaHa, suppressed: null });
    const zoneHidden = (key: string, suppressed: string) => ({ key, count: null, areaHa: null, suppressed });
    const zonesReport = (await staff.api.get('/api/v1/reports/zones?board=AA&asOf=2025-12-31')).body;
    expect(body.tables.zones).toEqual({
      asOf: '2025-12-31',
      total: zone('total', 7, '830'),
      rows: [
        zoneHidden('planned', 'small_count'),
        zoneHidden('established', 'secondary'),
        zone('under_construction', 0, '0'),
        zone('operating', 3, '600'),
      ],
      operatingOccupancyDecree35Pct: zonesReport.byStatus.operating.occupancyDecree35Pct,
    });
    expect(zonesReport.total).toMatchObject({ count: 7, areaHa: '830' });
    expectDisclosureSafe(body);
  });

  it('agrees with the investment report on the year’s new projects', async () => {
    const report = (await staff.api.get('/api/v1/reports/investment?board=AA&from=2025-01-01&to=2025-12-31'))
      .body;
    const body = (await ctx.anonymous.get(`${URL}?board=AA&year=2025`)).body;
    expect(report.licensing.new.count).toBe(body.tables.investment.total.count);
    expect(report.licensing.new.capitalVnd).toBe(body.tables.investment.total.capitalVnd);
    expect(report.licensing.new.fdi.capitalVnd).toBe(body.tables.investment.rows[0].capitalVnd);
  });

  it('names no project and no investor, in JSON or CSV', async () => {
    const json = JSON.stringify((await ctx.anonymous.get(`${URL}?board=AA&year=2025`)).body);
    const csv = (await ctx.anonymous.get(`${URL}?board=AA&year=2025&format=csv`)).body as string;
    for (const text of [json, csv]) {
      expect(text).not.toMatch(/Secret|Holdings|Công ty|Dự án|Investor/);
      for (const code of ['KR1', 'JP1', 'CN1', 'VN1', 'OLD1', 'BB1']) expect(text).not.toContain(code);
    }
  });

  it('answers the same figures as a CSV attachment with its licence', async () => {
    const json = (await ctx.anonymous.get(`${URL}?board=AA&year=2025`)).body;
    const response = await ctx.anonymous.get(`${URL}?board=AA&year=2025&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="so-lieu-mo-AA-2025.csv"; filename*=UTF-8''so-lieu-mo-AA-2025.csv`,
    );
    const csv = parseCsv(response.body as string);
    expect(csv.comments.join('\n')).toContain('CC BY 4.0 https://creativecommons.org/licenses/by/4.0/');
    expect(csv.comments.join('\n')).toContain('Ban Quản lý KKT và các KCN tỉnh AA');
    expect(csv.columns).toEqual([
      'table',
      'key',
      'count',
      'capital_vnd',
      'area_ha',
      'occupancy_decree35_pct',
      'suppressed',
    ]);
    const expected: Record<string, string>[] = [];
    for (const name of ['investment', 'byCountry', 'bySector', 'zones'] as const) {
      const table = json.tables[name];
      for (const c of [table.total, ...table.rows]) {
        expected.push({
          table: name,
          key: c.key,
          count: c.count === null ? '' : String(c.count),
          capital_vnd: c.capitalVnd ?? '',
          area_ha: c.areaHa ?? '',
          occupancy_decree35_pct:
            name === 'zones' && c.key === 'operating' && table.operatingOccupancyDecree35Pct !== null
              ? String(table.operatingOccupancyDecree35Pct)
              : '',
          suppressed: c.suppressed ?? '',
        });
      }
    }
    expect(csv.rows).toEqual(expected);
  });

  it('defaults to the last complete year and refuses a year not yet ended', async () => {
    const response = await ctx.anonymous.get(`${URL}?board=AA`);
    expect(response.status).toBe(200);
    expect(response.body.year).toBe(lastCompleteYear());
    const future = await ctx.anonymous.get(`${URL}?board=AA&year=${lastCompleteYear() + 1}`);
    expect(future.status).toBe(422);
    expect(future.body.error.code).toBe('OPEN_DATA_YEAR_INVALID');
  });

  it('answers an empty year with zeros, shown', async () => {
    const body = (await ctx.anonymous.get(`${URL}?board=AA&year=2020`)).body;
    expect(body.tables.investment).toEqual({
      total: { key: 'total', count: 0, capitalVnd: '0', suppressed: null },
      rows: [
        { key: 'FDI', count: 0, capitalVnd: '0', suppressed: null },
        { key: 'DDI', count: 0, capitalVnd: '0', suppressed: null },
      ],
    });
    expect(body.tables.byCountry.rows).toEqual([]);
    expectDisclosureSafe(body);
  });

  it('keeps each board to its own figures', async () => {
    const body = (await ctx.anonymous.get(`${URL}?board=BB&year=2025`)).body;
    // BB's single project: a count of 1, hidden everywhere
    expect(body.tables.investment.total).toEqual({
      key: 'total',
      count: null,
      capitalVnd: null,
      suppressed: 'small_count',
    });
    expect(JSON.stringify(body)).not.toContain(ty('5000'));
    expectDisclosureSafe(body);
  });

  it('refuses an unknown or a dissolved board with a stable code', async () => {
    for (const board of ['ZZ', 'CC']) {
      const response = await ctx.anonymous.get(`${URL}?board=${board}&year=2025`);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('OPEN_DATA_BOARD_NOT_FOUND');
    }
    const bad = await ctx.anonymous.get(`${URL}?board=aa`);
    expect(bad.status).toBe(400);
  });
});

/** The Thái Bình demo (invented, labelled): every year's public figures are disclosure-safe. */
describe('open figures over the Thái Bình demo', () => {
  let ctx: TestContext;
  let staff: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
  }, 300_000);
  afterAll(() => ctx.close());

  it('never shows a cell under the threshold nor one recoverable from a total, nor names a project', async () => {
    const names = await queryRows<{ code: string; name: string; investor: string | null }>(
      ctx.database.db,
      sql`select p.code, p.name, i.name as investor from projects p
          join boards b on b.id = p.board_id
          left join project_investors pi on pi.project_id = p.id
          left join investors i on i.id = pi.investor_id
          where b.code = 'TB'`,
    );
    expect(names.length).toBeGreaterThan(20);
    let projectsSeen = 0;
    let suppressedSeen = 0;
    for (let year = 2015; year <= lastCompleteYear(); year++) {
      const response = await ctx.anonymous.get(`${URL}?board=TB&year=${year}`);
      expect(response.status).toBe(200);
      const body = response.body;
      expectDisclosureSafe(body);
      const report = (
        await staff.api.get(`/api/v1/reports/investment?board=TB&from=${year}-01-01&to=${year}-12-31`)
      ).body;
      const total = body.tables.investment.total;
      if (total.suppressed === null) {
        expect(total.count).toBe(report.licensing.new.count);
        expect(total.capitalVnd).toBe(report.licensing.new.capitalVnd);
      }
      projectsSeen += report.licensing.new.count;
      for (const table of Object.values(body.tables) as Table[]) {
        suppressedSeen += table.rows.filter((c) => c.suppressed !== null).length;
      }

      const csv = (await ctx.anonymous.get(`${URL}?board=TB&year=${year}&format=csv`)).body as string;
      const values = new Set<string>();
      JSON.stringify(body, (_key, value: unknown) => {
        if (typeof value === 'string') values.add(value);
        return value;
      });
      for (const row of parseCsv(csv).rows) for (const v of Object.values(row)) values.add(v);
      for (const { code, name, investor } of names) {
        expect(values.has(code)).toBe(false);
        expect(csv).not.toContain(name);
        expect(JSON.stringify(body)).not.toContain(name);
        if (investor) {
          expect(csv).not.toContain(investor);
          expect(JSON.stringify(body)).not.toContain(investor);
        }
      }
    }
    // the demo licenses projects in these years, and some cells are hidden
    expect(projectsSeen).toBeGreaterThan(20);
    expect(suppressedSeen).toBeGreaterThan(0);
  }, 120_000);
});
