import { z } from 'zod';
import { CalendarDate, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';
import { BoardCode } from '../boards/index.ts';
import { BlocCode, EmulationYear } from './movements.schemas.ts';

const line = (max: number) => z.string().trim().min(1).max(max);

/** A bloc's year in a path: /blocs/{code}/…/{year}. */
export const BlocYearParams = z.strictObject({ code: BlocCode, year: EmulationYear });
export type BlocYearParams = z.infer<typeof BlocYearParams>;

/** The signed covenant's file as stored. */
export const CovenantFile = z.object({
  fileName: z.string(),
  /** Read from the file's first bytes: PDF, JPEG, PNG or Word. */
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});

/** Giao ước thi đua: what a bloc's members signed for a year, with the signed document. */
export const EmulationCovenant = z
  .object({
    id: Uuid,
    bloc: z.string(),
    blocName: z.string(),
    year: z.number().int(),
    title: z.string(),
    signedOn: CalendarDate,
    place: z.string(),
    content: z.string(),
    /** The boards that signed it, in the bloc's order of the year. */
    signatories: z.array(z.object({ code: z.string(), name: z.string() })),
    /** The signed document; null until uploaded. */
    file: CovenantFile.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'EmulationCovenant' });
export type EmulationCovenant = z.infer<typeof EmulationCovenant>;

export const SetCovenantBody = z.strictObject({
  /** The covenant's version read; left out when the year has none yet. */
  version: Version.optional(),
  title: line(500),
  signedOn: CalendarDate,
  place: z.string().trim().max(300).default(''),
  content: z.string().trim().max(50_000).default(''),
  /** The member boards (codes) that signed, each a member of the bloc that year. */
  signatories: z.array(BoardCode).min(1).max(100),
});
export type SetCovenantBody = z.infer<typeof SetCovenantBody>;

export const CovenantFileQuery = z.strictObject({
  fileName: line(200).refine((v) => ![...v].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20), {
    message: 'Tên tệp không được chứa / \\ hay ký tự điều khiển.',
  }),
  /** The covenant's version read (optimistic lock). */
  version: z.coerce.number().int().positive().max(2_147_483_647),
});
export type CovenantFileQuery = z.infer<typeof CovenantFileQuery>;
