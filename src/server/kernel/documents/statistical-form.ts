/**
 * A report's figures as an Excel workbook in the form of the state's statistical forms (biểu
 * thống kê): one sheet per figure table, each with a title row naming the report, the board(s)
 * and the period, then the header — column A the indicator (Chỉ tiêu), column B its code (Mã
 * số), then one column per measure with its unit ("Vốn đầu tư đăng ký (tỷ đồng)") — frozen and
 * repeated on every printed page, then the sections' rows.
 *
 * Figures are number cells: money the exact quotient in the column's unit (bigint arithmetic,
 * made a number at the last step), counts whole, percentages as the JSON has them; shown with
 * thousands separators (a Vietnamese spreadsheet shows "4.466,777"). A4 landscape, fit to one
 * page wide, page numbers in the footer (print-setup.ts).
 */
import type ExcelJS from 'exceljs';
import {
  cellNumber,
  excelNumberFormat,
  measureHeader,
  type FigureMeasure,
  type FigureTable,
} from './figure-table.ts';
import {
  a4PageSetup,
  cellText,
  frozenHeader,
  linesHeight,
  loadExcel,
  pageFooter,
  wrappedLines,
  writeHeaderRow,
  writeTitleBlock,
} from './print-setup.ts';

export interface StatisticalForm {
  /** The title row: the report, the board(s) and the period, in one line. */
  title: string;
  /** Lines under the title (the board's name, the period, the boundaries…). */
  lines: readonly string[];
  /** The first table is the first sheet. */
  tables: readonly FigureTable[];
  /** The footer's page number: "Trang {page}/{pages}". */
  pageLabel: string;
  /** The headers of columns A and B. */
  indicatorHeader: string;
  codeHeader: string;
}

const INDICATOR_WIDTH = 46;
const CODE_WIDTH = 7;
const MIN_MEASURE_WIDTH = 12;

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
function sheetNameOf(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Characters a figure takes as shown, with its thousands separators and decimals. */
function shownLength(measure: FigureMeasure, value: number): number {
  const whole = Math.max(1, Math.trunc(Math.abs(value)).toString().length);
  const decimals = measure.decimals ?? (measure.kind === 'money' ? 3 : measure.kind === 'percent' ? 1 : 0);
  return whole + Math.floor((whole - 1) / 3) + (decimals > 0 ? decimals + 1 : 0) + (value < 0 ? 1 : 0);
}

function writeSheet(workbook: ExcelJS.Workbook, form: StatisticalForm, table: FigureTable, name: string) {
  const measures = table.measures;
  const columnCount = 2 + measures.length;
  const titleLines = [
    { text: form.title, font: { bold: true, size: 13 }, center: true },
    { text: table.title, font: { bold: true, size: 11 }, center: true },
    ...form.lines.map((text) => ({ text, font: { size: 11 }, center: true })),
  ];
  const headerRow = titleLines.length + 2; // the title block, a blank row, then the header

  const measureWidths = measures.map((measure) => {
    let longest = 0;
    for (const section of table.sections)
      for (const row of section.rows) {
        const value = row.values[measure.key];
        if (value === null || value === undefined || value === '') continue;
        longest = Math.max(longest, shownLength(measure, cellNumber(measure, value)));
      }
    const header = measureHeader(measure);
    const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length));
    return Math.min(
      24,
      Math.max(MIN_MEASURE_WIDTH, longest + 2, Math.ceil(header.length / 3) + 1, longestWord + 2),
    );
  });
  const widths = [INDICATOR_WIDTH, CODE_WIDTH, ...measureWidths];
  const totalWidth = widths.reduce((a, b) => a + b, 0);

  const worksheet = workbook.addWorksheet(name, {
    views: frozenHeader(headerRow),
    pageSetup: a4PageSetup({ orientation: 'landscape', titleRows: { first: headerRow, last: headerRow } }),
    headerFooter: pageFooter(form.title, form.pageLabel),
  });
  worksheet.columns = widths.map((width) => ({ width }));
  writeTitleBlock(worksheet, 1, titleLines, columnCount, totalWidth);

  writeHeaderRow(
    worksheet.getRow(headerRow),
    [
      { header: form.indicatorHeader, horizontal: 'center' },
      { header: form.codeHeader, horizontal: 'center' },
      ...measures.map((measure) => ({ header: measureHeader(measure), horizontal: 'center' as const })),
    ],
    widths,
  );

  const thin = { style: 'thin' as const };
  const grid = { top: thin, bottom: thin, left: thin, right: thin };
  worksheet.getRow(headerRow).eachCell({ includeEmpty: true }, (cell) => (cell.border = grid));
  const formats = measures.map(excelNumberFormat);
  let r = headerRow + 1;
  for (const section of table.sections) {
    if (section.title) {
      const row = worksheet.getRow(r++);
      const cell = row.getCell(1);
      cell.value = cellText(section.title);
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'top' };
      for (let c = 1; c <= columnCount; c++) row.getCell(c).border = grid;
      const lines = wrappedLines(section.title, INDICATOR_WIDTH, 1);
      if (lines > 1) row.height = linesHeight(lines);
    }
    for (const figure of section.rows) {
      const row = worksheet.getRow(r++);
      const indicator = row.getCell(1);
      indicator.value = cellText(figure.indicator);
      indicator.alignment = { wrapText: true, vertical: 'top', indent: figure.level === 1 ? 1 : 0 };
      if ((figure.level ?? 0) === 0) indicator.font = { bold: true };
      const code = row.getCell(2);
      code.value = figure.code ?? '';
      code.alignment = { horizontal: 'center', vertical: 'top' };
      measures.forEach((measure, m) => {
        const cell = row.getCell(3 + m);
        const value = figure.values[measure.key];
        if (value !== null && value !== undefined && value !== '') {
          cell.value = cellNumber(measure, value);
          cell.numFmt = formats[m]!;
        }
        cell.alignment = { horizontal: 'right', vertical: 'top' };
      });
      for (let c = 1; c <= columnCount; c++) row.getCell(c).border = grid;
      const lines = wrappedLines(figure.indicator, INDICATOR_WIDTH - (figure.level === 1 ? 2 : 0));
      if (lines > 1) row.height = linesHeight(lines);
    }
  }
}

/** Writes the workbook: one sheet per table, the first table first. */
export async function writeStatisticalForm(form: StatisticalForm): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KCN Hub';
  workbook.created = new Date();
  const taken = new Set<string>();
  for (const table of form.tables) writeSheet(workbook, form, table, sheetNameOf(table.sheetName, taken));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
