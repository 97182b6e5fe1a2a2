import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { blocs, boards } from '../boards/index.ts';
import { users } from '../users/index.ts';


export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;

/**
 * Phong trào thi đua: organised by a board (board_id) or by a bloc (bloc_id), never both — a
 * bloc's movement is kept by its leader for the year.
 */
export const emulationMovements = pgTable(
  'emulation_movements',
  {
    ...recordColumns,
    boardId: uuid('board_id').references(() => boards.id),
    blocId: uuid('bloc_id').references(() => blocs.id),
    name: text('name').notNull(),
    /** Who launched it, in words (e.g. "Ban Quản lý các KCN tỉnh Thái Bình", "Khối thi đua …"). */
    organiser: text('organiser').notNull(),
    kind: text('kind').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    content: text('content').notNull().default(''),
  },
  (t) => [
    check('emulation_movements_owner', sql`(board_id is null) <> (bloc_id is null)`),
    check('emulation_movements_kind', oneOf('kind', MOVEMENT_KINDS)),
    check('emulation_movements_period', sql`ends_on >= starts_on`),
    index('emulation_movements_board').on(t.boardId),
    index('emulation_movements_bloc').on(t.blocId),
  ],
);

/**
 * Giao ước thi đua: the covenant a bloc's members sign for a year, kept as the signed document
 * (the file) with who signed it, where and when.
 */
export const emulationCovenants = pgTable(
  'emulation_covenants',
  {
    ...recordColumns,
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => blocs.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    place: text('place').notNull().default(''),
    content: text('content').notNull().default(''),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    fileContent: bytea('file_content'),
    fileSha256: text('file_sha256'),
  },
  (t) => [uniqueIndex('emulation_covenants_bloc_year').on(t.blocId, t.year)],
);

/** The boards that signed a covenant. */
export const emulationCovenantSignatories = pgTable(
  'emulation_covenant_signatories',
  {
    covenantId: uuid('covenant_id')
      .notNull()
      .references(() => emulationCovenants.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
  },
  (t) => [primaryKey({ columns: [t.covenantId, t.boardId] })],
);

export const CRITERION_KINDS = [
  'sum',
  'quantitative',
  'pass_fail',
  'per_occurrence',
  'bonus',
  'penalty',
] as const;

/**
 * Bảng tiêu chí, thang điểm thi đua: a bloc's scoring table of one year (itself a legal document,
 * adopted by a decision), a tree of criteria.
 */
export const scoringTables = pgTable(
  'scoring_tables',
  {
    ...recordColumns,
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => blocs.id),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    /** The decision or regulation that adopted it (e.g. "Quy chế hoạt động Khối, 12/01/2024"). */
    adoptedBy: text('adopted_by').notNull().default(''),
  },
  (t) => [uniqueIndex('scoring_tables_bloc_year').on(t.blocId, t.year)],
);

/**
 * A criterion: `sum` adds its children (capped at its maximum); `quantitative` scores an actual
 * value against a target, relative to the bloc's best; `pass_fail` gives the maximum or nothing;
 * `per_occurrence` gives `points_per_occurrence` each, up to the maximum; `bonus` adds and
 * `penalty` subtracts, each up to its maximum. `source` names a figure of the consolidated report
 * a quantitative criterion takes its actual value from.
 */
export const scoringCriteria = pgTable(
  'scoring_criteria',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    tableId: uuid('table_id')
      .notNull()
      .references(() => scoringTables.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => scoringCriteria.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** Its number in the table: "1", "1.2", "II.3". */
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    maxPoints: numeric('max_points', { precision: 10, scale: 2 }).notNull(),
    pointsPerOccurrence: numeric('points_per_occurrence', { precision: 10, scale: 2 }),
    /** The unit of a quantitative criterion's value (%, tỷ đồng, triệu USD, dự án). */
    unit: text('unit'),
    source: text('source'),
  },
  (t) => [
    check('scoring_criteria_kind', oneOf('kind', CRITERION_KINDS)),
    check('scoring_criteria_max', sql`max_points >= 0`),
    uniqueIndex('scoring_criteria_code').on(t.tableId, t.code),
    index('scoring_criteria_parent').on(t.parentId),
  ],
);

/** A member's target for a quantitative criterion (chỉ tiêu đăng ký). */
export const scoringTargets = pgTable(
  'scoring_targets',
  {
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => scoringCriteria.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    target: numeric('target', { precision: 24, scale: 4 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.criterionId, t.boardId] })],
);

export const SCORE_SHEET_STATES = ['draft', 'submitted', 'reviewed'] as const;

/** A member's score sheet: scored by the member itself, then reviewed by the bloc's leader. */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    ...recordColumns,
    tableId: uuid('table_id')
      .notNull()
      .references(() => scoringTables.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    state: text('state').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('score_sheets_member').on(t.tableId, t.boardId),
    check('score_sheets_state', oneOf('state', SCORE_SHEET_STATES)),
  ],
);

/**
 * One criterion's value on a sheet: the member's own (self_*) and the leader's reviewed one; a
 * quantitative value, a pass, or a count of occurrences, as the criterion's kind asks.
 */
export const scoreEntries = pgTable(
  'score_entries',
  {
    sheetId: uuid('sheet_id')
      .notNull()
      .references(() => scoreSheets.id, { onDelete: 'cascade' }),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => scoringCriteria.id, { onDelete: 'cascade' }),
    selfValue: numeric('self_value', { precision: 24, scale: 4 }),
    selfPassed: boolean('self_passed'),
    reviewedValue: numeric('reviewed_value', { precision: 24, scale: 4 }),
    reviewedPassed: boolean('reviewed_passed'),
    note: text('note'),
    evidence: text('evidence'),
  },
  (t) => [primaryKey({ columns: [t.sheetId, t.criterionId] })],
);
