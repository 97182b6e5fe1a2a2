/**
 * The difficulties statistics as an official Word report (Decree 30 layout) and as an Excel
 * statistical form, laid out from the report's own JSON with the reports module's writers — never
 * a second computation. Vietnamese only, as every official document.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { withCodes, type FigureMeasure, type FigureTable } from '../../kernel/documents/figure-table.ts';
import { DOCX_CONTENT_TYPE, type OfficialBlock } from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  ANSWER_WORKING_DAYS,
  DIFFICULTY_CHANNEL_WORDS,
  DIFFICULTY_TOPIC_WORDS,
} from '../../../domain/difficulties.ts';
import { formatNumber } from '../../../domain/number-format.ts';
import {
  figureBlocks,
  reportFileName,
  reportIssuer,
  writeReportForm,
  writeWordReport,
  type DocumentOptions,
  type ReportFile,
} from '../reports/index.ts';
import type { DifficultyStatistics } from './difficulties.schemas.ts';

const NAME = 'Tình hình tiếp nhận và giải quyết khó khăn, vướng mắc, kiến nghị của doanh nghiệp';
const SLUG = 'bao-cao-kho-khan-kien-nghi-doanh-nghiep';

const count = (key: string, label: string): FigureMeasure => ({
  key,
  label,
  unit: 'kiến nghị',
  kind: 'count',
});
const n = (value: number) => formatNumber(value);

/** The body's paragraphs. */
export function difficultyStatisticsParagraphs(report: DifficultyStatistics): string[] {
  const average = report.averageAnswerWorkingDays;
  return [
    `Năm ${report.year}, Ban Quản lý tiếp nhận ${n(report.raised)} khó khăn, vướng mắc, kiến nghị của doanh nghiệp; đã chuyển đơn vị chủ trì xử lý ${n(report.routed)}, đã trả lời ${n(report.answered)} (đúng hạn ${n(report.answeredOnTime)}, quá hạn ${n(report.answeredLate)}); doanh nghiệp xác nhận đã giải quyết xong ${n(report.confirmed)}; doanh nghiệp đề nghị xem xét lại ${n(report.reopened)}.`,
    `Đến ngày 31/12/${report.year} còn ${n(report.openAtYearEnd)} khó khăn, kiến nghị chưa được trả lời (kể cả của các năm trước).`,
    average === null
      ? 'Chưa có khó khăn, kiến nghị nào nêu trong năm được trả lời.'
      : `Thời gian trả lời bình quân ${formatNumber(average)} ngày làm việc, dài nhất ${n(report.longestAnswerWorkingDays ?? 0)} ngày làm việc (tính từ ngày doanh nghiệp nêu đến ngày trả lời).`,
  ];
}

/** The report's tables: the totals, by topic, by channel. */
export function difficultyStatisticsTables(report: DifficultyStatistics): FigureTable[] {
  const period = `năm ${report.year}`;
  const totals: FigureTable = {
    sheetName: 'Tổng hợp',
    title: `${NAME} ${period}`,
    measures: [
      count('count', 'Số lượng'),
      {
        key: 'days',
        label: 'Thời gian trả lời',
        unit: 'ngày làm việc',
        kind: 'money',
        scale: 0,
        decimals: 1,
      },
    ],
    sections: withCodes([
      {
        title: `Tổng hợp khó khăn, kiến nghị ${period}`,
        rows: [
          {
            indicator: 'Số khó khăn, kiến nghị tiếp nhận trong năm',
            level: 0,
            values: { count: report.raised },
          },
          { indicator: 'Đã chuyển đơn vị chủ trì xử lý', level: 1, values: { count: report.routed } },
          { indicator: 'Đã trả lời', level: 0, values: { count: report.answered } },
          { indicator: 'Trả lời đúng hạn', level: 1, values: { count: report.answeredOnTime } },
          { indicator: 'Trả lời quá hạn', level: 1, values: { count: report.answeredLate } },
          {
            indicator: 'Doanh nghiệp xác nhận đã giải quyết xong',
            level: 0,
            values: { count: report.confirmed },
          },
          { indicator: 'Doanh nghiệp đề nghị xem xét lại', level: 0, values: { count: report.reopened } },
          {
            indicator: `Chưa trả lời đến ngày 31/12/${report.year} (kể cả các năm trước)`,
            level: 0,
            values: { count: report.openAtYearEnd },
          },
          {
            indicator: 'Thời gian trả lời bình quân',
            level: 0,
            values: { days: report.averageAnswerWorkingDays },
          },
          {
            indicator: 'Thời gian trả lời dài nhất',
            level: 0,
            values: { days: report.longestAnswerWorkingDays },
          },
        ],
      },
    ]),
  };
  const byTopic: FigureTable = {
    sheetName: 'Theo lĩnh vực',
    title: `Khó khăn, kiến nghị tiếp nhận theo lĩnh vực ${period}`,
    measures: [count('count', 'Số lượng')],
    sections: withCodes([
      {
        title: `Khó khăn, kiến nghị tiếp nhận theo lĩnh vực ${period}`,
        rows: report.byTopic.map((t) => ({
          indicator: DIFFICULTY_TOPIC_WORDS[t.topic],
          level: 0 as const,
          values: { count: t.count },
        })),
      },
    ]),
  };
  const byChannel: FigureTable = {
    sheetName: 'Theo kênh',
    title: `Khó khăn, kiến nghị tiếp nhận theo kênh ${period}`,
    measures: [count('count', 'Số lượng')],
    sections: withCodes([
      {
        title: `Khó khăn, kiến nghị tiếp nhận theo kênh ${period}`,
        rows: report.byChannel.map((c) => ({
          indicator: DIFFICULTY_CHANNEL_WORDS[c.channel],
          level: 0 as const,
          values: { count: c.count },
        })),
      },
    ]),
  };
  return [totals, byTopic, byChannel];
}

/** The report as a Word document or an Excel form, from its JSON. */
export async function difficultyStatisticsFile(
  executor: Executor,
  actor: Actor,
  report: DifficultyStatistics,
  format: 'docx' | 'xlsx',
  options: DocumentOptions = {},
): Promise<ReportFile> {
  const date = options.date ?? vietnamToday();
  const yearEnd = `${report.year}-12-31`;
  const issuer = await reportIssuer(executor, actor, [report.board], date, yearEnd);
  const tables = difficultyStatisticsTables(report);
  const period = `Năm ${report.year}`;
  const fileName = reportFileName(SLUG, [report.board], String(report.year), format);
  const lines = [
    `Hạn trả lời theo chuẩn phục vụ của Ban Quản lý (không phải quy định của pháp luật): ${ANSWER_WORKING_DAYS.department} ngày làm việc với phòng thuộc Ban, ${ANSWER_WORKING_DAYS.agency} ngày làm việc với cơ quan ngoài Ban, kể từ ngày chuyển xử lý; ngày làm việc theo lịch của bộ phận một cửa.`,
  ];
  if (format === 'xlsx') {
    const content = await writeReportForm(issuer, { name: NAME, period, date, lines, tables });
    return { fileName, contentType: XLSX_CONTENT_TYPE, content };
  }
  const body: OfficialBlock[] = [
    ...difficultyStatisticsParagraphs(report).map((text) => ({ kind: 'paragraph' as const, text })),
    ...lines.map((text) => ({ kind: 'note' as const, text })),
    ...figureBlocks(tables),
  ];
  const content = await writeWordReport(issuer, { name: NAME, period, date, body, options });
  return { fileName, contentType: DOCX_CONTENT_TYPE, content };
}
