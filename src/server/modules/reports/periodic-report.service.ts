import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { periodEnd, periodStart, previousYearPeriod } from '../../../domain/periods.ts';
import { investmentReport } from './investment-report.service.ts';
import { productionReport } from './production-report.service.ts';
import type { PeriodicReport } from './periodic-report.schemas.ts';
import { zonesReport } from './zones-report.service.ts';

/**
 * The board's periodic report (báo cáo tình hình hoạt động KKT, KCN) for a month, a quarter, six
 * months or a year: the three reports as their own services compute them — investment from the
 * period's first to its last day (and the same dates a year earlier, for the comparison with the
 * same period of the previous year), production for the period, the zones as of its last day —
 * and the year's targets against the results, as the production report has them. Nothing is
 * computed here: it only composes.
 */
export async function periodicReport(
  executor: Executor,
  actor: Actor,
  query: { boards?: string[] | undefined; period: string },
): Promise<PeriodicReport> {
  const from = periodStart(query.period);
  const to = periodEnd(query.period);
  const previousPeriod = previousYearPeriod(query.period);
  // One after another: each resolves the same scope, and an unknown board is refused by the first.
  const investment = await investmentReport(executor, actor, { boards: query.boards, from, to });
  const previousInvestment = await investmentReport(executor, actor, {
    boards: query.boards,
    from: periodStart(previousPeriod),
    to: periodEnd(previousPeriod),
    // The same boundaries for both years: the comparison is like with like (organisation-v1).
    boundariesAsOf: to,
  });
  const production = await productionReport(executor, actor, { boards: query.boards, period: query.period });
  const zones = await zonesReport(executor, actor, { boards: query.boards, asOf: to });
  return {
    report: 'periodic',
    boards: investment.boards,
    period: query.period,
    previousPeriod,
    from,
    to,
    investment,
    previousInvestment,
    production,
    zones,
    targets: production.targets ?? [],
  };
}
