/**
 * The dossiers statistics report as an official Word report (Decree 30 layout) and as an Excel
 * statistical form (documents-v1), laid out from the report's own JSON with the reports module's
 * writers — never a second computation. Vietnamese only, as every official document.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import {
  withCodes,
  type FigureMeasure,
  type FigureRow,
  type FigureTable,
} from '../../kernel/documents/figure-table.ts';
import { DOCX_CONTENT_TYPE, type OfficialBlock } from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { formatDate, formatNumber } from '../../../domain/number-format.ts';
import {
  figureBlocks,
  reportFileName,
  reportIssuer,
  writeReportForm,
  writeWordReport,
  type DocumentOptions,
  type ReportFile,
} from '../reports/index.ts';
import type { DossierFigures, DossiersReport } from './dossiers-report.schemas.ts';

const NAME = 'Tình hình tiếp nhận và giải quyết thủ tục hành chính';
const SLUG = 'bao-cao-ho-so-thu-tuc-hanh-chinh';

const count = (key: string, label: string): FigureMeasure => ({ key, label, unit: 'hồ sơ', kind: 'count' });
const pct = (key: string, label: string): FigureMeasure => ({ key, label, unit: '%', kind: 'percent' });
const points = (key: string, label: string): FigureMeasure => ({
  key,
  label,
  unit: 'điểm',
  kind: 'money',
  scale: 0,
  decimals: 2,
});

const periodWords = (report: DossiersReport) =>
  `từ ngày ${formatDate(report.from)} đến ngày ${formatDate(report.to)}`;

const pctWords = (value: number | null) => (value === null ? '—' : `${formatNumber(value.toFixed(1))}%`);
const n = (value: number) => formatNumber(value);
const pointsWords = (value: string | null) => (value === null ? '—' : formatNumber(value));

/** The body's paragraphs; the command line prints the same lines. */
export function dossiersReportParagraphs(report: DossiersReport): string[] {
  const { received: r, resolved: s, pending: p, indicators766: i } = report;
  return [
    `Từ ngày ${formatDate(report.from)} đến ngày ${formatDate(report.to)}, tổng số hồ sơ tiếp nhận là ${n(r.total)} hồ sơ (kỳ trước chuyển sang ${n(r.carriedOver)}, tiếp nhận mới ${n(r.new)}, trong đó trực tuyến ${n(r.online)} hồ sơ, tỷ lệ ${pctWords(r.onlinePct)}).`,
    `Đã giải quyết ${n(s.total)} hồ sơ: trước hạn ${n(s.early)}, đúng hạn ${n(s.onTime)}, quá hạn ${n(s.late)}; tỷ lệ giải quyết trước và đúng hạn ${pctWords(s.onTimePct)}.`,
    `Đang giải quyết ${n(p.total)} hồ sơ: chưa đến hạn ${n(p.notDue)}, đã quá hạn ${n(p.overdue)}.`,
    `Chỉ số theo Quyết định số 766/QĐ-TTg: tiến độ giải quyết (2.1) ${pctWords(i.onTime.pct)}, ${pointsWords(i.onTime.points)}/${i.onTime.maxPoints} điểm; tỷ lệ hồ sơ trực tuyến (3.3) ${pctWords(i.onlineShare.pct)}, ${pointsWords(i.onlineShare.points)}/${i.onlineShare.maxPoints} điểm.`,
  ];
}

function summaryRows(f: DossierFigures): FigureRow[] {
  const row = (indicator: string, values: FigureRow['values'], level: 0 | 1 = 0): FigureRow => ({
    indicator,
    level,
    values,
  });
  return [
    row('Tổng số hồ sơ tiếp nhận', { count: f.received.total }),
    row('Kỳ trước chuyển sang', { count: f.received.carriedOver }, 1),
    row('Tiếp nhận mới trong kỳ', { count: f.received.new }, 1),
    row('Trong đó: tiếp nhận trực tuyến', { count: f.received.online, pct: f.received.onlinePct }, 1),
    row('Số hồ sơ đã giải quyết', { count: f.resolved.total, pct: f.resolved.onTimePct }),
    row('Trước hạn', { count: f.resolved.early }, 1),
    row('Đúng hạn', { count: f.resolved.onTime }, 1),
    row('Quá hạn', { count: f.resolved.late }, 1),
    row('Số hồ sơ đang giải quyết', { count: f.pending.total }),
    row('Chưa đến hạn', { count: f.pending.notDue }, 1),
    row('Đã quá hạn', { count: f.pending.overdue }, 1),
  ];
}

/** The report's tables: the totals, by procedure, and Decision 766's indicators. */
export function dossiersReportTables(report: DossiersReport): FigureTable[] {
  const totals: FigureTable = {
    sheetName: 'Tổng hợp',
    title: `${NAME} ${periodWords(report)}`,
    measures: [count('count', 'Số hồ sơ'), pct('pct', 'Tỷ lệ (trực tuyến; trước và đúng hạn)')],
    sections: withCodes([{ title: `Tổng hợp hồ sơ ${periodWords(report)}`, rows: summaryRows(report) }]),
  };
  const procedureMeasures = [
    count('received', 'Tiếp nhận'),
    count('carriedOver', 'Kỳ trước chuyển sang'),
    count('new', 'Mới'),
    count('online', 'Trực tuyến'),
    count('resolved', 'Đã giải quyết'),
    count('early', 'Trước hạn'),
    count('onTime', 'Đúng hạn'),
    count('late', 'Quá hạn'),
    count('notDue', 'Đang giải quyết chưa đến hạn'),
    count('overdue', 'Đang giải quyết quá hạn'),
  ];
  const boards = [...new Set(report.byProcedure.map((p) => p.board))];
  const byProcedure: FigureTable = {
    sheetName: 'Theo thủ tục',
    title: `Hồ sơ theo thủ tục hành chính ${periodWords(report)}`,
    measures: procedureMeasures,
    sections: withCodes(
      boards.map((board) => ({
        title: `Hồ sơ theo thủ tục hành chính — ${board}`,
        rows: report.byProcedure
          .filter((p) => p.board === board)
          .map((p) => ({
            indicator: `${p.procedure} — ${p.name}`,
            level: 0 as const,
            values: {
              received: p.received.total,
              carriedOver: p.received.carriedOver,
              new: p.received.new,
              online: p.received.online,
              resolved: p.resolved.total,
              early: p.resolved.early,
              onTime: p.resolved.onTime,
              late: p.resolved.late,
              notDue: p.pending.notDue,
              overdue: p.pending.overdue,
            },
          })),
      })),
    ),
  };
  const indicatorRows = (f: DossierFigures, level: 0 | 1, prefix = ''): FigureRow[] => [
    {
      indicator: `${prefix}2.1 Tiến độ giải quyết: hồ sơ giải quyết, đang giải quyết trước và đúng hạn`,
      level,
      values: {
        dossiers: f.indicators766.onTime.dossiers,
        count: f.indicators766.onTime.count,
        pct: f.indicators766.onTime.pct,
        points: f.indicators766.onTime.points,
      },
    },
    {
      indicator: `${prefix}3.3 Hồ sơ tiếp nhận trực tuyến`,
      level,
      values: {
        dossiers: f.indicators766.onlineShare.dossiers,
        count: f.indicators766.onlineShare.count,
        pct: f.indicators766.onlineShare.pct,
        points: f.indicators766.onlineShare.points,
      },
    },
  ];
  const indicators: FigureTable = {
    sheetName: 'Chỉ số 766',
    title: `Chỉ số theo Quyết định số 766/QĐ-TTg ${periodWords(report)}`,
    measures: [
      count('dossiers', 'Hồ sơ được tính'),
      count('count', 'Hồ sơ đạt'),
      pct('pct', 'Tỷ lệ'),
      points('points', 'Điểm'),
    ],
    sections: withCodes([
      {
        title: 'Chỉ số theo Quyết định số 766/QĐ-TTg (điểm tối đa: 2.1 là 20, 3.3 là 12)',
        rows: indicatorRows(report, 0),
      },
      ...(report.byProcedure.length > 0
        ? [
            {
              title: 'Chỉ số theo Quyết định số 766/QĐ-TTg, theo thủ tục',
              rows: report.byProcedure.flatMap((p) => indicatorRows(p, 1, `${p.board} ${p.procedure}: `)),
            },
          ]
        : []),
    ]),
  };
  return [totals, byProcedure, indicators];
}

/** The report as a Word document or an Excel form, from its JSON, with the issuing boards' names. */
export async function dossiersReportFile(
  executor: Executor,
  actor: Actor,
  report: DossiersReport,
  format: 'docx' | 'xlsx',
  options: DocumentOptions = {},
): Promise<ReportFile> {
  const date = options.date ?? vietnamToday();
  const issuer = await reportIssuer(executor, actor, report.boards, date, report.to);
  const tables = dossiersReportTables(report);
  const period = periodWords(report);
  const fileName = reportFileName(SLUG, report.boards, `${report.from}_${report.to}`, format);
  const lines = [
    'Hạn giải quyết tính theo ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết và ngày nghỉ bù; cộng ngày làm bù); thời gian chờ bổ sung hồ sơ không tính vào hạn.',
  ];
  if (format === 'xlsx') {
    const content = await writeReportForm(issuer, { name: NAME, period, date, lines, tables });
    return { fileName, contentType: XLSX_CONTENT_TYPE, content };
  }
  const body: OfficialBlock[] = [
    ...dossiersReportParagraphs(report).map((text) => ({ kind: 'paragraph' as const, text })),
    ...lines.map((text) => ({ kind: 'note' as const, text })),
    ...figureBlocks(tables.filter((t) => t.sections.length > 0)),
  ];
  const content = await writeWordReport(issuer, { name: NAME, period, date, body, options });
  return { fileName, contentType: DOCX_CONTENT_TYPE, content };
}
