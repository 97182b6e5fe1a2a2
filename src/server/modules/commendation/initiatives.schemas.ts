/** Sáng kiến: initiatives, their authors and the level that recognised them. */
import { z } from 'zod';
import { INITIATIVE_LEVELS } from '../../../domain/commendation.ts';
import { CalendarDate, PageQuery, paged, Uuid, Version } from '../../kernel/schemas.ts';
import { BoardChoice, line, SubjectRef, Year } from './commendation.schemas.ts';

export const InitiativeLevelParam = z.enum(INITIATIVE_LEVELS);

export const Initiative = z
  .object({
    id: Uuid,
    boardId: Uuid,
    title: z.string(),
    /** The year it was recognised. */
    year: z.number().int(),
    level: InitiativeLevelParam,
    /** The recognising decision or council minutes, in words. */
    recognisedBy: z.string(),
    recognisedOn: CalendarDate.nullable(),
    authors: z.array(SubjectRef),
    version: z.number().int(),
  })
  .meta({ id: 'CommendationInitiative' });
export type Initiative = z.infer<typeof Initiative>;

export const InitiativeList = paged(Initiative).meta({ id: 'CommendationInitiativeList' });

export const ListInitiativesQuery = z.strictObject({
  ...BoardChoice,
  year: Year.optional(),
  level: InitiativeLevelParam.optional(),
  /** Initiatives this subject is an author of. */
  subjectId: Uuid.optional(),
  search: z.string().trim().max(200).optional(),
  ...PageQuery,
});
export type ListInitiativesQuery = z.infer<typeof ListInitiativesQuery>;

const AuthorIds = z
  .array(Uuid)
  .min(1, { message: 'Sáng kiến cần ít nhất một tác giả.' })
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Một tác giả được nêu hai lần.' });

export const CreateInitiativeBody = z.strictObject({
  ...BoardChoice,
  title: line(1000),
  year: Year,
  level: InitiativeLevelParam,
  recognisedBy: z.string().trim().max(500).default(''),
  recognisedOn: CalendarDate.optional(),
  /** Its authors: persons or collectives of the board. */
  authorIds: AuthorIds,
});
export type CreateInitiativeBody = z.infer<typeof CreateInitiativeBody>;

export const UpdateInitiativeBody = z.strictObject({
  version: Version,
  title: line(1000).optional(),
  year: Year.optional(),
  level: InitiativeLevelParam.optional(),
  recognisedBy: z.string().trim().max(500).optional(),
  recognisedOn: CalendarDate.nullable().optional(),
  authorIds: AuthorIds.optional(),
});
export type UpdateInitiativeBody = z.infer<typeof UpdateInitiativeBody>;
