import { z } from 'zod';
import { CalendarDate, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';

export const BoardCode = z.string().regex(/^[A-Z0-9-]{1,16}$/, {
  message: 'Mã Ban Quản lý gồm chữ in hoa, chữ số hoặc "-", tối đa 16 ký tự.',
});

export const Board = z
  .object({
    id: Uuid,
    code: BoardCode,
    name: z.string(),
    provinceCode: z.string().nullable(),
    /** The first day after the board was merged into `succeededBy` (organisation-v1). */
    dissolvedOn: z.iso.date().nullable(),
    /** The code of the board it was merged into. */
    succeededBy: BoardCode.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Board' });
export type Board = z.infer<typeof Board>;

/** Khối thi đua: a bloc and the boards in it today (a merged board has left it). */
export const Bloc = z
  .object({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    boards: z.array(z.object({ id: Uuid, code: BoardCode, name: z.string() })),
  })
  .meta({ id: 'Bloc' });
export type Bloc = z.infer<typeof Bloc>;

export const CreateBoardBody = z.strictObject({
  code: BoardCode,
  name: z.string().trim().min(3).max(300),
  provinceCode: z.string().trim().max(10).nullable().optional(),
});
export type CreateBoardBody = z.infer<typeof CreateBoardBody>;

export const UpdateBoardBody = z.strictObject({
  version: Version,
  name: z.string().trim().min(3).max(300).optional(),
  provinceCode: z.string().trim().max(10).nullable().optional(),
});
export type UpdateBoardBody = z.infer<typeof UpdateBoardBody>;

export const ProvincesQuery = z.strictObject({
  /** The date whose list counts (default: today in Vietnam): 63 units before 01/7/2025, 34 after. */
  on: CalendarDate.optional(),
});

export const Provinces = z
  .object({
    on: z.iso.date(),
    items: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        /** A centrally-run city (thành phố trực thuộc trung ương). */
        city: z.boolean(),
        /** From 01/7/2025: the codes of the provinces before it that form it. */
        formedFrom: z.array(z.string()).optional(),
      }),
    ),
  })
  .meta({ id: 'Provinces' });
export type Provinces = z.infer<typeof Provinces>;
