import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';
import { enterprises } from '../enterprises/enterprises.tables.ts';
import { users } from '../users/users.tables.ts';

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
    /** An FDI enterprise's revenue and budget paid in USD, as the ministry's forms ask (blocs-v1). */
    revenueUsd: numeric('revenue_usd', { precision: 18, scale: 2 }),
    budgetPaidUsd: numeric('budget_paid_usd', { precision: 18, scale: 2 }),
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
