import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/index.ts';
import { enterprises } from '../enterprises/index.ts';
import { users } from '../users/index.ts';
import {
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  INSPECTION_KINDS,
  INSPECTION_PLAN_STATUSES,
  INSPECTION_STATUSES,
} from '../../../domain/inspection.ts';


/**
 * Kế hoạch kiểm tra năm: the board's yearly plan of inspections, drafted by staff and approved by
 * a decision (number, date, signer). Its items are the enterprises and topics to inspect.
 */
export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    status: text('status').notNull().default('draft'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    /** Who signed the approving decision, in words (e.g. "Trưởng ban"). */
    approvedBy: text('approved_by'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    check('inspection_plans_status', oneOf('status', INSPECTION_PLAN_STATUSES)),
    check(
      'inspection_plans_approval',
      sql`status = 'draft' or (decision_number is not null and decision_date is not null)`,
    ),
    index('inspection_plans_board_year').on(t.boardId, t.year),
  ],
);

/** One line of a plan: an enterprise, the topics to inspect there, when, and who co-operates. */
export const inspectionPlanItems = pgTable(
  'inspection_plan_items',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => inspectionPlans.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** Topic codes (src/domain/inspection.ts INSPECTION_TOPICS). */
    topics: text('topics').array().notNull(),
    /** The month planned (1–12), or null when the plan says only the year. */
    plannedMonth: integer('planned_month'),
    /** Co-operating agencies in words (Sở Tài nguyên và Môi trường, Công an PCCC …). */
    cooperatingAgencies: text('cooperating_agencies')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The board's department that leads it. */
    leadUnit: text('lead_unit').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [
    check('inspection_plan_items_month', sql`planned_month is null or planned_month between 1 and 12`),
    index('inspection_plan_items_plan').on(t.planId),
    index('inspection_plan_items_board').on(t.boardId),
    index('inspection_plan_items_enterprise').on(t.enterpriseId),
  ],
);

/**
 * Cuộc kiểm tra: done under a plan item (planned) or out of plan (unplanned: đột xuất), by a team
 * at an enterprise on some topics. Open until its conclusion (kết luận) is issued.
 */
export const inspections = pgTable(
  'inspections',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    planItemId: uuid('plan_item_id').references(() => inspectionPlanItems.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    kind: text('kind').notNull(),
    topics: text('topics').array().notNull(),
    /** The decision that ordered the inspection (số quyết định kiểm tra), in words. */
    basis: text('basis').notNull().default(''),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    teamLeader: text('team_leader').notNull(),
    teamMembers: text('team_members')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    cooperatingAgencies: text('cooperating_agencies')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Who received the team for the enterprise (name and position). */
    enterpriseRepresentative: text('enterprise_representative').notNull().default(''),
    /** What was checked and seen, as the record (biên bản) states it. */
    summary: text('summary').notNull().default(''),
    status: text('status').notNull().default('open'),
    /** Biên bản kiểm tra: its number and date. */
    recordNumber: text('record_number'),
    recordedOn: date('recorded_on', { mode: 'string' }),
    /** Kết luận kiểm tra: its number, date and text. */
    conclusionNumber: text('conclusion_number'),
    concludedOn: date('concluded_on', { mode: 'string' }),
    conclusion: text('conclusion').notNull().default(''),
  },
  (t) => [
    check('inspections_kind', oneOf('kind', INSPECTION_KINDS)),
    check('inspections_status', oneOf('status', INSPECTION_STATUSES)),
    check('inspections_planned', sql`(kind = 'planned') = (plan_item_id is not null)`),
    check('inspections_period', sql`ended_on is null or ended_on >= started_on`),
    check(
      'inspections_concluded',
      sql`status = 'open' or (conclusion_number is not null and concluded_on is not null)`,
    ),
    index('inspections_board').on(t.boardId, t.startedOn),
    index('inspections_enterprise').on(t.enterpriseId),
    index('inspections_plan_item').on(t.planItemId),
  ],
);

/**
 * A finding (vi phạm / tồn tại): what was wrong, under which legal basis, how serious, the fine,
 * and the remedy required by a deadline. Closed with evidence that it was remedied; overdue when
 * its deadline has passed open (computed, never stored).
 */
export const inspectionFindings = pgTable(
  'inspection_findings',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    topic: text('topic').notNull(),
    description: text('description').notNull(),
    legalBasis: text('legal_basis').notNull().default(''),
    severity: text('severity').notNull(),
    /** The fine imposed, in đồng (null: none). */
    fineDong: bigint('fine_dong', { mode: 'bigint' }),
    remedy: text('remedy').notNull().default(''),
    remedyDueOn: date('remedy_due_on', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    closingNote: text('closing_note').notNull().default(''),
  },
  (t) => [
    check('inspection_findings_severity', oneOf('severity', FINDING_SEVERITIES)),
    check('inspection_findings_status', oneOf('status', FINDING_STATUSES)),
    check('inspection_findings_fine', sql`fine_dong is null or fine_dong >= 0`),
    check('inspection_findings_closed', sql`(status = 'closed') = (closed_on is not null)`),
    index('inspection_findings_inspection').on(t.inspectionId),
    index('inspection_findings_board_due').on(t.boardId, t.status, t.remedyDueOn),
  ],
);

/**
 * Follow-up of a finding (theo dõi khắc phục): what the enterprise reported or the board saw, with
 * its evidence (a note and optionally a file). Kept as written, never edited.
 */
export const inspectionFollowUps = pgTable(
  'inspection_follow_ups',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => inspectionFindings.id),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    evidence: text('evidence').notNull().default(''),
    fileName: text('file_name'),
    contentType: text('content_type'),
    content: bytea('content'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'inspection_follow_ups_file',
      sql`(file_name is null) = (content is null) and (content is null) = (content_type is null)`,
    ),
    index('inspection_follow_ups_finding').on(t.findingId),
  ],
);
