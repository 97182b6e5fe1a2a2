import { sql } from 'drizzle-orm';
import { check, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';

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
