/**
 * Staff Excel exchange of periodic reports: the template to fill, the all-or-nothing import
 * (every bad row listed, nothing written on any problem; otherwise one transaction, each change
 * audited) and the export of the period's reports.
 */
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { actingBoard } from '../../kernel/scope.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { XlsxFormatError, type SheetRead } from '../../kernel/documents/xlsx.ts';
import { readUploadedWorkbook } from '../../kernel/documents/xlsx-upload.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { isPeriod, overlapsPeriod } from '../../../domain/periods.ts';
import { listBoardsByIds } from '../boards/index.ts';
import { enterprisesOfBoards, findEnterprisesByTaxCodes } from '../enterprises/index.ts';
import {
  recordAcceptedReports,
  reportsOfBoardPeriod,
  type EnterpriseReportFigures,
} from '../filing/index.ts';
import { StatisticsExcelErrors } from './statistics-excel.errors.ts';
import {
  cellText,
  exportWorkbook,
  FIGURE_COLUMNS,
  FIGURE_PROBLEM_REASONS,
  guidePeriod,
  headerKey,
  headerRowOf,
  NAME_HEADER,
  readFigure,
  reportSheet,
  TAX_CODE_HEADER,
  templateWorkbook,
  workbookFileName,
  type FigureKey,
  type WorkbookRow,
} from './statistics-excel.ts';

export interface ExcelFile {
  fileName: string;
  content: Buffer;
}

export interface ImportOptions {
  period: string;
  boardId?: string | undefined;
  dryRun: boolean;
}

export interface ImportSummary {
  dryRun: boolean;
  boardId: string;
  period: string;
  /** Data rows read (header excluded, blank rows ignored). */
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  skipped: number;
}

/** One problem of an import, by Excel row. */
export interface ImportProblem extends ErrorDetail {
  row: number | null;
  taxCode: string | null;
  column: string | null;
  code: string;
  reason: string;
}

function problem(
  row: number | null,
  taxCode: string | null,
  column: string | null,
  code: string,
  reason: string,
): ImportProblem {
  return {
    path: row === null ? (column ?? 'file') : `row ${row}${column ? ` · ${column}` : ''}`,
    message: reason,
    row,
    taxCode,
    column,
    code,
    reason,
  };
}

function invalid(problems: ImportProblem[]) {
  return StatisticsExcelErrors.STATISTICS_IMPORT_INVALID(problems);
}

/** The board the request is about: the named one (visible), or the actor's own or only board. */
function resolveBoardId(actor: Actor, boardId: string | undefined): string {
  return actingBoard(actor, {
    boardId,
    errors: {
      required: StatisticsExcelErrors.STATISTICS_BOARD_REQUIRED,
      notFound: StatisticsExcelErrors.STATISTICS_BOARD_NOT_FOUND,
    },
  });
}

function checkPeriod(period: string) {
  if (!isPeriod(period))
    throw StatisticsExcelErrors.STATISTICS_PERIOD_INVALID([
      { path: 'query.period', message: 'Kỳ báo cáo không đúng dạng.', reason: 'invalid_period' },
    ]);
}

/** The board a download is about, which the actor must read, and its name; the period checked. */
async function boardToRead(
  db: Executor,
  actor: Actor,
  query: { period: string; boardId?: string | undefined },
): Promise<{ boardId: string; name: string }> {
  const boardId = resolveBoardId(actor, query.boardId);
  assertCan(actor, 'records.read', boardId);
  checkPeriod(query.period);
  const [board] = await listBoardsByIds(db, [boardId]);
  if (!board) throw StatisticsExcelErrors.STATISTICS_BOARD_NOT_FOUND();
  return { boardId, name: board.name };
}

/** GET template: one row per enterprise of the board operating in the period, accepted figures prefilled. */
export async function excelTemplate(
  db: Db,
  actor: Actor,
  query: { period: string; boardId?: string | undefined },
): Promise<ExcelFile> {
  const { boardId, name } = await boardToRead(db, actor, query);
  const enterpriseRows = (await enterprisesOfBoards(db, [boardId])).filter((e) =>
    overlapsPeriod(query.period, e.operatingSince, e.operatingUntil),
  );
  const accepted = new Map(
    (await reportsOfBoardPeriod(db, boardId, query.period))
      .filter((r) => r.status === 'accepted')
      .map((r) => [r.enterpriseId, r]),
  );
  const rows: WorkbookRow[] = enterpriseRows.map((e) => ({
    taxCode: e.taxCode,
    name: e.name,
    report: accepted.get(e.id) ?? null,
  }));
  return {
    fileName: workbookFileName(query.period, 'template'),
    content: await templateWorkbook(query.period, name, rows),
  };
}

/** GET export: the period's reports of every status, importable again. */
export async function excelExport(
  db: Db,
  actor: Actor,
  query: { period: string; boardId?: string | undefined },
): Promise<ExcelFile> {
  const { boardId, name } = await boardToRead(db, actor, query);
  const byId = new Map((await enterprisesOfBoards(db, [boardId])).map((e) => [e.id, e]));
  const rows: WorkbookRow[] = (await reportsOfBoardPeriod(db, boardId, query.period))
    .flatMap((report) => {
      const enterprise = byId.get(report.enterpriseId);
      return enterprise
        ? [{ taxCode: enterprise.taxCode, name: enterprise.name, report, status: report.status }]
        : [];
    })
    .sort((a, b) => (a.taxCode < b.taxCode ? -1 : a.taxCode > b.taxCode ? 1 : 0));
  return {
    fileName: workbookFileName(query.period, 'export'),
    content: await exportWorkbook(query.period, name, rows),
  };
}

type Figures = Record<FigureKey, string | null>;

interface ParsedRow {
  row: number;
  taxCode: string;
  figures: Figures;
}

/** Reads and checks every row of the report sheet; all problems at once. */
function parseRows(
  sheets: SheetRead[],
  period: string,
): { rows: ParsedRow[]; skipped: number; read: number; problems: ImportProblem[] } {
  const sheet = reportSheet(sheets);
  if (!sheet) throw invalid([problem(null, null, null, 'FILE_INVALID', 'Tệp không có trang tính nào.')]);
  const problems: ImportProblem[] = [];
  const named = guidePeriod(sheets);
  if (named !== null && named !== period)
    problems.push(
      problem(
        null,
        null,
        null,
        'PERIOD_MISMATCH',
        `Tệp dành cho kỳ báo cáo ${named}, không phải kỳ ${period} đang nhập.`,
      ),
    );
  // Under the title block in the template and the export; row 1 in a sheet of one's own.
  const headerRowNumber = headerRowOf(sheet);
  const headerRow = sheet.rows.get(headerRowNumber) ?? new Map();
  const columnOf = new Map<string, number>();
  for (const [c, cell] of headerRow) {
    const key = headerKey(cellText(cell));
    if (key && !columnOf.has(key)) columnOf.set(key, c);
  }
  for (const header of [TAX_CODE_HEADER, ...FIGURE_COLUMNS.filter((c) => !c.optional).map((c) => c.header)]) {
    if (!columnOf.has(headerKey(header)))
      problems.push(
        problem(
          headerRowNumber,
          null,
          header,
          'HEADER_MISSING',
          `Thiếu cột "${header}" ở dòng tiêu đề (dòng ${headerRowNumber}).`,
        ),
      );
  }
  if (problems.length > 0) throw invalid(problems);
  const taxColumn = columnOf.get(headerKey(TAX_CODE_HEADER))!;
  const nameColumn = columnOf.get(headerKey(NAME_HEADER));
  const figureColumns = FIGURE_COLUMNS.flatMap((c) => {
    const index = columnOf.get(headerKey(c.header));
    return index === undefined ? [] : [{ ...c, index }];
  });

  const rows: ParsedRow[] = [];
  const firstRowOf = new Map<string, number>();
  let skipped = 0;
  let read = 0;
  const rowNumbers = [...sheet.rows.keys()].filter((r) => r > headerRowNumber).sort((a, b) => a - b);
  for (const r of rowNumbers) {
    const cells = sheet.rows.get(r)!;
    const taxCode = cellText(cells.get(taxColumn));
    const name = nameColumn === undefined ? '' : cellText(cells.get(nameColumn));
    const filled = figureColumns.filter((c) => cells.has(c.index));
    if (filled.length === 0) {
      if (taxCode || name) {
        read++;
        skipped++;
      }
      continue;
    }
    read++;
    const rowProblems: ImportProblem[] = [];
    const code = taxCode || null;
    if (!taxCode) {
      rowProblems.push(problem(r, null, TAX_CODE_HEADER, 'TAX_CODE_MISSING', 'Thiếu mã số thuế.'));
    } else {
      const first = firstRowOf.get(taxCode);
      if (first !== undefined)
        rowProblems.push(
          problem(
            r,
            code,
            TAX_CODE_HEADER,
            'TAX_CODE_DUPLICATE',
            `Mã số thuế ${taxCode} đã có ở dòng ${first}; mỗi doanh nghiệp chỉ một dòng.`,
          ),
        );
      else firstRowOf.set(taxCode, r);
    }
    const figures = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.key, null])) as Figures;
    for (const column of filled) {
      const result = readFigure(cells.get(column.index)!, column.unit);
      if ('problem' in result)
        rowProblems.push(
          problem(r, code, column.header, result.problem, FIGURE_PROBLEM_REASONS[result.problem]),
        );
      else figures[column.key] = result.value;
    }
    const insured = figures.insuredWorkers;
    if (insured !== null && BigInt(insured) > BigInt(figures.workers ?? '0'))
      rowProblems.push(
        problem(
          r,
          code,
          FIGURE_COLUMNS.find((c) => c.key === 'insuredWorkers')!.header,
          'INSURED_EXCEEDS_WORKERS',
          figures.workers === null
            ? 'Có số lao động tham gia BHXH thì phải nhập số lao động.'
            : `Số lao động tham gia BHXH (${insured}) lớn hơn số lao động (${figures.workers}).`,
        ),
      );
    problems.push(...rowProblems);
    // Rows with problems still have their tax code checked against the board, for a full list.
    if (taxCode) rows.push({ row: r, taxCode, figures });
  }
  return { rows, skipped, read, problems };
}

/** A row's figures as a report takes them (counts as numbers). */
function rowFigures(figures: Figures): EnterpriseReportFigures {
  const count = (v: string | null) => (v === null ? null : Number(v));
  return { ...figures, workers: count(figures.workers), insuredWorkers: count(figures.insuredWorkers) };
}

/**
 * POST import: all-or-nothing. Any problem → 422 STATISTICS_IMPORT_INVALID listing every bad
 * row, nothing written. Otherwise each row's report for the period is recorded as accepted
 * (reviewed by the actor) through the filing module, in one transaction, each change audited.
 */
export async function importExcel(
  db: Db,
  actor: Actor,
  file: unknown,
  options: ImportOptions,
): Promise<ImportSummary> {
  const boardId = resolveBoardId(actor, options.boardId);
  assertCan(actor, 'records.write', boardId);
  if (!isPeriod(options.period))
    throw invalid([
      problem(
        null,
        null,
        null,
        'PERIOD_INVALID',
        'Kỳ báo cáo không đúng dạng "2019", "2019-H1", "2019-Q3" hoặc "2019-11".',
      ),
    ]);
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

  const parsed = parseRows(sheets, options.period);
  const problems = parsed.problems;

  return db.transaction(async (tx) => {
    const enterprises = new Map(
      (
        await findEnterprisesByTaxCodes(
          tx,
          [boardId],
          parsed.rows.map((r) => r.taxCode),
        )
      ).map((e) => [e.taxCode, e]),
    );
    for (const row of parsed.rows) {
      if (!enterprises.has(row.taxCode))
        problems.push(
          problem(
            row.row,
            row.taxCode,
            TAX_CODE_HEADER,
            'TAX_CODE_UNKNOWN',
            `Không có doanh nghiệp mã số thuế ${row.taxCode} trong danh sách của Ban Quản lý.`,
          ),
        );
    }
    if (problems.length > 0) {
      problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      throw invalid(problems);
    }

    const recorded = await recordAcceptedReports(
      tx,
      actor,
      parsed.rows.map((row) => ({
        enterprise: enterprises.get(row.taxCode)!,
        period: options.period,
        ...rowFigures(row.figures),
      })),
      { review: { by: actor.userId, at: new Date() }, dryRun: options.dryRun },
    );
    return {
      dryRun: options.dryRun,
      boardId,
      period: options.period,
      rows: parsed.read,
      added: recorded.created,
      changed: recorded.updated,
      unchanged: recorded.unchanged,
      skipped: parsed.skipped,
    };
  });
}
