import { z } from 'zod';
import { PeriodParam, repeatable } from '../../kernel/schemas.ts';
import { InvestmentReport, ProductionReport, ZonesReport } from './reports.schemas.ts';

/** The periodic report's query: the board(s) (every visible board when none) and the period. */
export const PeriodicReportQuery = z.strictObject({
  board: repeatable(z.string().min(1).max(16)),
  period: PeriodParam,
});

const Target = z.object({
  indicator: z.string(),
  year: z.number().int(),
  targetValue: z.string().nullable(),
  targetGrowthPct: z.number().nullable(),
  actual: z.string(),
  growthPct: z.number().nullable(),
  achievedPct: z.number().nullable(),
});

export const PeriodicReport = z
  .object({
    report: z.literal('periodic'),
    boards: z.array(z.string()),
    /** 2019, 2019-H1, 2019-Q3 or 2019-11. */
    period: z.string(),
    previousPeriod: z.string(),
    /** The period's first and last day. */
    from: z.string(),
    to: z.string(),
    /** Investment from `from` to `to`. */
    investment: InvestmentReport,
    /** Investment for the same dates a year earlier (the comparison with the same period). */
    previousInvestment: InvestmentReport,
    production: ProductionReport,
    /** The zones as of `to`. */
    zones: ZonesReport,
    /** The year's targets against the results (the production report's, for one board). */
    targets: z.array(Target),
  })
  .meta({ id: 'PeriodicReport' });
export type PeriodicReport = z.infer<typeof PeriodicReport>;
