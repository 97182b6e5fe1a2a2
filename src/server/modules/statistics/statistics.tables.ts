import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';
import { projects, INVESTMENT_TYPES } from '../projects/projects.tables.ts';
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
 * Báo cáo thống kê định kỳ of an enterprise for a period ("2019", "2019-H1", "2019-Q3",
 * "2019-11"). Filing, review and locking come with the statistics module.
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
  },
  (t) => [
    uniqueIndex('enterprise_reports_enterprise_period_key').on(t.enterpriseId, t.period),
    index('enterprise_reports_board_period_idx').on(t.boardId, t.period),
    check('enterprise_reports_period_format', sql`period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'`),
    check('enterprise_reports_insured_le_workers', sql`coalesce(insured_workers, 0) <= coalesce(workers, 0)`),
  ],
);
