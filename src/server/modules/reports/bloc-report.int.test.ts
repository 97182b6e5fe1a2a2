import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfPageCount } from '../../../../test/libreoffice.ts';
import { wordParagraphs, zipParts } from '../../../../test/office-files.ts';
import { PackageBuilder, ty } from '../../../../test/package-builder.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { readXlsx, XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';
import { blocReturns, blocs, blocYearMembers, blocYears, boards } from '../boards/index.ts';
import { enterprises } from '../enterprises/index.ts';
import { createUser } from '../users/index.ts';
import { blocReportParagraphs } from './bloc-report-document.ts';
import type { BlocFigures, BlocReport } from './bloc-report.schemas.ts';
import { blocReport } from './bloc-report.service.ts';

/**
 * The bloc's consolidated report (blocs-v1) over a small Red River Delta bloc: membership that
 * changes between 2023 and 2024, Thái Bình merged into Hưng Yên on 01/4/2024 (mid-period), a
 * member known only by its return, FDI enterprises' revenue in USD; every figure worked out by
 * hand below from the records.
 */
const URL = '/api/v1/reports/bloc?bloc=DBSH&period=2024-H1';
const MERGE_ON = '2024-04-01';

function redRiverPackage() {
  return (
    new PackageBuilder()
      .board('HY', 'Ban Quản lý các KCN tỉnh Hưng Yên')
      .board('TB', 'Ban Quản lý KKT và các KCN tỉnh Thái Bình')
      .board('HN', 'Ban Quản lý các KCN và chế xuất Hà Nội')
      .board('BN', 'Ban Quản lý các KCN tỉnh Bắc Ninh')
      // Hưng Yên: a zone operating from 01/9/2023, building before.
      .zone('HY', 'HY-1', {
        areaHa: '100',
        statusHistory: [
          { status: 'under_construction', since: '2020-01-01' },
          { status: 'operating', since: '2023-09-01' },
        ],
      })
      .project('HY', 'HY-1', 'HY-F1', 'FDI')
      .event('HY-F1', 'new', '2024-02-10', '230', '10000000.00')
      .event('HY-F1', 'adjustment', '2024-05-05', '250', '10500000.00')
      .project('HY', 'HY-1', 'HY-D1', 'DDI')
      .event('HY-D1', 'new', '2023-03-01', '120')
      .enterprise('HY', 'HY-1', '0100000001', 'FDI')
      // Both currencies stated: the FDI side counts the USD, the domestic side none of it.
      .enterpriseReport('0100000001', '2024-H1', {
        revenueVnd: ty('35'),
        revenueUsd: '1500000.25',
        budgetPaidUsd: '20000.10',
      })
      // 2023-H1 made up of its two quarters.
      .enterpriseReport('0100000001', '2023-Q1', { revenueUsd: '600000', budgetPaidUsd: '1000' })
      .enterpriseReport('0100000001', '2023-Q2', { revenueUsd: '400000.50', budgetPaidUsd: '2000' })
      // Thái Bình: an operating zone without history, a planned one building from 01/3/2024.
      .zone('TB', 'TB-1', { areaHa: '250.5' })
      .zone('TB', 'TB-2', {
        status: 'under_construction',
        areaHa: '80.25',
        statusHistory: [
          { status: 'planned', since: '2022-01-01' },
          { status: 'under_construction', since: '2024-03-01' },
        ],
      })
      .project('TB', 'TB-1', 'TB-D1', 'DDI')
      .event('TB-D1', 'new', '2024-04-20', '50')
      .project('TB', 'TB-1', 'TB-F1', 'FDI')
      .event('TB-F1', 'new', '2023-05-05', '100', '4000000')
      .enterprise('TB', 'TB-1', '0200000001', 'DDI')
      .enterpriseReport('0200000001', '2024-H1', { revenueVnd: ty('12'), budgetPaidVnd: ty('1') })
      .enterpriseReport('0200000001', '2023-H1', { revenueVnd: ty('10'), budgetPaidVnd: ty('0.8') })
      .enterprise('TB', 'TB-2', '0200000002', 'FDI')
      .enterpriseReport('0200000002', '2024-H1', { revenueUsd: '300000' })
      // Hà Nội: a member of 2023 only — none of its figures count for 2024-H1 or its comparison.
      .zone('HN', 'HN-1', { areaHa: '300' })
      .project('HN', 'HN-1', 'HN-D1', 'DDI')
      .event('HN-D1', 'new', '2024-01-15', '999')
      .project('HN', 'HN-1', 'HN-D2', 'DDI')
      .event('HN-D2', 'new', '2023-02-01', '777')
      // Bắc Ninh: joins in 2024; its 2023 figures are the comparison's.
      .zone('BN', 'BN-1', { status: 'established', areaHa: '120' })
      .project('BN', 'BN-1', 'BN-F1', 'FDI')
      .event('BN-F1', 'new', '2023-06-01', '50', '2000000.00')
      .build()
  );
}

/** A figure group's leaves, all summed over the members: they must equal the totals exactly. */
function summedLeaves(members: BlocFigures[]): BlocFigures {
  const add = (a: string | number, b: string | number): string | number => {
    if (typeof a === 'number' && typeof b === 'number') return a + b;
    const [x, y] = [String(a), String(b)];
    const scale = Math.max((x.split('.')[1] ?? '').length, (y.split('.')[1] ?? '').length);
    const units = (v: string) =>
      BigInt(v.replace('.', '') + '0'.repeat(scale - (v.split('.')[1] ?? '').length));
    const sum = (units(x) + units(y)).toString().padStart(scale + 1, '0');
    return scale === 0 ? sum : `${sum.slice(0, -scale)}.${sum.slice(-scale)}`;
  };
  const walk = (nodes: any[]): any => {
    const first = nodes[0];
    if ('value' in first)
      return {
        value: nodes.map((n) => n.value).reduce(add),
        previous: nodes.map((n) => n.previous).reduce(add),
      };
    return Object.fromEntries(Object.keys(first).map((key) => [key, walk(nodes.map((n) => n[key]))]));
  };
  return walk(members);
}
/** Leaves without their growth, decimals compared by value ("12.50" = "12.5"). */
function valuesOnly(figures: unknown): unknown {
  const norm = (v: unknown) =>
    typeof v === 'string' && v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
  if (figures && typeof figures === 'object') {
    if ('value' in figures) {
      const leaf = figures as { value: unknown; previous: unknown };
      return { value: norm(leaf.value), previous: norm(leaf.previous) };
    }
    return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, valuesOnly(v)]));
  }
  return figures;
}
const FIGURE_KEYS = ['newProjects', 'capitalNewAndAdjusted', 'revenue', 'budgetPaid', 'zones'] as const;
const figuresOf = (member: BlocReport['byMember'][number]): BlocFigures =>
  Object.fromEntries(FIGURE_KEYS.map((k) => [k, member[k]])) as BlocFigures;

describe("the bloc's consolidated report (blocs-v1)", () => {
  let ctx: TestContext;
  let national: TestUser;
  let hyStaff: TestUser;
  let hnViewer: TestUser;
  let blocUser: TestUser;
  let otherBlocUser: TestUser;
  let report: BlocReport;

  /** A bloc user, signed in (test-app has no bloc for its users). */
  async function blocScopedUser(blocId: string, username: string): Promise<TestUser> {
    const password = `Sen-${randomBytes(6).toString('base64url')}-Vang`;
    const { user } = await createUser(ctx.database.db, await ctx.system(), {
      username,
      fullName: `Người dùng ${username}`,
      role: 'viewer',
      scope: 'bloc',
      blocId,
      password,
    });
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username, password }),
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = `kcn_session=${login.cookies.find((c) => c.name === 'kcn_session')!.value}`;
    const send = async (url: string) => {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie } });
      return { status: response.statusCode, body: response.json(), headers: response.headers };
    };
    return { id: user.id, username, password, cookie, api: { get: send } as TestUser['api'] };
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    const imported = await ctx.importPackage(redRiverPackage());
    expect(imported.enterpriseReports.created).toBe(6);
    // A board whose records are kept elsewhere: only its return is here.
    await ctx.createBoard('QN', 'Ban Quản lý KKT tỉnh Quảng Ninh');
    national = await ctx.createUser({ role: 'admin' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    hnViewer = await ctx.createUser({ role: 'viewer', board: 'HN' });

    // Thái Bình merges into Hưng Yên in the middle of the half-year (organisation-v1).
    const merged = await national.api.post('/api/v1/boards/TB/merge', { into: 'HY', on: MERGE_ON });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);

    const db = ctx.database.db;
    const id = Object.fromEntries(
      (await db.select({ id: boards.id, code: boards.code }).from(boards)).map((b) => [b.code, b.id]),
    );
    const [bloc] = await db
      .insert(blocs)
      .values([
        { code: 'DBSH', name: 'Khối thi đua các Ban Quản lý vùng Đồng bằng sông Hồng' },
        { code: 'MT', name: 'Khối thi đua miền Trung' },
      ])
      .returning();
    const year = async (y: number, members: string[], leader: string, deputy: string | null) => {
      await db.insert(blocYears).values({
        blocId: bloc!.id,
        year: y,
        leaderBoardId: id[leader]!,
        deputyBoardId: deputy ? id[deputy]! : null,
      });
      await db
        .insert(blocYearMembers)
        .values(
          members.map((code, position) => ({ blocId: bloc!.id, year: y, boardId: id[code]!, position })),
        );
    };
    await year(2023, ['HY', 'TB', 'HN'], 'HY', 'TB');
    await year(2024, ['HY', 'TB', 'BN', 'QN'], 'HY', 'BN');
    const ret = (board: string, period: string, scale: bigint) => ({
      blocId: bloc!.id,
      boardId: id[board]!,
      period,
      newProjectsFdi: 2 * Number(scale),
      newProjectsDdi: 3 * Number(scale),
      capitalFdiUsd: (5_000_000n * scale).toString(),
      capitalDdiVnd: (300_000_000_000n * scale).toString(),
      revenueFdiUsd: '700000.00',
      revenueDdiVnd: '900000000000',
      budgetPaidFdiUsd: '10000',
      budgetPaidDdiVnd: '50000000000',
      zonesInPlanCount: 2,
      zonesInPlanAreaHa: '450.5',
      zonesOperatingCount: 1,
      zonesOperatingAreaHa: '300',
      zonesUnderConstructionCount: 1,
      zonesUnderConstructionAreaHa: '150.5',
      source: 'form',
    });
    await db.insert(blocReturns).values([
      ret('QN', '2024-H1', 1n),
      // Hưng Yên's own records win over any return of it.
      ret('HY', '2024-H1', 1000n),
      ret('HY', '2023-H1', 1000n),
    ]);
    const [mt] = await db.select().from(blocs).where(eq(blocs.code, 'MT'));
    blocUser = await blocScopedUser(bloc!.id, 'khoi.dbsh');
    otherBlocUser = await blocScopedUser(mt!.id, 'khoi.mt');

    const started = performance.now();
    const response = await national.api.get(URL);
    console.info(`bloc report 2024-H1 (4 members, PGlite): ${Math.round(performance.now() - started)} ms`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    report = response.body;
  }, 120_000);

  it("lists the period's year's members, leader and deputy, in the bloc's order", () => {
    expect(report).toMatchObject({
      report: 'bloc',
      bloc: 'DBSH',
      blocName: 'Khối thi đua các Ban Quản lý vùng Đồng bằng sông Hồng',
      period: '2024-H1',
      previousPeriod: '2023-H1',
      boundariesAsOf: '2024-06-30',
      members: ['HY', 'TB', 'BN', 'QN'],
      leader: 'HY',
      deputy: 'BN',
    });
    expect(report.byMember.map((m) => [m.board, m.source])).toEqual([
      ['HY', { period: 'records', previousPeriod: 'records' }],
      ['TB', { period: 'records', previousPeriod: 'records' }],
      ['BN', { period: 'records', previousPeriod: 'records' }],
      ['QN', { period: 'return', previousPeriod: 'none' }],
    ]);
  });

  it("counts a member merged mid-period with its successor's zones on the boundaries' date, in both periods", () => {
    const [hy, tb] = report.byMember;
    // HY-F1 (2024) and TB-D1 (2024, Thái Bình's zone) against TB-F1 and HY-D1 (2023).
    expect(hy!.newProjects).toEqual({
      total: { value: 2, previous: 2, growthPct: 0 },
      fdi: { value: 1, previous: 1, growthPct: 0 },
      ddi: { value: 1, previous: 1, growthPct: 0 },
    });
    // 10 000 000 new + 500 000 adjusted; 4 000 000 a year earlier. 50 tỷ against 120 tỷ.
    expect(hy!.capitalNewAndAdjusted).toEqual({
      fdiUsd: { value: '10500000.00', previous: '4000000.00', growthPct: 162.5 },
      ddiVnd: { value: '50000000000', previous: '120000000000', growthPct: -58.3 },
    });
    // FDI: 1 500 000,25 + 300 000 against the two quarters 600 000 + 400 000,50; the FDI
    // enterprise's VND revenue is not the domestic side's.
    expect(hy!.revenue).toEqual({
      fdiUsd: { value: '1800000.25', previous: '1000000.50', growthPct: 80 },
      ddiVnd: { value: '12000000000', previous: '10000000000', growthPct: 20 },
    });
    expect(hy!.budgetPaid).toEqual({
      fdiUsd: { value: '20000.10', previous: '3000.00', growthPct: 566.7 },
      ddiVnd: { value: '1000000000', previous: '800000000', growthPct: 25 },
    });
    // 30/6/2024: HY-1 and TB-1 operating, TB-2 building; 30/6/2023: HY-1 building, TB-1 operating, TB-2 planned.
    expect(hy!.zones).toEqual({
      inPlan: {
        count: { value: 3, previous: 3, growthPct: 0 },
        areaHa: { value: '430.75', previous: '430.75', growthPct: 0 },
      },
      operating: {
        count: { value: 2, previous: 1, growthPct: 100 },
        areaHa: { value: '350.5', previous: '250.5', growthPct: 39.9 },
      },
      underConstruction: {
        count: { value: 1, previous: 1, growthPct: 0 },
        areaHa: { value: '80.25', previous: '100', growthPct: -19.8 },
      },
    });
    // Thái Bình held nothing on 30/6/2024: nothing counts twice.
    expect(tb!.newProjects.total).toEqual({ value: 0, previous: 0, growthPct: null });
    expect(tb!.zones.inPlan.count).toEqual({ value: 0, previous: 0, growthPct: null });
  });

  it("compares the period's members with themselves a year earlier: a 2023-only member counts in neither", () => {
    const bn = report.byMember[2]!;
    expect(bn.newProjects.fdi).toEqual({ value: 0, previous: 1, growthPct: -100 });
    expect(bn.capitalNewAndAdjusted.fdiUsd).toEqual({
      value: '0.00',
      previous: '2000000.00',
      growthPct: -100,
    });
    expect(bn.zones.inPlan.areaHa).toEqual({ value: '120', previous: '120', growthPct: 0 });
    // Hà Nội's 999 tỷ (2024) and 777 tỷ (2023) are nowhere.
    expect(report.totals.capitalNewAndAdjusted.ddiVnd).toEqual({
      value: '350000000000',
      previous: '120000000000',
      growthPct: 191.7,
    });
  });

  it('takes a member known only by its return from it, marked, and only for the periods it covers', () => {
    const qn = report.byMember[3]!;
    expect(qn.name).toBe('Ban Quản lý KKT tỉnh Quảng Ninh');
    expect(qn.newProjects.total).toEqual({ value: 5, previous: 0, growthPct: null });
    expect(qn.capitalNewAndAdjusted.fdiUsd).toEqual({
      value: '5000000.00',
      previous: '0.00',
      growthPct: null,
    });
    expect(qn.revenue.ddiVnd.value).toBe('900000000000');
    expect(qn.zones.underConstruction.areaHa).toEqual({ value: '150.5', previous: '0', growthPct: null });
  });

  it('sums the members exactly into the totals, growth computed on the sums', () => {
    expect(valuesOnly(report.totals)).toEqual(valuesOnly(summedLeaves(report.byMember.map(figuresOf))));
    expect(report.totals.newProjects.total).toEqual({ value: 7, previous: 3, growthPct: 133.3 });
    expect(report.totals.revenue.fdiUsd).toEqual({
      value: '2500000.25',
      previous: '1000000.50',
      growthPct: 150,
    });
    expect(report.totals.zones.inPlan.areaHa).toEqual({
      value: '1001.25',
      previous: '550.75',
      growthPct: 81.8,
    });
  });

  it('gives the same totals on the boundaries before the merge, Thái Bình then counting its own zones', async () => {
    const before = await national.api.get(`${URL}&boundariesAsOf=2024-03-31`);
    expect(before.status).toBe(200);
    expect(before.body.boundariesAsOf).toBe('2024-03-31');
    expect(before.body.totals).toEqual(report.totals);
    const [hy, tb] = before.body.byMember;
    expect(hy.newProjects.total).toEqual({ value: 1, previous: 1, growthPct: 0 });
    expect(tb.newProjects.total).toEqual({ value: 1, previous: 1, growthPct: 0 });
    expect(tb.zones.inPlan).toEqual({
      count: { value: 2, previous: 2, growthPct: 0 },
      areaHa: { value: '330.75', previous: '330.75', growthPct: 0 },
    });
    expect(tb.revenue.fdiUsd).toEqual({ value: '300000.00', previous: '0.00', growthPct: null });
  });

  it("lets national users, the bloc's users and the year's member boards read it; refuses the others", async () => {
    expect((await hyStaff.api.get(URL)).status).toBe(200);
    expect((await blocUser.api.get(URL)).status).toBe(200);
    // Hà Nội was a member in 2023, not in 2024.
    expect((await hnViewer.api.get('/api/v1/reports/bloc?bloc=DBSH&period=2023-H1')).status).toBe(200);
    const refusals: [TestUser['api'], string, number, string][] = [
      [hnViewer.api, URL, 403, 'BLOC_REPORT_FORBIDDEN'],
      [otherBlocUser.api, URL, 403, 'BLOC_REPORT_FORBIDDEN'],
      [ctx.anonymous, URL, 401, 'UNAUTHENTICATED'],
      [national.api, '/api/v1/reports/bloc?bloc=XX&period=2024-H1', 404, 'BLOC_REPORT_BLOC_NOT_FOUND'],
      [national.api, '/api/v1/reports/bloc?bloc=DBSH&period=2022-H1', 404, 'BLOC_REPORT_YEAR_NOT_FOUND'],
      [national.api, '/api/v1/reports/bloc?bloc=DBSH&period=2024-H3', 400, 'VALIDATION_FAILED'],
      [national.api, `${URL}&boundariesAsOf=2024-02-30`, 400, 'VALIDATION_FAILED'],
    ];
    for (const [api, url, status, code] of refusals) {
      const response = await api.get(url);
      expect([url, response.status, response.body.error?.code]).toEqual([url, status, code]);
    }
    const system = await ctx.system();
    await expect(
      blocReport(ctx.database.db, system, { bloc: 'DBSH', period: '2024-H7' }),
    ).rejects.toMatchObject({ code: 'BLOC_REPORT_PERIOD_INVALID' });
    await expect(
      blocReport(
        ctx.database.db,
        { ...system, role: 'enterprise', scope: 'board', homeBoardId: system.visibleBoardIds[0]! },
        { bloc: 'DBSH', period: '2024-H1' },
      ),
    ).rejects.toMatchObject({ code: 'BLOC_REPORT_FORBIDDEN' });
  });

  it('is a Word report and an Excel form of the same figures, both opened by LibreOffice', async () => {
    const word = await ctx.app.inject({
      url: `${URL}&format=docx&number=12/BC-KTĐ&date=2024-07-10`,
      headers: { cookie: national.cookie },
    });
    expect(word.statusCode, word.body).toBe(200);
    expect(word.headers['content-type']).toContain(DOCX_CONTENT_TYPE);
    expect(word.headers['content-disposition']).toContain('bao-cao-khoi-thi-dua_DBSH_2024-H1.docx');
    const paragraphs = wordParagraphs((await zipParts(word.rawPayload)).get('word/document.xml')!);
    for (const line of blocReportParagraphs(report)) expect(paragraphs).toContain(line);
    expect(paragraphs.join('\n')).toContain('BAN QUẢN LÝ CÁC KCN TỈNH HƯNG YÊN');

    const excel = await ctx.app.inject({ url: `${URL}&format=xlsx`, headers: { cookie: national.cookie } });
    expect(excel.statusCode).toBe(200);
    expect(excel.headers['content-type']).toContain(XLSX_CONTENT_TYPE);
    const [sheet] = await readXlsx(excel.rawPayload);
    // 12 indicators, each the bloc's total then its 4 members in order: codes 01–60.
    const rows = [...sheet!.rows.values()].filter((r) => /^\d{2,3}$/.test(r.get(1)?.text ?? ''));
    expect(rows).toHaveLength(12 * 5);
    const cell = (code: string, column: number) =>
      rows.find((r) => r.get(1)?.text === code)!.get(column)?.text;
    // 01: the bloc's new projects (this period, the previous); 26: FDI revenue (triệu USD);
    // 48: Thái Bình's zones in plan (none on these boundaries); 60: Quảng Ninh's building zones.
    expect([cell('01', 2), cell('01', 3), cell('01', 10)]).toEqual(['7', '3', '133.3']);
    expect(rows.find((r) => r.get(1)?.text === '26')!.get(0)?.text).toMatch(/^Toàn khối/);
    expect([cell('26', 6), cell('26', 7), cell('26', 10)].map(Number)).toEqual([2.50000025, 1.0000005, 150]);
    expect([cell('48', 4), cell('48', 5)]).toEqual(['0', '0']);
    expect(rows.find((r) => r.get(1)?.text === '60')!.get(0)?.text).toContain(
      '(QN) — theo báo cáo thành viên gửi',
    );
    expect([cell('60', 4), cell('60', 11)].map(Number)).toEqual([1, 150.5]);

    // Both at once: each conversion has a LibreOffice profile of its own.
    const pdfs = await Promise.all([
      convertWithLibreOffice(word.rawPayload, 'bloc.docx'),
      convertWithLibreOffice(excel.rawPayload, 'bloc.xlsx'),
    ]);
    for (const pdf of pdfs) expect(pdfPageCount(pdf)).toBeGreaterThan(0);
  }, 60_000);

  it("files an FDI enterprise's revenue and budget paid in USD through the filing API", async () => {
    const [enterprise] = await ctx.database.db
      .select()
      .from(enterprises)
      .where(eq(enterprises.taxCode, '0100000001'));
    const opened = await hyStaff.api.post('/api/v1/reporting/periods', { period: '2024-Q3' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const path = `/api/v1/enterprises/${enterprise!.id}/reports/2024-Q3`;
    const refused = await hyStaff.api.put(path, { revenueUsd: '12.345' });
    expect(refused.status).toBe(400);
    const negative = await hyStaff.api.put(path, { budgetPaidUsd: '-1' });
    expect(negative.status).toBe(422);
    expect(negative.body.error.details).toEqual([expect.objectContaining({ field: 'budgetPaidUsd' })]);
    const saved = await hyStaff.api.put(path, { revenueUsd: '250000.5', budgetPaidUsd: '3000' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ revenueUsd: '250000.50', budgetPaidUsd: '3000.00', revenueVnd: null });
  });
});
