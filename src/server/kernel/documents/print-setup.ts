/**
 * How the application's workbooks print, in one place: A4 (landscape for tables, portrait for a
 * guide), fit to one page wide and as many pages tall as needed (with the `fitToPage` flag that
 * makes a spreadsheet honour the fit), the header row repeated on every page, the page number
 * in the footer, a title block over the table, a header row as tall as its wrapped text and rows
 * as tall as their wrapped cells (spreadsheets do not grow a row to its text when they open a
 * file). Nothing here knows what a sheet holds; list-workbook.ts and the modules' own workbooks
 * lay out their sheets with these pieces.
 */
import type ExcelJS from 'exceljs';

/** exceljs, loaded when a workbook is first written (a third of a second to load). */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

// Characters XML 1.0 cannot carry.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** A text as a cell can carry it (no control characters XML 1.0 refuses). */
export function cellText(text: string): string {
  return text.replace(XML_INVALID, '');
}

/**
 * A font of the workbook's own face (Calibri, the default of every cell): a font without a name
 * prints in the office suite's default face instead (a serif in LibreOffice), beside the cells'.
 */
export function workbookFont(font: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: 'Calibri', family: 2, size: 11, ...font };
}

/** Points a line of 11-point text takes. */
export const LINE_HEIGHT = 15;

/**
 * Lines a text takes wrapped in a column of `width` characters (words kept whole, roughly): a
 * width counts the digit 0, wider than most letters of regular text (`perWidth` 1.1), not of bold.
 */
export function wrappedLines(text: string, width: number, perWidth = 1.1): number {
  const capacity = Math.max(Math.floor((width - 1) * perWidth), 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/)) {
      const length = word.length;
      if (line > 0 && line + 1 + length > capacity) {
        count++;
        line = 0;
      }
      line += (line > 0 ? 1 : 0) + length;
      while (line > capacity) {
        count++;
        line -= capacity;
      }
    }
    lines += count;
  }
  return Math.max(lines, 1);
}

/** A row's height for text of that many lines (11 points), with a little air. */
export function linesHeight(lines: number, air = 2): number {
  return lines * LINE_HEIGHT + air;
}

export interface A4Options {
  orientation: 'landscape' | 'portrait';
  /** The rows repeated at the top of every printed page (1-based, inclusive): the header row. */
  titleRows?: { first: number; last: number };
}

/**
 * A4, fit to one page wide and any number of pages tall, centred, narrow margins (inches), the
 * header row(s) on every page.
 */
export function a4PageSetup(options: A4Options): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: options.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    ...(options.titleRows ? { printTitlesRow: `${options.titleRows.first}:${options.titleRows.last}` } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** `&` starts a code in a header or footer: written `&&`. */
function escapeFooter(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * The footer: what the document is on the left, the page number on the right (`pageLabel` with
 * `{page}` and `{pages}`: "Trang {page}/{pages}" prints "Trang 2/7").
 */
export function pageFooter(title: string, pageLabel: string): Partial<ExcelJS.HeaderFooter> {
  return {
    oddFooter: `&L&8${escapeFooter(title)}&R&8${escapeFooter(pageLabel)
      .replace('{page}', '&P')
      .replace('{pages}', '&N')}`,
  };
}

/** The sheet view with every row down to `headerRow` frozen (the header stays on screen). */
export function frozenHeader(headerRow: number): Partial<ExcelJS.WorksheetView>[] {
  return [{ state: 'frozen', ySplit: headerRow, xSplit: 0, topLeftCell: `A${headerRow + 1}` }];
}

export interface TitleLine {
  text: string;
  font: Partial<ExcelJS.Font>;
  /** Centred across the table (a form's title) rather than from the left. */
  center?: boolean;
}

/**
 * Title lines from `firstRow` down, each across the table's `columnCount` columns (merged) and
 * as tall as its wrapped text over the table's `totalWidth` characters. Returns the next row.
 */
export function writeTitleBlock(
  worksheet: ExcelJS.Worksheet,
  firstRow: number,
  lines: readonly TitleLine[],
  columnCount: number,
  totalWidth: number,
): number {
  lines.forEach((line, i) => {
    const rowNumber = firstRow + i;
    const row = worksheet.getRow(rowNumber);
    const cell = row.getCell(1);
    cell.value = cellText(line.text);
    cell.font = workbookFont(line.font);
    cell.alignment = { wrapText: true, vertical: 'top', ...(line.center ? { horizontal: 'center' } : {}) };
    if (columnCount > 1) worksheet.mergeCells(rowNumber, 1, rowNumber, columnCount);
    // A merged cell does not grow with its text: as many lines as the text needs.
    const size = line.font.size ?? 11;
    const count = Math.max(1, Math.ceil((line.text.length * size) / 11 / Math.max(totalWidth, 1)));
    row.height = count * (size + 4);
  });
  return firstRow + lines.length;
}

export interface HeaderCell {
  header: string;
  /** Left for text columns, centred over numbers and dates. */
  horizontal: 'left' | 'center';
}

/**
 * A table's header row: bold, wrapped, shaded, ruled below, and as tall as its longest wrapped
 * header so it never covers the first row of data.
 */
export function writeHeaderRow(row: ExcelJS.Row, cells: readonly HeaderCell[], widths: readonly number[]) {
  cells.forEach((column, c) => {
    const cell = row.getCell(c + 1);
    cell.value = cellText(column.header);
    cell.font = workbookFont({ bold: true });
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: column.horizontal };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  // Bold letters are wider: a width holds about one of them per character.
  const lines = Math.max(1, ...cells.map((column, c) => wrappedLines(column.header, widths[c] ?? 10, 1)));
  row.height = linesHeight(lines, 4);
}
