import { check, date, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';
import { projects, INVESTMENT_TYPES } from '../projects/projects.tables.ts';
import { users } from '../users/users.tables.ts';
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

/** An enterprise user's account belongs to one enterprise (tài khoản doanh nghiệp). */
export const enterpriseAccounts = pgTable(
  'enterprise_accounts',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
  },
  (t) => [index('enterprise_accounts_enterprise_idx').on(t.enterpriseId)],
);
