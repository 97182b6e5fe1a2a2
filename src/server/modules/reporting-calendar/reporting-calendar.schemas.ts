import { z } from 'zod';
import { CalendarDate, Uuid, Version } from '../../kernel/schemas.ts';
import { PeriodString } from '../enterprises/index.ts';
import { PERIOD_KINDS } from './reporting-calendar.tables.ts';

export const PeriodKind = z.enum(PERIOD_KINDS);

export const Schedule = z
  .object({
    id: Uuid,
    boardId: Uuid,
    periodKind: PeriodKind,
    collected: z.boolean(),
    dueMonthsAfter: z.number().int(),
    dueDay: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'ReportingSchedule' });

export const UpdateScheduleBody = z.strictObject({
  boardId: Uuid.optional(),
  collected: z.boolean(),
  dueMonthsAfter: z.number().int().min(0).max(12),
  dueDay: z.number().int().min(1).max(31),
  version: Version,
});

export const ReportingPeriod = z
  .object({
    id: Uuid,
    boardId: Uuid,
    period: z.string(),
    dueDate: z.string(),
    open: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'ReportingPeriod' });

export const ListPeriodsQuery = z.strictObject({
  boardId: Uuid.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export const CreatePeriodBody = z.strictObject({
  boardId: Uuid.optional(),
  period: PeriodString,
  dueDate: CalendarDate.optional(),
  open: z.boolean().optional(),
});
export const UpdatePeriodBody = z.strictObject({
  open: z.boolean().optional(),
  dueDate: CalendarDate.optional(),
  version: Version,
});

export const ExchangeRate = z
  .object({ id: Uuid, boardId: Uuid, period: z.string(), vndPerUsd: z.string(), version: z.number().int() })
  .meta({ id: 'ExchangeRate' });
export const PutExchangeRateBody = z.strictObject({
  boardId: Uuid.optional(),
  period: PeriodString,
  vndPerUsd: z
    .string()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, { message: 'Tỷ giá là số dương, tối đa 2 chữ số thập phân.' })
    .refine((v) => /[1-9]/.test(v), { message: 'Tỷ giá phải lớn hơn 0.' })
    .meta({ example: '23155' }),
  version: Version.optional(),
});
