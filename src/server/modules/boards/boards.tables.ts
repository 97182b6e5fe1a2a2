import {
  type AnyPgColumn,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  timestamp,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';

/** Ban Quản lý KKT và các KCN — the tenant: every board-owned row carries its id. */
export const boards = pgTable(
  'boards',
  {
    ...recordColumns,
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Province code (mã tỉnh) of the province the board serves. */
    provinceCode: text('province_code'),
    /**
     * The first day the board no longer exists (merged into `succeededBy`, organisation-v1): its
     * records stay readable under its code, nothing is written to it any more.
     */
    dissolvedOn: date('dissolved_on', { mode: 'string' }),
    succeededBy: uuid('succeeded_by').references((): AnyPgColumn => boards.id),
  },
  (t) => [
    uniqueIndex('boards_code_key').on(t.code),
    check('boards_code_format', sql`code ~ '^[A-Z0-9-]{1,16}$'`),
    check(
      'boards_succession',
      sql`(dissolved_on is null) = (succeeded_by is null) and succeeded_by is distinct from id`,
    ),
  ],
);

/** Khối thi đua — a regional emulation bloc of boards (e.g. the Red River Delta boards). */
export const blocs = pgTable(
  'blocs',
  {
    ...recordColumns,
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('blocs_code_key').on(t.code)],
);

/**
 * One year of a bloc (blocs-v1): its leader (khối trưởng) and deputy (khối phó), both members and
 * different; the deputy may be missing (a bloc of one member has none).
 */
export const blocYears = pgTable(
  'bloc_years',
  {
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => blocs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    leaderBoardId: uuid('leader_board_id')
      .notNull()
      .references(() => boards.id),
    deputyBoardId: uuid('deputy_board_id').references(() => boards.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.blocId, t.year] }),
    check('bloc_years_year', sql`year between 1990 and 2200`),
    check('bloc_years_deputy_differs', sql`deputy_board_id is distinct from leader_board_id`),
  ],
);

/** The members of a bloc in one year, in the order the bloc lists them (`position`). */
export const blocYearMembers = pgTable(
  'bloc_year_members',
  {
    blocId: uuid('bloc_id').notNull(),
    year: integer('year').notNull(),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.blocId, t.year, t.boardId] }),
    foreignKey({ columns: [t.blocId, t.year], foreignColumns: [blocYears.blocId, blocYears.year] }).onDelete(
      'cascade',
    ),
    index('bloc_year_members_board').on(t.boardId),
  ],
);

/**
 * A member's return (số liệu do thành viên gửi): the consolidated report's figures of one period for
 * a member whose own records are not in this database, entered or imported by the bloc's leader.
 * A member's own records always win over its return. Money as exact numerics (USD with cents,
 * đồng whole), areas in hectares.
 */
export const blocReturns = pgTable(
  'bloc_returns',
  {
    ...recordColumns,
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => blocs.id, { onDelete: 'cascade' }),
    /** The member the figures are of. */
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    /** A period as in the production report (2024-H1, 2024, 2024-Q3, 2024-M05). */
    period: text('period').notNull(),
    newProjectsFdi: integer('new_projects_fdi').notNull(),
    newProjectsDdi: integer('new_projects_ddi').notNull(),
    capitalFdiUsd: numeric('capital_fdi_usd', { precision: 20, scale: 2 }).notNull(),
    capitalDdiVnd: numeric('capital_ddi_vnd', { precision: 24, scale: 0 }).notNull(),
    revenueFdiUsd: numeric('revenue_fdi_usd', { precision: 20, scale: 2 }).notNull(),
    revenueDdiVnd: numeric('revenue_ddi_vnd', { precision: 24, scale: 0 }).notNull(),
    budgetPaidFdiUsd: numeric('budget_paid_fdi_usd', { precision: 20, scale: 2 }).notNull(),
    budgetPaidDdiVnd: numeric('budget_paid_ddi_vnd', { precision: 24, scale: 0 }).notNull(),
    zonesInPlanCount: integer('zones_in_plan_count').notNull(),
    zonesInPlanAreaHa: numeric('zones_in_plan_area_ha', { precision: 14, scale: 4 }).notNull(),
    zonesOperatingCount: integer('zones_operating_count').notNull(),
    zonesOperatingAreaHa: numeric('zones_operating_area_ha', { precision: 14, scale: 4 }).notNull(),
    zonesUnderConstructionCount: integer('zones_under_construction_count').notNull(),
    zonesUnderConstructionAreaHa: numeric('zones_under_construction_area_ha', {
      precision: 14,
      scale: 4,
    }).notNull(),
    /** How the figures came: typed in the form or read from the Excel template. */
    source: text('source').notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('bloc_returns_member_period').on(t.blocId, t.boardId, t.period),
    check('bloc_returns_source', oneOf('source', ['form', 'import', 'package'])),
  ],
);
