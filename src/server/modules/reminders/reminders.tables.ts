import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';
import { enterprises } from '../enterprises/enterprises.tables.ts';

/** sent · no address on the accounts · no SMTP server configured · the server refused it. */
export const MAIL_STATUSES = ['sent', 'no_address', 'not_configured', 'failed'] as const;

/**
 * Nhắc nộp báo cáo: a reminder sent to an enterprise that has not filed a period — shown on its
 * filing page, and e-mailed to its accounts when the board has an SMTP server.
 */
export const reminders = pgTable(
  'reminders',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Who sent it (the audit log's label). */
    sentBy: text('sent_by').notNull(),
    /** The addresses the e-mail went (or would have gone) to. */
    recipients: text('recipients').array().notNull(),
    mailStatus: text('mail_status', { enum: MAIL_STATUSES }).notNull(),
    mailError: text('mail_error'),
  },
  (t) => [
    index('reminders_board_period_idx').on(t.boardId, t.period),
    index('reminders_enterprise_idx').on(t.enterpriseId, t.sentAt),
    check('reminders_mail_status_check', oneOf('mail_status', MAIL_STATUSES)),
  ],
);
