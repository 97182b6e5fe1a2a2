/**
 * The environment report as an official Word report (Decree 30 layout) and as an Excel statistical
 * form, laid out from the report's own JSON with the reports module's writers — never a second
 * computation. Vietnamese only, as every official document.
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
import { parsePeriod } from '../../../domain/periods.ts';
import {
  figureBlocks,
  reportFileName,
  reportIssuer,
  writeReportForm,
  writeWordReport,
  type DocumentOptions,
  type ReportFile,
} from '../reports/index.ts';
import type { EnvironmentFigures, EnvironmentReport } from './environment.schemas.ts';

const NAME = 'Tình hình bảo vệ môi trường, xử lý nước thải tại các khu công nghiệp';
const SLUG = 'bao-cao-moi-truong-kcn';

const count = (key: string, label: string, unit: string): FigureMeasure => ({
  key,
  label,
  unit,
  kind: 'count',
});
const pct = (key: string, label: string): FigureMeasure => ({ key, label, unit: '%', kind: 'percent' });
const volume = (key: string, label: string): FigureMeasure => ({
  key,
  label,
  unit: 'm³/ngày đêm',
  kind: 'money',
  scale: 0,
  decimals: 0,
});

/** "năm 2025", "quý III năm 2025". */
export function periodWords(period: string): string {
  const { year, kind, index } = parsePeriod(period);
  return kind === 'quarter' ? `quý ${['I', 'II', 'III', 'IV'][index - 1]} năm ${year}` : `năm ${year}`;
}

const n = (value: number) => formatNumber(value);
const pctWords = (value: number | null) => (value === null ? '—' : `${formatNumber(value.toFixed(1))}%`);

/** The body's paragraphs. */
export function environmentReportParagraphs(report: EnvironmentReport): string[] {
  const t = report.total;
  const top = t.exceedancesByParameter
    .slice(0, 5)
    .map((e) => `${e.parameterName} (${n(e.count)} lượt)`)
    .join(', ');
  return [
    `Đến ngày ${formatDate(report.to)}, các khu công nghiệp có ${n(t.plants)} nhà máy xử lý nước thải tập trung, trong đó ${n(t.operatingPlants)} nhà máy đang vận hành với tổng công suất thiết kế ${formatNumber(t.operatingCapacityM3PerDay)} m³/ngày đêm (tổng công suất thiết kế của các nhà máy: ${formatNumber(t.designCapacityM3PerDay)} m³/ngày đêm).`,
    `Số doanh nghiệp đang hoạt động là ${n(t.operatingEnterprises)}, trong đó ${n(t.connectedEnterprises)} doanh nghiệp đã đấu nối vào hệ thống xử lý nước thải tập trung; tỷ lệ đấu nối ${pctWords(t.connectionRate)}.`,
    `Trong kỳ (từ ngày ${formatDate(report.from)} đến ngày ${formatDate(report.to)}) đã quan trắc ${n(t.samples)} mẫu, trong đó ${n(t.samplesWithExceedance)} mẫu có thông số vượt quy chuẩn${top ? `; các thông số vượt: ${top}` : ''}.`,
  ];
}

function figureValues(f: EnvironmentFigures): FigureRow['values'] {
  return {
    plants: f.plants,
    operatingPlants: f.operatingPlants,
    capacity: f.operatingCapacityM3PerDay,
    operatingEnterprises: f.operatingEnterprises,
    connected: f.connectedEnterprises,
    rate: f.connectionRate,
    samples: f.samples,
    exceeding: f.samplesWithExceedance,
  };
}

/** The report's tables: figures per zone and in total, and the exceedances by parameter. */
export function environmentReportTables(report: EnvironmentReport): FigureTable[] {
  const words = periodWords(report.period);
  const zonesTable: FigureTable = {
    sheetName: 'Theo khu',
    title: `Xử lý nước thải tại các khu công nghiệp ${words}`,
    measures: [
      count('plants', 'Nhà máy XLNT tập trung', 'nhà máy'),
      count('operatingPlants', 'Đang vận hành', 'nhà máy'),
      volume('capacity', 'Công suất thiết kế đang vận hành'),
      count('operatingEnterprises', 'Doanh nghiệp đang hoạt động', 'doanh nghiệp'),
      count('connected', 'Đã đấu nối', 'doanh nghiệp'),
      pct('rate', 'Tỷ lệ đấu nối'),
      count('samples', 'Mẫu quan trắc', 'mẫu'),
      count('exceeding', 'Mẫu có thông số vượt', 'mẫu'),
    ],
    sections: withCodes([
      {
        title: `Xử lý nước thải tại các khu công nghiệp ${words}`,
        rows: [
          { indicator: 'Tổng số', level: 0, values: figureValues(report.total) },
          ...report.zones.map((z) => ({
            indicator: `${z.zoneName} (${z.zoneCode})`,
            level: 1 as const,
            values: figureValues(z),
          })),
        ],
      },
    ]),
  };
  const exceedances: FigureTable = {
    sheetName: 'Thông số vượt',
    title: `Số lượt thông số vượt quy chuẩn ${words}`,
    measures: [count('count', 'Số lượt vượt', 'lượt')],
    sections: withCodes(
      report.total.exceedancesByParameter.length === 0
        ? []
        : [
            {
              title: `Số lượt thông số vượt quy chuẩn ${words}`,
              rows: [
                ...report.total.exceedancesByParameter.map((e) => ({
                  indicator: e.parameterName,
                  level: 0 as const,
                  values: { count: e.count },
                })),
              ],
            },
          ],
    ),
  };
  return [zonesTable, exceedances];
}

/** The report as a Word document or an Excel form, from its JSON. */
export async function environmentReportFile(
  executor: Executor,
  actor: Actor,
  report: EnvironmentReport,
  format: 'docx' | 'xlsx',
  options: DocumentOptions = {},
): Promise<ReportFile> {
  const date = options.date ?? vietnamToday();
  const issuer = await reportIssuer(executor, actor, report.boards, date, report.to);
  const tables = environmentReportTables(report);
  const period = periodWords(report.period);
  const fileName = reportFileName(SLUG, report.boards, report.period, format);
  const lines = [
    'Doanh nghiệp đang hoạt động và đã đấu nối tính tại ngày cuối kỳ; mẫu quan trắc tính theo ngày lấy mẫu trong kỳ. Vượt quy chuẩn: giá trị ngoài giới hạn áp dụng khi ghi kết quả (Cmax = C × Kq × Kf theo QCVN 40:2011/BTNMT).',
  ];
  if (format === 'xlsx') {
    const content = await writeReportForm(issuer, { name: NAME, period, date, lines, tables });
    return { fileName, contentType: XLSX_CONTENT_TYPE, content };
  }
  const body: OfficialBlock[] = [
    ...environmentReportParagraphs(report).map((text) => ({ kind: 'paragraph' as const, text })),
    ...lines.map((text) => ({ kind: 'note' as const, text })),
    ...figureBlocks(tables.filter((t) => t.sections.length > 0)),
  ];
  const content = await writeWordReport(issuer, { name: NAME, period, date, body, options });
  return { fileName, contentType: DOCX_CONTENT_TYPE, content };
}
