/** Subjects (persons and collectives of a board), their yearly ratings and their history. */
import { z } from 'zod';
import { DISCIPLINES, INITIATIVE_LEVELS, PERFORMANCE_RATINGS } from '../../../domain/commendation.ts';
import { CalendarDate, PageQuery, paged, Uuid, Version } from '../../kernel/schemas.ts';
import {
  AwardCodeParam,
  BoardChoice,
  NullableDecisionRef,
  line,
  optionalText,
  SubjectKindParam,
  Year,
} from './commendation.schemas.ts';

/** A person (cá nhân) or a collective (tập thể: the board, a department, an enterprise) of a board. */
export const CommendationSubject = z
  .object({
    id: Uuid,
    boardId: Uuid,
    kind: SubjectKindParam,
    name: z.string(),
    /** Chức vụ of a person; what a collective is (phòng, đơn vị, doanh nghiệp). */
    position: z.string(),
    /** The collective a person works in now. */
    collective: z.object({ id: Uuid, name: z.string() }).nullable(),
    birthYear: z.number().int().nullable(),
    /** The day the subject left the board (kept: the register is history). */
    leftOn: CalendarDate.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CommendationSubject' });
export type CommendationSubject = z.infer<typeof CommendationSubject>;

export const CommendationSubjectList = paged(CommendationSubject).meta({ id: 'CommendationSubjectList' });

export const ListSubjectsQuery = z.strictObject({
  ...BoardChoice,
  kind: SubjectKindParam.optional(),
  /** Accent-insensitive words of the name or position. */
  search: z.string().trim().max(200).optional(),
  /** Persons working now in this collective. */
  collectiveId: Uuid.optional(),
  /** Include subjects who have left (default: only those still at the board). */
  includeLeft: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  ...PageQuery,
});
export type ListSubjectsQuery = z.infer<typeof ListSubjectsQuery>;

const BirthYear = z.number().int().min(1900).max(2100);

export const CreateSubjectBody = z.strictObject({
  ...BoardChoice,
  kind: SubjectKindParam,
  name: line(300),
  position: optionalText(300),
  /** A person's collective (a collective subject of the same board). */
  collectiveId: Uuid.optional(),
  birthYear: BirthYear.optional(),
});
export type CreateSubjectBody = z.infer<typeof CreateSubjectBody>;

export const UpdateSubjectBody = z.strictObject({
  version: Version,
  name: line(300).optional(),
  position: z.string().trim().max(300).optional(),
  collectiveId: Uuid.nullable().optional(),
  birthYear: BirthYear.nullable().optional(),
});
export type UpdateSubjectBody = z.infer<typeof UpdateSubjectBody>;

/** Marks a subject as having left the board on a day (null: back at the board). */
export const LeaveSubjectBody = z.strictObject({ version: Version, leftOn: CalendarDate.nullable() });
export type LeaveSubjectBody = z.infer<typeof LeaveSubjectBody>;

export const RatingParams = z.strictObject({ id: Uuid, year: Year });

export const PerformanceRatingParam = z.enum(PERFORMANCE_RATINGS);
export const DisciplineParam = z.enum(DISCIPLINES);

/** Đánh giá, xếp loại of a year: the rating, the gravest discipline, a person's collective that year. */
export const PutRatingBody = z.strictObject({
  rating: PerformanceRatingParam,
  discipline: DisciplineParam.nullable().default(null),
  /** A person's collective of that year; left out: their collective now. */
  collectiveId: Uuid.nullable().optional(),
});
export type PutRatingBody = z.infer<typeof PutRatingBody>;

export const SubjectRating = z
  .object({
    subjectId: Uuid,
    year: z.number().int(),
    rating: PerformanceRatingParam,
    discipline: DisciplineParam.nullable(),
    collective: z.object({ id: Uuid, name: z.string() }).nullable(),
  })
  .meta({ id: 'CommendationRating' });
export type SubjectRating = z.infer<typeof SubjectRating>;

export const SubjectRatingList = z
  .object({ items: z.array(SubjectRating) })
  .meta({ id: 'CommendationRatingList' });

/** A register entry in a subject's history. */
export const HistoryAward = z.object({
  id: Uuid,
  year: z.number().int(),
  award: AwardCodeParam,
  decision: NullableDecisionRef,
  /** The decision in words (number, date, issuer). */
  decisionWords: z.string(),
  revokedOn: CalendarDate.nullable(),
  revokedReason: z.string().nullable(),
});

export const HistoryInitiative = z.object({
  id: Uuid,
  title: z.string(),
  year: z.number().int(),
  level: z.enum(INITIATIVE_LEVELS),
  recognisedBy: z.string(),
});

/** A subject's record across the years: ratings, titles and awards, initiatives (newest first). */
export const SubjectHistory = z
  .object({
    subject: CommendationSubject,
    ratings: z.array(SubjectRating),
    awards: z.array(HistoryAward),
    initiatives: z.array(HistoryInitiative),
  })
  .meta({ id: 'CommendationSubjectHistory' });
export type SubjectHistory = z.infer<typeof SubjectHistory>;
