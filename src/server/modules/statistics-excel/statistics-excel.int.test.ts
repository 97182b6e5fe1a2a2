import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { auditLog } from '../../kernel/audit.tables.ts';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { readXlsx, writeXlsx, XLSX_CONTENT_TYPE, type CellInput } from '../../kernel/documents/xlsx.ts';
import { enterprises } from '../enterprises/index.ts';
import { enterpriseReports } from '../filing/index.ts';
import { zones } from '../zones/index.ts';
import { cellText, readFigure } from './statistics-excel.ts';
import { importExcel } from './statistics-excel.service.ts';

// The seed goes straight into the tables: other modules' repositories are theirs alone.
const insertEnterprises = (db: Executor, values: (typeof enterprises.$inferInsert)[]) =>
  inChunks(values, (chunk) => db.insert(enterprises).values(chunk).returning());
const insertEnterpriseReports = (db: Executor, values: (typeof enterpriseReports.$inferInsert)[]) =>
  inChunks(values, (chunk) => db.insert(enterpriseReports).values(chunk).returning());

const HEADERS = [
  'Mã số thuế',
  'Tên doanh nghiệp',
  'Giá trị sản xuất công nghiệp (đồng)',
  'Doanh thu (đồng)',
  'Kim ngạch xuất khẩu (USD)',
  'Kim ngạch nhập khẩu (USD)',
  'Nộp ngân sách (đồng)',
  'Số lao động',
  'Số lao động tham gia BHXH',
  'Thu nhập bình quân (đồng/người/tháng)',
];

const N = 5000;
const PERIOD = '2019-Q3';
const taxCodeOf = (i: number) => `0${String(i + 1).padStart(9, '0')}`;
const n = (value: string | number) => ({ number: String(value) });

/** The figures of enterprise i as the file carries them (numbers, exact). */
function figureCells(i: number): CellInput[] {
  const workers = 100 + (i % 900);
  return [
    n(`${1_000_000_000 + i * 1_000_003}`),
    n(`${2_000_000_000 + i * 7}`),
    n(`${12_345 + i}.${String(i % 100).padStart(2, '0')}`),
    n(`${5_000 + i}.5`),
    n(`${30_000_000 + i}`),
    n(workers),
    n(workers - (i % 50)),
    n(8_500_000 + i),
  ];
}

function workbook(rows: CellInput[][], headers: CellInput[] = HEADERS) {
  return writeXlsx([{ name: 'Báo cáo', rows: [headers, ...rows], textColumns: [0] }]);
}

function fullFile(override?: (i: number, cells: CellInput[]) => CellInput[]) {
  const rows: CellInput[][] = [];
  for (let i = 0; i < N; i++) {
    const cells = [taxCodeOf(i), `Công ty TNHH Số ${i + 1}`, ...figureCells(i)];
    rows.push(override ? override(i, cells) : cells);
  }
  return workbook(rows);
}

describe('staff Excel import and export of enterprise reports', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let boardId: string;

  async function upload(user: TestUser, file: Buffer, query = `period=${PERIOD}`) {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/statistics/excel/import?${query}`,
      headers: { cookie: user.cookie, 'content-type': XLSX_CONTENT_TYPE },
      payload: file,
    });
    return { status: response.statusCode, body: JSON.parse(response.body) };
  }

  async function download(user: TestUser, kind: 'template' | 'export', query = `period=${PERIOD}`) {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/statistics/excel/${kind}?${query}`,
      headers: { cookie: user.cookie },
    });
    return {
      status: response.statusCode,
      headers: response.headers,
      raw: response.rawPayload,
      body: response.body,
    };
  }

  async function reportCount() {
    const [row] = await ctx.database.db.select({ count: sql<number>`count(*)::int` }).from(enterpriseReports);
    return Number(row!.count);
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder().board('TB').zone('TB', 'TB-A').board('HY').zone('HY', 'HY-A').build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    boardId = (await ctx.createBoard('TB')).id;
    const db = ctx.database.db;
    const zoneRows = await db.select().from(zones);
    const zoneOf = (code: string) => zoneRows.find((z) => z.code === code)!;
    const values = Array.from({ length: N }, (_, i) => ({
      boardId,
      zoneId: zoneOf('TB-A').id,
      taxCode: taxCodeOf(i),
      name: `Công ty TNHH Số ${i + 1}`,
      investmentType: i % 3 === 0 ? ('FDI' as const) : ('DDI' as const),
      searchText: `${taxCodeOf(i)} cong ty tnhh so ${i + 1}`,
      // The last one closed before the period: not in the template.
      ...(i === N - 1 ? { operatingUntil: '2018-12-31' } : {}),
      // Opened after the period: not in the template either.
      ...(i === N - 2 ? { operatingSince: '2019-10-01' } : {}),
    }));
    const inserted = await insertEnterprises(db, values);
    // Another board's enterprise with a tax code of this board: never seen here.
    const [other] = await insertEnterprises(db, [
      {
        boardId: zoneOf('HY-A').boardId,
        zoneId: zoneOf('HY-A').id,
        taxCode: '9999999999',
        name: 'Công ty của Ban khác',
        investmentType: 'DDI',
        searchText: '9999999999',
      },
    ]);
    // One accepted report (prefilled in the template) and one submitted (not prefilled).
    await insertEnterpriseReports(db, [
      {
        boardId,
        enterpriseId: inserted[0]!.id,
        period: PERIOD,
        revenueVnd: 12_345_678_901_234_567n,
        exportUsd: '1234.50',
        workers: 10,
      },
      { boardId, enterpriseId: inserted[1]!.id, period: PERIOD, revenueVnd: 5n, status: 'submitted' },
      { boardId: other!.boardId, enterpriseId: other!.id, period: PERIOD, revenueVnd: 7n },
    ]);
  }, 120_000);

  it('reads figures exactly: number cells by their text, Vietnamese text with separators', () => {
    expect(readFigure({ kind: 'text', text: '1.200.000' }, 'vnd')).toEqual({ value: '1200000' });
    expect(readFigure({ kind: 'text', text: '45.000,50' }, 'usd')).toEqual({ value: '45000.5' });
    expect(readFigure({ kind: 'text', text: ' 12.345.678.901.234.567 ' }, 'vnd')).toEqual({
      value: '12345678901234567',
    });
    expect(readFigure({ kind: 'text', text: '1 200 000' }, 'vnd')).toEqual({ value: '1200000' });
    expect(readFigure({ kind: 'text', text: '0,1' }, 'usd')).toEqual({ value: '0.1' });
    expect(readFigure({ kind: 'number', text: '1.2E+7' }, 'vnd')).toEqual({ value: '12000000' });
    expect(readFigure({ kind: 'number', text: '0.30000000000000004' }, 'usd')).toEqual({ value: '0.3' });
    expect(readFigure({ kind: 'number', text: '45000.5' }, 'usd')).toEqual({ value: '45000.5' });
    expect(readFigure({ kind: 'number', text: '9007199254740993' }, 'vnd')).toEqual({
      problem: 'NUMBER_CELL_TOO_LARGE',
    });
    expect(readFigure({ kind: 'text', text: '1.200,5' }, 'vnd')).toEqual({ problem: 'DECIMALS_NOT_ALLOWED' });
    expect(readFigure({ kind: 'text', text: '1,234' }, 'usd')).toEqual({ problem: 'TOO_MANY_DECIMALS' });
    expect(readFigure({ kind: 'text', text: '-5' }, 'vnd')).toEqual({ problem: 'NEGATIVE' });
    expect(readFigure({ kind: 'text', text: '12.34' }, 'usd')).toEqual({ problem: 'NOT_A_NUMBER' });
    expect(readFigure({ kind: 'text', text: 'mười' }, 'count')).toEqual({ problem: 'NOT_A_NUMBER' });
    expect(readFigure({ kind: 'number', text: '3000000000' }, 'count')).toEqual({ problem: 'TOO_LARGE' });
  });

  it('gives a template with the headers and one row per operating enterprise, accepted figures prefilled', async () => {
    const response = await download(staff, 'template');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain(XLSX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toContain(
      'attachment; filename="bao-cao-thong-ke-2019-Q3.xlsx"',
    );
    const sheets = await readXlsx(response.raw);
    expect(sheets.map((s) => s.name)).toEqual(['Báo cáo', 'Hướng dẫn']);
    const [sheet] = sheets;
    const header = sheet!.rows.get(1)!;
    expect(HEADERS.map((_h, c) => cellText(header.get(c)))).toEqual(HEADERS);
    expect(sheet!.rows.size).toBe(1 + N - 2);
    const first = sheet!.rows.get(2)!;
    expect(first.get(0)).toEqual({ kind: 'text', text: '0000000001' });
    expect(cellText(first.get(1))).toBe('Công ty TNHH Số 1');
    // Beyond 2^53: written as Vietnamese text so it stays exact.
    expect(first.get(3)).toEqual({ kind: 'text', text: '12.345.678.901.234.567' });
    expect(first.get(4)).toEqual({ kind: 'number', text: '1234.50' });
    expect(first.get(7)).toEqual({ kind: 'number', text: '10' });
    // The submitted report is not prefilled.
    expect([...sheet!.rows.get(3)!.keys()]).toEqual([0, 1]);
    const taxCodes = [...sheet!.rows.values()].slice(1).map((cells) => cellText(cells.get(0)));
    expect(taxCodes).not.toContain(taxCodeOf(N - 1));
    expect(taxCodes).not.toContain(taxCodeOf(N - 2));
    expect(taxCodes).not.toContain('9999999999');
    const guide = [...sheets[1]!.rows.values()].map((cells) => cells.get(1)?.text ?? '').join('\n');
    expect(guide).toContain('2019-Q3');
    expect(guide).toContain('2 chữ số thập phân');

    expect((await download(staff, 'template', 'period=2019-Q5')).status).toBe(400);
  });

  it('refuses a 5 000-row file with one bad row, naming that row, and writes nothing', async () => {
    const before = await reportCount();
    const bad = 2500;
    const file = await fullFile((i, cells) => {
      if (i !== bad) return cells;
      const copy = [...cells];
      copy[8] = n(1_000_000); // insured > workers
      return copy;
    });
    const refused = await upload(staff, file);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('STATISTICS_IMPORT_INVALID');
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({
        row: bad + 2,
        taxCode: taxCodeOf(bad),
        column: 'Số lao động tham gia BHXH',
        code: 'INSURED_EXCEEDS_WORKERS',
        reason: expect.stringContaining('lớn hơn số lao động'),
      }),
    ]);
    expect(await reportCount()).toBe(before);
  });

  it('lands the fixed file in one go, then a second import and an export re-import change nothing', async () => {
    const before = await reportCount();
    const auditBefore = await ctx.database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.entityType, 'enterprise_report'));
    const file = await fullFile();

    const dry = await upload(staff, file, `period=${PERIOD}&dryRun=true`);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, added: N - 2, changed: 2, unchanged: 0, skipped: 0 });
    expect(await reportCount()).toBe(before);

    const started = performance.now();
    const landed = await upload(staff, file, `period=${PERIOD}&boardId=${boardId}`);
    const took = performance.now() - started;
    console.log(`[${ctx.kind}] imported ${N} rows from Excel in ${Math.round(took)} ms`);
    expect(landed.status).toBe(200);
    expect(landed.body).toEqual({
      dryRun: false,
      boardId,
      period: PERIOD,
      rows: N,
      added: N - 2,
      changed: 2,
      unchanged: 0,
      skipped: 0,
    });
    expect(await reportCount()).toBe(before + N - 2);

    const stored = await ctx.database.db
      .select({ report: enterpriseReports, taxCode: enterprises.taxCode })
      .from(enterpriseReports)
      .innerJoin(enterprises, eq(enterprises.id, enterpriseReports.enterpriseId))
      .where(and(eq(enterpriseReports.boardId, boardId), eq(enterpriseReports.period, PERIOD)));
    expect(stored).toHaveLength(N);
    // …and the period's production report counts every row of the file.
    const production = await staff.api.get(`/api/v1/reports/production?board=TB&period=${PERIOD}`);
    expect(production.status).toBe(200);
    let total = 0n;
    let fdi = 0n;
    for (let i = 0; i < N; i++) {
      total += BigInt(1_000_000_000 + i * 1_000_003);
      if (i % 3 === 0) fdi += BigInt(1_000_000_000 + i * 1_000_003);
    }
    expect(production.body.coverage.reported).toBe(N);
    expect(production.body.indicators.productionValueVnd.total.value).toBe(total.toString());
    expect(production.body.indicators.productionValueVnd.fdi.value).toBe(fdi.toString());
    const byTax = new Map(stored.map((s) => [s.taxCode, s.report]));
    const i = 1234;
    expect(byTax.get(taxCodeOf(i))).toMatchObject({
      productionValueVnd: BigInt(1_000_000_000 + i * 1_000_003),
      revenueVnd: BigInt(2_000_000_000 + i * 7),
      exportUsd: `${12_345 + i}.34`,
      importUsd: `${5_000 + i}.50`,
      budgetPaidVnd: BigInt(30_000_000 + i),
      workers: 100 + (i % 900),
      insuredWorkers: 100 + (i % 900) - (i % 50),
      averageIncomeVnd: BigInt(8_500_000 + i),
      status: 'accepted',
      reviewedBy: staff.id,
    });
    expect(byTax.get(taxCodeOf(1))).toMatchObject({ status: 'accepted', revenueVnd: 2_000_000_007n });
    expect([...byTax.values()].every((r) => r.status === 'accepted' && r.reviewedAt !== null)).toBe(true);
    const auditAfter = await ctx.database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.entityType, 'enterprise_report'));
    expect(Number(auditAfter[0]!.count) - Number(auditBefore[0]!.count)).toBe(N);

    const again = await upload(staff, file);
    expect(again.body).toMatchObject({ added: 0, changed: 0, unchanged: N, skipped: 0 });

    const exported = await download(staff, 'export');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toContain('bao-cao-thong-ke-2019-Q3');
    const sheet = (await readXlsx(exported.raw))[0]!;
    const header = sheet.rows.get(1)!;
    expect([...header.values()].map((c) => c.text)).toEqual([...HEADERS, 'Trạng thái']);
    expect(sheet.rows.size).toBe(1 + N);
    expect(cellText(sheet.rows.get(2)!.get(10))).toBe('Đã duyệt');
    const reimported = await upload(staff, exported.raw);
    expect(reimported.status).toBe(200);
    expect(reimported.body).toMatchObject({ added: 0, changed: 0, unchanged: N, skipped: 0 });
    expect(await reportCount()).toBe(before + N - 2);
  });

  it('parses Vietnamese-formatted text cells exactly and skips rows without figures', async () => {
    const file = await workbook([
      [
        taxCodeOf(10),
        'Công ty 11',
        '1.200.000',
        '1.234.567.890.123.456.789',
        '45.000,50',
        '0,05',
        '3 000 000',
        '1.250',
        '1.200',
        '8.500.000',
      ],
      [taxCodeOf(11), 'Công ty 12'],
      [taxCodeOf(12), 'Công ty 13', null, null, null, null, null, null, null, null],
    ]);
    const landed = await upload(staff, file);
    expect(landed.status).toBe(200);
    expect(landed.body).toMatchObject({ rows: 3, added: 0, changed: 1, unchanged: 0, skipped: 2 });
    const [report] = await ctx.database.db
      .select()
      .from(enterpriseReports)
      .innerJoin(enterprises, eq(enterprises.id, enterpriseReports.enterpriseId))
      .where(and(eq(enterprises.taxCode, taxCodeOf(10)), eq(enterpriseReports.period, PERIOD)));
    expect(report!.enterprise_reports).toMatchObject({
      productionValueVnd: 1_200_000n,
      revenueVnd: 1_234_567_890_123_456_789n,
      exportUsd: '45000.50',
      importUsd: '0.05',
      budgetPaidVnd: 3_000_000n,
      workers: 1250,
      insuredWorkers: 1200,
      averageIncomeVnd: 8_500_000n,
    });
  });

  it('lists every problem of a file at once', async () => {
    const before = await reportCount();
    const file = await workbook([
      [taxCodeOf(20), 'A', '-1.000'],
      [taxCodeOf(21), 'B', null, '1.000,5'],
      [taxCodeOf(22), 'C', null, null, '12,345'],
      [taxCodeOf(22), 'C again', null, null, '12,34'],
      ['0123456789', 'Unknown', '1'],
      ['9999999999', 'Other board', '1'],
      [null, 'No tax code', '1'],
      [taxCodeOf(23), 'D', n('9007199254740993')],
      [taxCodeOf(24), 'E', 'abc'],
      [taxCodeOf(25), 'F', null, null, null, null, null, null, n(5)],
    ]);
    const refused = await upload(staff, file);
    expect(refused.status).toBe(422);
    const found = (refused.body.error.details as { row: number; code: string; column: string }[]).map(
      (d) => `${d.row} ${d.code} ${d.column}`,
    );
    expect(found).toEqual([
      '2 NEGATIVE Giá trị sản xuất công nghiệp (đồng)',
      '3 DECIMALS_NOT_ALLOWED Doanh thu (đồng)',
      '4 TOO_MANY_DECIMALS Kim ngạch xuất khẩu (USD)',
      '5 TAX_CODE_DUPLICATE Mã số thuế',
      '6 TAX_CODE_UNKNOWN Mã số thuế',
      '7 TAX_CODE_UNKNOWN Mã số thuế',
      '8 TAX_CODE_MISSING Mã số thuế',
      '9 NUMBER_CELL_TOO_LARGE Giá trị sản xuất công nghiệp (đồng)',
      '10 NOT_A_NUMBER Giá trị sản xuất công nghiệp (đồng)',
      '11 INSURED_EXCEEDS_WORKERS Số lao động tham gia BHXH',
    ]);
    expect(await reportCount()).toBe(before);

    const missingHeader = await upload(
      staff,
      await workbook([[taxCodeOf(1), 'A', '1']], HEADERS.slice(0, 9)),
    );
    expect(missingHeader.status).toBe(422);
    expect(missingHeader.body.error.details).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'Thu nhập bình quân (đồng/người/tháng)',
        code: 'HEADER_MISSING',
      }),
    ]);

    const badPeriod = await upload(staff, await workbook([]), 'period=2019-13');
    expect(badPeriod.status).toBe(422);
    expect(badPeriod.body.error.details[0].code).toBe('PERIOD_INVALID');

    // A template of another period is refused for this one.
    const q2 = await download(staff, 'template', 'period=2019-Q2');
    const mismatch = await upload(staff, q2.raw);
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error.details[0].code).toBe('PERIOD_MISMATCH');

    const notExcel = await upload(staff, Buffer.from('không phải Excel'));
    expect(notExcel.status).toBe(422);
    expect(notExcel.body.error.details[0].code).toBe('FILE_INVALID');
  });

  it('refuses viewers and enterprise users', async () => {
    const file = await workbook([[taxCodeOf(30), 'A', '1']]);
    const refused = await upload(viewer, file);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await download(viewer, 'template')).status).toBe(200);

    const actor = { ...(await ctx.system()), role: 'enterprise' as const, scope: 'board' as const };
    await expect(
      importExcel(ctx.database.db, { ...actor, homeBoardId: boardId, visibleBoardIds: [boardId] }, file, {
        period: PERIOD,
        dryRun: false,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const otherBoard = await ctx.createBoard('HY');
    const wrongBoard = await upload(staff, file, `period=${PERIOD}&boardId=${otherBoard.id}`);
    expect(wrongBoard.status).toBe(404);
  });
});
