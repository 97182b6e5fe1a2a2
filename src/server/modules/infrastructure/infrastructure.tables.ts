import { sql } from 'drizzle-orm';
import { bigint, check, date, index, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/index.ts';
import { users } from '../users/index.ts';
import { zones } from '../zones/index.ts';
import { INFRASTRUCTURE_WORK_KINDS } from '../../../domain/infrastructure-works.ts';

/**
 * A zone's infrastructure work (công trình hạ tầng): internal roads, the wastewater plant, water,
 * power, drainage, worker housing. Planned capacity, capital and schedule; what was reached is in
 * its progress reports.
 */
export const infrastructureWorks = pgTable(
  'infrastructure_works',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    kind: text('kind', { enum: INFRASTRUCTURE_WORK_KINDS }).notNull(),
    name: text('name').notNull(),
    /** The unit its capacity is measured in (km, m³/ngày.đêm, MVA, căn hộ…). */
    capacityUnit: text('capacity_unit').notNull(),
    plannedCapacity: numeric('planned_capacity'),
    /** Total investment capital of the work, đồng. */
    plannedCapitalVnd: bigint('planned_capital_vnd', { mode: 'bigint' }),
    plannedStartOn: date('planned_start_on', { mode: 'string' }),
    plannedCompletionOn: date('planned_completion_on', { mode: 'string' }).notNull(),
    /** Set when the work is put into use (hoàn thành, đưa vào sử dụng). */
    completedOn: date('completed_on', { mode: 'string' }),
    note: text('note'),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    check('infrastructure_works_kind_check', oneOf('kind', INFRASTRUCTURE_WORK_KINDS)),
    check(
      'infrastructure_works_non_negative',
      sql`coalesce(planned_capacity, 0) >= 0 and coalesce(planned_capital_vnd, 0) >= 0`,
    ),
    check(
      'infrastructure_works_schedule',
      sql`planned_start_on is null or planned_start_on <= planned_completion_on`,
    ),
    index('infrastructure_works_board_idx').on(t.boardId),
    index('infrastructure_works_zone_idx').on(t.zoneId),
  ],
);

/** A progress report on a work (báo cáo tiến độ) as of a date: appended, never edited. */
export const infrastructureProgressReports = pgTable(
  'infrastructure_progress_reports',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    workId: uuid('work_id')
      .notNull()
      .references(() => infrastructureWorks.id),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    /** Physical progress, percent with up to one decimal (0–100). */
    progressPct: numeric('progress_pct').notNull(),
    /** Capacity in use or built so far, in the work's unit. */
    actualCapacity: numeric('actual_capacity'),
    /** Capital disbursed so far (lũy kế giải ngân), đồng. */
    disbursedVnd: bigint('disbursed_vnd', { mode: 'bigint' }),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('infrastructure_progress_pct', sql`progress_pct >= 0 and progress_pct <= 100`),
    check(
      'infrastructure_progress_non_negative',
      sql`coalesce(actual_capacity, 0) >= 0 and coalesce(disbursed_vnd, 0) >= 0`,
    ),
    index('infrastructure_progress_work_idx').on(t.workId, t.reportedOn),
    index('infrastructure_progress_board_idx').on(t.boardId),
  ],
);
