import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/index.ts';
import { enterprises } from '../enterprises/index.ts';
import { users } from '../users/index.ts';
import {
  DIFFICULTY_CHANNELS,
  DIFFICULTY_EVENTS,
  DIFFICULTY_STATUSES,
  DIFFICULTY_TOPICS,
  RESPONSIBLE_KINDS,
} from '../../../domain/difficulties.ts';

/**
 * Khó khăn, vướng mắc, kiến nghị of an enterprise: raised from its account or recorded by staff
 * (at a dialogue conference, by letter), routed to the department or agency responsible, answered,
 * and confirmed (or reopened) by the enterprise.
 */
export const difficulties = pgTable(
  'difficulties',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** The board's number of the year (e.g. "VM-2025-012"). */
    reference: text('reference').notNull(),
    topic: text('topic').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    channel: text('channel').notNull(),
    /** The dialogue conference (hội nghị đối thoại) or meeting it was raised at, in words. */
    occasion: text('occasion').notNull().default(''),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    raisedByUserId: uuid('raised_by_user_id').references(() => users.id),
    status: text('status').notNull().default('open'),
    /** Who must answer: a department of the board or an outside agency, in words. */
    responsibleKind: text('responsible_kind'),
    responsible: text('responsible').notNull().default(''),
    routedOn: date('routed_on', { mode: 'string' }),
    answerDueOn: date('answer_due_on', { mode: 'string' }),
    answer: text('answer').notNull().default(''),
    answeredOn: date('answered_on', { mode: 'string' }),
    answeredByUserId: uuid('answered_by_user_id').references(() => users.id),
    confirmedOn: date('confirmed_on', { mode: 'string' }),
    /** What the enterprise said when it confirmed or reopened it. */
    feedback: text('feedback').notNull().default(''),
  },
  (t) => [
    check('difficulties_topic', oneOf('topic', DIFFICULTY_TOPICS)),
    check('difficulties_channel', oneOf('channel', DIFFICULTY_CHANNELS)),
    check('difficulties_status', oneOf('status', DIFFICULTY_STATUSES)),
    check(
      'difficulties_responsible',
      sql`responsible_kind is null or ${oneOf('responsible_kind', RESPONSIBLE_KINDS)}`,
    ),
    uniqueIndex('difficulties_board_reference').on(t.boardId, t.reference),
    index('difficulties_board_status').on(t.boardId, t.status),
    index('difficulties_enterprise').on(t.enterpriseId),
  ],
);

/** What happened to a difficulty, in order: raised, routed, answered, confirmed, reopened. */
export const difficultyEvents = pgTable(
  'difficulty_events',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    difficultyId: uuid('difficulty_id')
      .notNull()
      .references(() => difficulties.id),
    action: text('action').notNull(),
    note: text('note').notNull().default(''),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('difficulty_events_action', oneOf('action', DIFFICULTY_EVENTS)),
    index('difficulty_events_difficulty').on(t.difficultyId, t.at),
  ],
);
