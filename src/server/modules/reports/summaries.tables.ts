/**
 * The reports' summary tables (decision 024): kept by the database's own triggers in the same
 * transaction as every write to the records they sum, never rebuilt in batch, so a report read
 * from them is as fresh as the records. The triggers and the functions that compute the rows are
 * SQL, in the migration that creates these tables; `kcn.summaries = 'deferred'` (set local) lets a
 * bulk load or a restore write the records first and call summaries_rebuild() once.
 */
import { date, index, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

const money = (name: string) => numeric(name).notNull().default('0');
const count = (name: string) => integer(name).notNull().default(0);

/** The investment report's measures: what happened on a day, and how the projects in force changed. */
const investmentMeasures = {
  newCount: count('new_count'),
  newVnd: money('new_vnd'),
  newUsd: money('new_usd'),
  adjCount: count('adj_count'),
  adjChangeVnd: money('adj_change_vnd'),
  incCount: count('inc_count'),
  incVnd: money('inc_vnd'),
  decCount: count('dec_count'),
  decVnd: money('dec_vnd'),
  /** Σ (USD after − USD before) of adjustments that state USD. */
  adjChangeUsd: money('adj_change_usd'),
  termCount: count('term_count'),
  termVnd: money('term_vnd'),
  /** Change of the projects in force at the end of the day (+1 licensed, −1 terminated). */
  projects: count('projects'),
  /** Change of the registered capital of the projects in force. */
  registeredVnd: money('registered_vnd'),
  registeredUsd: money('registered_usd'),
  /** Change of the implemented capital (latest entry) of the projects in force. */
  implementedVnd: money('implemented_vnd'),
};

/**
 * A project's contribution to the investment report on each day something of it happened (a
 * licensing event, an implemented-capital entry), computed from all its records by the ledger's
 * rule; replaced whole whenever any of them changes.
 */
export const investmentFacts = pgTable(
  'investment_facts',
  {
    projectId: uuid('project_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    boardId: uuid('board_id').notNull(),
    zoneId: uuid('zone_id').notNull(),
    investmentType: text('investment_type').notNull(),
    ...investmentMeasures,
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.day] }),
    index('investment_facts_board_day_idx').on(t.boardId, t.day),
  ],
);

/** The facts summed by zone, investment type and calendar year or month. */
export const investmentTotals = pgTable(
  'investment_totals',
  {
    boardId: uuid('board_id').notNull(),
    zoneId: uuid('zone_id').notNull(),
    investmentType: text('investment_type').notNull(),
    /** 'year' or 'month'. */
    grain: text('grain').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    ...investmentMeasures,
  },
  (t) => [
    primaryKey({ columns: [t.boardId, t.zoneId, t.investmentType, t.grain, t.periodStart] }),
    index('investment_totals_grain_start_idx').on(t.grain, t.periodStart),
  ],
);

/** The same by board, for reports not narrowed to zones (a sixth of the rows to read nationally). */
export const investmentBoardTotals = pgTable(
  'investment_board_totals',
  {
    boardId: uuid('board_id').notNull(),
    investmentType: text('investment_type').notNull(),
    grain: text('grain').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    ...investmentMeasures,
  },
  (t) => [
    primaryKey({ columns: [t.boardId, t.investmentType, t.grain, t.periodStart] }),
    index('investment_board_totals_grain_start_idx').on(t.grain, t.periodStart),
  ],
);

/**
 * Production and business by zone, investment type and reporting period (month, quarter, half,
 * year): each enterprise's figure for the period — its accepted report for it, or the finest kind
 * of sub-period it has accepted in full — summed.
 */
export const productionTotals = pgTable(
  'production_totals',
  {
    boardId: uuid('board_id').notNull(),
    zoneId: uuid('zone_id').notNull(),
    investmentType: text('investment_type').notNull(),
    period: text('period').notNull(),
    /** Enterprises with a figure for the period. */
    reported: count('reported'),
    /** Of those, how many were not in operation at any time in the period (coverage counts them). */
    reportedOutside: count('reported_outside'),
    productionValueVnd: money('production_value_vnd'),
    revenueVnd: money('revenue_vnd'),
    exportUsd: money('export_usd'),
    importUsd: money('import_usd'),
    budgetPaidVnd: money('budget_paid_vnd'),
    revenueUsd: money('revenue_usd'),
    budgetPaidUsd: money('budget_paid_usd'),
    workers: money('workers'),
    insuredWorkers: money('insured_workers'),
    /** Σ workers × the enterprise's worker-weighted mean income, and the workers it is over. */
    incomeWeighted: money('income_weighted'),
    incomeWorkers: money('income_workers'),
  },
  (t) => [
    primaryKey({ columns: [t.boardId, t.zoneId, t.investmentType, t.period] }),
    index('production_totals_period_idx').on(t.period),
  ],
);
