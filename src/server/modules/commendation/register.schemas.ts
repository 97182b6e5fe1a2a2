/** The register (sổ theo dõi khen thưởng): titles and awards of persons and collectives across years. */
import { z } from 'zod';
import { ListFormat } from '../../kernel/documents/list-download.ts';
import { CalendarDate, PageQuery, paged, Uuid, Version } from '../../kernel/schemas.ts';
import {
  AwardCodeParam,
  BoardChoice,
  NullableDecisionRef,
  line,
  SubjectKindParam,
  SubjectRef,
  Year,
} from './commendation.schemas.ts';

export const AwardEntry = z
  .object({
    id: Uuid,
    boardId: Uuid,
    subject: SubjectRef,
    year: z.number().int(),
    award: AwardCodeParam,
    /** The award's Vietnamese name. */
    awardName: z.string(),
    decision: NullableDecisionRef,
    /** The decision in words (the decision kept here, or the text of another authority's). */
    decisionWords: z.string(),
    revokedOn: CalendarDate.nullable(),
    revokedReason: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CommendationAward' });
export type AwardEntry = z.infer<typeof AwardEntry>;

export const AwardList = paged(AwardEntry).meta({ id: 'CommendationAwardList' });

export const ListAwardsQuery = z.strictObject({
  ...BoardChoice,
  year: Year.optional(),
  fromYear: Year.optional(),
  toYear: Year.optional(),
  subjectId: Uuid.optional(),
  award: AwardCodeParam.optional(),
  kind: SubjectKindParam.optional(),
  /** Include revoked awards (default true: the register keeps them, marked). */
  includeRevoked: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  format: ListFormat,
  ...PageQuery,
});
export type ListAwardsQuery = z.infer<typeof ListAwardsQuery>;

/** Revokes an award (thu hồi, e.g. a false declaration): kept on the register, marked. */
export const RevokeAwardBody = z.strictObject({
  version: Version,
  revokedOn: CalendarDate,
  reason: line(2000),
});
export type RevokeAwardBody = z.infer<typeof RevokeAwardBody>;

/**
 * An award received by another authority's decision not kept here (e.g. a Huân chương before the
 * register began), recorded with that decision in words.
 */
export const RecordAwardBody = z.strictObject({
  ...BoardChoice,
  subjectId: Uuid,
  year: Year,
  award: AwardCodeParam,
  decisionText: line(500),
});
export type RecordAwardBody = z.infer<typeof RecordAwardBody>;
