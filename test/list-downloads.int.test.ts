import type ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatScaled, parseDecimal } from '../src/domain/decimal.ts';
import { XLSX_CONTENT_TYPE } from '../src/server/kernel/documents/xlsx.ts';
import { convertWithLibreOffice, pdfPageCount } from './libreoffice.ts';
import { PackageBuilder } from './package-builder.ts';
import { createTestContext, type TestContext, type TestUser } from './test-app.ts';

/**
 * Every list downloads as Excel with its filters: the workbook's rows are the JSON list's rows
 * for the same query (all pages), money is a number cell in the header's unit, another board's
 * rows never appear.
 */

const Excel = async () => (await import('exceljs')).default;

interface Sheet {
  worksheet: ExcelJS.Worksheet;
  /** The header row's number and its texts. */
  headerRow: number;
  headers: string[];
  /** The data rows' cell values by header. */
  rows: Record<string, ExcelJS.CellValue>[];
  /** The title block's lines. */
  title: string[];
}

async function readList(content: Buffer): Promise<Sheet> {
  const workbook = new (await Excel()).Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const worksheet = workbook.worksheets[0]!;
  // The header row: the frozen one.
  const headerRow = (worksheet.views[0] as { ySplit?: number }).ySplit!;
  const headers: string[] = [];
  worksheet.getRow(headerRow).eachCell((cell, c) => (headers[c - 1] = String(cell.value)));
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = headerRow + 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    if (!row.hasValues) continue;
    rows.push(Object.fromEntries(headers.map((h, c) => [h, row.getCell(c + 1).value])));
  }
  const title: string[] = [];
  for (let r = 1; r < headerRow; r++) {
    const value = worksheet.getRow(r).getCell(1).value;
    if (value) title.push(String(value));
  }
  return { worksheet, headerRow, headers, rows, title };
}

/** đồng → tỷ đồng, exactly as the JSON's decimal string says, made a number at the end. */
const ty = (vnd: string | null) => {
  if (vnd === null) return null;
  const { units, scale } = parseDecimal(vnd);
  return Number(formatScaled({ units, scale: scale + 9 }));
};

describe('lists downloaded as Excel (format=xlsx)', () => {
  let ctx: TestContext;
  let staffTB: TestUser;
  let staffHY: TestUser;
  let national: TestUser;
  let tb: { id: string };
  let hy: { id: string };

  async function download(user: TestUser, url: string) {
    const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie: user.cookie } });
    return response;
  }
  async function json(user: TestUser, url: string) {
    const response = await user.api.get(url);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  }
  async function workbook(user: TestUser, url: string) {
    const response = await download(user, url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    return { response, sheet: await readList(response.rawPayload) };
  }

  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    // Another board, with a zone, projects, licensing events and enterprises of its own.
    const pkg = new PackageBuilder()
      .board('HY', 'Ban Quản lý các KCN tỉnh Hưng Yên')
      .zone('HY', 'PN', { name: 'KCN Phố Nối Hưng Yên' })
      .project('HY', 'PN', 'HY-FDI-1', 'FDI', { name: 'Dự án Hưng Yên chỉ thấy ở HY' })
      .event('HY-FDI-1', 'new', '2020-03-02', '1234.567891234', '52000000.00')
      .event('HY-FDI-1', 'adjustment', '2021-05-06', '1500', '63000000.00')
      .enterprise('HY', 'PN', '0900000001', 'FDI', { name: 'Công ty Hưng Yên chỉ thấy ở HY' })
      .build();
    await ctx.importPackage(pkg).catch((e: { details?: unknown }) => {
      throw new Error(JSON.stringify(e.details));
    });
    tb = (await ctx.createBoard('TB'))!;
    hy = (await ctx.createBoard('HY'))!;
    staffTB = await ctx.createUser({ role: 'staff', board: 'TB' });
    staffHY = await ctx.createUser({ role: 'staff', board: 'HY' });
    national = await ctx.createUser({ role: 'viewer' });
  }, 120_000);

  it('projects: filtered by zone and investment type on the Thái Bình board — every matching row, money in tỷ đồng', async () => {
    const zones = (await json(staffTB, '/api/v1/zones?pageSize=500')).items as { id: string; name: string }[];
    // The zone with the most FDI projects, so the list is more than one page.
    const counts = await Promise.all(
      zones.map(async (z) => ({
        zone: z,
        total: (await json(staffTB, `/api/v1/projects?zoneId=${z.id}&investmentType=FDI&pageSize=1`))
          .total as number,
      })),
    );
    const { zone } = counts.sort((a, b) => b.total - a.total)[0]!;
    const filter = `zoneId=${zone.id}&investmentType=FDI`;
    const all = await json(staffTB, `/api/v1/projects?${filter}&pageSize=500`);
    expect(all.total).toBeGreaterThan(5);
    // page and pageSize are ignored: the whole list.
    const { response, sheet } = await workbook(
      staffTB,
      `/api/v1/projects?${filter}&format=xlsx&page=2&pageSize=5`,
    );
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="du-an_TB_\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    expect(sheet.rows).toHaveLength(all.total);
    expect(sheet.rows.map((r) => r['Mã dự án'])).toEqual(all.items.map((p: { code: string }) => p.code));
    // The title names the list, the board, the filters in words and the export date.
    expect(sheet.title[0]).toBe('Danh sách dự án');
    expect(sheet.title.join('\n')).toContain('Ban Quản lý');
    expect(sheet.title.join('\n')).toContain(`khu: ${zone.name}`);
    expect(sheet.title.join('\n')).toContain('loại đầu tư: Đầu tư nước ngoài (FDI)');
    expect(sheet.title.join('\n')).toMatch(/Xuất lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
    // Money: number cells, the JSON's exact value divided by the unit; dates: date cells.
    const capital = sheet.headers.indexOf('Vốn đăng ký (tỷ đồng)');
    expect(capital).toBeGreaterThan(0);
    all.items.forEach(
      (
        p: { registeredCapitalVnd: string | null; implementedVnd: string | null; licensedOn: string | null },
        i: number,
      ) => {
        const row = sheet.rows[i]!;
        expect(row['Vốn đăng ký (tỷ đồng)'] ?? null).toBe(ty(p.registeredCapitalVnd));
        expect(row['Vốn thực hiện lũy kế (tỷ đồng)'] ?? null).toBe(ty(p.implementedVnd));
        if (p.licensedOn) {
          expect(row['Ngày cấp phép']).toBeInstanceOf(Date);
          expect((row['Ngày cấp phép'] as Date).toISOString().slice(0, 10)).toBe(p.licensedOn);
        }
        expect(row['STT']).toBe(i + 1);
      },
    );
    const first = sheet.worksheet.getRow(sheet.headerRow + 1);
    expect(first.getCell(capital + 1).numFmt).toBe('#,##0.000');
    expect(first.getCell(sheet.headers.indexOf('Ngày cấp phép') + 1).numFmt).toBe('dd/mm/yyyy');
    // Printing: A4 landscape, one page wide, the header row on every page.
    const setup = sheet.worksheet.pageSetup;
    expect(setup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(setup.printTitlesRow).toBe(`${sheet.headerRow}:${sheet.headerRow}`);
    expect(sheet.worksheet.headerFooter.oddFooter).toContain('&P');
    expect(sheet.worksheet.autoFilter).toBeTruthy();
  });

  it('projects: without format, the JSON page as before; an unknown format is refused', async () => {
    const page = await json(staffTB, '/api/v1/projects?pageSize=3');
    expect(page.items).toHaveLength(3);
    expect(page.pageSize).toBe(3);
    const bad = await staffTB.api.get('/api/v1/projects?format=csv');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('licensing events: adjustments of a period — the same rows as the JSON, capitals before/after/change', async () => {
    const filter = 'kind=adjustment&from=2015-01-01&to=2019-12-31';
    const all = await json(staffTB, `/api/v1/licensing-events?${filter}&pageSize=500`);
    expect(all.total).toBeGreaterThan(0);
    const { response, sheet } = await workbook(staffTB, `/api/v1/licensing-events?${filter}&format=xlsx`);
    expect(response.headers['content-disposition']).toMatch(
      /filename="luot-cap-phep_TB_\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    expect(sheet.rows).toHaveLength(all.total);
    expect(sheet.title.join('\n')).toContain('loại lượt: Điều chỉnh');
    expect(sheet.title.join('\n')).toContain('ngày từ 01/01/2015 đến 31/12/2019');
    all.items.forEach(
      (
        e: {
          documentNo: string;
          capitalVndBefore: string | null;
          capitalVndAfter: string | null;
          capitalChangeVnd: string | null;
        },
        i: number,
      ) => {
        const row = sheet.rows[i]!;
        expect(row['Số văn bản']).toBe(e.documentNo);
        expect(row['Vốn trước (tỷ đồng)'] ?? null).toBe(ty(e.capitalVndBefore));
        expect(row['Vốn sau (tỷ đồng)'] ?? null).toBe(ty(e.capitalVndAfter));
        expect(row['Thay đổi (tỷ đồng)'] ?? null).toBe(ty(e.capitalChangeVnd));
      },
    );
  });

  it('enterprises: filtered by investment type — the same rows as the JSON', async () => {
    const all = await json(staffTB, '/api/v1/enterprises?investmentType=DDI&pageSize=500');
    expect(all.total).toBeGreaterThan(0);
    const { response, sheet } = await workbook(staffTB, '/api/v1/enterprises?investmentType=DDI&format=xlsx');
    expect(response.headers['content-disposition']).toMatch(
      /filename="doanh-nghiep_TB_\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    expect(sheet.rows.map((r) => r['Mã số thuế'])).toEqual(
      all.items.map((e: { taxCode: string }) => e.taxCode),
    );
    expect(sheet.rows.every((r) => r['Loại đầu tư'] === 'Trong nước')).toBe(true);
  });

  it('completeness of a period: every expected enterprise, with the counts in the title', async () => {
    const period = '2019';
    const result = await json(staffTB, `/api/v1/statistics/completeness?period=${period}`);
    expect(result.expected).toBeGreaterThan(0);
    const { response, sheet } = await workbook(
      staffTB,
      `/api/v1/statistics/completeness?period=${period}&format=xlsx`,
    );
    expect(response.headers['content-disposition']).toMatch(
      /filename="nop-bao-cao-2019_TB_\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    expect(sheet.rows).toHaveLength(result.expected);
    expect(sheet.rows.map((r) => r['Mã số thuế'])).toEqual(
      result.enterprises.map((e: { taxCode: string }) => e.taxCode),
    );
    expect(sheet.title[0]).toContain('Năm 2019');
    expect(sheet.title.join('\n')).toContain(`Phải nộp ${result.expected}`);
    result.enterprises.forEach((e: { daysLate: number | null }, i: number) =>
      expect(sheet.rows[i]!['Số ngày chậm'] ?? null).toBe(e.daysLate),
    );
  });

  it("never holds another board's rows; a national reader's download spans the boards it sees", async () => {
    const texts = async (user: TestUser, url: string) =>
      JSON.stringify((await workbook(user, url)).sheet.rows, (_k, v: unknown) => v);
    for (const url of ['/api/v1/projects?format=xlsx', '/api/v1/licensing-events?format=xlsx']) {
      expect(await texts(staffTB, url)).not.toContain('HY-FDI-1');
      expect(await texts(staffHY, url)).toContain('HY-FDI-1');
      // Naming the other board: nothing of it.
      expect(await texts(staffTB, `${url}&boardId=${hy.id}`)).not.toContain('HY-FDI-1');
    }
    expect(await texts(staffTB, '/api/v1/enterprises?format=xlsx')).not.toContain('Hưng Yên');
    expect(await texts(staffHY, '/api/v1/enterprises?format=xlsx')).toContain('Công ty Hưng Yên');
    // HY's staff asking TB's completeness: refused, as the JSON is.
    const url = `/api/v1/statistics/completeness?period=2019&boardId=${tb.id}`;
    const other = await download(staffHY, `${url}&format=xlsx`);
    const asJson = await staffHY.api.get(url);
    expect(other.statusCode).toBeGreaterThanOrEqual(400);
    expect(other.statusCode).toBe(asJson.status);
    expect(JSON.parse(other.body).error.code).toBe(asJson.body.error.code);
    // A national viewer sees both boards; the file name says so.
    const both = await workbook(national, '/api/v1/projects?format=xlsx');
    const total = (await json(national, '/api/v1/projects?pageSize=1')).total;
    expect(both.sheet.rows).toHaveLength(total);
    expect(both.response.headers['content-disposition']).toMatch(/filename="du-an_HY-TB_/);
  });

  it(
    'opens in LibreOffice and prints: every list converts to a PDF of A4 landscape pages',
    { timeout: 180_000 },
    async () => {
      // KCN_KEEP_DOWNLOADS=dir keeps the workbooks and their PDFs, to look at.
      const keep = process.env.KCN_KEEP_DOWNLOADS;
      const lists = [
        '/api/v1/projects?format=xlsx',
        '/api/v1/licensing-events?format=xlsx&kind=adjustment',
        '/api/v1/enterprises?format=xlsx',
        '/api/v1/statistics/completeness?period=2019&format=xlsx',
      ];
      for (const url of lists) {
        const started = performance.now();
        const { response, sheet } = await workbook(staffTB, url);
        console.info(
          `${url}: ${sheet.rows.length} rows, ${Math.round(response.rawPayload.length / 1024)} KB, ${Math.round(performance.now() - started)} ms`,
        );
        const fileName = /filename="([^"]+)"/.exec(String(response.headers['content-disposition']))![1]!;
        const pdf = await convertWithLibreOffice(response.rawPayload, fileName);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdfPageCount(pdf)).toBeGreaterThan(0);
        // A4 landscape: 842 × 595 points.
        expect(pdf.toString('latin1')).toMatch(
          /\/MediaBox\s*\[\s*0 0 841\.\d+ 595\.\d+\s*\]|\/MediaBox\s*\[\s*0 0 842 595\s*\]/,
        );
        if (keep) {
          mkdirSync(keep, { recursive: true });
          writeFileSync(path.join(keep, fileName), response.rawPayload);
          writeFileSync(path.join(keep, fileName.replace(/\.xlsx$/, '.pdf')), pdf);
        }
      }
    },
  );

  it('refuses without a session, like the JSON', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/projects?format=xlsx' });
    expect(response.statusCode).toBe(401);
  });
});
