import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendar-date.ts';
import { isDecimalString } from '../../domain/decimal.ts';
import {
  isStorableUsd,
  isStorableVnd,
  SIGNED_VND_PATTERN,
  USD_PATTERN,
  VND_PATTERN,
} from '../../domain/money.ts';

/** Schemas shared by every module's routes; one name serves as value and type. */
export const Uuid = z.uuid({ message: 'Phải là một mã định danh (UUID) hợp lệ.' });

export const CalendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'Phải là một ngày có thật, dạng YYYY-MM-DD.' })
  .meta({ format: 'date', example: '2019-11-30' });

/** A reporting period: "2019" year · "2019-H1" half · "2019-Q3" quarter · "2019-11" month. */
export const PeriodParam = z
  .string()
  .regex(/^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/, {
    message: 'Kỳ báo cáo có dạng 2019, 2019-H1, 2019-Q3 hoặc 2019-11.',
  })
  .meta({ example: '2019' });

export const VndAmount = z
  .string()
  .regex(VND_PATTERN, { message: 'Số tiền VND phải là chuỗi chữ số nguyên không âm (đơn vị đồng).' })
  .max(20)
  // Only a well-formed amount can be too large: one problem per field.
  .refine((v) => !VND_PATTERN.test(v) || isStorableVnd(v), {
    message: 'Số tiền quá lớn (tối đa 9.223.372.036.854.775.807 đồng).',
  })
  .meta({ description: 'Whole đồng as a string of digits', example: '4466777000000' });

export const SignedVndAmount = z
  .string()
  .regex(SIGNED_VND_PATTERN)
  .meta({ description: 'Signed whole đồng' });

export const UsdAmount = z
  .string()
  .regex(USD_PATTERN, { message: 'Số tiền USD phải là chuỗi số không âm, tối đa 2 chữ số thập phân.' })
  .max(20)
  .refine((v) => !USD_PATTERN.test(v) || isStorableUsd(v), {
    message: 'Số tiền USD quá lớn (tối đa 16 chữ số phần nguyên).',
  })
  .meta({ example: '15000000.00' });

export const Hectares = z
  .string()
  .refine((v) => isDecimalString(v) && !v.startsWith('-') && v.length <= 20, {
    message: 'Diện tích phải là số thập phân không âm (ha), ví dụ "120.5".',
  })
  // What the check above enforces, for the document (isDecimalString, not negative, ≤ 20).
  .meta({
    description: 'Hectares as a decimal string',
    example: '120.5',
    pattern: '^\\d+(\\.\\d+)?$',
    maxLength: 20,
  });

export const Version = z
  .number()
  .int()
  .positive()
  .max(2_147_483_647)
  .meta({ description: 'Version read before editing (optimistic lock)' });

export const Timestamp = z.string().meta({ format: 'date-time' });

export const ErrorEnvelope = z
  .object({
    // Loose: some errors carry more (e.g. currentVersion on a conflict).
    error: z.looseObject({
      code: z.string(),
      message: z.string(),
      details: z.array(
        z.looseObject({ path: z.string(), message: z.string(), reason: z.string().optional() }),
      ),
      /** Problems found beyond those listed in `details` (lists are bounded). */
      omittedDetails: z.number().int().optional(),
    }),
  })
  .meta({ id: 'ErrorEnvelope' });

export const PageQuery = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};

export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

/** A query parameter that may be given once or repeated (?board=TB&board=HY). */
export function repeatable<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]),
    z.array(item).optional(),
  );
}

/** Standard error responses every route may give. */
export const errorResponses = {
  400: ErrorEnvelope,
  401: ErrorEnvelope,
  403: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
  422: ErrorEnvelope,
  429: ErrorEnvelope,
  503: ErrorEnvelope,
};
