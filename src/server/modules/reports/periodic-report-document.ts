/**
 * The board's periodic report (báo cáo tình hình hoạt động KKT, KCN) as one Word report in the
 * Decree 30 layout, composed from the three reports' own JSON in the order a board writes it:
 * I. investment attracted (its paragraphs, the comparison with the same period of the previous
 * year, its tables), II. production and business (paragraphs, tables, the plan reached),
 * III. the zones (paragraphs, table). Every figure is the three reports' — never recomputed,
 * except the year-on-year growth of two investment reports' figures (the production report's
 * own rule, growthPercent).
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { withCodes, type FigureMeasure, type FigureTable } from '../../kernel/documents/figure-table.ts';
import { DOCX_CONTENT_TYPE, type OfficialBlock } from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { formatNumber, formatPercent, vndToTy } from '../../../domain/number-format.ts';
import { growthPercent } from '../../../domain/percent.ts';
import { periodPhrase } from '../../../domain/production-report-text.ts';
import type { PeriodicReport } from './periodic-report.schemas.ts';
import {
  figureBlocks,
  reportFileName,
  reportIssuer,
  reportParagraphs,
  reportTables,
  scopeLines,
  writeReportForm,
  writeWordReport,
  type DocumentFormat,
  type DocumentOptions,
  type ReportFile,
} from './report-documents.ts';
import type { InvestmentReport } from './reports.schemas.ts';

const NAME = 'Tình hình hoạt động các KCN, KKT';
const SECTIONS = {
  investment: 'I. Tình hình thu hút đầu tư',
  production: 'II. Tình hình sản xuất kinh doanh của doanh nghiệp',
  zones: 'III. Tình hình các khu công nghiệp, khu kinh tế',
};

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);

/** "năm 2019", "6 tháng đầu năm 2019", "quý III/2019", "tháng 11/2019". */
export function periodInWords(period: string): string {
  return lowerFirst(periodPhrase(period, createTranslator('vi')));
}

/** Investment attracted: new certificates' capital plus the net change of adjustments, đồng. */
const attracted = (report: InvestmentReport) =>
  (
    BigInt(report.licensing.new.capitalVnd) + BigInt(report.licensing.adjustments.capitalChangeVnd)
  ).toString();

/** "tăng 12,5%", "giảm 3,0%", "bằng"; null where there is nothing to compare with. */
function change(growth: number | null): string | null {
  if (growth === null) return null;
  if (growth === 0) return 'bằng cùng kỳ';
  return `${growth > 0 ? 'tăng' : 'giảm'} ${formatPercent(Math.abs(growth), 'vi')}`;
}

/** The sentence comparing the period's investment with the same period of the previous year. */
export function investmentComparison(report: PeriodicReport): string {
  const { investment: now, previousInvestment: before } = report;
  const ty = (vnd: string) => `${formatNumber(vndToTy(vnd), { locale: 'vi' })} tỷ đồng`;
  const previous = periodInWords(report.previousPeriod);
  const clauses = [
    ['số lượt dự án cấp mới và điều chỉnh', growthPercent(now.licensing.turns, before.licensing.turns)],
    ['số dự án cấp mới', growthPercent(now.licensing.new.count, before.licensing.new.count)],
    ['tổng vốn đầu tư thu hút', growthPercent(attracted(now), attracted(before))],
  ] as const;
  const compared = clauses.flatMap(([what, growth]) => {
    const words = change(growth);
    return words ? [`${what} ${words}`] : [];
  });
  return (
    `So với cùng kỳ ${previous} (${formatNumber(before.licensing.turns, { locale: 'vi' })} lượt dự án, ` +
    `trong đó cấp mới ${formatNumber(before.licensing.new.count, { locale: 'vi' })} dự án; ` +
    `tổng vốn đầu tư thu hút ${ty(attracted(before))})` +
    (compared.length > 0 ? `, ${compared.join('; ')}.` : ', chưa có số liệu để so sánh.')
  );
}

/** The comparison's table: this period, the same period a year earlier, the change. */
function comparisonTable(report: PeriodicReport): FigureTable {
  const current = periodPhrase(report.period, createTranslator('vi'));
  const previous = periodPhrase(report.previousPeriod, createTranslator('vi'));
  const measures: FigureMeasure[] = [
    { key: 'currentCount', label: current, unit: 'dự án', kind: 'count' },
    { key: 'previousCount', label: previous, unit: 'dự án', kind: 'count' },
    { key: 'currentTy', label: current, unit: 'tỷ đồng', kind: 'money', scale: 9, decimals: 3 },
    { key: 'previousTy', label: previous, unit: 'tỷ đồng', kind: 'money', scale: 9, decimals: 3 },
    { key: 'growth', label: 'So với cùng kỳ, tăng (+)/giảm (−)', unit: '%', kind: 'percent' },
  ];
  const { investment: now, previousInvestment: before } = report;
  const counts = (indicator: string, a: number, b: number, level: 0 | 1 = 0) => ({
    indicator,
    level,
    values: { currentCount: a, previousCount: b, growth: growthPercent(a, b) },
  });
  const money = (indicator: string, a: string, b: string, level: 0 | 1 = 0) => ({
    indicator,
    level,
    values: { currentTy: a, previousTy: b, growth: growthPercent(a, b) },
  });
  return {
    sheetName: 'So với cùng kỳ',
    title: 'Thu hút đầu tư so với cùng kỳ năm trước',
    measures,
    sections: withCodes([
      {
        title: 'Thu hút đầu tư so với cùng kỳ năm trước',
        rows: [
          counts('Lượt dự án cấp mới và điều chỉnh', now.licensing.turns, before.licensing.turns),
          counts('Dự án cấp mới', now.licensing.new.count, before.licensing.new.count, 1),
          counts(
            'Lượt dự án điều chỉnh vốn',
            now.licensing.adjustments.count,
            before.licensing.adjustments.count,
            1,
          ),
          money('Tổng vốn đầu tư thu hút (cấp mới và điều chỉnh)', attracted(now), attracted(before)),
          money('Vốn đăng ký cấp mới', now.licensing.new.capitalVnd, before.licensing.new.capitalVnd, 1),
          money(
            'Vốn điều chỉnh tăng thêm (giảm là số âm)',
            now.licensing.adjustments.capitalChangeVnd,
            before.licensing.adjustments.capitalChangeVnd,
            1,
          ),
        ],
      },
    ]),
  };
}

/** The tables of the three sections, in the document's order. */
function periodicTables(report: PeriodicReport) {
  return {
    investmentTables: [comparisonTable(report), ...reportTables(report.investment)],
    productionTables: reportTables(report.production),
    zonesTables: reportTables(report.zones),
  };
}

/** The body: three sections, each its paragraphs, notes and tables, the tables numbered on. */
export function periodicReportBody(report: PeriodicReport): OfficialBlock[] {
  const paragraphs = (texts: readonly string[]) =>
    texts.map((text) => ({ kind: 'paragraph' as const, text }));
  const notes = (texts: readonly string[]) => texts.map((text) => ({ kind: 'note' as const, text }));
  const { investmentTables, productionTables, zonesTables } = periodicTables(report);
  const count = (tables: readonly FigureTable[]) => tables.reduce((n, t) => n + t.sections.length, 0);
  const afterInvestment = 1 + count(investmentTables);
  const afterProduction = afterInvestment + count(productionTables);
  return [
    { kind: 'heading', text: SECTIONS.investment },
    ...paragraphs(reportParagraphs(report.investment)),
    ...paragraphs([investmentComparison(report)]),
    ...notes(scopeLines(report.investment, report.to)),
    ...figureBlocks(investmentTables, 1),
    { kind: 'heading', text: SECTIONS.production },
    ...paragraphs(reportParagraphs(report.production)),
    ...notes(scopeLines(report.production, report.to)),
    ...figureBlocks(productionTables, afterInvestment),
    { kind: 'heading', text: SECTIONS.zones },
    ...paragraphs(reportParagraphs(report.zones)),
    ...notes(scopeLines(report.zones, report.to)),
    ...figureBlocks(zonesTables, afterProduction),
  ];
}

/**
 * The periodic report as its Word file (bao-cao-dinh-ky_TB_2019.docx) or its Excel form: every
 * table of the three sections, one sheet each, in the document's order.
 */
export async function periodicReportFile(
  executor: Executor,
  actor: Actor,
  report: PeriodicReport,
  format: DocumentFormat,
  options: DocumentOptions = {},
): Promise<ReportFile> {
  const date = options.date ?? vietnamToday();
  const issuer = await reportIssuer(executor, actor, report.boards, date, report.to);
  const fileName = reportFileName('bao-cao-dinh-ky', report.boards, report.period, format);
  if (format === 'xlsx') {
    const { investmentTables, productionTables, zonesTables } = periodicTables(report);
    const content = await writeReportForm(issuer, {
      name: NAME,
      period: periodInWords(report.period),
      date,
      lines: scopeLines(report.investment, report.to),
      tables: [...investmentTables, ...productionTables, ...zonesTables],
    });
    return { fileName, contentType: XLSX_CONTENT_TYPE, content };
  }
  const content = await writeWordReport(issuer, {
    name: NAME,
    period: periodInWords(report.period),
    date,
    body: periodicReportBody(report),
    options,
  });
  return { fileName, contentType: DOCX_CONTENT_TYPE, content };
}
