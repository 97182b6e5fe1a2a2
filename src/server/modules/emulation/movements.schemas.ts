import { z } from 'zod';
import { CalendarDate, PageQuery, paged, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';
import { BoardCode } from '../boards/index.ts';
import { MOVEMENT_KINDS } from './emulation.tables.ts';

const line = (max: number) => z.string().trim().min(1).max(max);

/** A bloc's code (khối thi đua), e.g. DBSH. */
export const BlocCode = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,16}$/, {
    message: 'Mã khối thi đua gồm chữ, số, ".", "_" hoặc "-", tối đa 16 ký tự.',
  })
  .meta({ example: 'DBSH' });

/** A year of a bloc (1990–2200, as bloc years are kept). */
export const EmulationYear = z.coerce.number().int().min(1990).max(2200).meta({ example: 2024 });

/** Thường xuyên (regular, the year's) or chuyên đề (thematic). */
export const MovementKind = z.enum(MOVEMENT_KINDS);

/** Phong trào thi đua: a board's own, or a bloc's (kept by the bloc's leader of the year). */
export const EmulationMovement = z
  .object({
    id: Uuid,
    /** The organising board's code; null for a bloc's movement. */
    board: z.string().nullable(),
    /** The organising bloc's code; null for a board's movement. */
    bloc: z.string().nullable(),
    name: z.string(),
    /** Who launched it, in words. */
    organiser: z.string(),
    kind: MovementKind,
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    content: z.string(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'EmulationMovement' });
export type EmulationMovement = z.infer<typeof EmulationMovement>;

export const EmulationMovementList = paged(EmulationMovement).meta({ id: 'EmulationMovementList' });
export type EmulationMovementList = z.infer<typeof EmulationMovementList>;

export const ListMovementsQuery = z.strictObject({
  ...PageQuery,
  /** Movements running at some time in this year. */
  year: EmulationYear.optional(),
  /** A board's own movements (its code). */
  board: BoardCode.optional(),
  /** A bloc's movements (its code). */
  bloc: BlocCode.optional(),
});
export type ListMovementsQuery = z.infer<typeof ListMovementsQuery>;

const movementFields = {
  name: line(500),
  organiser: line(300),
  kind: MovementKind,
  startsOn: CalendarDate,
  endsOn: CalendarDate,
  content: z.string().trim().max(20_000).default(''),
};

export const CreateMovementBody = z.strictObject({
  /** The organising board (its code); default the user's own. Not with `bloc`. */
  board: BoardCode.optional(),
  /** The organising bloc (its code): a bloc's movement. Not with `board`. */
  bloc: BlocCode.optional(),
  ...movementFields,
});
export type CreateMovementBody = z.infer<typeof CreateMovementBody>;

export const UpdateMovementBody = z.strictObject({
  version: Version,
  name: movementFields.name.optional(),
  organiser: movementFields.organiser.optional(),
  kind: MovementKind.optional(),
  startsOn: CalendarDate.optional(),
  endsOn: CalendarDate.optional(),
  content: z.string().trim().max(20_000).optional(),
});
export type UpdateMovementBody = z.infer<typeof UpdateMovementBody>;

export const MovementParams = z.strictObject({ id: Uuid });

export const DeleteMovementQuery = z.strictObject({
  /** The version read (optimistic lock). */
  version: z.coerce.number().int().positive().max(2_147_483_647),
});
