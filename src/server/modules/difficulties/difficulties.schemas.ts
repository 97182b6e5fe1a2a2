/**
 * The difficulties routes' shapes (khó khăn, vướng mắc, kiến nghị của doanh nghiệp): the list and
 * its filters, one difficulty with its events, the writes of its life (raise or record, edit,
 * route, answer, confirm, reopen), the leader's view of what is stuck, and the year's statistics.
 */
import { z } from 'zod';
import {
  DIFFICULTY_CHANNELS,
  DIFFICULTY_EVENTS,
  DIFFICULTY_STATUSES,
  DIFFICULTY_TOPICS,
  RESPONSIBLE_KINDS,
  STAFF_CHANNELS,
  STUCK_REASONS,
} from '../../../domain/difficulties.ts';
import { DocumentParams } from '../../kernel/documents/document-params.ts';
import { ListFormat } from '../../kernel/documents/list-download.ts';
import { CalendarDate, PageQuery, paged, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';
import { BoardCode } from '../boards/index.ts';

const line = (max: number) => z.string().trim().min(1).max(max);
const Count = z.number().int();

export const DifficultyTopic = z.enum(DIFFICULTY_TOPICS).meta({ description: 'What it is about' });
export const DifficultyChannel = z.enum(DIFFICULTY_CHANNELS).meta({
  description: 'account: raised from the enterprise account; dialogue, letter, meeting: recorded by staff',
});
export const DifficultyStatus = z
  .enum(DIFFICULTY_STATUSES)
  .meta({ description: 'open → routed → answered → resolved (a reopened one is routed again)' });
export const ResponsibleKind = z
  .enum(RESPONSIBLE_KINDS)
  .meta({ description: 'department: a department of the board; agency: an outside agency' });
export const StuckReason = z.enum(STUCK_REASONS).meta({
  description:
    'overdue: past its answer due date unanswered; not_routed: not routed within 3 working days of being raised; reopened: reopened twice or more',
});

/** The board a request acts on or reads, by its code (a national user names one; else one's own). */
const BoardChoice = { board: BoardCode.optional().meta({ description: "The board's code, e.g. TB" }) };

export const DifficultyIdParams = z.strictObject({ id: Uuid });

const Year = z.coerce
  .number()
  .int()
  .min(2000, { message: 'Năm phải từ 2000 đến 2100.' })
  .max(2100, { message: 'Năm phải từ 2000 đến 2100.' })
  .meta({ example: 2025 });

export const DifficultiesListQuery = z.strictObject({
  ...BoardChoice,
  status: DifficultyStatus.optional(),
  topic: DifficultyTopic.optional(),
  enterpriseId: Uuid.optional(),
  responsible: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .meta({ description: 'The responsible department or agency, as routed (exact words)' }),
  stuck: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'true: only the stuck ones; false: only those not stuck' }),
  year: Year.optional().meta({ description: 'Raised in this year' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Words in the reference, title or the enterprise's name or tax code" }),
  ...PageQuery,
  format: ListFormat,
});
export type DifficultiesListQuery = z.infer<typeof DifficultiesListQuery>;

export const DifficultyEnterprise = z
  .object({ id: Uuid, name: z.string(), taxCode: z.string() })
  .meta({ id: 'DifficultyEnterprise' });

const itemShape = {
  id: Uuid,
  board: z.string().meta({ description: "The board's code" }),
  reference: z.string().meta({ description: "The board's number of the year, e.g. KK-2025-012" }),
  enterprise: DifficultyEnterprise,
  topic: DifficultyTopic,
  title: z.string(),
  channel: DifficultyChannel,
  occasion: z.string(),
  raisedOn: CalendarDate,
  status: DifficultyStatus,
  responsibleKind: ResponsibleKind.nullable(),
  responsible: z.string(),
  routedOn: CalendarDate.nullable(),
  answerDueOn: CalendarDate.nullable(),
  answeredOn: CalendarDate.nullable(),
  confirmedOn: CalendarDate.nullable(),
  ageDays: Count.meta({
    description: 'Calendar days from raisedOn to the answer (answeredOn), or to today while unanswered',
  }),
  workingDaysOpen: Count.meta({
    description: 'Working days (one-stop calendar) from raisedOn to the answer, or to today while unanswered',
  }),
  reopenedCount: Count.meta({ description: 'How many times the enterprise reopened it' }),
  stuck: z.boolean(),
  why: z.array(StuckReason).meta({ description: 'Why it is stuck; empty when it is not' }),
  version: Count,
};

export const DifficultyItem = z.object(itemShape).meta({ id: 'DifficultyItem' });
export type DifficultyItem = z.infer<typeof DifficultyItem>;

export const DifficultyList = paged(DifficultyItem).meta({ id: 'DifficultyList' });
export type DifficultyList = z.infer<typeof DifficultyList>;

export const DifficultyEvent = z
  .object({
    action: z.enum(DIFFICULTY_EVENTS),
    note: z.string(),
    actor: z.string().meta({ description: "Who did it: the account's username" }),
    at: Timestamp,
  })
  .meta({ id: 'DifficultyEvent' });

export const Difficulty = z
  .object({
    ...itemShape,
    content: z.string(),
    answer: z.string(),
    /** What the enterprise said when it last confirmed or reopened it. */
    feedback: z.string(),
    events: z.array(DifficultyEvent).meta({ description: 'What happened to it, in order' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Difficulty' });
export type Difficulty = z.infer<typeof Difficulty>;

/**
 * Raising or recording one. An enterprise account sends topic, title, content (and occasion): its
 * own enterprise, channel 'account', raised today — it may not send enterpriseId, channel or
 * raisedOn. Staff (difficulties.manage) send every field: the enterprise, how it came
 * (dialogue, letter, meeting) and when.
 */
export const CreateDifficultyBody = z.strictObject({
  enterpriseId: Uuid.optional().meta({ description: 'Staff only: the enterprise it is for' }),
  topic: DifficultyTopic,
  title: line(500),
  content: line(20_000),
  channel: z.enum(STAFF_CHANNELS).optional().meta({ description: 'Staff only: dialogue, letter or meeting' }),
  occasion: z
    .string()
    .trim()
    .max(500)
    .default('')
    .meta({ description: 'The dialogue conference or meeting it was raised at, in words' }),
  raisedOn: CalendarDate.optional().meta({ description: 'Staff only: the day it was raised' }),
});
export type CreateDifficultyBody = z.infer<typeof CreateDifficultyBody>;

/** Staff correct the words, only before it is answered. */
export const UpdateDifficultyBody = z.strictObject({
  version: Version,
  topic: DifficultyTopic.optional(),
  title: line(500).optional(),
  content: line(20_000).optional(),
  occasion: z.string().trim().max(500).optional(),
});
export type UpdateDifficultyBody = z.infer<typeof UpdateDifficultyBody>;

export const RouteDifficultyBody = z.strictObject({
  version: Version,
  responsibleKind: ResponsibleKind,
  responsible: line(300).meta({ description: 'The department or agency, in words' }),
  routedOn: CalendarDate.optional().meta({
    description:
      'The day it was routed (default: today): not before it was raised nor after today — for routings made earlier, by letter',
  }),
  answerDueOn: CalendarDate.optional().meta({
    description:
      "Default: the board's own service standard (not a law) — 10 working days for a department of the board, 15 for an outside agency, counted on the one-stop calendar from the day it is routed; not before routedOn",
  }),
});
export type RouteDifficultyBody = z.infer<typeof RouteDifficultyBody>;

export const AnswerDifficultyBody = z.strictObject({
  version: Version,
  answer: line(20_000),
  answeredOn: CalendarDate,
});
export type AnswerDifficultyBody = z.infer<typeof AnswerDifficultyBody>;

export const ConfirmDifficultyBody = z.strictObject({
  version: Version,
  feedback: z.string().trim().max(5_000).default(''),
  confirmedOn: CalendarDate.optional().meta({
    description:
      "Staff only: the day the enterprise confirmed it (default: today) — for a confirmation given at a meeting or by letter; not before the answer nor after today. An enterprise's own confirmation is always today: its account may not send it",
  }),
});
export type ConfirmDifficultyBody = z.infer<typeof ConfirmDifficultyBody>;

export const ReopenDifficultyBody = z.strictObject({
  version: Version,
  feedback: line(5_000).meta({ description: 'Why the answer does not settle it' }),
});
export type ReopenDifficultyBody = z.infer<typeof ReopenDifficultyBody>;

export const StuckQuery = z.strictObject({
  ...BoardChoice,
  asOf: CalendarDate.optional().meta({ description: 'The day to judge on (default: today in Vietnam)' }),
});
export type StuckQuery = z.infer<typeof StuckQuery>;

export const StuckByResponsible = z
  .object({
    responsibleKind: ResponsibleKind.nullable().meta({ description: 'null: not routed yet' }),
    responsible: z.string().meta({ description: "'' when not routed yet" }),
    open: Count.meta({ description: 'Not yet answered' }),
    overdue: Count.meta({ description: 'Past their answer due date, unanswered' }),
    oldestAgeDays: Count.nullable().meta({ description: 'The oldest unanswered one, in calendar days' }),
  })
  .meta({ id: 'DifficultyStuckByResponsible' });

export const StuckReport = z
  .object({
    board: z.string(),
    asOf: CalendarDate,
    byResponsible: z.array(StuckByResponsible).meta({
      description:
        "Each responsible department or agency (and the not-routed ones, responsible ''), most overdue first, then most open",
    }),
    items: z.array(DifficultyItem).meta({ description: 'The stuck ones, oldest first' }),
  })
  .meta({ id: 'DifficultyStuckReport' });
export type StuckReport = z.infer<typeof StuckReport>;

export const StatisticsQuery = z.strictObject({
  ...BoardChoice,
  year: Year,
});
export const StatisticsQueryWithDocument = StatisticsQuery.extend(DocumentParams);
export type StatisticsQuery = z.infer<typeof StatisticsQueryWithDocument>;

export const DifficultyStatistics = z
  .object({
    report: z.literal('difficulties'),
    board: z.string(),
    boardName: z.string(),
    year: z.number().int(),
    raised: Count.meta({ description: 'Raised in the year (raisedOn)' }),
    byTopic: z
      .array(z.object({ topic: DifficultyTopic, count: Count }))
      .meta({ description: 'Raised in the year, by topic (every topic, zeros included)' }),
    byChannel: z
      .array(z.object({ channel: DifficultyChannel, count: Count }))
      .meta({ description: 'Raised in the year, by channel (every channel, zeros included)' }),
    routed: Count.meta({ description: 'Of those raised in the year, routed' }),
    answered: Count.meta({ description: 'Of those raised in the year, answered (answeredOn set)' }),
    answeredOnTime: Count.meta({ description: 'Answered on or before the answer due date' }),
    answeredLate: Count.meta({ description: 'Answered after the answer due date' }),
    confirmed: Count.meta({
      description: 'Of those raised in the year, confirmed by the enterprise (resolved)',
    }),
    reopened: Count.meta({ description: 'Of those raised in the year, reopened at least once' }),
    openAtYearEnd: Count.meta({
      description: 'Raised on or before 31 December of the year (any year) and not answered by then',
    }),
    averageAnswerWorkingDays: z
      .string()
      .nullable()
      .meta({ description: 'Working days from raised to answered, averaged, one decimal; null when none' }),
    longestAnswerWorkingDays: Count.nullable(),
  })
  .meta({ id: 'DifficultyStatistics' });
export type DifficultyStatistics = z.infer<typeof DifficultyStatistics>;
