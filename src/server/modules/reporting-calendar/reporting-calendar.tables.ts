import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';

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
