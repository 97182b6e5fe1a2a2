import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { AWARD_CODES, INITIATIVE_LEVELS, PERFORMANCE_RATINGS } from '../../../domain/commendation.ts';
import { boards } from '../boards/index.ts';
import { emulationMovements } from '../emulation/index.ts';

/**
 * Who may be commended: a person (cá nhân) or a collective (tập thể: the board, a department, an
 * enterprise) of a board. A person's collective of a year is on their rating of that year.
 */
export const commendationSubjects = pgTable(
  'commendation_subjects',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Chức vụ of a person; what a collective is (phòng, đơn vị, doanh nghiệp). */
    position: text('position').notNull().default(''),
    /** The collective a person works in now (their collective in a given year is on their rating). */
    collectiveId: uuid('collective_id').references((): AnyPgColumn => commendationSubjects.id),
    birthYear: integer('birth_year'),
    /** Left the board (kept: the register is history). */
    leftOn: date('left_on', { mode: 'string' }),
  },
  (t) => [
    check('commendation_subjects_kind', oneOf('kind', ['person', 'collective'])),
    check('commendation_subjects_collective', sql`kind = 'person' or collective_id is null`),
    index('commendation_subjects_board').on(t.boardId),
  ],
);

/**
 * Đánh giá, xếp loại: a person's or collective's rating of a year (hoàn thành xuất sắc / tốt /
 * hoàn thành / không hoàn thành nhiệm vụ), with the collective a person belonged to that year and
 * the gravest discipline of the year, if any.
 */
export const performanceRatings = pgTable(
  'performance_ratings',
  {
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => commendationSubjects.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    rating: text('rating').notNull(),
    collectiveId: uuid('collective_id').references(() => commendationSubjects.id),
    /** Kỷ luật: null, or 'reprimand' (khiển trách), 'warning' (cảnh cáo) or graver. */
    discipline: text('discipline'),
  },
  (t) => [
    primaryKey({ columns: [t.subjectId, t.year] }),
    check('performance_ratings_rating', oneOf('rating', PERFORMANCE_RATINGS)),
    check(
      'performance_ratings_discipline',
      sql`discipline is null or discipline in ('reprimand', 'warning', 'demotion', 'dismissal')`,
    ),
  ],
);

/** Đăng ký thi đua: a subject registers for a title at the start of a year. */
export const titleRegistrations = pgTable(
  'title_registrations',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    year: integer('year').notNull(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => commendationSubjects.id),
    award: text('award').notNull(),
    movementId: uuid('movement_id').references(() => emulationMovements.id),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('title_registrations_one').on(t.subjectId, t.year, t.award),
    check('title_registrations_award', oneOf('award', AWARD_CODES)),
  ],
);

/** Sáng kiến: an initiative, its authors and the level whose council recognised it. */
export const initiatives = pgTable(
  'initiatives',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    title: text('title').notNull(),
    /** The year it was recognised. */
    year: integer('year').notNull(),
    level: text('level').notNull(),
    /** The recognising decision or council minutes, in words (number, date, issuer). */
    recognisedBy: text('recognised_by').notNull().default(''),
    recognisedOn: date('recognised_on', { mode: 'string' }),
  },
  (t) => [
    check('initiatives_level', oneOf('level', INITIATIVE_LEVELS)),
    index('initiatives_board').on(t.boardId),
  ],
);

export const initiativeAuthors = pgTable(
  'initiative_authors',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => commendationSubjects.id),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.subjectId] })],
);

export const PROPOSAL_KINDS = ['annual', 'thematic', 'sudden'] as const;
export const PROPOSAL_STATES = ['draft', 'submitted', 'reviewed', 'decided', 'returned'] as const;

/**
 * Đề nghị khen thưởng: a proposal (annual, thematic or sudden) with its items, reviewed by the
 * emulation and commendation council (hội đồng thi đua – khen thưởng), then decided.
 */
export const commendationProposals = pgTable(
  'commendation_proposals',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    movementId: uuid('movement_id').references(() => emulationMovements.id),
    state: text('state').notNull().default('draft'),
    /** The council's meeting: date and what it concluded. */
    reviewedOn: date('reviewed_on', { mode: 'string' }),
    councilNote: text('council_note'),
  },
  (t) => [
    check('commendation_proposals_kind', oneOf('kind', PROPOSAL_KINDS)),
    check('commendation_proposals_state', oneOf('state', PROPOSAL_STATES)),
    index('commendation_proposals_board').on(t.boardId),
  ],
);

export const commendationProposalItems = pgTable(
  'commendation_proposal_items',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => commendationProposals.id, { onDelete: 'cascade' }),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => commendationSubjects.id),
    award: text('award').notNull(),
    achievement: text('achievement').notNull().default(''),
    /** The council's vote: agreed or not; null until reviewed. */
    councilAgreed: boolean('council_agreed'),
    votesFor: integer('votes_for'),
    votesTotal: integer('votes_total'),
  },
  (t) => [
    uniqueIndex('commendation_proposal_items_one').on(t.proposalId, t.subjectId, t.award),
    check('commendation_proposal_items_award', oneOf('award', AWARD_CODES)),
  ],
);

export const DECISION_LEVELS = ['unit', 'province', 'ministry', 'government', 'state'] as const;

/** Quyết định khen thưởng / công nhận danh hiệu: number, date, issuer and level. */
export const commendationDecisions = pgTable(
  'commendation_decisions',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    number: text('number').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    issuer: text('issuer').notNull(),
    level: text('level').notNull(),
    summary: text('summary').notNull().default(''),
    proposalId: uuid('proposal_id').references(() => commendationProposals.id),
  },
  (t) => [
    check('commendation_decisions_level', oneOf('level', DECISION_LEVELS)),
    uniqueIndex('commendation_decisions_number').on(t.boardId, t.number, t.signedOn),
  ],
);

/**
 * The register (sổ theo dõi khen thưởng): a title or award a subject received for a year, by a
 * decision. One achievement, one award; an award revoked (false declaration) stays, marked.
 */
export const awards = pgTable(
  'awards',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => commendationSubjects.id),
    year: integer('year').notNull(),
    award: text('award').notNull(),
    decisionId: uuid('decision_id').references(() => commendationDecisions.id),
    /** For an award recorded from another authority's decision not kept here. */
    decisionText: text('decision_text'),
    revokedOn: date('revoked_on', { mode: 'string' }),
    revokedReason: text('revoked_reason'),
  },
  (t) => [
    check('awards_award', oneOf('award', AWARD_CODES)),
    check('awards_decision', sql`decision_id is not null or decision_text is not null`),
    uniqueIndex('awards_one').on(t.subjectId, t.year, t.award),
    index('awards_board_year').on(t.boardId, t.year),
  ],
);
