import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, oneOf, recordColumns } from '../../kernel/db/columns.ts';
import {
  DEADLINE_UNITS,
  DOSSIER_CHANNELS,
  DOSSIER_STATUSES,
  ONLINE_LEVELS,
  RESULT_KINDS,
  ATTACHMENT_PURPOSES,
  type ProcedureDocument,
  type ProcedureStep,
} from '../../../domain/one-stop.ts';
import { boards } from '../boards/boards.tables.ts';
import { enterprises } from '../enterprises/enterprises.tables.ts';
import { users } from '../users/users.tables.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A year's schedule of working days (one-stop-v1): the days off and the make-up working days the
 * government announced, replacing the Labour Code default for that whole year. Database-wide —
 * the law is the same for every board. A year without a row follows the built-in schedule
 * (2025, 2026) or the default (src/domain/working-days.ts).
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    year: integer('year').primaryKey(),
    daysOff: date('days_off', { mode: 'string' }).array().notNull(),
    workdays: date('workdays', { mode: 'string' }).array().notNull(),
    /** Where the schedule comes from: the government's notice (number and date). */
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [check('calendar_years_year_check', sql`${t.year} between 1990 and 2200`)],
);

/** A board's one-stop office: how its dossier codes begin and what its slips print. */
export const oneStopOffices = pgTable('one_stop_offices', {
  boardId: uuid('board_id')
    .primaryKey()
    .references(() => boards.id),
  /** The first part of every dossier code, e.g. `H56.22` (the agency's code on the portal). */
  codePrefix: text('code_prefix').notNull(),
  /** Bộ phận tiếp nhận và trả kết quả: its name, address, telephone and opening hours. */
  counterName: text('counter_name'),
  address: text('address'),
  phone: text('phone'),
  hours: text('hours'),
  version: integer('version').notNull().default(1),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** Thủ tục hành chính: a procedure of the board, identified by its code within the board. */
export const procedures = pgTable(
  'procedures',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    code: text('code').notNull(),
    /** No longer offered from this date (bãi bỏ); its dossiers stay. */
    retiredOn: date('retired_on', { mode: 'string' }),
  },
  (t) => [uniqueIndex('procedures_board_code_key').on(t.boardId, t.code)],
);

/**
 * A procedure as the law stood from `effectiveFrom` (until the next version): a dossier keeps the
 * version in force on the day it was received.
 */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
    /** Lĩnh vực: đầu tư, xây dựng, môi trường, lao động… */
    field: text('field').notNull(),
    legalBasis: text('legal_basis'),
    deadlineValue: integer('deadline_value').notNull(),
    deadlineUnit: text('deadline_unit', { enum: DEADLINE_UNITS }).notNull(),
    onlineLevel: text('online_level', { enum: ONLINE_LEVELS }).notNull(),
    /** Lệ phí as the law words it ("0", "Không", "500.000 đồng/giấy phép"). */
    fee: text('fee'),
    /** Thành phần hồ sơ: each document, with how many originals and copies. */
    documents: jsonb('documents').$type<ProcedureDocument[]>().notNull().default([]),
    /** The steps in order, each with its department and its own share of the deadline. */
    steps: jsonb('steps').$type<ProcedureStep[]>().notNull().default([]),
    /** What the applicant receives (kết quả), e.g. "Giấy chứng nhận đăng ký đầu tư". */
    resultName: text('result_name'),
  },
  (t) => [
    uniqueIndex('procedure_versions_procedure_effective_key').on(t.procedureId, t.effectiveFrom),
    index('procedure_versions_board_idx').on(t.boardId),
    check('procedure_versions_unit_check', oneOf('deadline_unit', DEADLINE_UNITS)),
    check('procedure_versions_online_check', oneOf('online_level', ONLINE_LEVELS)),
    check('procedure_versions_deadline_check', sql`${t.deadlineValue} between 0 and 3650`),
  ],
);

/**
 * Hồ sơ: a dossier received for a procedure. Its code (mã hồ sơ) is unique in the database. The
 * deadline is the version's, kept on the dossier; `dueDate` is computed by the working-day
 * calendar (receipt, deadline, supplements) and recomputed when those or the calendar change.
 * The apology letter's new date never replaces the legal due date: both are kept.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    code: text('code').notNull(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    procedureVersionId: uuid('procedure_version_id')
      .notNull()
      .references(() => procedureVersions.id),
    channel: text('channel', { enum: DOSSIER_CHANNELS }).notNull(),
    status: text('status', { enum: DOSSIER_STATUSES }).notNull(),
    /** Who applies: the enterprise or investor as the receipt names them. */
    applicantName: text('applicant_name').notNull(),
    applicantTaxCode: text('applicant_tax_code'),
    applicantEmail: text('applicant_email'),
    applicantPhone: text('applicant_phone'),
    applicantAddress: text('applicant_address'),
    /** The enterprise whose account submitted it, or whom staff linked. */
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    /** Trích yếu: what is asked. */
    summary: text('summary'),
    /** When an online submission arrived (before it was received). */
    submittedAt: instant('submitted_at'),
    /** A public submission's e-mail confirmation: a hash of the token mailed; null once confirmed. */
    confirmationTokenHash: text('confirmation_token_hash'),
    /** Tiếp nhận: the clock starts here. Null while an online submission awaits acceptance. */
    receivedAt: instant('received_at'),
    receivedBy: text('received_by'),
    deadlineValue: integer('deadline_value').notNull(),
    deadlineUnit: text('deadline_unit', { enum: DEADLINE_UNITS }).notNull(),
    /** Ngày hẹn trả: computed, never given by a user or a package. */
    dueDate: date('due_date', { mode: 'string' }),
    /** Không tiếp nhận (form 03): why. */
    notAcceptedReason: text('not_accepted_reason'),
    resultKind: text('result_kind', { enum: RESULT_KINDS }),
    resultAt: instant('result_at'),
    /** Số, ký hiệu of the result (the certificate or decision), and a note. */
    resultNumber: text('result_number'),
    resultNote: text('result_note'),
    /** Trả kết quả: handed to the applicant. */
    returnedAt: instant('returned_at'),
    /** Form 04, the apology letter for a late dossier: when, why, and the new date promised. */
    apologyAt: instant('apology_at'),
    apologyReason: text('apology_reason'),
    apologyNewDate: date('apology_new_date', { mode: 'string' }),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    uniqueIndex('dossiers_code_key').on(t.code),
    index('dossiers_board_received_idx').on(t.boardId, t.receivedAt),
    index('dossiers_board_status_idx').on(t.boardId, t.status),
    index('dossiers_procedure_idx').on(t.procedureId),
    index('dossiers_enterprise_idx').on(t.enterpriseId),
    check('dossiers_channel_check', oneOf('channel', DOSSIER_CHANNELS)),
    check('dossiers_status_check', oneOf('status', DOSSIER_STATUSES)),
    check('dossiers_unit_check', oneOf('deadline_unit', DEADLINE_UNITS)),
    check('dossiers_result_check', sql`result_kind is null or ${oneOf('result_kind', RESULT_KINDS)}`),
    check('dossiers_result_pair_check', sql`(result_kind is null) = (result_at is null)`),
  ],
);

/** Yêu cầu bổ sung (form 02): the clock stops from the request until the supplement arrives. */
export const dossierSupplements = pgTable(
  'dossier_supplements',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    requestedAt: instant('requested_at').notNull(),
    /** What is missing or to be corrected, as the request says it. */
    reason: text('reason').notNull(),
    requestedBy: text('requested_by').notNull(),
    suppliedAt: instant('supplied_at'),
    suppliedNote: text('supplied_note'),
  },
  (t) => [index('dossier_supplements_dossier_idx').on(t.dossierId, t.requestedAt)],
);

/** A dossier's processing step: the department (and person) doing it and its own due date. */
export const dossierSteps = pgTable(
  'dossier_steps',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    department: text('department').notNull(),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    workingDays: integer('working_days').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    startedAt: instant('started_at'),
    completedAt: instant('completed_at'),
    completedBy: text('completed_by'),
    note: text('note'),
  },
  (t) => [uniqueIndex('dossier_steps_dossier_position_key').on(t.dossierId, t.position)],
);

/** Quá trình xử lý: every action on a dossier, in order (the audit log also has each). */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    at: instant('at').notNull(),
    action: text('action').notNull(),
    /** The dossier's status after the action. */
    status: text('status', { enum: DOSSIER_STATUSES }).notNull(),
    actor: text('actor').notNull(),
    note: text('note'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('dossier_events_dossier_idx').on(t.dossierId, t.at)],
);

/** A file of a dossier (application documents, supplements, the result), stored in the database. */
export const dossierAttachments = pgTable(
  'dossier_attachments',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ATTACHMENT_PURPOSES }).notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('dossier_attachments_dossier_idx').on(t.dossierId),
    check('dossier_attachments_purpose_check', oneOf('purpose', ATTACHMENT_PURPOSES)),
  ],
);
