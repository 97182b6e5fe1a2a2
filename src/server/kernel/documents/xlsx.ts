/**
 * Reading and writing .xlsx workbooks with exceljs, reduced to what the application's
 * spreadsheets need: sheets of text and number cells, a bold frozen header row, text-formatted
 * ("@") columns, column widths. Nothing here knows what a sheet holds: the modules that exchange
 * spreadsheets lay out their own sheets and read their own cells.
 *
 * Numbers never become money here: a number cell is read as the shortest decimal text of its
 * value (String(n), e.g. "1200000", "45000.5", "1.2e+21"), which the caller parses exactly. Whether
 * a value may be written as a number cell at all (a spreadsheet holds integers exactly only up
 * to 2^53 - 1) is the caller's decision.
 */
import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded when a workbook is first written or read: it costs a third of a second to
 * load, which every command-line run and server start would pay otherwise.
 */
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/** A cell as written: text (kept as text, leading zeros included), a decimal number, or empty. */
export type CellInput = string | { number: string } | null | undefined;

/** A cell as read. */
export type CellValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'boolean'; text: string }
  | { kind: 'error'; text: string };

export interface SheetInput {
  name: string;
  rows: CellInput[][];
  /** Column widths in characters. */
  widths?: number[];
  /** Column indexes (0-based) formatted as text ("@") so typed values stay text, e.g. tax codes. */
  textColumns?: number[];
  /** Makes the first row bold and frozen. */
  header?: boolean;
}

export interface SheetRead {
  name: string;
  /** Cells by 1-based row number, then 0-based column index. */
  rows: Map<number, Map<number, CellValue>>;
}

export class XlsxFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxFormatError';
  }
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NUMBER_PATTERN = /^-?\d+(\.(\d+))?$/;
// Characters XML 1.0 cannot carry.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Writes a workbook of the given sheets. */
export async function writeXlsx(sheets: SheetInput[]): Promise<Buffer> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const text = new Set(sheet.textColumns ?? []);
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: sheet.header ? [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2' }] : [],
    });
    const columnCount = Math.max(sheet.widths?.length ?? 0, ...sheet.rows.map((r) => r.length), 0);
    worksheet.columns = Array.from({ length: columnCount }, (_, c) => ({
      width: sheet.widths?.[c] ?? 12,
      ...(text.has(c) ? { style: { numFmt: '@' } } : {}),
    }));
    sheet.rows.forEach((cells, r) => {
      const row = worksheet.getRow(r + 1);
      cells.forEach((input, c) => {
        if (input === null || input === undefined || input === '') return;
        const cell = row.getCell(c + 1);
        if (typeof input === 'string') {
          cell.value = input.replace(XML_INVALID, '');
          return;
        }
        const match = NUMBER_PATTERN.exec(input.number);
        if (!match) throw new RangeError(`not a decimal number: ${input.number}`);
        cell.value = Number(input.number);
        // Keep the written decimals visible ("1234.50"), so they also read back as written.
        if (match[2] && !text.has(c)) cell.numFmt = `0.${'0'.repeat(match[2].length)}`;
      });
      if (sheet.header && r === 0) {
        row.font = { bold: true };
        row.alignment = { wrapText: true, vertical: 'middle' };
      }
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads every sheet's cells; throws XlsxFormatError when the file is not a workbook. */
export async function readXlsx(buffer: Buffer): Promise<SheetRead[]> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new XlsxFormatError('Tệp không phải là tệp Excel (.xlsx) hợp lệ.');
  }
  return workbook.worksheets.map((worksheet) => {
    const rows = new Map<number, Map<number, CellValue>>();
    worksheet.eachRow((row, rowNumber) => {
      const cells = new Map<number, CellValue>();
      row.eachCell((cell, columnNumber) => {
        // The other cells of a merged range repeat its first cell's value: read it once.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const value = cellValue(cell.value, cell.numFmt);
        if (value && !(value.kind === 'text' && value.text === '')) cells.set(columnNumber - 1, value);
      });
      if (cells.size > 0) rows.set(rowNumber, cells);
    });
    return { name: worksheet.name, rows };
  });
}

/** Fixed decimals of a number format such as "0.00" or "#,##0.00"; 0 for any other format. */
function fixedDecimals(numFmt: string | undefined): number {
  return /^(?:#,##)?0\.(0+)$/.exec(numFmt ?? '')?.[1]?.length ?? 0;
}

function numberText(n: number, numFmt: string | undefined): string {
  const text = String(n === 0 ? 0 : n);
  const decimals = fixedDecimals(numFmt);
  if (decimals === 0 || !/^-?\d+(\.\d*)?$/.test(text)) return text;
  // Trailing zeros the cell shows ("1234.50"): the same value, exactly.
  const [whole, fraction = ''] = text.split('.');
  return fraction.length >= decimals ? text : `${whole}.${fraction.padEnd(decimals, '0')}`;
}

function cellValue(value: ExcelJS.CellValue, numFmt: string | undefined): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return { kind: 'number', text: numberText(value, numFmt) };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'boolean', text: value ? '1' : '0' };
  // A number cell formatted as a date: its serial number, as the spreadsheet stores it.
  if (value instanceof Date) return { kind: 'number', text: String(value.getTime() / 86_400_000 + 25_569) };
  if ('error' in value) return { kind: 'error', text: value.error };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((run) => run.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined) return undefined;
    return cellValue(result as ExcelJS.CellValue, numFmt);
  }
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue, numFmt);
  return undefined;
}
