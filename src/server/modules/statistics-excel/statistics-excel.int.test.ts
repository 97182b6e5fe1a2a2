import { and, eq, sql } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfPageCount } from '../../../../test/libreoffice.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { auditLog } from '../../kernel/audit.tables.ts';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { readXlsx, writeXlsx, XLSX_CONTENT_TYPE, type CellInput } from '../../kernel/documents/xlsx.ts';
import { enterprises } from '../enterprises/index.ts';
import { enterpriseReports } from '../filing/index.ts';
import { zones } from '../zones/index.ts';
import { cellText, headerRowOf, readFigure } from './statistics-excel.ts';
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
  'Doanh thu của DN FDI (USD)',
  'Nộp ngân sách của DN FDI (USD)',
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
    // The title block names the workbook, the board and the period; a blank row; the header.
    const title = [1, 2, 3, 4].map((r) => cellText(sheet!.rows.get(r)?.get(0)));
    expect(title[0]).toBe('MẪU NHẬP BÁO CÁO THỐNG KÊ ĐỊNH KỲ CỦA DOANH NGHIỆP');
    expect(title[1]).toBe('Ban Quản lý: Ban Quản lý KKT và các KCN TB');
    expect(title[2]).toBe('Kỳ báo cáo: Quý III/2019 (2019-Q3)');
    expect(title[3]).toContain('Số doanh nghiệp: 4.998.');
    const h = headerRowOf(sheet!);
    expect(h).toBe(6);
    const header = sheet!.rows.get(h)!;
    expect(HEADERS.map((_h, c) => cellText(header.get(c)))).toEqual(HEADERS);
    expect(sheet!.rows.size).toBe(4 + 1 + N - 2);
    const first = sheet!.rows.get(h + 1)!;
    expect(first.get(0)).toEqual({ kind: 'text', text: '0000000001' });
    expect(cellText(first.get(1))).toBe('Công ty TNHH Số 1');
    // Beyond 2^53: written as Vietnamese text so it stays exact.
    expect(first.get(3)).toEqual({ kind: 'text', text: '12.345.678.901.234.567' });
    expect(first.get(4)).toEqual({ kind: 'number', text: '1234.50' });
    expect(first.get(7)).toEqual({ kind: 'number', text: '10' });
    // The submitted report is not prefilled.
    expect([...sheet!.rows.get(h + 2)!.keys()]).toEqual([0, 1]);
    const taxCodes = [...sheet!.rows.values()].slice(5).map((cells) => cellText(cells.get(0)));
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
    expect(cellText(sheet.rows.get(1)!.get(0))).toBe(
      'SỐ LIỆU BÁO CÁO THỐNG KÊ ĐỊNH KỲ CỦA DOANH NGHIỆP (XUẤT TỪ HỆ THỐNG)',
    );
    const h = headerRowOf(sheet);
    expect(h).toBe(6);
    const header = sheet.rows.get(h)!;
    expect([...header.values()].map((c) => c.text)).toEqual([...HEADERS, 'Trạng thái']);
    expect(sheet.rows.size).toBe(4 + 1 + N);
    expect(cellText(sheet.rows.get(h + 1)!.get(12))).toBe('Đã duyệt');
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

  it("reads an FDI enterprise's revenue and budget paid in USD, and a workbook without those columns", async () => {
    const fdi = taxCodeOf(3);
    const withUsd = await upload(
      staff,
      await workbook([
        [fdi, 'FDI', n(100), null, n(5), n(0), null, n(10), n(9), n(6_000_000), n('45000.5'), '1.234,25'],
      ]),
    );
    expect(withUsd.status, JSON.stringify(withUsd.body)).toBe(200);
    const reportOf = async (taxCode: string) => {
      const [enterprise] = await ctx.database.db
        .select()
        .from(enterprises)
        .where(eq(enterprises.taxCode, taxCode));
      const [report] = await ctx.database.db
        .select()
        .from(enterpriseReports)
        .where(and(eq(enterpriseReports.enterpriseId, enterprise!.id), eq(enterpriseReports.period, PERIOD)));
      return report!;
    };
    expect(await reportOf(fdi)).toMatchObject({
      revenueVnd: null,
      revenueUsd: '45000.50',
      budgetPaidVnd: null,
      budgetPaidUsd: '1234.25',
      status: 'accepted',
    });
    // A workbook made from the template before the USD columns still imports.
    const older = await upload(staff, await workbook([[taxCodeOf(6), 'B', n(7)]], HEADERS.slice(0, 10)));
    expect(older.status, JSON.stringify(older.body)).toBe(200);
    expect(await reportOf(taxCodeOf(6))).toMatchObject({ productionValueVnd: 7n, revenueUsd: null });
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

const Excel = async () => (await import('exceljs')).default;

async function loadWorkbook(content: Buffer) {
  const workbook = new (await Excel()).Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Each page's size [width, height] in points, as poppler's pdfinfo reads the PDF. */
function pageSizes(file: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
}

describe('the template and the export print properly (the Thái Bình demo board)', () => {
  let ctx: TestContext;
  let staff: TestUser;

  async function download(kind: 'template' | 'export', period = '2019') {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/statistics/excel/${kind}?period=${period}`,
      headers: { cookie: staff.cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    const fileName = /filename="([^"]+)"/.exec(String(response.headers['content-disposition']))![1]!;
    return { content: response.rawPayload, fileName };
  }

  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
  }, 120_000);

  it('sets the report sheet up for print: A4 landscape, one page wide, a title, the header on every page', async () => {
    for (const kind of ['template', 'export'] as const) {
      const { content } = await download(kind);
      const workbook = await loadWorkbook(content);
      const sheet = workbook.getWorksheet('Báo cáo')!;
      const h = 6;
      expect(sheet.getRow(h).getCell(1).value).toBe('Mã số thuế');
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${h}:${h}`,
      });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: h });
      expect(sheet.headerFooter.oddFooter).toMatch(/&RTrang &P\/&N$|&R&8Trang &P\/&N$/);
      // The title block: the workbook, the board, the period, across the table.
      expect(String(sheet.getCell('A1').value)).toMatch(/BÁO CÁO THỐNG KÊ ĐỊNH KỲ/);
      expect(sheet.getCell('A1').font.bold).toBe(true);
      expect(sheet.getCell('A2').value).toMatch(/^Ban Quản lý: Ban Quản lý .* tỉnh Thái Bình$/);
      expect(sheet.getCell('A3').value).toBe('Kỳ báo cáo: Năm 2019 (2019)');
      expect(sheet.getCell('A1').isMerged).toBe(true);
      // The header row is as tall as its wrapped headers (three lines of bold text at most).
      const header = sheet.getRow(h);
      expect(header.getCell(3).alignment.wrapText).toBe(true);
      expect(header.height).toBeGreaterThanOrEqual(2 * 15);
      // Thousands separators: đồng and counts whole, USD with cents; figures stay numbers.
      const formats = Array.from({ length: 8 }, (_, c) => sheet.getColumn(3 + c).numFmt);
      expect(formats).toEqual(['#,##0', '#,##0', '#,##0.00', '#,##0.00', '#,##0', '#,##0', '#,##0', '#,##0']);
      expect(sheet.getColumn(1).numFmt).toBe('@');
      let filled = 0;
      for (let r = h + 1; r <= sheet.rowCount; r++) {
        const cell = sheet.getRow(r).getCell(3);
        if (cell.value === null) continue;
        filled++;
        expect(typeof cell.value).toBe('number');
        expect(cell.numFmt).toBe('#,##0');
        expect(sheet.getRow(r).getCell(8).numFmt).toBe('#,##0');
      }
      expect(filled).toBeGreaterThan(0);
      // A long name wraps and its row is taller; a short one keeps the default.
      const rows = Array.from({ length: sheet.rowCount - h }, (_, i) => sheet.getRow(h + 1 + i));
      for (const row of rows) {
        const name = String(row.getCell(2).value ?? '');
        if (name.length > 45) expect(row.height, name).toBeGreaterThanOrEqual(2 * 15);
      }

      // The guide prints whole on A4 portrait: wrapped text in a column that fits the page.
      const guide = workbook.getWorksheet('Hướng dẫn')!;
      expect(guide.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      const widths = guide.columns.map((c) => c.width ?? 0);
      expect(widths[0]! + widths[1]!).toBeLessThanOrEqual(100);
      let wrapped = 0;
      guide.eachRow((row) => {
        const text = String(row.getCell(2).value ?? '');
        // Longer than a line holds even of narrow letters.
        if (text.length > widths[1]! * 1.25) {
          wrapped++;
          expect(row.getCell(2).alignment.wrapText).toBe(true);
          expect(row.height, text).toBeGreaterThanOrEqual(2 * 15);
        }
      });
      expect(wrapped).toBeGreaterThan(2);
    }
  });

  it(
    'prints from LibreOffice on a few A4 landscape pages, each holding whole rows',
    { timeout: 180_000 },
    async () => {
      // KCN_KEEP_DOWNLOADS=dir keeps the workbooks, their PDFs and the pages as pictures.
      const keep = process.env.KCN_KEEP_DOWNLOADS;
      for (const kind of ['template', 'export'] as const) {
        const { content, fileName } = await download(kind);
        const workbook = await loadWorkbook(content);
        const rows = workbook.getWorksheet('Báo cáo')!.rowCount - 6;
        const pdf = await convertWithLibreOffice(content, fileName);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const pages = pdfPageCount(pdf);
        const dir = mkdtempSync(path.join(tmpdir(), 'kcn-print-'));
        try {
          writeFileSync(path.join(dir, 'out.pdf'), pdf);
          const sizes = pageSizes(path.join(dir, 'out.pdf'));
          console.info(`${fileName}: ${rows} enterprises, ${pages} PDF pages`);
          // The report sheet on A4 landscape pages (842 × 595 pt), the guide on one A4 portrait.
          expect(sizes).toHaveLength(pages);
          const landscape = sizes.filter(([w, hh]) => w === 842 && hh === 595).length;
          const portrait = sizes.filter(([w, hh]) => w === 595 && hh === 842).length;
          expect(landscape + portrait).toBe(pages);
          expect(portrait).toBe(1);
          expect(pages).toBeLessThan(31);
          if (kind === 'template') {
            expect(rows).toBeGreaterThan(300);
            // About 25 rows a page: 310 enterprises on a dozen or so pages, not 31.
            expect(landscape).toBeLessThanOrEqual(16);
          }
          // Every page carries its number: the PDF's text has "Trang 1/N".
          const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'out.pdf'), '-'], {
            encoding: 'utf8',
          });
          expect(text).toContain(`Trang 1/${pages}`);
          expect(text).toContain(`Trang ${pages}/${pages}`);
          // The header row is repeated: the tax-code header on every landscape page.
          const texts = text.split('\f');
          expect(texts.slice(0, landscape).every((page) => page.includes('Mã số thuế'))).toBe(true);
          if (keep) {
            mkdirSync(keep, { recursive: true });
            writeFileSync(path.join(keep, fileName), content);
            writeFileSync(path.join(keep, fileName.replace(/\.xlsx$/, '.pdf')), pdf);
            execFileSync('pdftoppm', ['-png', '-r', '70', path.join(dir, 'out.pdf'), path.join(dir, 'page')]);
            for (const png of readdirSync(dir).filter((f) => f.endsWith('.png')))
              writeFileSync(
                path.join(keep, `${fileName.replace(/\.xlsx$/, '')}-${png}`),
                readFileSync(path.join(dir, png)),
              );
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    },
  );

  it('imports its own template and export again', { timeout: 120_000 }, async () => {
    for (const kind of ['template', 'export'] as const) {
      const { content } = await download(kind);
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/statistics/excel/import?period=2019&dryRun=true`,
        headers: { cookie: staff.cookie, 'content-type': XLSX_CONTENT_TYPE },
        payload: content,
      });
      expect(response.statusCode, response.body).toBe(200);
      const body = JSON.parse(response.body);
      // Every enterprise of the file is the board's and has its report already.
      expect(body.added).toBe(0);
      if (kind === 'template') expect(body.changed).toBe(0);
      expect(body.unchanged).toBeGreaterThan(0);
    }
  });
});
