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
import { investors } from '../investors/investors.tables.ts';
import { zones } from '../zones/zones.tables.ts';
import { INVESTMENT_TYPES } from '../../../domain/investment-types.ts';

export { INVESTMENT_TYPES };
export const PROJECT_STATUSES = ['active', 'terminated'] as const;
/** new cấp mới · adjustment điều chỉnh · termination chấm dứt hoạt động. */
export const LICENSING_EVENT_KINDS = ['new', 'adjustment', 'termination'] as const;

/** Dự án đầu tư, identified by its project code (mã số dự án) within the board. */
export const projects = pgTable(
  'projects',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    investmentType: text('investment_type', { enum: INVESTMENT_TYPES }).notNull(),
    /** VSIC 2018 code of the main activity. */
    sector: text('sector'),
    landHa: numeric('land_ha'),
    /** Derived from the licensing events in the same transaction that changes them. */
    status: text('status', { enum: PROJECT_STATUSES }).notNull().default('active'),
    licensedOn: date('licensed_on', { mode: 'string' }),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    uniqueIndex('projects_board_code_key').on(t.boardId, t.code),
    index('projects_board_zone_idx').on(t.boardId, t.zoneId),
    index('projects_board_licensed_idx').on(t.boardId, t.licensedOn),
    check('projects_type_check', oneOf('investment_type', INVESTMENT_TYPES)),
    check('projects_status_check', oneOf('status', PROJECT_STATUSES)),
    check('projects_land_non_negative', sql`coalesce(land_ha, 0) >= 0`),
  ],
);

export const projectInvestors = pgTable(
  'project_investors',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    investorId: uuid('investor_id')
      .notNull()
      .references(() => investors.id),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.investorId] }),
    index('project_investors_investor_idx').on(t.investorId),
  ],
);

/**
 * Licensing history (cấp mới, điều chỉnh, chấm dứt): the source of every "lượt dự án" figure.
 * An adjustment states the registered capital after the change; without one it is unchanged.
 */
export const licensingEvents = pgTable(
  'licensing_events',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: LICENSING_EVENT_KINDS }).notNull(),
    eventDate: date('event_date', { mode: 'string' }).notNull(),
    /** Order among one project's events of the same date: recording order. */
    seq: integer('seq').notNull(),
    /** Certificate or decision number (số GCNĐKĐT / số quyết định). */
    documentNo: text('document_no').notNull(),
    capitalVnd: bigint('capital_vnd', { mode: 'bigint' }),
    capitalUsd: numeric('capital_usd', { precision: 18, scale: 2 }),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('licensing_events_key').on(t.projectId, t.kind, t.eventDate, t.documentNo),
    uniqueIndex('licensing_events_project_seq_key').on(t.projectId, t.seq),
    index('licensing_events_board_date_idx').on(t.boardId, t.eventDate),
    index('licensing_events_project_order_idx').on(t.projectId, t.eventDate, t.seq),
    check('licensing_events_kind_check', oneOf('kind', LICENSING_EVENT_KINDS)),
    check(
      'licensing_events_capital_non_negative',
      sql`coalesce(capital_vnd, 0) >= 0 and coalesce(capital_usd, 0) >= 0`,
    ),
  ],
);

/** Vốn thực hiện — cumulative capital actually implemented by the project up to `as_of`. */
export const capitalImplementations = pgTable(
  'capital_implementations',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    implementedVnd: bigint('implemented_vnd', { mode: 'bigint' }).notNull(),
  },
  (t) => [
    uniqueIndex('capital_implementations_project_as_of_key').on(t.projectId, t.asOf),
    index('capital_implementations_board_idx').on(t.boardId, t.asOf),
    check('capital_implementations_non_negative', sql`implemented_vnd >= 0`),
  ],
);
