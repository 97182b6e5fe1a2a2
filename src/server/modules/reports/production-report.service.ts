import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { parseDecimal, roundRatio } from '../../../domain/decimal.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import { growthPercent, percent } from '../../../domain/percent.ts';
import { parsePeriod, periodEnd, periodStart, previousYearPeriod } from '../../../domain/periods.ts';
import { boardPlan, provinceShares, targetsAgainstResults, type Results } from '../targets/index.ts';
import { investmentReport } from './investment-report.service.ts';
import * as repo from './production-report.repository.ts';
import { resolveReportScope } from './report-scope.ts';
import type { ProductionReport } from './reports.schemas.ts';

const INDICATORS = {
  productionValueVnd: 'production_value_vnd',
  revenueVnd: 'revenue_vnd',
  exportUsd: 'export_usd',
  importUsd: 'import_usd',
  budgetPaidVnd: 'budget_paid_vnd',
  revenueUsd: 'revenue_usd',
  budgetPaidUsd: 'budget_paid_usd',
} as const satisfies Record<string, keyof repo.ProductionGroup>;

type Side = 'total' | 'fdi' | 'ddi';
const TYPE_OF_SIDE = { total: null, fdi: 'FDI', ddi: 'DDI' } as const;

/** USD keeps its two decimals; đồng are whole. */
function money(value: string | null, usd: boolean): string {
  if (value === null) return usd ? '0.00' : '0';
  return usd ? normaliseUsd(value) : value;
}

/**
 * Production and business in period P against the same period a year earlier (reports-v1), from
 * enterprises' accepted periodic reports — derived from sub-periods where P itself was not filed.
 */
export async function productionReport(
  executor: Executor,
  actor: Actor,
  query: {
    boards?: string[] | undefined;
    zones?: string[] | undefined;
    period: string;
    boundariesAsOf?: string | undefined;
    /**
     * Whether a one-board report adds the board's targets and the province's shares (default
     * true); the bloc report, which sums members' figures, leaves them out.
     */
    withPlan?: boolean | undefined;
  },
): Promise<ProductionReport> {
  // The same boundaries for both years: growth compares like with like (organisation-v1).
  const scope = await resolveReportScope(executor, actor, {
    boards: query.boards,
    zones: query.zones,
    boundariesAsOf: query.boundariesAsOf ?? periodEnd(query.period),
  });
  const previous = previousYearPeriod(query.period);
  const { groups, enterprises } = await repo.productionGroups(executor, {
    boardIds: scope.boardIds,
    zoneIds: scope.zoneIds,
    period: query.period,
    previousPeriod: previous,
    periodStart: periodStart(query.period),
    periodEnd: periodEnd(query.period),
  });
  const group = (which: 'current' | 'previous', side: Side) =>
    groups.find((g) => g.which === which && g.investment_type === TYPE_OF_SIDE[side]);

  const compare = (column: keyof typeof INDICATORS, side: Side) => {
    const usd = column.endsWith('Usd');
    const value = money(group('current', side)?.[INDICATORS[column]] ?? null, usd);
    const before = money(group('previous', side)?.[INDICATORS[column]] ?? null, usd);
    return { value, previous: before, growthPct: growthPercent(value, before) };
  };
  const indicator = (column: keyof typeof INDICATORS) => ({
    total: compare(column, 'total'),
    fdi: compare(column, 'fdi'),
    ddi: compare(column, 'ddi'),
  });
  const workers = (side: Side) => {
    const value = Number(group('current', side)?.workers ?? 0);
    const before = Number(group('previous', side)?.workers ?? 0);
    return { value, previous: before, growthPct: growthPercent(value, before) };
  };
  const total = group('current', 'total');
  const incomeWorkers = BigInt(total?.income_workers ?? 0);
  const report: ProductionReport = {
    report: 'production',
    boards: scope.boardCodes,
    ...(scope.zoneCodes ? { zones: scope.zoneCodes } : {}),
    period: query.period,
    previousPeriod: previous,
    boundariesAsOf: scope.boundariesAsOf,
    coverage: { enterprises, reported: total?.reported ?? 0 },
    indicators: {
      productionValueVnd: indicator('productionValueVnd'),
      revenueVnd: indicator('revenueVnd'),
      exportUsd: indicator('exportUsd'),
      importUsd: indicator('importUsd'),
      budgetPaidVnd: indicator('budgetPaidVnd'),
      revenueUsd: indicator('revenueUsd'),
      budgetPaidUsd: indicator('budgetPaidUsd'),
    },
    labour: {
      workers: { total: workers('total'), fdi: workers('fdi'), ddi: workers('ddi') },
      insuredPct: percent(total?.insured_workers ?? '0', total?.workers ?? '0'),
      averageIncomeVnd: incomeWorkers === 0n ? null : wholeDong(total!.income_weighted!, incomeWorkers),
    },
  };
  // Targets and the province's totals belong to one board; not shown for sums or single zones.
  if (scope.ownBoardIds.length !== 1 || scope.zoneCodes || query.withPlan === false) return report;
  const plan = await boardPlan(executor, scope.ownBoardIds[0]!, parsePeriod(query.period).year, query.period);
  const results = await resultsOf(executor, actor, report, plan.indicators.has('attractedCapitalVnd'));
  return {
    ...report,
    targets: targetsAgainstResults(plan.targets, results),
    province: provinceShares(plan.totals, results),
  };
}

/**
 * The report's figures by target indicator; investment attracted in the same periods (two
 * investment reports) only when the plan asks for it.
 */
async function resultsOf(
  executor: Executor,
  actor: Actor,
  report: ProductionReport,
  withAttracted: boolean,
): Promise<Results> {
  const attracted = async (period: string) => {
    const investment = await investmentReport(executor, actor, {
      boards: report.boards,
      from: periodStart(period),
      to: periodEnd(period),
      boundariesAsOf: report.boundariesAsOf,
    });
    return (
      BigInt(investment.licensing.new.capitalVnd) + BigInt(investment.licensing.adjustments.capitalChangeVnd)
    ).toString();
  };
  const { indicators, labour } = report;
  const workers = labour.workers.total;
  return {
    productionValueVnd: indicators.productionValueVnd.total,
    revenueVnd: indicators.revenueVnd.total,
    exportUsd: indicators.exportUsd.total,
    importUsd: indicators.importUsd.total,
    budgetPaidVnd: indicators.budgetPaidVnd.total,
    workers: { value: String(workers.value), previous: String(workers.previous) },
    newJobs: { value: String(Math.max(0, workers.value - workers.previous)), previous: null },
    ...(withAttracted
      ? {
          attractedCapitalVnd: {
            value: await attracted(report.period),
            previous: await attracted(report.previousPeriod),
          },
        }
      : {}),
  };
}

/** Σ workers × income / Σ workers, rounded half away from zero to whole đồng. */
function wholeDong(weighted: string, workers: bigint): string {
  const { units, scale } = parseDecimal(weighted);
  return roundRatio(units, workers * 10n ** BigInt(scale), 0).units.toString();
}
