import { z } from 'zod';
import { CalendarDate, PeriodParam, repeatable, SignedVndAmount } from '../../kernel/schemas.ts';

const Money = z.string();
const Pct = z.number().nullable();
const BoardCodeParam = z.string().min(1).max(16);
const ZoneCodeParam = z.string().min(1).max(32);

/**
 * The date whose boundaries count (organisation-v1): the zones each board held that day. Default:
 * the report's own end date.
 */
const BoundariesAsOf = CalendarDate.optional().describe(
  "The date whose boards' boundaries count: the zones each board held that day (default: the report's end date).",
);

export { DocumentParams } from '../../kernel/documents/document-params.ts';

export const InvestmentReportQuery = z.strictObject({
  board: repeatable(BoardCodeParam),
  zone: repeatable(ZoneCodeParam),
  from: CalendarDate,
  to: CalendarDate,
  boundariesAsOf: BoundariesAsOf,
});

export const InvestmentReport = z
  .object({
    report: z.literal('investment'),
    boards: z.array(z.string()),
    zones: z.array(z.string()).optional(),
    from: z.string(),
    to: z.string(),
    boundariesAsOf: z.string(),
    licensing: z.object({
      /** Lượt dự án: new certificates + adjustments. */
      turns: z.number().int(),
      new: z.object({
        count: z.number().int(),
        capitalVnd: Money,
        capitalUsd: Money,
        fdi: z.object({ count: z.number().int(), capitalVnd: Money, capitalUsd: Money }),
        ddi: z.object({ count: z.number().int(), capitalVnd: Money }),
      }),
      adjustments: z.object({
        count: z.number().int(),
        capitalChangeVnd: SignedVndAmount,
        increases: z.object({ count: z.number().int(), capitalVnd: Money }),
        decreases: z.object({ count: z.number().int(), capitalVnd: Money }),
        fdi: z.object({
          count: z.number().int(),
          capitalChangeVnd: SignedVndAmount,
          capitalChangeUsd: z.string(),
        }),
        ddi: z.object({ count: z.number().int(), capitalChangeVnd: SignedVndAmount }),
      }),
      terminations: z.object({
        count: z.number().int(),
        capitalVnd: Money,
        fdi: z.object({ count: z.number().int() }),
        ddi: z.object({ count: z.number().int() }),
      }),
    }),
    cumulative: z.object({
      asOf: z.string(),
      total: z.object({
        projects: z.number().int(),
        registeredVnd: Money,
        implementedVnd: Money,
        implementedPct: Pct,
      }),
      ddi: z.object({
        projects: z.number().int(),
        projectsSharePct: Pct,
        registeredVnd: Money,
        registeredSharePct: Pct,
        implementedVnd: Money,
        implementedPct: Pct,
      }),
      fdi: z.object({
        projects: z.number().int(),
        projectsSharePct: Pct,
        registeredVnd: Money,
        registeredSharePct: Pct,
        registeredUsd: Money,
        implementedVnd: Money,
        implementedPct: Pct,
      }),
    }),
  })
  .meta({ id: 'InvestmentReport' });
export type InvestmentReport = z.infer<typeof InvestmentReport>;

export const InvestmentByMonth = z
  .object({
    boards: z.array(z.string()),
    from: z.string(),
    to: z.string(),
    months: z.array(
      z.object({
        month: z.string().meta({ example: '2019-03' }),
        newCount: z.number().int(),
        newCapitalVnd: Money,
        adjustmentCount: z.number().int(),
        adjustmentChangeVnd: SignedVndAmount,
      }),
    ),
  })
  .meta({ id: 'InvestmentByMonth' });
export type InvestmentByMonth = z.infer<typeof InvestmentByMonth>;

export const ZonesReportQuery = z.strictObject({
  board: repeatable(BoardCodeParam),
  zone: repeatable(ZoneCodeParam),
  asOf: CalendarDate,
  boundariesAsOf: BoundariesAsOf,
});

const StatusGroup = z.object({ count: z.number().int(), areaHa: z.string() });

export const ZonesReport = z
  .object({
    report: z.literal('zones'),
    boards: z.array(z.string()),
    zones: z.array(z.string()).optional(),
    asOf: z.string(),
    boundariesAsOf: z.string(),
    total: StatusGroup.extend({
      /** zones-v1: Σ areaHa over the counted zones with no counted ancestor (a KKT and its parks once). */
      ownAreaHa: z.string(),
    }),
    byStatus: z.object({
      planned: StatusGroup,
      established: StatusGroup,
      under_construction: StatusGroup,
      operating: StatusGroup.extend({
        /** The land figures in force at `asOf` (zones-v1 landHistory). */
        industrialLandHa: z.string(),
        leasedLandHa: z.string(),
        occupancyPct: Pct,
        serviceLandHa: z.string(),
        leasedServiceLandHa: z.string(),
        /**
         * Decree 35/2022 Art. 2(22): Σ (leased + leased service land) ÷ Σ (industrial + service
         * land) × 100 over the operating zones stating all four at `asOf`.
         */
        occupancyDecree35Pct: Pct,
      }),
    }),
  })
  .meta({ id: 'ZonesReport' });
export type ZonesReport = z.infer<typeof ZonesReport>;

export const ProductionReportQuery = z.strictObject({
  board: repeatable(BoardCodeParam),
  zone: repeatable(ZoneCodeParam),
  period: PeriodParam,
  boundariesAsOf: BoundariesAsOf,
});

const Comparison = z.object({ value: Money, previous: Money, growthPct: Pct });
const CountComparison = z.object({
  value: z.number().int(),
  previous: z.number().int(),
  growthPct: Pct,
});
const Split = <T extends z.ZodType>(item: T) => z.object({ total: item, fdi: item, ddi: item });

export const ProductionReport = z
  .object({
    report: z.literal('production'),
    boards: z.array(z.string()),
    zones: z.array(z.string()).optional(),
    period: z.string(),
    previousPeriod: z.string(),
    boundariesAsOf: z.string(),
    /** Enterprises of the board(s) for the period, and those with a figure for it. */
    coverage: z.object({ enterprises: z.number().int(), reported: z.number().int() }),
    indicators: z.object({
      productionValueVnd: Split(Comparison),
      revenueVnd: Split(Comparison),
      exportUsd: Split(Comparison),
      importUsd: Split(Comparison),
      budgetPaidVnd: Split(Comparison),
      /**
       * Revenue and budget paid as FDI enterprises state them in USD (blocs-v1; extra keys): the
       * sums of `revenueUsd` / `budgetPaidUsd` over the enterprises that state them.
       */
      revenueUsd: Split(Comparison),
      budgetPaidUsd: Split(Comparison),
    }),
    labour: z.object({
      workers: Split(CountComparison),
      insuredPct: Pct,
      /** Worker-weighted mean monthly income, whole đồng; null when no one reported one. */
      averageIncomeVnd: Money.nullable(),
    }),
    /** The board's targets for the period's year against the results ("đạt 105% kế hoạch"). */
    targets: z
      .array(
        z.object({
          indicator: z.string(),
          year: z.number().int(),
          targetValue: z.string().nullable(),
          targetGrowthPct: z.number().nullable(),
          actual: z.string(),
          growthPct: Pct,
          achievedPct: Pct,
        }),
      )
      .optional(),
    /** The zones' share of the province's totals entered for the period. */
    province: z
      .array(
        z.object({
          indicator: z.string(),
          period: z.string(),
          provinceValue: z.string(),
          zonesValue: z.string(),
          sharePct: Pct,
        }),
      )
      .optional(),
  })
  .meta({ id: 'ProductionReport' });
export type ProductionReport = z.infer<typeof ProductionReport>;
