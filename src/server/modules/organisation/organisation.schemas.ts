import { z } from 'zod';
import { CalendarDate } from '../../kernel/schemas.ts';

const BoardCode = z.string().min(1).max(16);
const Decision = z.string().trim().min(1).max(500);

export const TransferZoneParams = z.object({ zoneCode: z.string().min(1).max(32) });

export const TransferZoneBody = z.strictObject({
  /** The board holding the zone now. */
  board: BoardCode,
  /** The board that holds it from `on`. */
  to: BoardCode,
  /** The first day under the new board. */
  on: CalendarDate,
  /** The decision's number and date, as text. */
  decision: Decision.optional(),
});
export type TransferZoneBody = z.infer<typeof TransferZoneBody>;

export const MergeBoardParams = z.object({ code: BoardCode });

export const MergeBoardBody = z.strictObject({
  into: BoardCode,
  on: CalendarDate,
  decision: Decision.optional(),
});
export type MergeBoardBody = z.infer<typeof MergeBoardBody>;

const Moved = z.object({
  zones: z.array(z.string()),
  projects: z.number().int(),
  enterprises: z.number().int(),
});

export const ZoneTransfer = z
  .object({
    zone: z.string(),
    from: z.string(),
    to: z.string(),
    on: z.string(),
    decision: z.string().nullable(),
    /** False when exactly this transfer had been made already (nothing changed). */
    changed: z.boolean(),
    moved: Moved,
  })
  .meta({ id: 'ZoneTransfer' });
export type ZoneTransfer = z.infer<typeof ZoneTransfer>;

export const BoardMerge = z
  .object({
    board: z.string(),
    into: z.string(),
    on: z.string(),
    decision: z.string().nullable(),
    changed: z.boolean(),
    moved: Moved,
  })
  .meta({ id: 'BoardMerge' });
export type BoardMerge = z.infer<typeof BoardMerge>;
