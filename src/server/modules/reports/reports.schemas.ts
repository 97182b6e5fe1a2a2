import { z } from 'zod';
import { CalendarDate, repeatable, SignedVndAmount } from '../../kernel/schemas.ts';

const Money = z.string();
const Pct = z.number().nullable();
const BoardCodeParam = z.string().min(1).max(16);
const ZoneCodeParam = z.string().min(1).max(32);

export const InvestmentReportQuery = z.strictObject({
  board: repeatable(BoardCodeParam),
  zone: repeatable(ZoneCodeParam),
  from: CalendarDate,
  to: CalendarDate,
});

export const InvestmentReport = z
  .object({
    report: z.literal('investment'),
    boards: z.array(z.string()),
    zones: z.array(z.string()).optional(),
    from: z.string(),
    to: z.string(),
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
});

const StatusGroup = z.object({ count: z.number().int(), areaHa: z.string() });

export const ZonesReport = z
  .object({
    report: z.literal('zones'),
    boards: z.array(z.string()),
    zones: z.array(z.string()).optional(),
    asOf: z.string(),
    total: StatusGroup,
    byStatus: z.object({
      planned: StatusGroup,
      established: StatusGroup,
      under_construction: StatusGroup,
      operating: StatusGroup.extend({
        industrialLandHa: z.string(),
        leasedLandHa: z.string(),
        occupancyPct: Pct,
      }),
    }),
  })
  .meta({ id: 'ZonesReport' });
export type ZonesReport = z.infer<typeof ZonesReport>;
