/**
 * A list as an Excel workbook people open, filter and print: one sheet with a title block (what
 * the list is, the board(s), the filters in words, the export time — the caller's words), then a
 * header row (bold, wrapped, frozen, with an autofilter, repeated on every printed page) and one
 * row per record with typed cells:
 *
 * - dates: real date cells shown dd/mm/yyyy;
 * - money: number cells in the unit the header names (tỷ đồng: `scale` 9), shown `#,##0.000` so
 *   a Vietnamese LibreOffice or Excel groups thousands its own way. The value is the exact
 *   decimal quotient (bigint arithmetic) made a number only at the last step;
 * - counts: integer cells `#,##0`;
 * - text: kept as text.
 *
 * Printing: A4 landscape, fit to one page wide (any number of pages tall), the page number in
 * the footer. Nothing here knows which list it writes; the modules give columns and words.
 */
import type ExcelJS from 'exceljs';
import { formatScaled, parseDecimal } from '../../../domain/decimal.ts';
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

export type ListColumnKind = 'text' | 'date' | 'money' | 'count';

export interface ListColumn<Row> {
  header: string;
  kind: ListColumnKind;
  /**
   * money: the cell holds value / 10^scale (9: đồng → tỷ đồng; 0: as it is), shown with
   * `decimals` places (default 3).
   */
  scale?: number;
  decimals?: number;
  /** Width in characters; otherwise from the header and the values (bounded). */
  width?: number;
  /** Horizontal alignment, when not the kind's own (text left, dates centred, numbers right). */
  align?: 'left' | 'center' | 'right';
  /**
   * The value: text; a calendar date "YYYY-MM-DD"; a decimal string for money ("4466777000000",
   * "12.50"); an integer for a count. null or undefined: an empty cell.
   */
  value: (row: Row) => string | number | null | undefined;
}

export interface ListWorkbook<Row> {
  /** The sheet's tab (at most 31 characters; shortened otherwise). */
  sheetName: string;
  /** The first line, bold: what the list is. */
  title: string;
  /** Lines under the title: the board(s), the filters in words, the export time, the row count. */
  lines: readonly string[];
  columns: readonly ListColumn<Row>[];
  rows: readonly Row[];
  /** The footer's page number, with `{page}` and `{pages}`: "Trang {page}/{pages}". */
  pageLabel: string;
  /** A first column numbering the rows 1, 2, 3… under this header ("STT"). */
  numberHeader?: string;
}

const XLSX_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_WIDTH = 6;
/** Numbers and dates: room for a header of two short words a line. */
const MIN_NUMBER_WIDTH = 11;
const MAX_WIDTH = 48;

/** "4466777000000" with scale 9 → 4466.777 (the exact quotient's decimal text, then a number). */
export function scaledNumber(decimal: string, scale: number): number {
  const { units, scale: own } = parseDecimal(decimal);
  return Number(formatScaled({ units, scale: own + scale }));
}

/** "2019-11-30" → the date cell's value (exceljs writes a Date at UTC midnight as that day). */
function dateValue(text: string): Date | string {
  const match = XLSX_DATE.exec(text);
  if (!match) return text;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function numberFormat(column: ListColumn<unknown>): string | undefined {
  switch (column.kind) {
    case 'date':
      return 'dd/mm/yyyy';
    case 'money': {
      const decimals = column.decimals ?? 3;
      return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
    }
    case 'count':
      return '#,##0';
    default:
      return undefined;
  }
}

function cellValue(column: ListColumn<unknown>, raw: string | number): ExcelJS.CellValue {
  switch (column.kind) {
    case 'date':
      return typeof raw === 'string' ? dateValue(raw) : raw;
    case 'money':
      return typeof raw === 'number' ? raw : scaledNumber(raw, column.scale ?? 0);
    case 'count':
      return typeof raw === 'number' ? raw : Number(raw);
    default:
      return cellText(String(raw));
  }
}

/** Characters a value takes as shown (dates 10, money with its separators), for the width. */
function shownLength(column: ListColumn<unknown>, raw: string | number): number {
  if (column.kind === 'date') return 10;
  if (column.kind === 'text') return String(raw).length;
  const digits = String(raw).split('.')[0]!.replace('-', '').length - (column.scale ?? 0);
  const whole = Math.max(digits, 1);
  const decimals = column.kind === 'money' ? (column.decimals ?? 3) : 0;
  return whole + Math.floor((whole - 1) / 3) + (decimals > 0 ? decimals + 1 : 0);
}

function widthOf(column: ListColumn<unknown>, longest: number): number {
  if (column.width) return column.width;
  // The header wraps over up to three lines; the values should not.
  const header = Math.ceil(column.header.length / 3);
  const longestWord = Math.max(...column.header.split(/\s+/).map((w) => w.length));
  const least = column.kind === 'text' ? MIN_WIDTH : MIN_NUMBER_WIDTH;
  return Math.min(MAX_WIDTH, Math.max(least, longest + 2, header, longestWord + 2));
}

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters. */
function sheetNameOf(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** Writes the list's workbook. */
export async function writeListWorkbook<Row>(list: ListWorkbook<Row>): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KCN Hub';
  workbook.created = new Date();
  const numbered = new Map<unknown, number>();
  const columns: readonly ListColumn<unknown>[] = [
    ...(list.numberHeader === undefined
      ? []
      : [
          {
            header: list.numberHeader,
            kind: 'count' as const,
            width: 6,
            align: 'center' as const,
            value: (row: unknown) => numbered.get(row),
          },
        ]),
    ...(list.columns as readonly ListColumn<unknown>[]),
  ];
  if (list.numberHeader !== undefined) list.rows.forEach((row, i) => numbered.set(row, i + 1));
  const count = Math.max(columns.length, 1);
  const headerRow = list.lines.length + 3; // title, lines, a blank row, then the header
  const worksheet = workbook.addWorksheet(sheetNameOf(list.sheetName), {
    views: frozenHeader(headerRow),
    pageSetup: a4PageSetup({ orientation: 'landscape', titleRows: { first: headerRow, last: headerRow } }),
    headerFooter: pageFooter(list.title, list.pageLabel),
  });

  // Widths first, from the header and the values as shown.
  const longest = columns.map(() => 0);
  for (const row of list.rows) {
    columns.forEach((column, c) => {
      const raw = column.value(row);
      if (raw === null || raw === undefined || raw === '') return;
      longest[c] = Math.max(longest[c]!, shownLength(column, raw));
    });
  }
  const widths = columns.map((column, c) => widthOf(column, longest[c]!));
  worksheet.columns = widths.map((width) => ({ width }));
  const totalWidth = widths.reduce((a, b) => a + b, 0);

  // The title block, each line across the whole width.
  writeTitleBlock(
    worksheet,
    1,
    [
      { text: list.title, font: { bold: true, size: 14 } },
      ...list.lines.map((text) => ({ text, font: { size: 11 } })),
    ],
    count,
    totalWidth,
  );

  writeHeaderRow(
    worksheet.getRow(headerRow),
    columns.map((column) => ({
      header: column.header,
      horizontal: column.kind === 'text' ? ('left' as const) : ('center' as const),
    })),
    widths,
  );

  const formats = columns.map(numberFormat);
  // Dates centred, so a date never reads as one with the text or number beside it.
  const alignments = columns.map((column): Partial<ExcelJS.Alignment> => ({
    vertical: 'top',
    ...(column.kind === 'text' ? { wrapText: true } : {}),
    ...(column.align
      ? { horizontal: column.align }
      : column.kind === 'date'
        ? { horizontal: 'center' as const }
        : {}),
  }));
  list.rows.forEach((record, r) => {
    const row = worksheet.getRow(headerRow + 1 + r);
    let lines = 1;
    columns.forEach((column, c) => {
      const raw = column.value(record);
      if (raw === null || raw === undefined || raw === '') return;
      if (column.kind === 'text') lines = Math.max(lines, wrappedLines(String(raw), widths[c]!));
      const cell = row.getCell(c + 1);
      cell.value = cellValue(column, raw);
      const format = formats[c];
      if (format) cell.numFmt = format;
      cell.alignment = alignments[c]!;
    });
    // Spreadsheets do not grow a row to its wrapped text when they open a file: say how tall.
    if (lines > 1) row.height = linesHeight(lines);
  });

  if (columns.length > 0) {
    worksheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow + Math.max(list.rows.length, 1), column: columns.length },
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The workbook's file name, ASCII only: du-an_TB_2026-11-30.xlsx. */
export function listFileName(list: string, boards: readonly string[], date: string): string {
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const board = boards.length === 0 ? '' : boards.length <= 3 ? boards.map(ascii).join('-') : 'cac-ban';
  return [ascii(list), board, date].filter(Boolean).join('_') + '.xlsx';
}
