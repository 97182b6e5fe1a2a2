/**
 * The Excel template of a bloc's returns (one row per member of the period's year, units in the
 * headers, the returns already entered prefilled) and its import: all or nothing, every problem
 * listed by row and column (bounded), figures read exactly — a number cell as its decimal text,
 * a text cell in Vietnamese writing ("1.200.000", "45.000,50") or plain digits.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import {
  writeXlsx,
  XlsxFormatError,
  type CellInput,
  type CellValue,
  type SheetRead,
} from '../../kernel/documents/xlsx.ts';
import { readUploadedWorkbook } from '../../kernel/documents/xlsx-upload.ts';
import { CommonErrors, type ErrorDetail } from '../../kernel/errors.ts';
import { BlocErrors } from './blocs.errors.ts';
import { BlocReturnFigures, type BlocReturnsImportResult } from './blocs.schemas.ts';
import {
  checkPeriod,
  listBlocReturns,
  periodYear,
  presentReturn,
  writeReturn,
  writesReturns,
} from './bloc-returns.service.ts';
import { loadReadableBloc } from './blocs.service.ts';

export const RETURNS_SHEET = 'Số liệu';
export const GUIDE_SHEET = 'Hướng dẫn';
export const BOARD_HEADER = 'Mã Ban';
export const NAME_HEADER = 'Tên Ban Quản lý';
export const NOTE_HEADER = 'Ghi chú';
const GUIDE_BLOC = 'Khối thi đua';
const GUIDE_PERIOD = 'Kỳ báo cáo';

type FigureKey = keyof BlocReturnFigures;
type Unit = 'count' | 'usd' | 'vnd' | 'ha';

/** The figure columns, in the order of the table; each header names its unit. */
export const RETURN_COLUMNS: readonly { key: FigureKey; header: string; unit: Unit; signed?: boolean }[] = [
  { key: 'newProjectsFdi', header: 'Dự án FDI cấp mới (dự án)', unit: 'count' },
  { key: 'newProjectsDdi', header: 'Dự án trong nước cấp mới (dự án)', unit: 'count' },
  { key: 'capitalFdiUsd', header: 'Vốn FDI cấp mới và điều chỉnh (USD)', unit: 'usd', signed: true },
  { key: 'capitalDdiVnd', header: 'Vốn trong nước cấp mới và điều chỉnh (đồng)', unit: 'vnd', signed: true },
  { key: 'revenueFdiUsd', header: 'Doanh thu doanh nghiệp FDI (USD)', unit: 'usd' },
  { key: 'revenueDdiVnd', header: 'Doanh thu doanh nghiệp trong nước (đồng)', unit: 'vnd' },
  { key: 'budgetPaidFdiUsd', header: 'Nộp ngân sách doanh nghiệp FDI (USD)', unit: 'usd' },
  { key: 'budgetPaidDdiVnd', header: 'Nộp ngân sách doanh nghiệp trong nước (đồng)', unit: 'vnd' },
  { key: 'zonesInPlanCount', header: 'KCN trong quy hoạch (khu)', unit: 'count' },
  { key: 'zonesInPlanAreaHa', header: 'KCN trong quy hoạch: diện tích (ha)', unit: 'ha' },
  { key: 'zonesOperatingCount', header: 'KCN đang hoạt động (khu)', unit: 'count' },
  { key: 'zonesOperatingAreaHa', header: 'KCN đang hoạt động: diện tích (ha)', unit: 'ha' },
  { key: 'zonesUnderConstructionCount', header: 'KCN đang xây dựng (khu)', unit: 'count' },
  { key: 'zonesUnderConstructionAreaHa', header: 'KCN đang xây dựng: diện tích (ha)', unit: 'ha' },
];

export interface ExcelFile {
  fileName: string;
  content: Buffer;
}

/** The template of a period: one row per member of the period's year, returns entered prefilled. */
export async function blocReturnsTemplate(
  db: Db,
  actor: Actor,
  code: string,
  period: string,
): Promise<ExcelFile> {
  const list = await listBlocReturns(db, actor, code, period);
  const bloc = await loadReadableBloc(db, actor, code);
  const header: CellInput[] = [
    BOARD_HEADER,
    NAME_HEADER,
    ...RETURN_COLUMNS.map((c) => c.header),
    NOTE_HEADER,
  ];
  const rows: CellInput[][] = list.members.map((member) => [
    member.code,
    member.name,
    ...RETURN_COLUMNS.map((c): CellInput => {
      const value = member.return?.[c.key];
      if (value === undefined) return null;
      // A spreadsheet number holds integers exactly only up to 2^53 - 1: larger ones go as text.
      const whole = BigInt(String(value).split('.')[0]!.replace('-', ''));
      return whole > MAX_EXACT ? String(value) : { number: String(value) };
    }),
    member.return?.note ?? null,
  ]);
  const guide: CellInput[][] = [
    [GUIDE_BLOC, bloc.code],
    ['Tên khối', bloc.name],
    [GUIDE_PERIOD, period],
    [],
    ['Cách nhập'],
    [
      'Mỗi dòng của trang "Số liệu" là một thành viên của khối trong năm của kỳ báo cáo; không sửa cột "Mã Ban".',
    ],
    [
      'Số liệu là của riêng thành viên trong kỳ; số tiền USD tối đa 2 chữ số thập phân, tiền đồng là số nguyên, diện tích (ha) tối đa 4 chữ số thập phân.',
    ],
    [
      'Có thể gõ số kiểu Việt Nam (1.200.000 hoặc 45.000,50). Dòng để trống toàn bộ số liệu thì bỏ qua; dòng đã nhập phải nhập đủ các cột (không có thì ghi 0).',
    ],
    ['Vốn cấp mới và điều chỉnh có thể âm khi điều chỉnh giảm vốn.'],
  ];
  const content = await writeXlsx([
    {
      name: RETURNS_SHEET,
      rows: [header, ...rows],
      header: true,
      widths: [10, 36, ...RETURN_COLUMNS.map(() => 18), 30],
      textColumns: [0],
    },
    { name: GUIDE_SHEET, rows: guide, widths: [18, 60] },
  ]);
  return { fileName: `so-lieu-thanh-vien-${bloc.code}-${period}.xlsx`, content };
}

// ── Reading ───────────────────────────────────────────────────────────────────────────────────

/** One problem of an import, by Excel row and column. */
export interface ReturnImportProblem extends ErrorDetail {
  row: number | null;
  column: string | null;
  board: string | null;
  code: string;
}

function problem(
  row: number | null,
  column: string | null,
  board: string | null,
  code: string,
  message: string,
): ReturnImportProblem {
  return {
    path: row === null ? (column ?? 'file') : `row ${row}${column ? ` · ${column}` : ''}`,
    message,
    reason: code,
    row,
    column,
    board,
    code,
  };
}

const invalid = (problems: ReturnImportProblem[]) => BlocErrors.BLOC_RETURNS_IMPORT_INVALID(problems);

/** Headers compare without case, spaces collapsed. */
const headerKey = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

function cellString(cell: CellValue | undefined): string {
  return cell ? cell.text.trim() : '';
}

const MAX_EXACT = 9_007_199_254_740_991n;

/** A number cell's text ("1.2e+21", "45000.5", "-3") → plain decimal digits, or null. */
function numberCellDigits(text: string): string | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  let whole = match[2] ?? '';
  let fraction = match[3] ?? '';
  const exponent = Number(match[4] ?? 0);
  if (Math.abs(exponent) > 40) return null;
  if (exponent > 0) {
    const moved = fraction.padEnd(exponent, '0');
    whole += moved.slice(0, exponent);
    fraction = moved.slice(exponent);
  } else if (exponent < 0) {
    const padded = whole.padStart(-exponent, '0');
    fraction = padded.slice(padded.length + exponent) + fraction;
    whole = padded.slice(0, padded.length + exponent);
  }
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  fraction = fraction.replace(/0+$/, '');
  return `${match[1] === '-' ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Text as typed: "1.200.000", "45.000,50", "1 200 000", "1200000", "45000.50" → decimal digits, or null. */
function textDigits(text: string): string | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]+/g, ' ');
  const grouped = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+)(?:,(\d+))?$/.exec(compact);
  if (grouped)
    return `${grouped[1] === '-' ? '-' : ''}${grouped[2]!.replace(/[. ]/g, '')}${grouped[3] ? `.${grouped[3]}` : ''}`;
  const plain = /^([+-]?)(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (plain) return `${plain[1] === '-' ? '-' : ''}${plain[2]}${plain[3] ? `.${plain[3]}` : ''}`;
  return null;
}

const DECIMALS: Record<Unit, number> = { count: 0, usd: 2, vnd: 0, ha: 4 };
const UNIT_WORDS: Record<Unit, string> = {
  count: 'số nguyên không âm',
  usd: 'số USD, tối đa 2 chữ số thập phân',
  vnd: 'số đồng, là số nguyên',
  ha: 'số ha, tối đa 4 chữ số thập phân',
};

/** One figure cell read exactly, or the problem with it (code and message). */
function readFigure(
  cell: CellValue,
  column: (typeof RETURN_COLUMNS)[number],
): { value: string | number } | { code: string; message: string } {
  let digits: string | null = null;
  if (cell.kind === 'number') {
    digits = numberCellDigits(cell.text);
    if (digits && BigInt(digits.split('.')[0]!.replace('-', '')) > MAX_EXACT)
      return {
        code: 'NUMBER_CELL_TOO_LARGE',
        message:
          'Số lớn hơn 9.007.199.254.740.991 không được lưu chính xác trong ô kiểu số; hãy nhập ô này dưới dạng văn bản.',
      };
  } else if (cell.kind === 'text') {
    digits = textDigits(cell.text);
  }
  if (digits === null)
    return { code: 'NOT_A_NUMBER', message: `Không phải là số (cần ${UNIT_WORDS[column.unit]}).` };
  const negative = digits.startsWith('-') && !/^-0(\.0*)?$/.test(digits);
  if (negative && !column.signed) return { code: 'NEGATIVE', message: 'Số liệu không được âm.' };
  const fraction = digits.split('.')[1] ?? '';
  if (fraction.length > DECIMALS[column.unit])
    return {
      code: DECIMALS[column.unit] === 0 ? 'DECIMALS_NOT_ALLOWED' : 'TOO_MANY_DECIMALS',
      message: `Cần ${UNIT_WORDS[column.unit]}.`,
    };
  const value = negative ? digits : digits.replace(/^-/, '');
  return { value: column.unit === 'count' ? Number(value) : value };
}

interface ParsedRow {
  row: number;
  board: string;
  figures: BlocReturnFigures | null;
  note: string | null;
}

/** The guide sheet's value for a label ("Kỳ báo cáo"), if the workbook has one. */
function guideValue(sheets: SheetRead[], label: string): string | null {
  const guide = sheets.find((s) => headerKey(s.name) === headerKey(GUIDE_SHEET));
  for (const cells of guide?.rows.values() ?? [])
    if (headerKey(cellString(cells.get(0))) === headerKey(label)) return cellString(cells.get(1)) || null;
  return null;
}

/** Reads the returns sheet: every row's figures, or every problem at once. */
export function parseReturnsWorkbook(
  sheets: SheetRead[],
  expected: { bloc: string; period: string },
): { rows: ParsedRow[]; skipped: string[]; problems: ReturnImportProblem[] } {
  const sheet = sheets.find((s) => headerKey(s.name) === headerKey(RETURNS_SHEET)) ?? sheets[0];
  if (!sheet) throw invalid([problem(null, null, null, 'FILE_INVALID', 'Tệp không có trang tính nào.')]);
  const problems: ReturnImportProblem[] = [];
  const namedPeriod = guideValue(sheets, GUIDE_PERIOD);
  if (namedPeriod !== null && namedPeriod !== expected.period)
    problems.push(
      problem(
        null,
        GUIDE_PERIOD,
        null,
        'PERIOD_MISMATCH',
        `Tệp dành cho kỳ ${namedPeriod}, không phải kỳ ${expected.period} đang nhập.`,
      ),
    );
  const namedBloc = guideValue(sheets, GUIDE_BLOC);
  if (namedBloc !== null && namedBloc !== expected.bloc)
    problems.push(
      problem(
        null,
        GUIDE_BLOC,
        null,
        'BLOC_MISMATCH',
        `Tệp dành cho khối ${namedBloc}, không phải khối ${expected.bloc}.`,
      ),
    );
  const headerRowNumber = 1;
  const columnOf = new Map<string, number>();
  for (const [c, cell] of sheet.rows.get(headerRowNumber) ?? new Map<number, CellValue>()) {
    const key = headerKey(cellString(cell));
    if (key && !columnOf.has(key)) columnOf.set(key, c);
  }
  for (const header of [BOARD_HEADER, ...RETURN_COLUMNS.map((c) => c.header)])
    if (!columnOf.has(headerKey(header)))
      problems.push(
        problem(
          headerRowNumber,
          header,
          null,
          'HEADER_MISSING',
          `Thiếu cột "${header}" ở dòng tiêu đề (dòng ${headerRowNumber}).`,
        ),
      );
  if (problems.length > 0) throw invalid(problems);

  const boardColumn = columnOf.get(headerKey(BOARD_HEADER))!;
  const noteColumn = columnOf.get(headerKey(NOTE_HEADER));
  const figureColumns = RETURN_COLUMNS.map((c) => ({ ...c, index: columnOf.get(headerKey(c.header))! }));
  const rows: ParsedRow[] = [];
  const skipped: string[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of [...sheet.rows.keys()].filter((n) => n > headerRowNumber).sort((a, b) => a - b)) {
    const cells = sheet.rows.get(r)!;
    const board = cellString(cells.get(boardColumn)).toUpperCase();
    const filled = figureColumns.filter((c) => cells.has(c.index));
    if (filled.length === 0) {
      if (board) skipped.push(board);
      continue;
    }
    if (!board) {
      problems.push(problem(r, BOARD_HEADER, null, 'BOARD_MISSING', 'Thiếu mã Ban Quản lý.'));
      continue;
    }
    const first = firstRowOf.get(board);
    if (first !== undefined) {
      problems.push(
        problem(
          r,
          BOARD_HEADER,
          board,
          'DUPLICATE_ROW',
          `Ban ${board} đã có ở dòng ${first}; mỗi thành viên chỉ một dòng.`,
        ),
      );
      continue;
    }
    firstRowOf.set(board, r);
    const values: Record<string, string | number> = {};
    const rowProblems: ReturnImportProblem[] = [];
    for (const column of figureColumns) {
      const cell = cells.get(column.index);
      if (!cell) {
        rowProblems.push(
          problem(r, column.header, board, 'FIGURE_MISSING', 'Thiếu số liệu (không có thì ghi 0).'),
        );
        continue;
      }
      const read = readFigure(cell, column);
      if ('code' in read) rowProblems.push(problem(r, column.header, board, read.code, read.message));
      else values[column.key] = read.value;
    }
    let figures: BlocReturnFigures | null = null;
    if (rowProblems.length === 0) {
      const parsed = BlocReturnFigures.safeParse(values);
      if (parsed.success) figures = parsed.data;
      else
        for (const issue of parsed.error.issues) {
          const column = RETURN_COLUMNS.find((c) => c.key === issue.path[0]);
          rowProblems.push(problem(r, column?.header ?? null, board, 'OUT_OF_RANGE', issue.message));
        }
    }
    problems.push(...rowProblems);
    const note = noteColumn === undefined ? '' : cellString(cells.get(noteColumn));
    rows.push({ row: r, board, figures, note: note ? note.slice(0, 2000) : null });
  }
  return { rows, skipped, problems };
}

/**
 * Imports a filled template of a period: all or nothing. Any problem (a file that is not a
 * workbook, a missing column, a bad cell, a row that is no member of the period's year) → 422
 * BLOC_RETURNS_IMPORT_INVALID listing each by row and column, nothing written. Otherwise each
 * row becomes the member's return (source "import") in one transaction, each change audited.
 */
export async function importBlocReturns(
  db: Db,
  actor: Actor,
  code: string,
  period: string,
  file: unknown,
): Promise<BlocReturnsImportResult> {
  const bloc = await loadReadableBloc(db, actor, code);
  checkPeriod(period);
  if (!(await writesReturns(db, actor, bloc, (await periodYear(db, bloc, period)).row)))
    throw CommonErrors.FORBIDDEN();
  if (!Buffer.isBuffer(file) || file.length === 0)
    throw invalid([problem(null, null, null, 'FILE_INVALID', 'Không nhận được tệp Excel (.xlsx).')]);
  let sheets: SheetRead[];
  try {
    sheets = await readUploadedWorkbook(file);
  } catch (error) {
    if (error instanceof XlsxFormatError)
      throw invalid([problem(null, null, null, 'FILE_INVALID', error.message)]);
    throw error;
  }
  const parsed = parseReturnsWorkbook(sheets, { bloc: bloc.code, period });
  return db.transaction(async (tx) => {
    const { year, row: yearRow, members } = await periodYear(tx, bloc, period);
    if (!(await writesReturns(tx, actor, bloc, yearRow))) throw CommonErrors.FORBIDDEN();
    const problems = parsed.problems;
    if (!yearRow)
      problems.unshift(
        problem(
          null,
          null,
          null,
          'BLOC_YEAR_NOT_FOUND',
          `Khối ${bloc.code} chưa có danh sách thành viên năm ${year}.`,
        ),
      );
    for (const row of parsed.rows)
      if (yearRow && !members.some((m) => m.code === row.board))
        problems.push(
          problem(
            row.row,
            BOARD_HEADER,
            row.board,
            'NOT_A_MEMBER',
            `${row.board} không là thành viên của khối ${bloc.code} năm ${year}.`,
          ),
        );
    if (problems.length > 0) {
      problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      throw invalid(problems);
    }
    const result: BlocReturnsImportResult = {
      bloc: bloc.code,
      period,
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: parsed.skipped,
      items: [],
    };
    for (const row of parsed.rows) {
      const board = members.find((m) => m.code === row.board)!;
      const outcome = await writeReturn(
        tx,
        actor,
        { bloc, board, period },
        { figures: row.figures!, note: row.note, source: 'import' },
      );
      result[outcome.outcome]++;
      result.items.push(presentReturn(outcome.row, bloc, board));
    }
    return result;
  });
}
