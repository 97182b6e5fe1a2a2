import { z } from 'zod';
import { CalendarDate, PeriodParam } from '../../kernel/schemas.ts';

/** blocs-v1: the bloc's consolidated report. */
export const BlocReportQuery = z.strictObject({
  bloc: z.string().min(1).max(16),
  period: PeriodParam,
  boundariesAsOf: CalendarDate.optional().describe(
    "The date whose boards' boundaries count in both periods: the zones each member held that day (default: the period's last day).",
  ),
});
export type BlocReportQuery = z.infer<typeof BlocReportQuery>;

const Money = z.string();
const Pct = z.number().nullable();
/** A leaf as in reports-v1: the period's value, the previous period's, and the growth. */
const MoneyLeaf = z.object({ value: Money, previous: Money, growthPct: Pct });
const CountLeaf = z.object({ value: z.number().int(), previous: z.number().int(), growthPct: Pct });
const AreaLeaf = z.object({ value: z.string(), previous: z.string(), growthPct: Pct });

export const BlocFigures = z.object({
  newProjects: z.object({ total: CountLeaf, fdi: CountLeaf, ddi: CountLeaf }),
  capitalNewAndAdjusted: z.object({ fdiUsd: MoneyLeaf, ddiVnd: MoneyLeaf }),
  revenue: z.object({ fdiUsd: MoneyLeaf, ddiVnd: MoneyLeaf }),
  budgetPaid: z.object({ fdiUsd: MoneyLeaf, ddiVnd: MoneyLeaf }),
  zones: z.object({
    inPlan: z.object({ count: CountLeaf, areaHa: AreaLeaf }),
    operating: z.object({ count: CountLeaf, areaHa: AreaLeaf }),
    underConstruction: z.object({ count: CountLeaf, areaHa: AreaLeaf }),
  }),
});
export type BlocFigures = z.infer<typeof BlocFigures>;

export const BlocReport = z
  .object({
    report: z.literal('bloc'),
    bloc: z.string(),
    /** The bloc's name (extra key). */
    blocName: z.string(),
    period: z.string(),
    previousPeriod: z.string(),
    boundariesAsOf: z.string(),
    members: z.array(z.string()),
    leader: z.string(),
    deputy: z.string().nullable(),
    totals: BlocFigures,
    byMember: z.array(
      BlocFigures.extend({
        board: z.string(),
        /** The member's name (extra key). */
        name: z.string(),
        /**
         * Where the member's figures come from (extra key): its own records in this database, or
         * the return the leader entered for it (per period: the previous period may differ).
         */
        source: z.object({
          period: z.enum(['records', 'return', 'none']),
          previousPeriod: z.enum(['records', 'return', 'none']),
        }),
      }),
    ),
  })
  .meta({ id: 'BlocReport' });
export type BlocReport = z.infer<typeof BlocReport>;
