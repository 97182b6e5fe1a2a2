/**
 * The complaints statistics as an official Word report (Decree 30 layout) and as an Excel
 * statistical form, laid out from the report's own JSON with the reports module's writers —
 * never a second computation. Vietnamese only, as every official document.
 */
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  COMPLAINT_CHANNEL_WORDS,
  COMPLAINT_FIELD_WORDS,
  COMPLAINT_KIND_WORDS,
} from '../../../domain/complaints.ts';
import { formatDate, formatNumber } from '../../../domain/number-format.ts';
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
import {
  figureBlocks,
  reportFileName,
  reportIssuer,
  writeReportForm,
  writeWordReport,
  type DocumentOptions,
  type ReportFile,
} from '../reports/index.ts';
import type { ComplaintFigures, ComplaintStatistics } from './complaints.schemas.ts';

const NAME = 'Tình hình tiếp nhận, giải quyết đơn khiếu nại, tố cáo, kiến nghị, phản ánh';
const SLUG = 'bao-cao-khieu-nai-to-cao';

const count = (key: string, label: string): FigureMeasure => ({ key, label, unit: 'đơn', kind: 'count' });
const pct = (key: string, label: string): FigureMeasure => ({ key, label, unit: '%', kind: 'percent' });
const n = (value: number) => formatNumber(value);
const pctWords = (value: number | null) => (value === null ? '—' : `${formatNumber(value.toFixed(1))}%`);

const periodWords = (report: ComplaintStatistics) => `năm ${report.year}`;

/** The body's paragraphs. */
export function complaintStatisticsParagraphs(report: ComplaintStatistics): string[] {
  const t = report.total;
  const kinds = report.byKind
    .map((k) => `${COMPLAINT_KIND_WORDS[k.kind].toLowerCase()} ${n(k.received)}`)
    .join(', ');
  return [
    `Năm ${report.year}, Ban quản lý tiếp nhận ${n(t.received)} đơn (${kinds}); đã thụ lý ${n(t.accepted)} đơn, không thụ lý ${n(t.refused)} đơn, người gửi rút ${n(t.withdrawn)} đơn.`,
    `Đã giải quyết ${n(t.settled)} đơn: đúng hạn ${n(t.settledOnTime)}, quá hạn ${n(t.settledLate)} (tỷ lệ đúng hạn ${pctWords(t.onTimePct)}); kết quả: đúng ${n(t.upheld)}, đúng một phần ${n(t.partlyUpheld)}, sai ${n(t.notUpheld)}.`,
    `Đến ngày ${formatDate(report.asOf)}, còn ${n(t.pending)} đơn đang giải quyết, trong đó ${n(t.overdue)} đơn đã quá hạn thụ lý hoặc giải quyết.`,
  ];
}

function figureRows(f: ComplaintFigures, level: 0 | 1 = 0): FigureRow[] {
  const row = (indicator: string, values: FigureRow['values'], l: 0 | 1): FigureRow => ({
    indicator,
    level: l,
    values,
  });
  const sub = 1 as const;
  return [
    row('Số đơn tiếp nhận', { count: f.received }, level),
    row('Đã thụ lý', { count: f.accepted }, sub),
    row('Không thụ lý', { count: f.refused }, sub),
    row('Người gửi rút đơn', { count: f.withdrawn }, sub),
    row('Số đơn đã giải quyết', { count: f.settled, pct: f.onTimePct }, level),
    row('Đúng hạn', { count: f.settledOnTime }, sub),
    row('Quá hạn', { count: f.settledLate }, sub),
    row('Kết quả: đúng', { count: f.upheld }, sub),
    row('Kết quả: đúng một phần', { count: f.partlyUpheld }, sub),
    row('Kết quả: sai', { count: f.notUpheld }, sub),
    row('Số đơn đang giải quyết', { count: f.pending }, level),
    row('Trong đó: quá hạn', { count: f.overdue }, sub),
  ];
}

/** The report's tables: the totals and by kind; received by channel and by field. */
export function complaintStatisticsTables(report: ComplaintStatistics): FigureTable[] {
  const measures = [count('count', 'Số đơn'), pct('pct', 'Tỷ lệ giải quyết đúng hạn')];
  const totals: FigureTable = {
    sheetName: 'Tổng hợp',
    title: `${NAME} ${periodWords(report)}`,
    measures,
    sections: withCodes([
      { title: `Tổng hợp đơn ${periodWords(report)}`, rows: figureRows(report.total) },
      ...report.byKind.map((k) => ({
        title: `${COMPLAINT_KIND_WORDS[k.kind]} ${periodWords(report)}`,
        rows: figureRows(k),
      })),
    ]),
  };
  const received: FigureTable = {
    sheetName: 'Theo kênh, lĩnh vực',
    title: `Đơn tiếp nhận theo hình thức và lĩnh vực ${periodWords(report)}`,
    measures: [count('count', 'Số đơn tiếp nhận')],
    sections: withCodes([
      {
        title: `Đơn tiếp nhận theo hình thức ${periodWords(report)}`,
        rows: report.byChannel.map((c) => ({
          indicator: COMPLAINT_CHANNEL_WORDS[c.channel],
          level: 0 as const,
          values: { count: c.received },
        })),
      },
      {
        title: `Đơn tiếp nhận theo lĩnh vực ${periodWords(report)}`,
        rows: report.byField.map((f) => ({
          indicator: COMPLAINT_FIELD_WORDS[f.field],
          level: 0 as const,
          values: { count: f.received },
        })),
      },
    ]),
  };
  return [totals, received];
}

export async function complaintStatisticsFile(
  executor: Executor,
  actor: Actor,
  report: ComplaintStatistics,
  format: 'docx' | 'xlsx',
  options: DocumentOptions = {},
): Promise<ReportFile> {
  const date = options.date ?? vietnamToday();
  const issuer = await reportIssuer(executor, actor, report.boards, date, `${report.year}-12-31`);
  const tables = complaintStatisticsTables(report);
  const period = periodWords(report);
  const fileName = reportFileName(SLUG, report.boards, String(report.year), format);
  const lines = [
    `Số liệu các đơn nhận trong năm ${report.year}, tình trạng tại ngày ${formatDate(report.asOf)}. Thời hạn tính theo ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết; cộng ngày làm bù). Không ghi danh tính người gửi đơn.`,
  ];
  if (format === 'xlsx') {
    const content = await writeReportForm(issuer, { name: NAME, period, date, lines, tables });
    return { fileName, contentType: XLSX_CONTENT_TYPE, content };
  }
  const body: OfficialBlock[] = [
    ...complaintStatisticsParagraphs(report).map((text) => ({ kind: 'paragraph' as const, text })),
    ...lines.map((text) => ({ kind: 'note' as const, text })),
    ...figureBlocks(tables),
  ];
  const content = await writeWordReport(issuer, { name: NAME, period, date, body, options });
  return { fileName, contentType: DOCX_CONTENT_TYPE, content };
}
