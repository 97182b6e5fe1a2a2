import { check, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';

/** Nhà đầu tư — a company or person investing in the board's zones. */
export const investors = pgTable(
  'investors',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    name: text('name').notNull(),
    /** ISO 3166-1 alpha-2; VN for domestic investors. */
    country: text('country').notNull(),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    uniqueIndex('investors_board_name_country_key').on(t.boardId, t.name, t.country),
    check('investors_country_format', sql`country ~ '^[A-Z]{2}$'`),
  ],
);
