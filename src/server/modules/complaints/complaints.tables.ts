import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/index.ts';
import { enterprises } from '../enterprises/index.ts';
import { users } from '../users/index.ts';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  COMPLAINT_RESULTS,
  COMPLAINT_STATUSES,
} from '../../../domain/complaints.ts';

/**
 * A complaint (khiếu nại), denunciation (tố cáo) or petition (kiến nghị, phản ánh) received by the
 * board: by which channel, against whom, about what; who settles it; its statutory deadlines in
 * working days (src/domain/complaints.ts over the one-stop calendar), the result and its
 * publication. The reporter's identity is kept apart (complaint_reporters).
 */
export const complaints = pgTable(
  'complaints',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    /** The board's receipt number of the year (e.g. "KN-2025-003"). */
    reference: text('reference').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** Against whom: an enterprise of the board, and/or in words (a person, a department). */
    respondentEnterpriseId: uuid('respondent_enterprise_id').references(() => enterprises.id),
    respondent: text('respondent').notNull().default(''),
    subject: text('subject').notNull(),
    content: text('content').notNull(),
    /** Lĩnh vực (land, labour, environment …): src/domain/complaints.ts COMPLAINT_FIELDS. */
    field: text('field').notNull(),
    /** The staff member assigned to verify and settle it, and the department. */
    handlerUserId: uuid('handler_user_id').references(() => users.id),
    department: text('department').notNull().default(''),
    status: text('status').notNull().default('received'),
    /** Deadline to accept (thụ lý) or refuse, from receipt. */
    acceptDueOn: date('accept_due_on', { mode: 'string' }).notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    /** Deadline to settle, from acceptance, after any extension. */
    settleDueOn: date('settle_due_on', { mode: 'string' }),
    extendedWorkingDays: integer('extended_working_days').notNull().default(0),
    extensionReason: text('extension_reason').notNull().default(''),
    refusalReason: text('refusal_reason').notNull().default(''),
    result: text('result'),
    resultSummary: text('result_summary').notNull().default(''),
    decisionNumber: text('decision_number'),
    settledOn: date('settled_on', { mode: 'string' }),
    /** Công khai kết quả: when and how. */
    publishedOn: date('published_on', { mode: 'string' }),
    publication: text('publication').notNull().default(''),
  },
  (t) => [
    check('complaints_kind', oneOf('kind', COMPLAINT_KINDS)),
    check('complaints_channel', oneOf('channel', COMPLAINT_CHANNELS)),
    check('complaints_status', oneOf('status', COMPLAINT_STATUSES)),
    check('complaints_result', sql`result is null or ${oneOf('result', COMPLAINT_RESULTS)}`),
    check('complaints_extension', sql`extended_working_days >= 0`),
    check('complaints_settled', sql`(status = 'settled') = (settled_on is not null and result is not null)`),
    uniqueIndex('complaints_board_reference').on(t.boardId, t.reference),
    index('complaints_board_received').on(t.boardId, t.receivedOn),
    index('complaints_handler').on(t.handlerUserId),
  ],
);

/**
 * Who sent a complaint or denunciation: kept apart from the record so that no list or answer
 * joins it by accident; read only by the roles the rules name (and the assigned handler), each
 * read audited.
 */
export const complaintReporters = pgTable('complaint_reporters', {
  complaintId: uuid('complaint_id')
    .primaryKey()
    .references(() => complaints.id, { onDelete: 'cascade' }),
  boardId: uuid('board_id')
    .notNull()
    .references(() => boards.id),
  fullName: text('full_name').notNull(),
  address: text('address').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  /** Số CCCD / giấy tờ tùy thân. */
  identityNumber: text('identity_number').notNull().default(''),
  version: integer('version').notNull().default(1),
});
