import { z } from 'zod';
import {
  CalendarDate,
  Hectares,
  PageQuery,
  repeatable,
  Timestamp,
  Uuid,
  Version,
} from '../../kernel/schemas.ts';
import { ZONE_KINDS, ZONE_STATUSES } from './zones.tables.ts';

export const ZoneCode = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,32}$/, { message: 'Mã khu gồm chữ, số, ".", "_" hoặc "-", tối đa 32 ký tự.' });
export const ZoneKind = z.enum(ZONE_KINDS);
export const ZoneStatus = z.enum(ZONE_STATUSES);

export const ZoneStatusEntry = z.strictObject({ status: ZoneStatus, since: CalendarDate });
export type ZoneStatusEntry = z.infer<typeof ZoneStatusEntry>;

export const Zone = z
  .object({
    id: Uuid,
    boardId: Uuid,
    code: z.string(),
    name: z.string(),
    kind: ZoneKind,
    status: ZoneStatus,
    statusHistory: z.array(z.object({ status: ZoneStatus, since: z.string() })),
    areaHa: z.string(),
    industrialLandHa: z.string().nullable(),
    leasedLandHa: z.string().nullable(),
    /** leased ÷ industrial and service land × 100, one decimal (Decree 35/2022 Art. 2(22)). */
    occupancyPct: z.number().nullable(),
    developer: z.string().nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Zone' });
export type Zone = z.infer<typeof Zone>;

const zoneFields = {
  name: z.string().trim().min(2).max(300),
  kind: ZoneKind,
  areaHa: Hectares,
  industrialLandHa: Hectares.nullable().optional(),
  leasedLandHa: Hectares.nullable().optional(),
  developer: z.string().trim().max(300).nullable().optional(),
};

export const CreateZoneBody = z.strictObject({
  /** The board the zone belongs to; defaults to the user's own board. */
  boardId: Uuid.optional(),
  code: ZoneCode,
  ...zoneFields,
  status: ZoneStatus,
  statusHistory: z.array(ZoneStatusEntry).max(50).optional(),
});
export type CreateZoneBody = z.infer<typeof CreateZoneBody>;

export const UpdateZoneBody = z.strictObject({
  version: Version,
  name: zoneFields.name.optional(),
  kind: ZoneKind.optional(),
  areaHa: Hectares.optional(),
  industrialLandHa: zoneFields.industrialLandHa,
  leasedLandHa: zoneFields.leasedLandHa,
  developer: zoneFields.developer,
});
export type UpdateZoneBody = z.infer<typeof UpdateZoneBody>;

export const ReplaceStatusHistoryBody = z.strictObject({
  version: Version,
  statusHistory: z.array(ZoneStatusEntry).min(1).max(50),
});

export const RecordStatusChangeBody = z.strictObject({
  version: Version,
  status: ZoneStatus,
  since: CalendarDate,
});

export const ListZonesQuery = z.strictObject({
  ...PageQuery,
  boardId: repeatable(Uuid),
  kind: repeatable(ZoneKind),
  status: repeatable(ZoneStatus),
  /** With `status`: the status in force at this date (from the history), as the zones report counts. */
  asOf: CalendarDate.optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['code', 'name', '-areaHa']).default('code'),
});
export type ListZonesQuery = z.infer<typeof ListZonesQuery>;
