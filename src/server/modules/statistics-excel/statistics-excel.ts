/**
 * The staff Excel exchange of periodic statistical reports: the workbook layout (template and
 * export share one header row so an export can be imported again) and the exact reading of
 * figures from cells — numbers as their decimal text, or text with Vietnamese separators
 * ("1.200.000", "45.000,50"). No floating point touches a figure.
 */
import { writeXlsx, type CellInput, type CellValue, type SheetRead } from '../../kernel/documents/xlsx.ts';
import { formatNumber } from '../../../domain/number-format.ts';
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
  | 'averageIncomeVnd';

type Unit = 'vnd' | 'usd' | 'count';

export const TAX_CODE_HEADER = 'Mã số thuế';
export const NAME_HEADER = 'Tên doanh nghiệp';
export const STATUS_HEADER = 'Trạng thái';

export const FIGURE_COLUMNS: readonly { key: FigureKey; header: string; unit: Unit }[] = [
  { key: 'productionValueVnd', header: 'Giá trị sản xuất công nghiệp (đồng)', unit: 'vnd' },
  { key: 'revenueVnd', header: 'Doanh thu (đồng)', unit: 'vnd' },
  { key: 'exportUsd', header: 'Kim ngạch xuất khẩu (USD)', unit: 'usd' },
  { key: 'importUsd', header: 'Kim ngạch nhập khẩu (USD)', unit: 'usd' },
  { key: 'budgetPaidVnd', header: 'Nộp ngân sách (đồng)', unit: 'vnd' },
  { key: 'workers', header: 'Số lao động', unit: 'count' },
  { key: 'insuredWorkers', header: 'Số lao động tham gia BHXH', unit: 'count' },
  { key: 'averageIncomeVnd', header: 'Thu nhập bình quân (đồng/người/tháng)', unit: 'vnd' },
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

/** A figure as a number cell when a spreadsheet holds it exactly, as Vietnamese text otherwise. */
function figureCell(value: bigint | number | string | null): CellInput {
  if (value === null) return null;
  const text = value.toString();
  const whole = text.split('.')[0]!;
  if (
    BigInt(whole) > MAX_EXACT_NUMBER ||
    text.replace(/[.-]/g, '').replace(/^0+/, '').length > SIGNIFICANT_DIGITS
  )
    return formatNumber(text);
  return { number: text };
}

function guideSheet(period: string, boardName: string, purpose: string) {
  const rows: CellInput[][] = [
    ['HƯỚNG DẪN NHẬP BÁO CÁO THỐNG KÊ DOANH NGHIỆP'],
    [],
    [GUIDE_PERIOD_LABEL, period],
    ['Ban Quản lý', boardName],
    ['Nội dung', purpose],
    [],
    ['Cách nhập'],
    [
      '1',
      `Nhập số liệu vào trang "${REPORT_SHEET}", mỗi dòng một doanh nghiệp, giữ nguyên dòng tiêu đề đầu tiên. Tệp chỉ dùng cho kỳ báo cáo ${period}.`,
    ],
    ['2', `"${TAX_CODE_HEADER}" là văn bản (giữ số 0 ở đầu); doanh nghiệp phải có trong danh sách của Ban.`],
    ['3', 'Số liệu bằng đồng và số lao động là số nguyên, không có phần thập phân.'],
    ['4', 'Kim ngạch xuất khẩu, nhập khẩu tính bằng USD, tối đa 2 chữ số thập phân.'],
    [
      '5',
      'Có thể nhập số trong ô kiểu số, hoặc ô văn bản theo cách viết Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân (1.200.000 đồng; 45.000,50 USD).',
    ],
    ['6', 'Số lớn hơn 9.007.199.254.740.991 phải nhập dưới dạng văn bản để giữ chính xác.'],
    ['7', 'Số lao động tham gia BHXH không được lớn hơn số lao động. Số liệu không được âm.'],
    ['8', 'Dòng để trống toàn bộ số liệu sẽ được bỏ qua.'],
    [
      '9',
      'Khi nhập, tệp được kiểm tra toàn bộ: nếu có lỗi ở bất kỳ dòng nào thì không dữ liệu nào được ghi và danh sách lỗi nêu rõ từng dòng.',
    ],
    ['10', 'Số liệu nhập từ tệp được ghi là báo cáo đã duyệt của kỳ.'],
  ];
  return { name: GUIDE_SHEET, rows, widths: [16, 110] };
}

function buildWorkbook(
  period: string,
  boardName: string,
  rows: WorkbookRow[],
  options: { withStatus: boolean; purpose: string },
): Promise<Buffer> {
  const header: CellInput[] = [...HEADERS, ...(options.withStatus ? [STATUS_HEADER] : [])];
  const body = rows.map((row) => {
    const cells: CellInput[] = [
      row.taxCode,
      row.name,
      ...FIGURE_COLUMNS.map((c) => figureCell(row.report ? row.report[c.key] : null)),
    ];
    if (options.withStatus) cells.push(row.status ? STATUS_LABELS[row.status] : '');
    return cells;
  });
  return writeXlsx([
    {
      name: REPORT_SHEET,
      rows: [header, ...body],
      header: true,
      textColumns: [0],
      widths: [16, 40, 20, 20, 18, 18, 18, 12, 14, 20, ...(options.withStatus ? [14] : [])],
    },
    guideSheet(period, boardName, options.purpose),
  ]);
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
