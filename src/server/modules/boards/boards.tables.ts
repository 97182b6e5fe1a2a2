import {
  type AnyPgColumn,
  check,
  date,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { recordColumns } from '../../kernel/db/columns.ts';

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

export const blocMembers = pgTable(
  'bloc_members',
  {
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => blocs.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    since: date('since', { mode: 'string' }),
    /** The first day the board is no longer a member (a merge ends it); null while it is. */
    until: date('until', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.blocId, t.boardId] })],
);
