/** Đăng ký thi đua: registrations for titles at the start of a year. */
import { z } from 'zod';
import { CalendarDate, PageQuery, paged, Uuid } from '../../kernel/schemas.ts';
import { AwardCodeParam, BoardChoice, SubjectKindParam, SubjectRef, Year } from './commendation.schemas.ts';

export const TitleRegistration = z
  .object({
    id: Uuid,
    boardId: Uuid,
    year: z.number().int(),
    subject: SubjectRef,
    award: AwardCodeParam,
    movementId: Uuid.nullable(),
    registeredOn: CalendarDate,
    /** A decision has recorded this award for this subject and year: the registration is kept. */
    decided: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'CommendationRegistration' });
export type TitleRegistration = z.infer<typeof TitleRegistration>;

export const TitleRegistrationList = paged(TitleRegistration).meta({ id: 'CommendationRegistrationList' });

export const ListRegistrationsQuery = z.strictObject({
  ...BoardChoice,
  year: Year,
  award: AwardCodeParam.optional(),
  kind: SubjectKindParam.optional(),
  subjectId: Uuid.optional(),
  ...PageQuery,
});
export type ListRegistrationsQuery = z.infer<typeof ListRegistrationsQuery>;

export const CreateRegistrationBody = z.strictObject({
  ...BoardChoice,
  year: Year,
  subjectId: Uuid,
  /** A title or award the subject's kind may receive. */
  award: AwardCodeParam,
  movementId: Uuid.optional(),
  /** Today when left out. */
  registeredOn: CalendarDate.optional(),
});
export type CreateRegistrationBody = z.infer<typeof CreateRegistrationBody>;
