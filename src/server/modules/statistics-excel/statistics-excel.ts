/**
 * The staff Excel exchange of periodic statistical reports: the workbook layout (template and
 * export share one header row, under a title block naming the workbook, the board and the
 * period, so an export can be imported again; both print A4 landscape, one page wide, the header
 * on every page) and the exact reading of figures from cells — numbers as their decimal text,
 * or text with Vietnamese separators ("1.200.000", "45.000,50"). No floating point touches a
 * figure.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetRead } from '../../kernel/documents/xlsx.ts';
import {
  a4PageSetup,
  cellText as printable,
  frozenHeader,
  linesHeight,
  loadExcel,
  pageFooter,
  workbookFont,
  wrappedLines,
  writeHeaderRow,
  writeTitleBlock,
} from '../../kernel/documents/print-setup.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { formatNumber } from '../../../domain/number-format.ts';
import { periodPhrase } from '../../../domain/production-report-text.ts';
import type { EnterpriseReportRow, ReportStatus } from '../filing/index.ts';

export const REPORT_SHEET = 'Báo cáo';
export const GUIDE_SHEET = 'Hướng dẫn';
export const GUIDE_PERIOD_LABEL = 'Kỳ báo cáo';

export type FigureKey =
  | 'productionValueVnd'
  | 'revenueVnd'
  | 'exportUsd'
  | 'importUsd'
  | 'budgetPaidVnd'
  | 'workers'
  | 'insuredWorkers'
  | 'averageIncomeVnd'
  | 'revenueUsd'
  | 'budgetPaidUsd';

type Unit = 'vnd' | 'usd' | 'count';

export const TAX_CODE_HEADER = 'Mã số thuế';
export const NAME_HEADER = 'Tên doanh nghiệp';
export const STATUS_HEADER = 'Trạng thái';

/**
 * The figure columns, in order; `width` in characters as printed. An `optional` column may be
 * missing from a workbook (one made from an earlier template): its figure is then not stated.
 */
export const FIGURE_COLUMNS: readonly {
  key: FigureKey;
  header: string;
  unit: Unit;
  width: number;
  optional?: true;
}[] = [
  { key: 'productionValueVnd', header: 'Giá trị sản xuất công nghiệp (đồng)', unit: 'vnd', width: 20 },
  { key: 'revenueVnd', header: 'Doanh thu (đồng)', unit: 'vnd', width: 20 },
  { key: 'exportUsd', header: 'Kim ngạch xuất khẩu (USD)', unit: 'usd', width: 16 },
  { key: 'importUsd', header: 'Kim ngạch nhập khẩu (USD)', unit: 'usd', width: 16 },
  { key: 'budgetPaidVnd', header: 'Nộp ngân sách (đồng)', unit: 'vnd', width: 18 },
  { key: 'workers', header: 'Số lao động', unit: 'count', width: 12 },
  { key: 'insuredWorkers', header: 'Số lao động tham gia BHXH', unit: 'count', width: 13 },
  { key: 'averageIncomeVnd', header: 'Thu nhập bình quân (đồng/người/tháng)', unit: 'vnd', width: 19 },
  // blocs-v1: what an FDI enterprise states in USD, beside or instead of the VND figures.
  { key: 'revenueUsd', header: 'Doanh thu của DN FDI (USD)', unit: 'usd', width: 16, optional: true },
  { key: 'budgetPaidUsd', header: 'Nộp ngân sách của DN FDI (USD)', unit: 'usd', width: 16, optional: true },
];

export const HEADERS = [TAX_CODE_HEADER, NAME_HEADER, ...FIGURE_COLUMNS.map((c) => c.header)];

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã nộp',
  returned: 'Bị trả lại',
  accepted: 'Đã duyệt',
};

// ---------------------------------------------------------------------------------------------
// Reading figures

export type FigureProblem =
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'DECIMALS_NOT_ALLOWED'
  | 'TOO_MANY_DECIMALS'
  | 'TOO_LARGE'
  | 'NUMBER_CELL_TOO_LARGE';

export const FIGURE_PROBLEM_REASONS: Record<FigureProblem, string> = {
  NOT_A_NUMBER:
    'Không phải là số. Nhập số hoặc văn bản theo cách viết Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân (ví dụ 1.200.000 hoặc 45.000,50).',
  NEGATIVE: 'Số liệu không được âm.',
  DECIMALS_NOT_ALLOWED: 'Phải là số nguyên (không có phần thập phân).',
  TOO_MANY_DECIMALS: 'Số USD có tối đa 2 chữ số thập phân.',
  TOO_LARGE: 'Số quá lớn.',
  NUMBER_CELL_TOO_LARGE:
    'Số lớn hơn 9.007.199.254.740.991 không được lưu chính xác trong ô kiểu số; hãy nhập ô này dưới dạng văn bản (ví dụ 12.345.678.901.234.567.890).',
};

/** Largest integer a spreadsheet number cell (an IEEE double) holds exactly. */
const MAX_EXACT_NUMBER = 9_007_199_254_740_991n;
/** Significant digits a spreadsheet keeps; longer texts are binary noise ("0.30000000000000004"). */
const SIGNIFICANT_DIGITS = 15;

interface Digits {
  negative: boolean;
  whole: string;
  fraction: string;
}

/** "1.2E+7" / "45000.5" / "-3" → sign, whole digits, fraction digits (exact, from the text). */
function digitsOfNumberText(text: string): Digits | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const negative = match[1] === '-';
  let whole = match[2] ?? '';
  let fraction = match[3] ?? '';
  const exponent = Number(match[4] ?? 0);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return null;
  if (exponent > 0) {
    const moved = fraction.padEnd(exponent, '0');
    whole += moved.slice(0, exponent);
    fraction = moved.slice(exponent);
  } else if (exponent < 0) {
    const padded = whole.padStart(-exponent, '0');
    fraction = padded.slice(padded.length + exponent) + fraction;
    whole = padded.slice(0, padded.length + exponent);
  }
  return { negative, whole, fraction };
}

function normalise({ negative, whole, fraction }: Digits): Digits {
  return { negative, whole: whole.replace(/^0+(?=\d)/, '') || '0', fraction: fraction.replace(/0+$/, '') };
}

/** Rounds to 15 significant digits, half away from zero (what the spreadsheet showed). */
function toSignificant(d: Digits): Digits {
  const all = d.whole + d.fraction;
  const firstNonZero = all.search(/[1-9]/);
  if (firstNonZero < 0) return { ...d, whole: '0', fraction: '' };
  const keep = firstNonZero + SIGNIFICANT_DIGITS;
  if (all.length <= keep) return d;
  let kept = BigInt(all.slice(0, keep));
  if (all.charCodeAt(keep) >= 53 /* '5' */) kept += 1n;
  const digits = kept.toString().padStart(keep, '0') + '0'.repeat(all.length - keep);
  const wholeLength = d.whole.length + (digits.length - all.length);
  return { ...d, whole: digits.slice(0, wholeLength), fraction: digits.slice(wholeLength) };
}

/** "1.200.000", "45.000,50", "1200000", "1 200 000" → digits; null if not a Vietnamese number. */
function digitsOfVietnameseText(text: string): Digits | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]+/g, ' ');
  const match = /^([+-]?)\s?(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/.exec(compact);
  if (!match) return null;
  return { negative: match[1] === '-', whole: match[2]!.replace(/[. ]/g, ''), fraction: match[3] ?? '' };
}

export type FigureResult = { value: string } | { problem: FigureProblem };

/**
 * Reads one figure cell exactly: a decimal string (đồng and workers whole, USD up to 2
 * decimals) or the problem with it.
 */
export function readFigure(cell: CellValue, unit: Unit): FigureResult {
  let digits: Digits | null;
  if (cell.kind === 'number') {
    const raw = digitsOfNumberText(cell.text);
    if (!raw) return { problem: 'NOT_A_NUMBER' };
    const n = normalise(raw);
    if (BigInt(n.whole) > MAX_EXACT_NUMBER) return { problem: 'NUMBER_CELL_TOO_LARGE' };
    digits = normalise(toSignificant(n));
  } else if (cell.kind === 'text') {
    const raw = digitsOfVietnameseText(cell.text);
    digits = raw ? normalise(raw) : null;
  } else {
    digits = null;
  }
  if (!digits) return { problem: 'NOT_A_NUMBER' };
  const zero = digits.whole === '0' && digits.fraction === '';
  if (digits.negative && !zero) return { problem: 'NEGATIVE' };
  if (unit !== 'usd' && digits.fraction !== '') return { problem: 'DECIMALS_NOT_ALLOWED' };
  if (unit === 'usd' && digits.fraction.length > 2) return { problem: 'TOO_MANY_DECIMALS' };
  const limit =
    unit === 'vnd' ? 9_223_372_036_854_775_807n : unit === 'count' ? 2_147_483_647n : 9_999_999_999_999_999n;
  if (BigInt(digits.whole) > limit) return { problem: 'TOO_LARGE' };
  return { value: digits.fraction ? `${digits.whole}.${digits.fraction}` : digits.whole };
}

/** The text of a cell as typed (tax codes, names): number cells give their digits. */
export function cellText(cell: CellValue | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'number') {
    const d = digitsOfNumberText(cell.text);
    if (!d) return cell.text.trim();
    const n = normalise(d);
    return (n.negative ? '-' : '') + n.whole + (n.fraction ? `.${n.fraction}` : '');
  }
  return cell.text.trim();
}

/** Headers compare without case, accents kept, spaces collapsed. */
export function headerKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** The report sheet of a workbook: "Báo cáo", else the first sheet. */
export function reportSheet(sheets: SheetRead[]): SheetRead | undefined {
  return sheets.find((s) => headerKey(s.name) === headerKey(REPORT_SHEET)) ?? sheets[0];
}

/** Rows above the header a workbook may have (the title block of the template and the export). */
const HEADER_SEARCH_ROWS = 30;

/**
 * The header row of the report sheet: the first row, among the first few, with a "Mã số thuế"
 * cell — row 1 in a sheet of one's own, under the title block in the template and the export.
 * Row 1 when there is none (the missing headers are then reported there).
 */
export function headerRowOf(sheet: SheetRead): number {
  const taxCode = headerKey(TAX_CODE_HEADER);
  for (const [r, cells] of [...sheet.rows.entries()].sort((a, b) => a[0] - b[0])) {
    if (r > HEADER_SEARCH_ROWS) break;
    for (const cell of cells.values()) if (headerKey(cellText(cell)) === taxCode) return r;
  }
  return 1;
}

/** The period the guide sheet names, if the workbook has one. */
export function guidePeriod(sheets: SheetRead[]): string | null {
  const guide = sheets.find((s) => headerKey(s.name) === headerKey(GUIDE_SHEET));
  if (!guide) return null;
  for (const cells of guide.rows.values()) {
    if (headerKey(cellText(cells.get(0))) === headerKey(GUIDE_PERIOD_LABEL))
      return cellText(cells.get(1)) || null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface WorkbookRow {
  taxCode: string;
  name: string;
  report: Pick<EnterpriseReportRow, FigureKey> | null;
  status?: EnterpriseReportRow['status'] | null;
}

/** Đồng and counts whole with thousands separators; USD with its cents. */
const NUMBER_FORMATS: Record<Unit, string> = { vnd: '#,##0', count: '#,##0', usd: '#,##0.00' };
const TAX_CODE_WIDTH = 14;
const NAME_WIDTH = 42;
const STATUS_WIDTH = 13;

/**
 * A figure as a number cell when a spreadsheet holds it exactly (the exact decimal made a
 * number at the last step), as Vietnamese text otherwise.
 */
function figureValue(value: bigint | number | string | null): number | string | null {
  if (value === null) return null;
  const text = value.toString();
  const whole = text.split('.')[0]!;
  if (
    BigInt(whole) > MAX_EXACT_NUMBER ||
    text.replace(/[.-]/g, '').replace(/^0+/, '').length > SIGNIFICANT_DIGITS
  )
    return formatNumber(text);
  return Number(text);
}

interface Words {
  /** What the workbook is: the title, and the guide's "Nội dung". */
  purpose: string;
  period: string;
  /** "Quý III/2019". */
  periodName: string;
  boardName: string;
  pageLabel: string;
}

/**
 * The report sheet: the title block (what the workbook is, the board, the period, how many
 * enterprises), a blank row, the header row (frozen, repeated on every printed page), then one
 * row per enterprise. Prints A4 landscape, one page wide, the page number in the footer.
 */
function reportSheetOf(workbook: ExcelJS.Workbook, words: Words, rows: WorkbookRow[], withStatus: boolean) {
  const titleLines = [
    { text: words.purpose.toLocaleUpperCase('vi'), font: { bold: true, size: 14 }, center: true },
    { text: `Ban Quản lý: ${words.boardName}`, font: { size: 11 } },
    { text: `Kỳ báo cáo: ${words.periodName} (${words.period})`, font: { size: 11 } },
    {
      text: `Số doanh nghiệp: ${formatNumber(rows.length)}. Cách nhập số liệu: xem trang "${GUIDE_SHEET}".`,
      font: { size: 11, italic: true },
    },
  ];
  const headerRow = titleLines.length + 2;
  const columns: { header: string; width: number; unit: Unit | 'text' }[] = [
    { header: TAX_CODE_HEADER, width: TAX_CODE_WIDTH, unit: 'text' },
    { header: NAME_HEADER, width: NAME_WIDTH, unit: 'text' },
    ...FIGURE_COLUMNS.map((c) => ({ header: c.header, width: c.width, unit: c.unit })),
    ...(withStatus ? [{ header: STATUS_HEADER, width: STATUS_WIDTH, unit: 'text' as const }] : []),
  ];
  const widths = columns.map((c) => c.width);
  const sheet = workbook.addWorksheet(REPORT_SHEET, {
    views: frozenHeader(headerRow),
    pageSetup: {
      ...a4PageSetup({ orientation: 'landscape', titleRows: { first: headerRow, last: headerRow } }),
      // A form to fill in by hand too: the grid prints.
      showGridLines: true,
    },
    headerFooter: pageFooter(`${words.purpose} — ${words.boardName} — ${words.periodName}`, words.pageLabel),
  });
  // Formats by column, so figures typed into the template show their separators too; tax codes
  // are text ("@"), leading zeros kept.
  sheet.columns = columns.map((c) => ({
    width: c.width,
    style:
      c.unit === 'text'
        ? c.header === TAX_CODE_HEADER
          ? { numFmt: '@' }
          : {}
        : { numFmt: NUMBER_FORMATS[c.unit] },
  }));
  writeTitleBlock(
    sheet,
    1,
    titleLines,
    columns.length,
    widths.reduce((a, b) => a + b, 0),
  );
  writeHeaderRow(
    sheet.getRow(headerRow),
    columns.map((c) => ({ header: c.header, horizontal: c.unit === 'text' ? 'left' : 'center' })),
    widths,
  );

  const figureAlignment: Partial<ExcelJS.Alignment> = { vertical: 'top', horizontal: 'right' };
  const textAlignment: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
  rows.forEach((record, r) => {
    const row = sheet.getRow(headerRow + 1 + r);
    const name = printable(record.name);
    row.getCell(1).value = printable(record.taxCode);
    row.getCell(1).alignment = { vertical: 'top' };
    row.getCell(2).value = name;
    row.getCell(2).alignment = textAlignment;
    FIGURE_COLUMNS.forEach((column, c) => {
      const value = record.report ? figureValue(record.report[column.key]) : null;
      if (value === null) return;
      const cell = row.getCell(3 + c);
      cell.value = value;
      cell.numFmt = NUMBER_FORMATS[column.unit];
      cell.alignment = figureAlignment;
    });
    if (withStatus && record.status) {
      const cell = row.getCell(3 + FIGURE_COLUMNS.length);
      cell.value = STATUS_LABELS[record.status];
      cell.alignment = { vertical: 'top', horizontal: 'center' };
    }
    // Spreadsheets do not grow a row to its wrapped text when they open a file: say how tall.
    const lines = wrappedLines(name, NAME_WIDTH);
    if (lines > 1) row.height = linesHeight(lines);
  });
}

const GUIDE_WIDTHS = [13, 82];
/** The guide's sentences: letters narrower than the digit 0 a width counts. */
const GUIDE_PER_WIDTH = 1.25;

/** The guide: what the workbook is, for which board and period, and how to fill it; A4 portrait. */
function guideSheetOf(workbook: ExcelJS.Workbook, words: Words) {
  const title = 'HƯỚNG DẪN NHẬP BÁO CÁO THỐNG KÊ DOANH NGHIỆP';
  const { period } = words;
  const facts: [string, string][] = [
    [GUIDE_PERIOD_LABEL, period],
    ['Tên kỳ', words.periodName],
    ['Ban Quản lý', words.boardName],
    ['Nội dung', words.purpose],
  ];
  const steps = [
    `Nhập số liệu vào trang "${REPORT_SHEET}", mỗi dòng một doanh nghiệp, giữ nguyên dòng tiêu đề cột (dòng có "${TAX_CODE_HEADER}"). Tệp chỉ dùng cho kỳ báo cáo ${period}.`,
    `"${TAX_CODE_HEADER}" là văn bản (giữ số 0 ở đầu); doanh nghiệp phải có trong danh sách của Ban.`,
    'Số liệu bằng đồng và số lao động là số nguyên, không có phần thập phân.',
    'Kim ngạch xuất khẩu, nhập khẩu tính bằng USD, tối đa 2 chữ số thập phân.',
    'Có thể nhập số trong ô kiểu số, hoặc ô văn bản theo cách viết Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân (1.200.000 đồng; 45.000,50 USD).',
    'Số lớn hơn 9.007.199.254.740.991 phải nhập dưới dạng văn bản để giữ chính xác.',
    'Số lao động tham gia BHXH không được lớn hơn số lao động. Số liệu không được âm.',
    'Dòng để trống toàn bộ số liệu sẽ được bỏ qua.',
    'Khi nhập, tệp được kiểm tra toàn bộ: nếu có lỗi ở bất kỳ dòng nào thì không dữ liệu nào được ghi và danh sách lỗi nêu rõ từng dòng.',
    'Số liệu nhập từ tệp được ghi là báo cáo đã duyệt của kỳ.',
  ];
  const sheet = workbook.addWorksheet(GUIDE_SHEET, {
    pageSetup: a4PageSetup({ orientation: 'portrait' }),
    headerFooter: pageFooter(title, words.pageLabel),
  });
  sheet.columns = GUIDE_WIDTHS.map((width) => ({ width }));
  let next = writeTitleBlock(
    sheet,
    1,
    [{ text: title, font: { bold: true, size: 14 } }],
    GUIDE_WIDTHS.length,
    GUIDE_WIDTHS[0]! + GUIDE_WIDTHS[1]!,
  );
  next++; // a blank row
  const line = (label: string, text: string, labelStyle: Partial<ExcelJS.Font> = {}) => {
    const row = sheet.getRow(next++);
    row.getCell(1).value = printable(label);
    row.getCell(1).font = workbookFont(labelStyle);
    row.getCell(1).alignment = { vertical: 'top', wrapText: true };
    row.getCell(2).value = printable(text);
    row.getCell(2).alignment = { vertical: 'top', wrapText: true };
    const lines = Math.max(
      wrappedLines(label, GUIDE_WIDTHS[0]!, GUIDE_PER_WIDTH),
      wrappedLines(text, GUIDE_WIDTHS[1]!, GUIDE_PER_WIDTH),
    );
    if (lines > 1) row.height = linesHeight(lines);
    return row;
  };
  for (const [label, text] of facts) line(label, text, { bold: true });
  next++;
  const heading = sheet.getRow(next++).getCell(1);
  heading.value = 'Cách nhập';
  heading.font = workbookFont({ bold: true });
  steps.forEach((step, i) => {
    line(String(i + 1), step).getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
  });
}

async function buildWorkbook(
  period: string,
  boardName: string,
  rows: WorkbookRow[],
  options: { withStatus: boolean; purpose: string },
): Promise<Buffer> {
  const t = createTranslator('vi');
  const words: Words = {
    purpose: options.purpose,
    period,
    periodName: periodPhrase(period, t),
    boardName,
    pageLabel: t('common:listDownload.pageLabel'),
  };
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KCN Hub';
  workbook.created = new Date();
  reportSheetOf(workbook, words, rows, options.withStatus);
  guideSheetOf(workbook, words);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template: one row per operating enterprise, accepted figures prefilled. */
export function templateWorkbook(period: string, boardName: string, rows: WorkbookRow[]): Promise<Buffer> {
  return buildWorkbook(period, boardName, rows, {
    withStatus: false,
    purpose: 'Mẫu nhập báo cáo thống kê định kỳ của doanh nghiệp',
  });
}

/** The period's reports, every status, with a "Trạng thái" column; can be imported again. */
export function exportWorkbook(period: string, boardName: string, rows: WorkbookRow[]): Promise<Buffer> {
  return buildWorkbook(period, boardName, rows, {
    withStatus: true,
    purpose: 'Số liệu báo cáo thống kê định kỳ của doanh nghiệp (xuất từ hệ thống)',
  });
}

export function workbookFileName(period: string, kind: 'template' | 'export'): string {
  return kind === 'template' ? `bao-cao-thong-ke-${period}.xlsx` : `bao-cao-thong-ke-${period}-du-lieu.xlsx`;
}
