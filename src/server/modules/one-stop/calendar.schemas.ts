import { z } from 'zod';
import { isCalendarDate } from '../../../domain/calendar-date.ts';
import { CalendarDate, Timestamp, Version } from '../../kernel/schemas.ts';

/** A timestamp written with its offset (Z or ±hh:mm): its Vietnam date is the receipt's date. */
const OFFSET_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const TimestampWithOffset = z
  .string()
  .max(40)
  .refine((v) => OFFSET_TIMESTAMP.test(v) && isCalendarDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)), {
    message: 'Phải là thời điểm ISO 8601 có múi giờ, ví dụ 2026-02-13T09:30:00+07:00.',
  })
  .meta({ format: 'date-time', example: '2026-02-13T09:30:00+07:00' });

const Days = z.coerce
  .number({ error: 'Phải là số nguyên từ 0 đến 3650.' })
  .int({ error: 'Phải là số nguyên từ 0 đến 3650.' })
  .min(0, { error: 'Phải là số nguyên từ 0 đến 3650.' })
  .max(3650, { error: 'Phải là số nguyên từ 0 đến 3650.' });

export const DueDateQuery = z
  .strictObject({
    receivedAt: TimestampWithOffset,
    /** A deadline in working days (ngày làm việc)… */
    workingDays: Days.optional(),
    /** …or in calendar days (ngày): exactly one of the two. */
    days: Days.optional(),
  })
  .superRefine((query, ctx) => {
    const given = (query.workingDays === undefined ? 0 : 1) + (query.days === undefined ? 0 : 1);
    if (given !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['workingDays'],
        message: 'Cần đúng một trong hai: workingDays (ngày làm việc) hoặc days (ngày).',
      });
  });
export type DueDateQuery = z.infer<typeof DueDateQuery>;

export const YearSource = z.enum(['default', 'built-in', 'set']);

export const DueDate = z
  .object({
    /** The receipt, with the Vietnam offset. */
    receivedAt: Timestamp,
    /** The receipt's date if a working day, else the next working day. */
    dayZero: CalendarDate,
    dueDate: CalendarDate,
    deadline: z.object({ value: z.number().int(), unit: z.enum(['working_days', 'days']) }),
    /** The schedules the count went through, and where each comes from. */
    years: z.array(z.object({ year: z.number().int(), source: YearSource })),
  })
  .meta({ id: 'CalendarDueDate' });
export type DueDate = z.infer<typeof DueDate>;

export const YearParam = z.coerce
  .number({ error: 'Năm từ 1990 đến 2200.' })
  .int({ error: 'Năm từ 1990 đến 2200.' })
  .min(1990, { error: 'Năm từ 1990 đến 2200.' })
  .max(2200, { error: 'Năm từ 1990 đến 2200.' });

export const YearParams = z.strictObject({ year: YearParam });

export const CalendarYear = z
  .object({
    year: z.number().int(),
    source: YearSource,
    /** Days off that would otherwise be working days (holidays, compensatory and swapped days). */
    daysOff: z.array(CalendarDate),
    /** Saturdays or Sundays worked (ngày làm bù). */
    workdays: z.array(CalendarDate),
    note: z.string().nullable(),
    /** The stored schedule's version (null when the year is not set). */
    version: z.number().int().nullable(),
    /** Each day off with the holiday's name where the Labour Code's rules name it. */
    holidays: z.array(z.object({ date: CalendarDate, name: z.string().nullable() })),
    /** Working days in the year. */
    workingDayCount: z.number().int(),
    updatedAt: Timestamp.nullable(),
  })
  .meta({ id: 'CalendarYear' });
export type CalendarYear = z.infer<typeof CalendarYear>;

export const CalendarYearsQuery = z.strictObject({ from: YearParam, to: YearParam }).superRefine((q, ctx) => {
  if (q.to < q.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'Năm cuối không được trước năm đầu.' });
  else if (q.to - q.from >= 50)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'Tối đa 50 năm mỗi lần.' });
});

export const CalendarYearList = z.object({ items: z.array(CalendarYear) });

const DateList = z.array(CalendarDate).max(366, { error: 'Tối đa 366 ngày.' });

export const SetCalendarYearBody = z.strictObject({
  daysOff: DateList,
  workdays: DateList,
  /** The government's notice: number and date. */
  note: z.string().trim().max(500).nullable().optional(),
  /** The stored schedule's version (left out when the year is not set yet). */
  version: Version.optional(),
});
export type SetCalendarYearBody = z.infer<typeof SetCalendarYearBody>;

export const ResetCalendarYearQuery = z.strictObject({
  version: z.coerce.number().int().positive().optional(),
});
