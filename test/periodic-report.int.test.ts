import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, vndToTy } from '../src/domain/number-format.ts';
import { productionReportText } from '../src/domain/production-report-text.ts';
import { investmentReportParagraphs, zonesReportParagraphs } from '../src/domain/report-text.ts';
import ExcelJS from 'exceljs';
import { DOCX_CONTENT_TYPE } from '../src/server/kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../src/server/kernel/documents/xlsx.ts';
import { createTranslator } from '../src/server/kernel/translate.ts';
import { investmentComparison } from '../src/server/modules/reports/index.ts';
import { convertWithLibreOffice, pdfPageCount } from './libreoffice.ts';
import { wordParagraphs, zipParts } from './office-files.ts';
import { createTestContext, type TestContext, type TestUser } from './test-app.ts';

/**
 * The board's periodic report (issue 10, item 3): for the Thái Bình demo's 2019, its JSON is the
 * three reports' JSON for the same dates, and its Word report is one Decree 30 document with the
 * three sections, the comparison with 2018 and the year's targets, its figures the JSON's.
 */

const t = createTranslator('vi');
const RESULTS = path.resolve(import.meta.dirname, '../test-results/documents');
const PERIODIC = '/api/v1/reports/periodic?board=TB&period=2019';

describe("the board's periodic report", () => {
  let ctx: TestContext;
  let staff: TestUser;

  async function json(url: string) {
    const response = await staff.api.get(url);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  }

  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
  }, 120_000);

  it('its JSON is the three reports’ own JSON for the period, a year earlier and the targets', async () => {
    const report = await json(PERIODIC);
    expect(report).toMatchObject({
      report: 'periodic',
      boards: ['TB'],
      period: '2019',
      previousPeriod: '2018',
      from: '2019-01-01',
      to: '2019-12-31',
    });
    expect(report.investment).toEqual(
      await json('/api/v1/reports/investment?board=TB&from=2019-01-01&to=2019-12-31'),
    );
    expect(report.previousInvestment).toEqual(
      await json(
        '/api/v1/reports/investment?board=TB&from=2018-01-01&to=2018-12-31&boundariesAsOf=2019-12-31',
      ),
    );
    const production = await json('/api/v1/reports/production?board=TB&period=2019');
    expect(report.production).toEqual(production);
    expect(report.zones).toEqual(await json('/api/v1/reports/zones?board=TB&asOf=2019-12-31'));
    expect(report.targets).toEqual(production.targets);
    expect(report.targets.length).toBeGreaterThan(0);

    // A quarter and a month: their own dates.
    const quarter = await json('/api/v1/reports/periodic?board=TB&period=2019-Q3');
    expect(quarter).toMatchObject({ from: '2019-07-01', to: '2019-09-30', previousPeriod: '2018-Q3' });
    expect(quarter.production.period).toBe('2019-Q3');
    expect(quarter.zones.asOf).toBe('2019-09-30');
  });

  it('refuses a period that is not one and a board it does not know', async () => {
    const bad = await staff.api.get('/api/v1/reports/periodic?board=TB&period=2019-13');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    const pdf = await staff.api.get(`${PERIODIC}&format=pdf`);
    expect(pdf.status).toBe(400);
    const unknown = await staff.api.get('/api/v1/reports/periodic?board=XX&period=2019');
    expect(unknown.status).toBe(404);
  });

  it('in Excel: every table of the three sections, a sheet each, figures as number cells equal to the JSON', async () => {
    const report = await json(PERIODIC);
    const response = await ctx.app.inject({
      method: 'GET',
      url: `${PERIODIC}&format=xlsx`,
      headers: { cookie: staff.cookie },
    });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toContain('bao-cao-dinh-ky_TB_2019.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    // The comparison first, then the investment, production and zones reports' own sheets.
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(4);
    const comparison = workbook.worksheets[0]!;
    const cells = (sheet: ExcelJS.Worksheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
    const first = cells(comparison);
    expect(first).toContain(report.investment.licensing.turns);
    expect(first).toContain(report.previousInvestment.licensing.turns);
    expect(first.some((v) => typeof v === 'string' && v.includes('Lượt dự án cấp mới và điều chỉnh'))).toBe(
      true,
    );
    const everything = workbook.worksheets.flatMap(cells);
    // Projects in force at the period's end and zones by status, as the JSON counts them.
    expect(everything).toContain(report.investment.cumulative.total.projects);
    expect(everything).toContain(report.zones.total.count);
    expect(String(comparison.getCell('A1').value)).toContain('Tình hình hoạt động các KCN, KKT');
    const pdf = await convertWithLibreOffice(response.rawPayload, 'bao-cao-dinh-ky.xlsx');
    expect(pdfPageCount(pdf)).toBeGreaterThan(0);
  });

  it('in Word: one Decree 30 report with the three sections, the comparison, the targets, the JSON’s figures', async () => {
    const report = await json(PERIODIC);
    const response = await ctx.app.inject({
      method: 'GET',
      url: `${PERIODIC}&format=docx&number=3&date=2020-01-06&signer=${encodeURIComponent('Nguyễn Văn A')}`,
      headers: { cookie: staff.cookie },
    });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    expect(response.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="bao-cao-dinh-ky_TB_2019.docx"',
    );
    const content = response.rawPayload;
    const xml = (await zipParts(content)).get('word/document.xml')!;
    const paragraphs = wordParagraphs(xml);
    const text = paragraphs.join('\n');

    for (const line of [
      'UBND TỈNH THÁI BÌNH',
      'BAN QUẢN LÝ KHU KINH TẾ VÀ CÁC KHU CÔNG NGHIỆP TỈNH THÁI BÌNH',
      'Số: 03/BC-BQL',
      'Thái Bình, ngày 06 tháng 01 năm 2020',
      'BÁO CÁO',
      'TÌNH HÌNH HOẠT ĐỘNG CÁC KCN, KKT NĂM 2019',
      'Nơi nhận:',
      'TRƯỞNG BAN',
      'Nguyễn Văn A',
    ])
      expect(paragraphs, line).toContain(line);

    // The three sections, in the order a board writes them.
    const sections = [
      'I. Tình hình thu hút đầu tư',
      'II. Tình hình sản xuất kinh doanh của doanh nghiệp',
      'III. Tình hình các khu công nghiệp, khu kinh tế',
    ].map((heading) => paragraphs.indexOf(heading));
    expect(sections.every((at) => at > 0)).toBe(true);
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    expect(paragraphs.indexOf('Nơi nhận:')).toBeGreaterThan(sections[2]!);

    // Each section holds its report's own paragraphs, verbatim.
    const within = (from: number, to: number) => paragraphs.slice(from, to);
    const investment = within(sections[0]!, sections[1]!);
    for (const line of investmentReportParagraphs(report.investment, t, 'vi'))
      expect(investment).toContain(line);
    // The whole year (the demo's "51 lượt dự án … 4.466,777 tỷ đồng" are its eleven months, to 30/11).
    expect(report.investment.licensing.turns).toBe(53);
    expect(investment.join('\n')).toContain('cho 53 lượt dự án');
    expect(investment.join('\n')).toContain(
      'Cấp mới cho 23 dự án, với tổng vốn đầu tư đăng ký là 5.342,397 tỷ đồng',
    );
    expect(investment).toContain(investmentComparison(report));
    expect(investmentComparison(report)).toMatch(/^So với cùng kỳ năm 2018 \(/);
    const production = within(sections[1]!, sections[2]!);
    for (const line of productionReportText(report.production, t, 'vi')) expect(production).toContain(line);
    const zones = within(sections[2]!, paragraphs.indexOf('Nơi nhận:'));
    for (const line of zonesReportParagraphs(report.zones, t, 'vi')) expect(zones).toContain(line);

    // The tables: the comparison with 2018, the investment's, production's with the plan, the zones'.
    expect(investment).toContain('Biểu 01. Thu hút đầu tư so với cùng kỳ năm trước');
    const turns = investment.indexOf('Lượt dự án cấp mới và điều chỉnh');
    expect(investment.slice(turns, turns + 4)).toEqual([
      'Lượt dự án cấp mới và điều chỉnh',
      '01',
      String(report.investment.licensing.turns),
      String(report.previousInvestment.licensing.turns),
    ]);
    expect(
      production.some((p) => p.startsWith('Biểu ') && p.includes('Thực hiện so với kế hoạch năm 2019')),
    ).toBe(true);
    // The plan reached: each target's achievement, and its row (plan, result) in Biểu 08.
    const reached = report.targets.filter(
      (target: { achievedPct: number | null }) => target.achievedPct !== null,
    );
    expect(reached.length).toBeGreaterThan(0);
    for (const target of reached)
      expect(text).toContain(`đạt ${formatPercent(target.achievedPct, 'vi')} kế hoạch`);
    const attracted = report.targets.find(
      (target: { indicator: string }) => target.indicator === 'attractedCapitalVnd',
    );
    expect(attracted.actual).toBe(
      (
        BigInt(report.investment.licensing.new.capitalVnd) +
        BigInt(report.investment.licensing.adjustments.capitalChangeVnd)
      ).toString(),
    );
    const row = production.indexOf('Vốn đầu tư thu hút');
    expect(production.slice(row, row + 4)).toEqual([
      'Vốn đầu tư thu hút',
      '01',
      formatNumber(vndToTy(attracted.targetValue, 2), { locale: 'vi' }),
      formatNumber(vndToTy(attracted.actual, 2), { locale: 'vi' }),
    ]);
    // The zones' table: the JSON's figures.
    const zonesRow = zones.indexOf('Khu đã đi vào hoạt động');
    expect(zones.slice(zonesRow + 2, zonesRow + 3)).toEqual([String(report.zones.byStatus.operating.count)]);

    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(path.join(RESULTS, 'bao-cao-dinh-ky_TB_2019.docx'), content);
    const pdf = await convertWithLibreOffice(content, 'bao-cao-dinh-ky_TB_2019.docx');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
    writeFileSync(path.join(RESULTS, 'bao-cao-dinh-ky_TB_2019.pdf'), pdf);
  }, 120_000);
});
