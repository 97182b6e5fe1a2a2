import { z } from 'zod';
import { Timestamp, Uuid, Version } from '../../kernel/schemas.ts';

export const BoardCode = z.string().regex(/^[A-Z0-9-]{1,16}$/, {
  message: 'Mã Ban Quản lý gồm chữ in hoa, chữ số hoặc "-", tối đa 16 ký tự.',
});

export const Board = z
  .object({
    id: Uuid,
    code: BoardCode,
    name: z.string(),
    provinceCode: z.string().nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Board' });
export type Board = z.infer<typeof Board>;

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
