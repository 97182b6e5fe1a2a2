import { z } from 'zod';
import { PeriodParam, Uuid, Version } from '../../kernel/schemas.ts';

/**
 * What a yearly target (chỉ tiêu kế hoạch) or a province total can be about: the production
 * report's indicators, workers, new jobs (the year's growth in workers) and investment attracted
 * (new certificates' capital plus the net change of adjustments, in the year).
 */
export const TARGET_INDICATORS = [
  'productionValueVnd',
  'revenueVnd',
  'exportUsd',
  'importUsd',
  'budgetPaidVnd',
  'workers',
  'newJobs',
  'attractedCapitalVnd',
] as const;
export type TargetIndicator = (typeof TARGET_INDICATORS)[number];

const Amount = z.string().regex(/^[0-9]{1,22}(\.[0-9]{1,2})?$/, {
  message: 'Giá trị là số không âm, tối đa 2 chữ số thập phân (đồng, USD hoặc người).',
});

export const Target = z
  .object({
    id: Uuid,
    boardId: Uuid,
    year: z.number().int(),
    indicator: z.enum(TARGET_INDICATORS),
    targetValue: z.string().nullable(),
    targetGrowthPct: z.number().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Target' });
export type Target = z.infer<typeof Target>;

export const TargetsQuery = z.strictObject({
  boardId: Uuid.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

export const SetTargetBody = z
  .strictObject({
    boardId: Uuid.optional(),
    year: z.number().int().min(1990).max(2100),
    indicator: z.enum(TARGET_INDICATORS),
    /** An amount to reach: "2000000000000" (2.000 tỷ đồng), "3000" (new jobs). */
    targetValue: Amount.nullable().optional(),
    /** Or a growth to reach over the year before, in percent: 15 for +15%. */
    targetGrowthPct: z.number().min(-100).max(1000).nullable().optional(),
    /** The version read, when editing the target the board has: a stale one is a VERSION_CONFLICT. */
    version: Version.optional(),
  })
  .refine((b) => b.targetValue != null || b.targetGrowthPct != null, {
    message: 'Cần nhập giá trị kế hoạch hoặc mức tăng trưởng kế hoạch.',
    path: ['targetValue'],
  });
export type SetTargetBody = z.infer<typeof SetTargetBody>;

export const ProvinceTotal = z
  .object({
    id: Uuid,
    boardId: Uuid,
    period: z.string(),
    indicator: z.enum(TARGET_INDICATORS),
    value: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'ProvinceTotal' });
export type ProvinceTotal = z.infer<typeof ProvinceTotal>;

export const ProvinceTotalsQuery = z.strictObject({
  boardId: Uuid.optional(),
  period: PeriodParam.optional(),
});

export const SetProvinceTotalBody = z.strictObject({
  boardId: Uuid.optional(),
  period: PeriodParam,
  indicator: z.enum(TARGET_INDICATORS),
  /** The whole province's figure, e.g. its industrial production value in đồng. */
  value: Amount,
  /** The version read, when editing the total the board has: a stale one is a VERSION_CONFLICT. */
  version: Version.optional(),
});
export type SetProvinceTotalBody = z.infer<typeof SetProvinceTotalBody>;
