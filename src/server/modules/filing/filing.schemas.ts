import { z } from 'zod';
import { PageQuery, repeatable, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';
import { InvestmentType, PeriodString } from '../enterprises/index.ts';
import { REPORT_STATUSES, RULE_SEVERITIES, UNLOCK_STATUSES } from './filing.tables.ts';
import { RULE_CODES } from './statistics-rules.ts';

/** Figures may be entered negative: the non_negative rule, not the schema, refuses them. */
const Vnd = z
  .string()
  .regex(/^-?\d{1,18}$/, { message: 'Số tiền VND là chuỗi chữ số nguyên (đơn vị đồng).' })
  .meta({ example: '4466777000000' });
const Usd = z
  .string()
  .regex(/^-?\d{1,16}(\.\d{1,2})?$/, { message: 'Số tiền USD là chuỗi số, tối đa 2 chữ số thập phân.' })
  .meta({ example: '15000000.00' });
const Count = z.number().int().min(-1_000_000_000).max(1_000_000_000);

export const ReportStatus = z.enum(REPORT_STATUSES);

export const SaveReportBody = z.strictObject({
  productionValueVnd: Vnd.nullable().optional(),
  revenueVnd: Vnd.nullable().optional(),
  exportUsd: Usd.nullable().optional(),
  importUsd: Usd.nullable().optional(),
  budgetPaidVnd: Vnd.nullable().optional(),
  workers: Count.nullable().optional(),
  insuredWorkers: Count.nullable().optional(),
  averageIncomeVnd: Vnd.nullable().optional(),
  /** blocs-v1: an FDI enterprise's revenue and budget paid in USD, beside or instead of VND. */
  revenueUsd: Usd.nullable().optional(),
  budgetPaidUsd: Usd.nullable().optional(),
  /** Required when the report exists. */
  version: Version.optional(),
});

export const Check = z
  .object({
    rule: z.enum(RULE_CODES as [string, ...string[]]),
    severity: z.enum(['hard', 'soft']),
    field: z.string(),
    message: z.string(),
    params: z.record(z.string(), z.number()),
  })
  .meta({ id: 'StatisticsCheck' });

export const EnterpriseReport = z
  .object({
    id: Uuid,
    boardId: Uuid,
    enterpriseId: Uuid,
    enterpriseName: z.string(),
    taxCode: z.string(),
    zoneId: Uuid,
    investmentType: InvestmentType,
    period: z.string(),
    productionValueVnd: z.string().nullable(),
    revenueVnd: z.string().nullable(),
    exportUsd: z.string().nullable(),
    importUsd: z.string().nullable(),
    budgetPaidVnd: z.string().nullable(),
    workers: z.number().int().nullable(),
    insuredWorkers: z.number().int().nullable(),
    averageIncomeVnd: z.string().nullable(),
    /** blocs-v1: an FDI enterprise's revenue and budget paid in USD (extra keys). */
    revenueUsd: z.string().nullable(),
    budgetPaidUsd: z.string().nullable(),
    status: ReportStatus,
    submittedAt: Timestamp.nullable(),
    reviewedAt: Timestamp.nullable(),
    reviewedBy: Uuid.nullable(),
    returnReason: z.string().nullable(),
    comments: z.record(z.string(), z.string()),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'EnterpriseReport' });

export const ReportWithChecks = EnterpriseReport.extend({
  /** The period's due date (the board's reporting calendar). */
  dueDate: z.string(),
  /** Filed after the due date, or not filed and the due date has passed (Vietnam dates). */
  overdue: z.boolean(),
  daysLate: z.number().int(),
  checks: z.array(Check),
});

export const HistoryEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  actorUserId: Uuid.nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const ReportDetail = ReportWithChecks.extend({ history: z.array(HistoryEntry) });

export const ListReportsQuery = z.strictObject({
  ...PageQuery,
  period: PeriodString.optional(),
  status: repeatable(ReportStatus),
  enterpriseId: Uuid.optional(),
  boardId: Uuid.optional(),
  investmentType: InvestmentType.optional(),
  zoneId: Uuid.optional(),
  q: z.string().max(200).optional(),
});

export const SubmitBody = z.strictObject({
  version: Version,
  /** The filer's explanation of each soft-rule warning, by rule code. */
  comments: z.record(z.string().max(50), z.string().max(2000)).optional(),
});
export const AcceptBody = z.strictObject({ version: Version });
export const ReturnBody = z.strictObject({ version: Version, reason: z.string().trim().min(1).max(2000) });

export const UnlockRequestBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export const GrantBody = z.strictObject({ note: z.string().trim().max(2000).optional() });
export const RefuseBody = z.strictObject({ note: z.string().trim().min(1).max(2000) });

export const UnlockRequest = z
  .object({
    id: Uuid,
    boardId: Uuid,
    reportId: Uuid,
    enterpriseId: Uuid,
    enterpriseName: z.string(),
    taxCode: z.string(),
    period: z.string(),
    reason: z.string(),
    status: z.enum(UNLOCK_STATUSES),
    requestedBy: Uuid.nullable(),
    requestedByUsername: z.string().nullable(),
    requestedAt: Timestamp,
    decidedBy: Uuid.nullable(),
    decidedAt: Timestamp.nullable(),
    decisionNote: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ReportUnlockRequest' });

export const ListUnlocksQuery = z.strictObject({
  ...PageQuery,
  status: repeatable(z.enum(UNLOCK_STATUSES)),
  boardId: Uuid.optional(),
  reportId: Uuid.optional(),
});

export const PeriodQuery = z.strictObject({ period: PeriodString, boardId: Uuid.optional() });

const CompletenessEnterprise = z.object({
  id: Uuid,
  taxCode: z.string(),
  name: z.string(),
  zoneId: Uuid,
  investmentType: InvestmentType,
  reportId: Uuid.nullable(),
  status: z.enum([...REPORT_STATUSES, 'missing']),
  submittedAt: Timestamp.nullable(),
  onTime: z.boolean().nullable(),
  daysLate: z.number().int().nullable(),
});

export const Completeness = z
  .object({
    period: z.string(),
    boardId: Uuid,
    dueDate: z.string(),
    expected: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    missing: z.number().int(),
    onTimePct: z.number().nullable(),
    enterprises: z.array(CompletenessEnterprise),
  })
  .meta({ id: 'StatisticsCompleteness' });

export const Reminders = z
  .object({
    period: z.string(),
    boardId: Uuid,
    dueDate: z.string(),
    items: z.array(
      CompletenessEnterprise.extend({ returnReason: z.string().nullable(), usernames: z.array(z.string()) }),
    ),
  })
  .meta({ id: 'StatisticsReminders' });

// ── Validation rules ───────────────────────────────────────────────────────────

export const RuleSeverity = z.enum(RULE_SEVERITIES);
export const Rule = z
  .object({
    code: z.string(),
    boardId: Uuid,
    description: z.string(),
    severity: RuleSeverity,
    params: z.record(z.string(), z.number()),
    defaultSeverity: RuleSeverity,
    defaultParams: z.record(z.string(), z.number()),
    version: z.number().int().nullable(),
  })
  .meta({ id: 'StatisticsRule' });
export const UpdateRuleBody = z.strictObject({
  boardId: Uuid.optional(),
  severity: RuleSeverity,
  params: z.record(z.string().max(50), z.number()).default({}),
  /** Required once the board has overridden the rule (the version GET returned). */
  version: Version.optional(),
});
