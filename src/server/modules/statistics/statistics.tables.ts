import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';
import { projects, INVESTMENT_TYPES } from '../projects/projects.tables.ts';
import { users } from '../users/users.tables.ts';
import { zones } from '../zones/zones.tables.ts';

/** Doanh nghiệp in the zones, identified by tax code (mã số thuế) within the board. */
export const enterprises = pgTable(
  'enterprises',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    taxCode: text('tax_code').notNull(),
    name: text('name').notNull(),
    investmentType: text('investment_type', { enum: INVESTMENT_TYPES }).notNull(),
    operatingSince: date('operating_since', { mode: 'string' }),
    operatingUntil: date('operating_until', { mode: 'string' }),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    uniqueIndex('enterprises_board_tax_code_key').on(t.boardId, t.taxCode),
    check('enterprises_type_check', oneOf('investment_type', INVESTMENT_TYPES)),
  ],
);

export const enterpriseProjects = pgTable(
  'enterprise_projects',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.projectId] })],
);

/**
 * Where a report is in its life: the enterprise drafts and submits it (submitted_at is the filing
 * time on-time rates count from), staff accept it — accepted reports are locked and are the ones
 * published — or return it with a reason. Reports from packages and staff imports land accepted.
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;

/**
 * Báo cáo thống kê định kỳ of an enterprise for a period ("2019", "2019-H1", "2019-Q3",
 * "2019-11").
 */
export const enterpriseReports = pgTable(
  'enterprise_reports',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    productionValueVnd: bigint('production_value_vnd', { mode: 'bigint' }),
    revenueVnd: bigint('revenue_vnd', { mode: 'bigint' }),
    exportUsd: numeric('export_usd', { precision: 18, scale: 2 }),
    importUsd: numeric('import_usd', { precision: 18, scale: 2 }),
    budgetPaidVnd: bigint('budget_paid_vnd', { mode: 'bigint' }),
    workers: integer('workers'),
    insuredWorkers: integer('insured_workers'),
    averageIncomeVnd: bigint('average_income_vnd', { mode: 'bigint' }),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('accepted'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    /** Why staff sent it back (status returned). */
    returnReason: text('return_reason'),
    /** The filer's explanations of soft-rule warnings, by rule code. */
    comments: jsonb('comments').$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [
    check('enterprise_reports_status_check', oneOf('status', REPORT_STATUSES)),
    uniqueIndex('enterprise_reports_enterprise_period_key').on(t.enterpriseId, t.period),
    index('enterprise_reports_board_period_idx').on(t.boardId, t.period),
    check('enterprise_reports_period_format', sql`period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'`),
    check('enterprise_reports_insured_le_workers', sql`coalesce(insured_workers, 0) <= coalesce(workers, 0)`),
  ],
);

/** An enterprise user's account belongs to one enterprise (tài khoản doanh nghiệp). */
export const enterpriseAccounts = pgTable(
  'enterprise_accounts',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
  },
  (t) => [index('enterprise_accounts_enterprise_idx').on(t.enterpriseId)],
);

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;

/**
 * A board's reporting calendar rule for one kind of period: collected or not, and when it is
 * due — `dueMonthsAfter` months after the period's last month, on `dueDay` (clamped to the
 * month's end); a quarter due "before the 10th of the following month" is (1, 10), a year due by
 * 31 March is (3, 31).
 */
export const reportingSchedules = pgTable(
  'reporting_schedules',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    periodKind: text('period_kind', { enum: PERIOD_KINDS }).notNull(),
    collected: boolean('collected').notNull().default(true),
    dueMonthsAfter: integer('due_months_after').notNull(),
    dueDay: integer('due_day').notNull(),
  },
  (t) => [
    uniqueIndex('reporting_schedules_board_kind_key').on(t.boardId, t.periodKind),
    check('reporting_schedules_kind_check', oneOf('period_kind', PERIOD_KINDS)),
    check(
      'reporting_schedules_due_check',
      sql`due_months_after between 0 and 12 and due_day between 1 and 31`,
    ),
  ],
);

/** A period a board collects (kỳ báo cáo): its due date (kept as data) and whether filing is open. */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    period: text('period').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    open: boolean('open').notNull().default(true),
  },
  (t) => [
    uniqueIndex('reporting_periods_board_period_key').on(t.boardId, t.period),
    check('reporting_periods_period_format', sql`period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'`),
  ],
);

export const UNLOCK_STATUSES = ['pending', 'granted', 'refused'] as const;

/** A request to correct an accepted (locked) report; staff grant or refuse it. */
export const reportUnlockRequests = pgTable(
  'report_unlock_requests',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => enterpriseReports.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').references(() => users.id),
    reason: text('reason').notNull(),
    status: text('status', { enum: UNLOCK_STATUSES }).notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionNote: text('decision_note'),
  },
  (t) => [
    index('report_unlock_requests_board_status_idx').on(t.boardId, t.status),
    check('report_unlock_requests_status_check', oneOf('status', UNLOCK_STATUSES)),
  ],
);

export const RULE_SEVERITIES = ['hard', 'soft', 'off'] as const;

/**
 * A board's setting of one validation rule (quy tắc kiểm tra): the rules are code, keyed by
 * `code`; whether each refuses (hard), warns and needs a comment (soft) or is off, and its
 * parameters (e.g. the year-on-year factor), are data the board adjusts.
 */
export const statisticsRules = pgTable(
  'statistics_rules',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    code: text('code').notNull(),
    severity: text('severity', { enum: RULE_SEVERITIES }).notNull(),
    params: jsonb('params').$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [
    uniqueIndex('statistics_rules_board_code_key').on(t.boardId, t.code),
    check('statistics_rules_severity_check', oneOf('severity', RULE_SEVERITIES)),
  ],
);

/** The USD rate a board uses for a period (tỷ giá), e.g. to compare export with revenue. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    period: text('period').notNull(),
    vndPerUsd: numeric('vnd_per_usd', { precision: 12, scale: 2 }).notNull(),
  },
  (t) => [uniqueIndex('exchange_rates_board_period_key').on(t.boardId, t.period)],
);

/**
 * A board's yearly target (chỉ tiêu kế hoạch) for an indicator: an amount to reach
 * (`targetValue`, e.g. attract ≥ 2.000 tỷ đồng, 3.000 new jobs) or a growth to reach
 * (`targetGrowthPct`, e.g. production +15%).
 */
export const boardTargets = pgTable(
  'board_targets',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    year: integer('year').notNull(),
    indicator: text('indicator').notNull(),
    targetValue: numeric('target_value', { precision: 24, scale: 2 }),
    targetGrowthPct: numeric('target_growth_pct', { precision: 8, scale: 2 }),
  },
  (t) => [
    uniqueIndex('board_targets_board_year_indicator_key').on(t.boardId, t.year, t.indicator),
    check('board_targets_one_target', sql`target_value is not null or target_growth_pct is not null`),
  ],
);

/** The province's own total of an indicator for a period (e.g. its industrial production value). */
export const provinceTotals = pgTable(
  'province_totals',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    period: text('period').notNull(),
    indicator: text('indicator').notNull(),
    value: numeric('value', { precision: 24, scale: 2 }).notNull(),
  },
  (t) => [uniqueIndex('province_totals_board_period_indicator_key').on(t.boardId, t.period, t.indicator)],
);
