/**
 * What every commendation route shares: the board a request acts on (by its code), a subject as
 * other records name it, and a decision in words.
 */
import { z } from 'zod';
import { AWARD_CODES } from '../../../domain/commendation.ts';
import { CalendarDate, Uuid, Version } from '../../kernel/schemas.ts';
import { BoardCode } from '../boards/index.ts';
import { DECISION_LEVELS } from './commendation.tables.ts';

export const SUBJECT_KINDS = ['person', 'collective'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const SubjectKindParam = z.enum(SUBJECT_KINDS);
export const AwardCodeParam = z.enum(AWARD_CODES);
export const DecisionLevel = z.enum(DECISION_LEVELS);

/** An emulation year: 2000–2100. */
export const Year = z.coerce
  .number()
  .int()
  .min(2000, { message: 'Năm phải từ 2000 đến 2100.' })
  .max(2100, { message: 'Năm phải từ 2000 đến 2100.' })
  .meta({ example: 2025 });

/**
 * The board a request acts on, by its code (e.g. TB): required of national users, a board user's
 * own board otherwise.
 */
export const BoardChoice = { board: BoardCode.optional() };

export const line = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();

export const IdParams = z.strictObject({ id: Uuid });
export const BoardQuery = z.strictObject({ ...BoardChoice });
/** A deletion names the version read (optimistic lock): `?version=3`. */
export const VersionQuery = z.strictObject({ version: z.coerce.number().pipe(Version) });

/** A subject as other records show it: who, what kind, and (a person) their position. */
export const SubjectRef = z
  .object({
    id: Uuid,
    kind: SubjectKindParam,
    name: z.string(),
    position: z.string(),
  })
  .meta({ id: 'CommendationSubjectRef' });
export type SubjectRef = z.infer<typeof SubjectRef>;

/** A decision (quyết định khen thưởng) as a register entry shows it. */
export const DecisionRef = z
  .object({
    id: Uuid,
    number: z.string(),
    signedOn: CalendarDate,
    issuer: z.string(),
    level: DecisionLevel,
  })
  .meta({ id: 'CommendationDecisionRef' });
export type DecisionRef = z.infer<typeof DecisionRef>;

/** A decision or none (inline: OpenAPI cannot mark a reference nullable). */
export const NullableDecisionRef = z.object(DecisionRef.shape).nullable();
