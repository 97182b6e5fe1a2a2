/**
 * The bloc's consolidated report (blocs-v1) in words, as a Word report issued by the bloc's leader
 * (Decree 30 layout) and as an Excel statistical form — all laid out from the report's own JSON,
 * never a second computation. The paragraphs are the command line's text under its title line.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import {
  withCodes,
  type FigureMeasure,
  type FigureRow,
  type FigureTable,
} from '../../kernel/documents/figure-table.ts';
import { DOCX_CONTENT_TYPE, type OfficialBlock } from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  formatDate,
  formatNumber,
  formatPercent,
  usdToMillions,
  vndToTy,
} from '../../../domain/number-format.ts';
import { periodEnd } from '../../../domain/periods.ts';
import { periodPhrase } from '../../../domain/production-report-text.ts';
import { boardDirectory } from '../boards/index.ts';
import type { BlocFigures, BlocReport } from './bloc-report.schemas.ts';
import {
  figureBlocks,
  reportFileName,
  reportIssuer,
  writeReportForm,
  writeWordReport,
  type DocumentFormat,
  type DocumentOptions,
  type ReportFile,
} from './report-documents.ts';

/** The bloc as a sentence names it: "Khối thi đua vùng Đồng bằng sông Hồng", whatever its record says. */
function blocTitle(name: string): string {
  return name.toLocaleLowerCase('vi-VN').startsWith('khối ') ? name : `Khối thi đua ${name}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);

type Translator = ReturnType<typeof createTranslator>;

/** "6 tháng đầu năm 2024", lower case. */
function periodWords(period: string, t: Translator = createTranslator('vi')): string {
  return lowerFirst(periodPhrase(period, t));
}

const n = (value: number | string) => formatNumber(value, { locale: 'vi' });
const ty = (vnd: string) => `${n(vndToTy(vnd))} tỷ đồng`;
const musd = (usd: string) => `${n(usdToMillions(usd))} triệu USD`;
const ha = (area: string) => `${n(area)} ha`;

/** "tăng 12,5% so với cùng kỳ" / "giảm 3,0% so với cùng kỳ" / "bằng cùng kỳ"; null: no comparison. */
function change(growth: number | null): string | null {
  if (growth === null) return null;
  if (growth === 0) return 'bằng cùng kỳ';
  return `${growth > 0 ? 'tăng' : 'giảm'} ${formatPercent(Math.abs(growth), 'vi')} so với cùng kỳ`;
}
const withChange = (text: string, growth: number | null) => {
  const words = change(growth);
  return words ? `${text} (${words})` : text;
};

/**
 * The report in Vietnamese paragraphs: the bloc, each group of figures, where figures came from.
 * Only domain functions and the translator's period names: it can move to src/domain for the web.
 */
export function blocReportParagraphs(
  report: BlocReport,
  translator: Translator = createTranslator('vi'),
): string[] {
  const t = report.totals;
  const periodWords = (period: string) => lowerFirst(periodPhrase(period, translator));
  const period = periodWords(report.period);
  const lines = [
    `${blocTitle(report.blocName)} (${report.bloc}) năm ${report.period.slice(0, 4)} gồm ${n(report.members.length)} thành viên: ${report.members.join(', ')}; khối trưởng: ${report.leader}${report.deputy ? `, khối phó: ${report.deputy}` : ''}.`,
    `Trong ${period}, các thành viên cấp mới ${withChange(`${n(t.newProjects.total.value)} dự án`, t.newProjects.total.growthPct)}, trong đó ${withChange(`${n(t.newProjects.fdi.value)} dự án đầu tư nước ngoài`, t.newProjects.fdi.growthPct)} và ${withChange(`${n(t.newProjects.ddi.value)} dự án đầu tư trong nước`, t.newProjects.ddi.growthPct)}.`,
    `Vốn đầu tư cấp mới và điều chỉnh: ${withChange(musd(t.capitalNewAndAdjusted.fdiUsd.value), t.capitalNewAndAdjusted.fdiUsd.growthPct)} vốn đầu tư nước ngoài; ${withChange(ty(t.capitalNewAndAdjusted.ddiVnd.value), t.capitalNewAndAdjusted.ddiVnd.growthPct)} vốn đầu tư trong nước.`,
    `Doanh thu của doanh nghiệp FDI đạt ${withChange(musd(t.revenue.fdiUsd.value), t.revenue.fdiUsd.growthPct)}, của doanh nghiệp trong nước đạt ${withChange(ty(t.revenue.ddiVnd.value), t.revenue.ddiVnd.growthPct)}.`,
    `Nộp ngân sách nhà nước: doanh nghiệp FDI ${withChange(musd(t.budgetPaid.fdiUsd.value), t.budgetPaid.fdiUsd.growthPct)}, doanh nghiệp trong nước ${withChange(ty(t.budgetPaid.ddiVnd.value), t.budgetPaid.ddiVnd.growthPct)}.`,
    `Đến ngày ${formatDate(periodEnd(report.period))}, các thành viên có ${n(t.zones.inPlan.count.value)} khu trong quy hoạch với tổng diện tích ${ha(t.zones.inPlan.areaHa.value)}; ${n(t.zones.operating.count.value)} khu đã đi vào hoạt động (${ha(t.zones.operating.areaHa.value)}); ${n(t.zones.underConstruction.count.value)} khu đang xây dựng cơ bản (${ha(t.zones.underConstruction.areaHa.value)}).`,
  ];
  const bySource = (which: 'period' | 'previousPeriod', source: 'return' | 'none') =>
    report.byMember.filter((m) => m.source[which] === source).map((m) => m.board);
  const returned = bySource('period', 'return');
  const returnedBefore = bySource('previousPeriod', 'return');
  const missing = bySource('period', 'none');
  const missingBefore = bySource('previousPeriod', 'none');
  if (returned.length > 0)
    lines.push(`Số liệu ${period} của ${returned.join(', ')} theo báo cáo do thành viên gửi.`);
  if (returnedBefore.length > 0)
    lines.push(
      `Số liệu ${periodWords(report.previousPeriod)} của ${returnedBefore.join(', ')} theo báo cáo do thành viên gửi.`,
    );
  if (missing.length > 0) lines.push(`Chưa có số liệu ${period} của ${missing.join(', ')}.`);
  if (missingBefore.length > 0)
    lines.push(`Chưa có số liệu ${periodWords(report.previousPeriod)} của ${missingBefore.join(', ')}.`);
  if (report.boundariesAsOf !== periodEnd(report.period))
    lines.push(
      `Tính theo địa giới (các khu mỗi Ban quản lý) tại ngày ${formatDate(report.boundariesAsOf)}, cho cả hai kỳ.`,
    );
  return lines;
}

// ---- the figure tables ----------------------------------------------------------------------

const money = (key: string, label: string, unit: string, scale: number, decimals: number): FigureMeasure => ({
  key,
  label,
  unit,
  kind: 'money',
  scale,
  decimals,
});

/** The columns: this period and the previous one in each unit, and the growth. */
function blocMeasures(report: BlocReport): FigureMeasure[] {
  const t = createTranslator('vi');
  const current = periodPhrase(report.period, t);
  const previous = periodPhrase(report.previousPeriod, t);
  return [
    { key: 'currentProjects', label: current, unit: 'dự án', kind: 'count' },
    { key: 'previousProjects', label: previous, unit: 'dự án', kind: 'count' },
    { key: 'currentZones', label: current, unit: 'khu', kind: 'count' },
    { key: 'previousZones', label: previous, unit: 'khu', kind: 'count' },
    money('currentUsd', current, 'triệu USD', 6, 2),
    money('previousUsd', previous, 'triệu USD', 6, 2),
    money('currentTy', current, 'tỷ đồng', 9, 3),
    money('previousTy', previous, 'tỷ đồng', 9, 3),
    { key: 'growth', label: 'So với cùng kỳ, tăng (+)/giảm (−)', unit: '%', kind: 'percent' },
    money('currentHa', `Diện tích ${lowerFirst(current)}`, 'ha', 0, 2),
    money('previousHa', `Diện tích ${lowerFirst(previous)}`, 'ha', 0, 2),
    { key: 'growthHa', label: 'Diện tích so với cùng kỳ', unit: '%', kind: 'percent' },
  ];
}

type Leaf = { value: string | number; previous: string | number; growthPct: number | null };
type Unit = 'Projects' | 'Usd' | 'Ty';

/** One indicator of the bloc, member by member: [title, unit, the leaf of a member's figures]. */
const INDICATORS: [string, Unit, (f: BlocFigures) => Leaf][] = [
  ['Dự án cấp mới', 'Projects', (f) => f.newProjects.total],
  ['Dự án đầu tư nước ngoài (FDI) cấp mới', 'Projects', (f) => f.newProjects.fdi],
  ['Dự án đầu tư trong nước cấp mới', 'Projects', (f) => f.newProjects.ddi],
  ['Vốn đầu tư cấp mới và điều chỉnh của các dự án FDI', 'Usd', (f) => f.capitalNewAndAdjusted.fdiUsd],
  ['Vốn đầu tư cấp mới và điều chỉnh của các dự án trong nước', 'Ty', (f) => f.capitalNewAndAdjusted.ddiVnd],
  ['Doanh thu của doanh nghiệp FDI', 'Usd', (f) => f.revenue.fdiUsd],
  ['Doanh thu của doanh nghiệp trong nước', 'Ty', (f) => f.revenue.ddiVnd],
  ['Nộp ngân sách nhà nước của doanh nghiệp FDI', 'Usd', (f) => f.budgetPaid.fdiUsd],
  ['Nộp ngân sách nhà nước của doanh nghiệp trong nước', 'Ty', (f) => f.budgetPaid.ddiVnd],
];
const ZONE_GROUPS: [string, keyof BlocFigures['zones']][] = [
  ['Các khu trong quy hoạch', 'inPlan'],
  ['Các khu đã đi vào hoạt động', 'operating'],
  ['Các khu đang xây dựng cơ bản', 'underConstruction'],
];

const SOURCE_WORDS = { records: '', return: ' — theo báo cáo thành viên gửi', none: ' — chưa có số liệu' };

/**
 * The report's table: one section per indicator, each with the bloc's total and then every member
 * in the bloc's order (the member table of the conference), so each section has only its own
 * unit's columns.
 */
export function blocReportTables(report: BlocReport): FigureTable[] {
  const rows = (values: (f: BlocFigures) => FigureRow['values']): FigureRow[] => [
    { indicator: `Toàn khối (${report.members.length} thành viên)`, level: 0, values: values(report.totals) },
    ...report.byMember.map((member) => ({
      indicator: `${member.name} (${member.board})${SOURCE_WORDS[member.source.period]}`,
      level: 1 as const,
      values: values(member),
    })),
  ];
  return [
    {
      sheetName: 'Tổng hợp khối',
      title: `Tổng hợp số liệu ${report.blocName} (${report.bloc})`,
      measures: blocMeasures(report),
      sections: withCodes([
        ...INDICATORS.map(([title, unit, leaf]) => ({
          title: `${title} (${unit === 'Projects' ? 'dự án' : unit === 'Usd' ? 'triệu USD' : 'tỷ đồng'})`,
          rows: rows((f) => {
            const l = leaf(f);
            return { [`current${unit}`]: l.value, [`previous${unit}`]: l.previous, growth: l.growthPct };
          }),
        })),
        ...ZONE_GROUPS.map(([title, key]) => ({
          title: `${title}: số khu và tổng diện tích (ha)`,
          rows: rows((f) => {
            const { count, areaHa } = f.zones[key];
            return {
              currentZones: count.value,
              previousZones: count.previous,
              growth: count.growthPct,
              currentHa: areaHa.value,
              previousHa: areaHa.previous,
              growthHa: areaHa.growthPct,
            };
          }),
        })),
      ]),
    },
  ];
}

/**
 * The bloc report as a Word file issued by the bloc's leader, or as its Excel form
 * (bao-cao-khoi-thi-dua_DBSH_2024-H1.docx / .xlsx).
 */
export async function blocReportFile(
  executor: Executor,
  _actor: Actor,
  report: BlocReport,
  format: DocumentFormat,
  options: DocumentOptions = {},
): Promise<ReportFile> {
  const date = options.date ?? vietnamToday();
  const endDate = periodEnd(report.period);
  // The leader issues the bloc's report; whoever asks may read it (checked by blocReport).
  const { idByCode } = await boardDirectory(executor, { codes: [report.leader] });
  const issuer = await reportIssuer(
    executor,
    systemActor('bloc-report', [idByCode.get(report.leader)!]),
    [report.leader],
    date,
    endDate,
  );
  const name = `Tổng hợp số liệu của ${lowerFirst(blocTitle(report.blocName))}`;
  const period = periodWords(report.period);
  const fileName = reportFileName('bao-cao-khoi-thi-dua', [report.bloc], report.period, format);
  const tables = blocReportTables(report);
  const paragraphs = blocReportParagraphs(report);
  if (format === 'xlsx') {
    const content = await writeReportForm(issuer, { name, period, date, lines: paragraphs, tables });
    return { fileName, contentType: XLSX_CONTENT_TYPE, content };
  }
  const body: OfficialBlock[] = [
    ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    ...figureBlocks(tables),
  ];
  const content = await writeWordReport(issuer, { name, period, date, body, options });
  return { fileName, contentType: DOCX_CONTENT_TYPE, content };
}
