import type ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatScaled, parseDecimal } from '../src/domain/decimal.ts';
import { productionReportText } from '../src/domain/production-report-text.ts';
import { investmentReportParagraphs, zonesReportParagraphs } from '../src/domain/report-text.ts';
import { DOCX_CONTENT_TYPE } from '../src/server/kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../src/server/kernel/documents/xlsx.ts';
import { createTranslator } from '../src/server/kernel/translate.ts';
import { convertWithLibreOffice, pdfPageCount } from './libreoffice.ts';
import { wordParagraph, wordParagraphs, zipParts } from './office-files.ts';
import { createTestContext, type TestContext, type TestUser } from './test-app.ts';

/**
 * Every report as a Word report in the Decree 30 layout and as an Excel statistical form
 * (documents-v1): the files are opened (their XML, and exceljs) and their figures compared with
 * the JSON of the same query; LibreOffice opens each one, and the investment report's first page
 * is kept as a picture (test-results/documents/).
 */

const Excel = async () => (await import('exceljs')).default;
const t = createTranslator('vi');
const RESULTS = path.resolve(import.meta.dirname, '../test-results/documents');

const INVESTMENT = '/api/v1/reports/investment?board=TB&from=2019-01-01&to=2019-11-30';
const ZONES = '/api/v1/reports/zones?board=TB&asOf=2019-11-30';
const PRODUCTION = '/api/v1/reports/production?board=TB&period=2019';

/** A JSON amount divided by its unit (10^scale), exactly as a decimal, made a number at the end. */
const inUnit = (value: string, scale: number) => {
  const { units, scale: own } = parseDecimal(value);
  return Number(formatScaled({ units, scale: own + scale }));
};
const ty = (vnd: string) => inUnit(vnd, 9);
const millionUsd = (usd: string) => inUnit(usd, 6);

interface Form {
  worksheet: ExcelJS.Worksheet;
  workbook: ExcelJS.Workbook;
  title: string;
  headers: string[];
  /** Rows by their code (column B): the cells by header. */
  byCode: Map<string, Record<string, ExcelJS.CellValue>>;
  /** The indicator (column A) of each code. */
  indicators: Map<string, string>;
}

async function readForm(content: Buffer, sheet = 0): Promise<Form> {
  const workbook = new (await Excel()).Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const worksheet = workbook.worksheets[sheet]!;
  const headerRow = (worksheet.views[0] as { ySplit?: number }).ySplit!;
  const headers: string[] = [];
  worksheet.getRow(headerRow).eachCell((cell, c) => (headers[c - 1] = String(cell.value)));
  const byCode = new Map<string, Record<string, ExcelJS.CellValue>>();
  const indicators = new Map<string, string>();
  for (let r = headerRow + 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const code = row.getCell(2).value;
    if (typeof code !== 'string' || !code) continue;
    byCode.set(code, Object.fromEntries(headers.map((h, c) => [h, row.getCell(c + 1).value])));
    indicators.set(code, String(row.getCell(1).value));
  }
  return {
    worksheet,
    workbook,
    title: String(worksheet.getRow(1).getCell(1).value),
    headers,
    byCode,
    indicators,
  };
}

/** The figures of a row: its number cells by header, empty ones left out. */
function figures(form: Form, code: string): Record<string, number> {
  const row = form.byCode.get(code);
  expect(row, `row ${code}`).toBeDefined();
  return Object.fromEntries(
    Object.entries(row!).filter(([, value]) => typeof value === 'number') as [string, number][],
  );
}

describe('reports as Word and Excel documents (documents-v1)', () => {
  let ctx: TestContext;
  let staff: TestUser;

  async function download(url: string) {
    const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie: staff.cookie } });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    const fileName = /attachment; filename="([^"]+)"/.exec(
      String(response.headers['content-disposition']),
    )?.[1];
    expect(fileName).toMatch(/^[A-Za-z0-9_.-]+$/);
    return { response, content: response.rawPayload, fileName: fileName! };
  }
  async function json(url: string) {
    const response = await staff.api.get(url);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  }

  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
  }, 120_000);

  it('the investment report in Word: Decree 30 page, header, the board’s own paragraphs and the figures', async () => {
    const report = await json(INVESTMENT);
    const { response, content, fileName } = await download(
      `${INVESTMENT}&format=docx&number=5&date=2020-01-05&signer=${encodeURIComponent('Nguyễn Văn A')}&signerTitle=${encodeURIComponent('KT. Trưởng ban\nPhó Trưởng ban')}`,
    );
    expect(response.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(fileName).toBe('bao-cao-thu-hut-dau-tu_TB_2019-01-01_2019-11-30.docx');
    const parts = await zipParts(content);
    const xml = parts.get('word/document.xml')!;

    // A4 portrait, margins within the contract's ranges (twips: 1 mm = 56,7).
    const size = /<w:pgSz ([^>]*)\/>/.exec(xml)![1]!;
    expect(size).toContain('w:w="11906"');
    expect(size).toContain('w:h="16838"');
    expect(size).not.toContain('landscape');
    const margin = (side: string) =>
      Number(new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`).exec(xml)![1]) / 56.7;
    expect(margin('top')).toBeGreaterThanOrEqual(19.9);
    expect(margin('top')).toBeLessThanOrEqual(25.1);
    expect(margin('bottom')).toBeGreaterThanOrEqual(19.9);
    expect(margin('bottom')).toBeLessThanOrEqual(25.1);
    expect(margin('left')).toBeGreaterThanOrEqual(29.9);
    expect(margin('left')).toBeLessThanOrEqual(35.1);
    expect(margin('right')).toBeGreaterThanOrEqual(14.9);
    expect(margin('right')).toBeLessThanOrEqual(20.1);

    // Times New Roman throughout: the document's default and every run that names a font.
    expect(parts.get('word/styles.xml')).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    const fonts = [
      ...`${xml}${parts.get('word/styles.xml')}`.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g),
    ];
    expect(new Set(fonts.map((f) => f[1]))).toEqual(new Set(['Times New Roman']));
    // Page numbers from page 2: a first page without, a default header with the PAGE field.
    expect(xml).toContain('<w:titlePg/>');
    const headers = [...parts.entries()].filter(([name]) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.some(([, header]) => /PAGE/.test(header))).toBe(true);
    expect(headers.some(([, header]) => !/PAGE/.test(header))).toBe(true);

    const paragraphs = wordParagraphs(xml);
    for (const line of [
      'UBND TỈNH THÁI BÌNH',
      'BAN QUẢN LÝ KHU KINH TẾ VÀ CÁC KHU CÔNG NGHIỆP TỈNH THÁI BÌNH',
      'Số: 05/BC-BQL',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thái Bình, ngày 05 tháng 01 năm 2020',
      'BÁO CÁO',
      'TÌNH HÌNH THU HÚT ĐẦU TƯ VÀO CÁC KCN, KKT TỪ NGÀY 01/01/2019 ĐẾN NGÀY 30/11/2019',
      'Nơi nhận:',
      'KT. TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
      'Nguyễn Văn A',
    ])
      expect(paragraphs, line).toContain(line);
    // The motto bold 12 pt; the slogan bold 13 pt with its rule a border, not underlined text.
    expect(wordParagraph(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(
      /<w:b\/>[\s\S]*<w:sz w:val="24"\/>/,
    );
    const slogan = wordParagraph(xml, 'Độc lập - Tự do - Hạnh phúc')!;
    expect(slogan).toMatch(/<w:pBdr>\s*<w:bottom w:val="single"/);
    expect(slogan).toMatch(/<w:sz w:val="26"\/>/);
    expect(slogan).not.toContain('<w:u ');
    expect(wordParagraph(xml, 'Thái Bình, ngày 05 tháng 01 năm 2020')).toContain('<w:i/>');

    // The body: each line the command line prints under its title, verbatim, 14 pt.
    const lines = investmentReportParagraphs(report, t, 'vi');
    for (const line of lines) {
      expect(paragraphs).toContain(line);
      expect(wordParagraph(xml, line)).toMatch(/<w:sz w:val="28"\/>/);
    }
    const text = paragraphs.join('\n');
    expect(text).toContain(
      'Ban Quản lý đã cấp mới và điều chỉnh Quyết định chủ trương đầu tư/Giấy chứng nhận đăng ký đầu tư cho 51 lượt dự án',
    );
    expect(text).toContain('tổng vốn đầu tư đăng ký là 4.466,777 tỷ đồng');
    // The tables: the new projects' row, in Vietnamese numbers.
    const row = paragraphs.indexOf('Dự án cấp mới');
    expect(paragraphs.slice(row, row + 5)).toEqual(['Dự án cấp mới', '02', '21', '4.466,777', '31,10']);
    const inForce = paragraphs.indexOf('Tổng số dự án còn hiệu lực');
    expect(paragraphs.slice(inForce, inForce + 6)).toEqual([
      'Tổng số dự án còn hiệu lực',
      '13',
      '284',
      '81.770,544',
      '',
      expect.stringMatching(/^55\.555,\d$/),
    ]);
    expect(paragraphs).toContain('67,9');
  });

  it('the investment report in Excel: the statistical form, figures exact in their columns’ units', async () => {
    const report = await json(INVESTMENT);
    const { response, content, fileName } = await download(`${INVESTMENT}&format=xlsx`);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(fileName).toBe('bao-cao-thu-hut-dau-tu_TB_2019-01-01_2019-11-30.xlsx');
    const form = await readForm(content);
    expect(form.title).toContain('thu hút đầu tư');
    expect(form.title).toContain('Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Thái Bình');
    expect(form.title).toContain('01/01/2019');
    expect(form.title).toContain('30/11/2019');
    expect(form.headers.slice(0, 2)).toEqual(['Chỉ tiêu', 'Mã số']);
    for (const header of form.headers.slice(2)) expect(header).toMatch(/\((dự án|tỷ đồng|triệu USD|%)\)$/);
    const COUNT = 'Số dự án (dự án)';
    const REGISTERED = 'Vốn đầu tư đăng ký (tỷ đồng)';
    const USD = 'Vốn đầu tư đăng ký (triệu USD)';
    const IMPLEMENTED = 'Vốn đầu tư thực hiện (tỷ đồng)';
    const l = report.licensing;
    const c = report.cumulative;
    expect([...form.byCode.keys()].slice(0, 3)).toEqual(['01', '02', '03']);
    expect(figures(form, '01')).toEqual({ [COUNT]: l.turns });
    expect(figures(form, '02')).toEqual({
      [COUNT]: l.new.count,
      [REGISTERED]: ty(l.new.capitalVnd),
      [USD]: millionUsd(l.new.capitalUsd),
    });
    expect(figures(form, '02')[REGISTERED]).toBe(4466.777);
    expect(figures(form, '04')).toEqual({
      [COUNT]: l.new.fdi.count,
      [REGISTERED]: ty(l.new.fdi.capitalVnd),
      [USD]: millionUsd(l.new.fdi.capitalUsd),
    });
    expect(figures(form, '05')).toEqual({
      [COUNT]: l.adjustments.count,
      [REGISTERED]: ty(l.adjustments.capitalChangeVnd),
    });
    expect(figures(form, '10')).toEqual({
      [COUNT]: l.terminations.count,
      [REGISTERED]: ty(l.terminations.capitalVnd),
    });
    expect(figures(form, '13')).toEqual({
      [COUNT]: c.total.projects,
      [REGISTERED]: ty(c.total.registeredVnd),
      [IMPLEMENTED]: ty(c.total.implementedVnd),
      'Tỷ lệ vốn thực hiện so với vốn đăng ký (%)': c.total.implementedPct,
    });
    expect(figures(form, '13')[COUNT]).toBe(284);
    expect(figures(form, '13')[REGISTERED]).toBe(81770.544);
    expect(figures(form, '15')[USD]).toBe(millionUsd(c.fdi.registeredUsd));
    expect(figures(form, '16')).toEqual({
      'Tỷ trọng trong tổng số dự án (%)': c.ddi.projectsSharePct,
      'Tỷ trọng trong tổng vốn đăng ký (%)': c.ddi.registeredSharePct,
    });
    // Shown with thousands separators; printed A4 landscape, fit to the width, header repeated.
    const row13 = form.worksheet.getRow(
      [...Array(form.worksheet.rowCount).keys()].find(
        (r) => form.worksheet.getRow(r + 1).getCell(2).value === '13',
      )! + 1,
    );
    expect(row13.getCell(3).numFmt).toBe('#,##0');
    expect(row13.getCell(4).numFmt).toBe('#,##0.000');
    const setup = form.worksheet.pageSetup;
    expect(setup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(setup.printTitlesRow).toBeTruthy();
  });

  it('the zones report in Word and Excel', async () => {
    const report = await json(ZONES);
    const word = await download(`${ZONES}&format=docx&date=2019-12-09`);
    expect(word.fileName).toBe('bao-cao-cac-khu_TB_2019-11-30.docx');
    const paragraphs = wordParagraphs((await zipParts(word.content)).get('word/document.xml')!);
    for (const line of zonesReportParagraphs(report, t, 'vi')) expect(paragraphs).toContain(line);
    expect(paragraphs).toContain('Thái Bình, ngày 09 tháng 12 năm 2019');
    // No number asked for: the blank a clerk fills in.
    expect(paragraphs.find((p) => p.startsWith('Số:'))).toMatch(/^Số:\s+\/BC-BQL$/);

    const excel = await download(`${ZONES}&format=xlsx`);
    expect(excel.fileName).toBe('bao-cao-cac-khu_TB_2019-11-30.xlsx');
    const form = await readForm(excel.content);
    expect(form.title).toContain('30/11/2019');
    expect(figures(form, '01')).toEqual({
      'Số khu (khu)': report.total.count,
      'Tổng diện tích (ha)': inUnit(report.total.areaHa, 0),
    });
    const op = report.byStatus.operating;
    expect(figures(form, '05')).toEqual({
      'Số khu (khu)': op.count,
      'Tổng diện tích (ha)': inUnit(op.areaHa, 0),
      'Đất công nghiệp, dịch vụ (ha)': inUnit(op.industrialLandHa, 0),
      'Đất đã cho thuê (ha)': inUnit(op.leasedLandHa, 0),
      'Tỷ lệ lấp đầy (%)': op.occupancyPct,
    });
  });

  it('the production report in Word and Excel, with the year’s targets', async () => {
    const report = await json(PRODUCTION);
    const word = await download(`${PRODUCTION}&format=docx&date=2020-01-15`);
    expect(word.fileName).toBe('bao-cao-san-xuat-kinh-doanh_TB_2019.docx');
    const paragraphs = wordParagraphs((await zipParts(word.content)).get('word/document.xml')!);
    for (const line of productionReportText(report, t, 'vi')) expect(paragraphs).toContain(line);
    expect(paragraphs.join('\n')).toContain('44.078,11 tỷ đồng, tăng 18,5% so với cùng kỳ');
    expect(paragraphs).toContain(
      'TÌNH HÌNH SẢN XUẤT KINH DOANH CỦA DOANH NGHIỆP TRONG CÁC KCN, KKT NĂM 2019',
    );

    const excel = await download(`${PRODUCTION}&format=xlsx`);
    expect(excel.fileName).toBe('bao-cao-san-xuat-kinh-doanh_TB_2019.xlsx');
    const form = await readForm(excel.content);
    const i = report.indicators;
    expect(form.indicators.get('01')).toBe('Giá trị sản xuất công nghiệp');
    expect(figures(form, '01')).toEqual({
      'Năm 2019 (tỷ đồng)': ty(i.productionValueVnd.total.value),
      'Năm 2018 (tỷ đồng)': ty(i.productionValueVnd.total.previous),
      'So với cùng kỳ, tăng (+)/giảm (−) (%)': i.productionValueVnd.total.growthPct,
    });
    expect(figures(form, '01')['Năm 2019 (tỷ đồng)']).toBe(44078.11);
    expect(figures(form, '02')['Năm 2019 (tỷ đồng)']).toBe(ty(i.productionValueVnd.fdi.value));
    expect(form.indicators.get('10')).toBe('Kim ngạch xuất khẩu');
    expect(figures(form, '10')).toEqual({
      'Năm 2019 (triệu USD)': millionUsd(i.exportUsd.total.value),
      'Năm 2018 (triệu USD)': millionUsd(i.exportUsd.total.previous),
      'So với cùng kỳ, tăng (+)/giảm (−) (%)': i.exportUsd.total.growthPct,
    });
    expect(figures(form, '16')).toEqual({
      'Năm 2019 (người)': report.labour.workers.total.value,
      'Năm 2018 (người)': report.labour.workers.total.previous,
      'So với cùng kỳ, tăng (+)/giảm (−) (%)': report.labour.workers.total.growthPct,
      'Thu nhập bình quân (triệu đồng/người/tháng)': inUnit(report.labour.averageIncomeVnd, 6),
      'Lao động tham gia BHXH (%)': report.labour.insuredPct,
    });
    expect(figures(form, '16')['Năm 2019 (người)']).toBe(72000);

    // The targets: a sheet of their own, each against the result.
    expect(report.targets.length).toBeGreaterThan(0);
    const plan = await readForm(excel.content, 1);
    const achieved = [...plan.byCode.keys()].map((code) => figures(plan, code)['Đạt so với kế hoạch (%)']);
    expect(achieved.sort()).toEqual(
      report.targets.map((target: { achievedPct: number | null }) => target.achievedPct).sort(),
    );
  });

  it('without format, or with format=json, the JSON as before; a wrong format or number is refused', async () => {
    const plain = await json(INVESTMENT);
    expect(await json(`${INVESTMENT}&format=json`)).toEqual(plain);
    const pdf = await staff.api.get(`${INVESTMENT}&format=pdf`);
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.code).toBe('VALIDATION_FAILED');
    const number = await staff.api.get(`${INVESTMENT}&format=docx&number=${encodeURIComponent('12 BC')}`);
    expect(number.status).toBe(400);
    const date = await staff.api.get(`${INVESTMENT}&format=docx&date=2020-02-30`);
    expect(date.status).toBe(400);
    // A control character in a name cannot break the file's XML: it is left out.
    const odd = await download(`${INVESTMENT}&format=docx&signer=${encodeURIComponent('Lê\u0001 Văn B')}`);
    expect(wordParagraphs((await zipParts(odd.content)).get('word/document.xml')!)).toContain('Lê Văn B');
  });

  it('a sum of two boards names both, and a board without a province leaves the place out', async () => {
    await ctx.createBoard('HN', 'Ban Quản lý các KCN và chế xuất Hà Nội');
    const national = await ctx.createUser({ role: 'viewer' });
    const url = '/api/v1/reports/investment?board=TB&board=HN&from=2019-01-01&to=2019-11-30';
    const response = await ctx.app.inject({
      method: 'GET',
      url: `${url}&format=docx&date=2020-01-05`,
      headers: { cookie: national.cookie },
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(String(response.headers['content-disposition'])).toContain(
      'filename="bao-cao-thu-hut-dau-tu_HN-TB_2019-01-01_2019-11-30.docx"',
    );
    const paragraphs = wordParagraphs((await zipParts(response.rawPayload)).get('word/document.xml')!);
    expect(paragraphs).toContain('BAN QUẢN LÝ CÁC KCN VÀ CHẾ XUẤT HÀ NỘI');
    expect(paragraphs).toContain('BAN QUẢN LÝ KHU KINH TẾ VÀ CÁC KHU CÔNG NGHIỆP TỈNH THÁI BÌNH');
    expect(paragraphs).not.toContain('UBND TỈNH THÁI BÌNH');
    expect(paragraphs).toContain('ngày 05 tháng 01 năm 2020');
    const report = (await national.api.get(url)).body;
    for (const line of investmentReportParagraphs(report, t, 'vi')) expect(paragraphs).toContain(line);
  });

  it('another board’s report is refused as a file as it is as JSON', async () => {
    const other = await ctx.createUser({ role: 'staff', board: 'XX' });
    const response = await ctx.app.inject({
      method: 'GET',
      url: `${INVESTMENT}&format=docx`,
      headers: { cookie: other.cookie },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('BOARD_NOT_FOUND');
  });

  it('LibreOffice opens every document; the investment report’s first page is kept as a picture', async () => {
    const files = await Promise.all(
      [INVESTMENT, ZONES, PRODUCTION].flatMap((url) =>
        ['docx', 'xlsx'].map((format) => download(`${url}&format=${format}&date=2020-01-05&number=12`)),
      ),
    );
    mkdirSync(RESULTS, { recursive: true });
    for (const file of files) {
      const pdf = await convertWithLibreOffice(file.content, file.fileName);
      expect(pdf.subarray(0, 5).toString(), file.fileName).toBe('%PDF-');
      expect(pdfPageCount(pdf), file.fileName).toBeGreaterThan(0);
      if (file.fileName.endsWith('.docx'))
        // A4 portrait: 595 × 842 points.
        expect(pdf.toString('latin1'), file.fileName).toMatch(
          /\/MediaBox\s*\[\s*0 0 595(\.\d+)? 841\.\d+\s*\]|\/MediaBox\s*\[\s*0 0 595(\.\d+)? 842\s*\]/,
        );
      writeFileSync(path.join(RESULTS, file.fileName), file.content);
      writeFileSync(path.join(RESULTS, file.fileName.replace(/\.(docx|xlsx)$/, '.$1.pdf')), pdf);
      if (file.fileName.startsWith('bao-cao-thu-hut-dau-tu') && file.fileName.endsWith('.docx')) {
        const dir = mkdtempSync(path.join(tmpdir(), 'kcn-page-'));
        try {
          writeFileSync(path.join(dir, 'report.pdf'), pdf);
          await promisify(execFile)('pdftoppm', [
            '-png',
            '-r',
            '80',
            '-f',
            '1',
            '-l',
            '1',
            '-singlefile',
            path.join(dir, 'report.pdf'),
            path.join(dir, 'page'),
          ]);
          const png = readFileSync(path.join(dir, 'page.png'));
          expect(png.subarray(1, 4).toString()).toBe('PNG');
          writeFileSync(path.join(RESULTS, 'investment-report-page-1.png'), png);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  }, 300_000);
});
