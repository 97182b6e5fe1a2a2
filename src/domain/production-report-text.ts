import { formatNumber, formatPercent, usdToMillions, vndToTy, type NumberLocale } from './number-format.ts';
import type { Translate } from './report-text.ts';

/** One figure this period against the same period a year earlier (reports-v1). */
export interface YearOnYear<V = string> {
  value: V;
  previous: V | null;
  growthPct: number | null;
}

export interface BySector<V = string> {
  total: YearOnYear<V>;
  fdi: YearOnYear<V>;
  ddi: YearOnYear<V>;
}

export const PRODUCTION_INDICATORS = [
  'productionValueVnd',
  'revenueVnd',
  'exportUsd',
  'importUsd',
  'budgetPaidVnd',
] as const;
export type ProductionIndicator = (typeof PRODUCTION_INDICATORS)[number];

/** A yearly target against the result (extra key `targets` of the production report). */
export interface ProductionTarget {
  indicator: string;
  year: number;
  targetValue: string | null;
  targetGrowthPct: number | null;
  actual: string;
  growthPct: number | null;
  achievedPct: number | null;
}

/** The zones' share of the province's total (extra key `province`). */
export interface ProvinceShare {
  indicator: string;
  period: string;
  provinceValue: string;
  zonesValue: string;
  sharePct: number | null;
}

/** The production report's figures (reports-v1 "Production and business" plus targets, province). */
export interface ProductionFigures {
  period: string;
  previousPeriod: string;
  coverage: { enterprises: number; reported: number };
  indicators: Record<ProductionIndicator, BySector>;
  labour: {
    workers: BySector<number>;
    insuredPct: number | null;
    averageIncomeVnd: string | null;
  };
  targets?: ProductionTarget[];
  province?: ProvinceShare[];
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2019" → "Năm 2019"; "2019-H1" → "6 tháng đầu năm 2019"; "2019-Q3" → "Quý III/2019"; "2019-11" → "Tháng 11/2019". */
export function periodPhrase(period: string, t: Translate, prefix = 'reportText:production.period'): string {
  const year = period.slice(0, 4);
  const part = period.slice(5);
  if (!part) return t(`${prefix}.year`, { year });
  if (part === 'H1' || part === 'H2') return t(`${prefix}.${part}`, { year });
  if (part.startsWith('Q')) {
    const n = Number(part.slice(1));
    return t(`${prefix}.quarter`, { year, quarter: ROMAN[n - 1] ?? part, quarterNumber: n });
  }
  return t(`${prefix}.month`, { year, month: part });
}

/**
 * The production and business paragraph as the board writes it ("Năm 2019, giá trị sản xuất công
 * nghiệp của các doanh nghiệp trong các KCN đạt 44.078,11 tỷ đồng, tăng 18,5% so với cùng kỳ (khu
 * vực FDI đạt 11.117,34 tỷ đồng, tăng 17,0%); doanh thu …"), generated from the figures. Figures
 * the report does not have are left out. Returns the paragraphs (the second, when there are
 * yearly targets, says how far the plan is reached).
 */
export function productionReportText(
  report: ProductionFigures,
  t: Translate,
  locale: NumberLocale = 'vi',
): string[] {
  const k = (key: string) => `reportText:production.${key}`;
  const ty = (vnd: string) => formatNumber(vndToTy(vnd, 2), { locale });
  const usd = (value: string) => formatNumber(usdToMillions(value, 2), { locale });
  const pct = (value: number) => formatPercent(value, locale);
  const change = (growthPct: number) =>
    growthPct > 0
      ? t(k('up'), { pct: pct(growthPct) })
      : growthPct < 0
        ? t(k('down'), { pct: pct(-growthPct) })
        : t(k('flat'));
  let first = true;
  const growth = (growthPct: number | null, inner = false) => {
    if (growthPct === null) return '';
    if (inner) return t(k('growth'), { change: change(growthPct) });
    const text =
      first && growthPct !== 0
        ? t(k('growthFirst'), { change: change(growthPct) })
        : t(k('growth'), { change: change(growthPct) });
    first = false;
    return text;
  };
  const hasFigures = (sector: BySector<unknown>) =>
    report.coverage.reported > 0 && sector.total.value !== null;

  const period = periodPhrase(report.period, t);
  if (report.coverage.reported === 0) return [t(k('empty'), { period })];

  const clauses: string[] = [];
  const money = (indicator: ProductionIndicator, key: string, usdUnit: boolean) => {
    const sector = report.indicators[indicator];
    if (!hasFigures(sector)) return;
    const format = usdUnit ? usd : ty;
    const fdi =
      BigInt(sector.fdi.value.split('.')[0] ?? '0') !== 0n
        ? t(k(usdUnit ? 'fdiUsd' : 'fdiTy'), {
            value: format(sector.fdi.value),
            growth: growth(sector.fdi.growthPct, true),
          })
        : '';
    clauses.push(
      t(k(key), {
        period,
        value: format(sector.total.value),
        growth: growth(sector.total.growthPct),
        fdi,
      }),
    );
  };
  money('productionValueVnd', 'productionValue', false);
  money('revenueVnd', 'revenue', false);
  money('exportUsd', 'export', true);
  money('importUsd', 'import', true);
  money('budgetPaidVnd', 'budgetPaid', false);

  const workers = report.labour.workers;
  if (workers.total.value > 0) {
    clauses.push(
      t(k('workers'), {
        value: formatNumber(workers.total.value, { locale }),
        growth: growth(workers.total.growthPct),
        fdi:
          workers.fdi.value > 0
            ? t(k('fdiWorkers'), { value: formatNumber(workers.fdi.value, { locale }) })
            : '',
      }),
    );
  }
  if (report.labour.averageIncomeVnd !== null && report.labour.averageIncomeVnd !== '0')
    clauses.push(
      t(k('income'), {
        value: formatNumber(usdToMillions(report.labour.averageIncomeVnd, 1), { locale }),
      }),
    );
  if (report.labour.insuredPct !== null)
    clauses.push(t(k('insured'), { pct: pct(report.labour.insuredPct) }));

  // The first clause names the period; when production value is missing, start with the period.
  let text = clauses.join('; ');
  if (!report.indicators.productionValueVnd || !hasFigures(report.indicators.productionValueVnd))
    text = `${period}, ${text}`;
  const paragraphs = [`${text}.`];

  const reached = (report.targets ?? []).filter((target) => target.achievedPct !== null);
  if (reached.length > 0)
    paragraphs.push(
      t(k('targets'), {
        items: reached
          .map((target) =>
            t(k('target'), {
              indicator: t(k(`indicators.${target.indicator}`), { defaultValue: target.indicator }),
              pct: pct(target.achievedPct!),
            }),
          )
          .join('; '),
      }),
    );
  const shares = (report.province ?? []).filter((share) => share.sharePct !== null);
  if (shares.length > 0)
    paragraphs.push(
      t(k('province'), {
        items: shares
          .map((share) =>
            t(k('provinceShare'), {
              indicator: t(k(`indicators.${share.indicator}`), { defaultValue: share.indicator }),
              pct: pct(share.sharePct!),
            }),
          )
          .join('; '),
      }),
    );
  return paragraphs;
}
