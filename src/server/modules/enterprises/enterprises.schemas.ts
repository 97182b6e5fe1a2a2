import { z } from 'zod';
import { INVESTMENT_TYPES } from '../../../domain/investment-types.ts';
import { isPeriod } from '../../../domain/periods.ts';
import { CalendarDate, PageQuery, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';
import { Username } from '../users/index.ts';

export const PeriodString = z
  .string()
  .refine(isPeriod, { message: 'Kỳ báo cáo dạng "2019", "2019-H1", "2019-Q3" hoặc "2019-11".' })
  .meta({ example: '2019-Q3' });

export const TaxCode = z
  .string()
  .trim()
  .regex(/^(\d{10}|\d{13})$/, { message: 'Mã số thuế gồm 10 hoặc 13 chữ số.' })
  .meta({ example: '1000123456' });

export const InvestmentType = z.enum(INVESTMENT_TYPES);

/** The one board a statistics request is about (see oneBoard): the actor's own when omitted. */
export const BoardQuery = z.strictObject({ boardId: Uuid.optional() });

export const Enterprise = z
  .object({
    id: Uuid,
    boardId: Uuid,
    taxCode: z.string(),
    name: z.string(),
    zoneId: Uuid,
    investmentType: InvestmentType,
    operatingSince: z.string().nullable(),
    operatingUntil: z.string().nullable(),
    projectIds: z.array(Uuid),
    version: z.number().int(),
  })
  .meta({ id: 'Enterprise' });
export type Enterprise = z.infer<typeof Enterprise>;

const NamedRef = z.object({ id: Uuid, code: z.string(), name: z.string() });

/** One enterprise with its zone and the projects it carries out, named (GET /enterprises/:id). */
export const EnterpriseDetail = Enterprise.extend({
  zone: NamedRef,
  projects: z.array(NamedRef),
}).meta({ id: 'EnterpriseDetail' });
export type EnterpriseDetail = z.infer<typeof EnterpriseDetail>;

/** Whether an enterprise operates today or ceased (its operatingUntil before today, Vietnam time). */
export const OPERATING_STATES = ['operating', 'ceased'] as const;

export const ListEnterprisesQuery = z.strictObject({
  ...PageQuery,
  q: z.string().max(200).optional(),
  zoneId: Uuid.optional(),
  investmentType: InvestmentType.optional(),
  boardId: Uuid.optional(),
  /** Only enterprises in operation during this period. */
  period: PeriodString.optional(),
  /** Operating today (no end date, or one not yet past) or ceased (its end date past). */
  operating: z.enum(OPERATING_STATES).optional(),
});
export type ListEnterprisesQuery = z.infer<typeof ListEnterprisesQuery>;

const name = z.string().trim().min(2).max(300);

export const CreateEnterpriseBody = z.strictObject({
  taxCode: TaxCode,
  name,
  zoneId: Uuid,
  investmentType: InvestmentType,
  operatingSince: CalendarDate.nullable().optional(),
  operatingUntil: CalendarDate.nullable().optional(),
  projectIds: z.array(Uuid).max(200).optional(),
});
export type CreateEnterpriseBody = z.infer<typeof CreateEnterpriseBody>;

export const UpdateEnterpriseBody = z.strictObject({
  version: Version,
  taxCode: TaxCode.optional(),
  name: name.optional(),
  zoneId: Uuid.optional(),
  investmentType: InvestmentType.optional(),
  operatingSince: CalendarDate.nullable().optional(),
  operatingUntil: CalendarDate.nullable().optional(),
  projectIds: z.array(Uuid).max(200).optional(),
});
export type UpdateEnterpriseBody = z.infer<typeof UpdateEnterpriseBody>;

export const CreateEnterpriseAccountBody = z.strictObject({
  username: Username,
  fullName: z.string().trim().min(2).max(200),
});

export const EnterpriseAccount = z.object({
  user: z.object({ id: Uuid, username: z.string() }),
  /** Generated, shown once. */
  password: z.string(),
});

/** An enterprise's own account as its board's staff see it. */
export const EnterpriseAccountUser = z
  .object({
    id: Uuid,
    username: z.string(),
    fullName: z.string(),
    disabled: z.boolean(),
    lastLoginAt: Timestamp.nullable(),
    createdAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'EnterpriseAccountUser' });
export type EnterpriseAccountUser = z.infer<typeof EnterpriseAccountUser>;

export const UpdateEnterpriseAccountBody = z.strictObject({
  version: Version,
  /** Disabling ends the account's sessions and API tokens at once; it can no longer sign in. */
  disabled: z.boolean(),
});
export type UpdateEnterpriseAccountBody = z.infer<typeof UpdateEnterpriseAccountBody>;
