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

/** The land figures in force from `asOf` (zones-v1 `landHistory`). */
export const LandHistoryEntry = z.strictObject({
  asOf: CalendarDate,
  industrialLandHa: Hectares.nullable().optional(),
  serviceLandHa: Hectares.nullable().optional(),
  leasedLandHa: Hectares.nullable().optional(),
  leasedServiceLandHa: Hectares.nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
});
export type LandHistoryEntry = z.infer<typeof LandHistoryEntry>;

const LandHistoryItem = z.object({
  asOf: z.string(),
  industrialLandHa: z.string().nullable(),
  serviceLandHa: z.string().nullable(),
  leasedLandHa: z.string().nullable(),
  leasedServiceLandHa: z.string().nullable(),
  note: z.string().nullable(),
});

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
    /** The economic zone (KKT) this zone lies inside. */
    parentZone: z.object({ id: Uuid, code: z.string(), name: z.string() }).nullable(),
    /** Zones inside this one (a KKT's parks). */
    childZones: z.array(z.object({ id: Uuid, code: z.string(), name: z.string(), kind: ZoneKind })),
    industrialLandHa: z.string().nullable(),
    leasedLandHa: z.string().nullable(),
    serviceLandHa: z.string().nullable(),
    leasedServiceLandHa: z.string().nullable(),
    /** Leased ÷ industrial land × 100, one decimal (as the reports before Decree 35 counted). */
    occupancyPct: z.number().nullable(),
    /** (Leased + leased service land) ÷ (industrial + service land) × 100 — Decree 35/2022 Art. 2(22). */
    occupancyDecree35Pct: z.number().nullable(),
    /** The land figures over time, oldest first; the top-level figures are the last entry's. */
    landHistory: z.array(LandHistoryItem),
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
  /** The KKT this zone lies inside (same board), or null. */
  parentZoneId: Uuid.nullable().optional(),
  industrialLandHa: Hectares.nullable().optional(),
  leasedLandHa: Hectares.nullable().optional(),
  serviceLandHa: Hectares.nullable().optional(),
  leasedServiceLandHa: Hectares.nullable().optional(),
  developer: z.string().trim().max(300).nullable().optional(),
};

export const CreateZoneBody = z.strictObject({
  /** The board the zone belongs to; defaults to the user's own board. */
  boardId: Uuid.optional(),
  code: ZoneCode,
  ...zoneFields,
  status: ZoneStatus,
  statusHistory: z.array(ZoneStatusEntry).max(50).optional(),
  landHistory: z.array(LandHistoryEntry).max(100).optional(),
});
export type CreateZoneBody = z.infer<typeof CreateZoneBody>;

export const UpdateZoneBody = z.strictObject({
  version: Version,
  name: zoneFields.name.optional(),
  kind: ZoneKind.optional(),
  areaHa: Hectares.optional(),
  parentZoneId: zoneFields.parentZoneId,
  industrialLandHa: zoneFields.industrialLandHa,
  leasedLandHa: zoneFields.leasedLandHa,
  serviceLandHa: zoneFields.serviceLandHa,
  leasedServiceLandHa: zoneFields.leasedServiceLandHa,
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

/** A change of the zone's land recorded from a date (a decision, a survey, new leases). */
export const RecordLandChangeBody = LandHistoryEntry.extend({
  version: Version,
  /**
   * For a zone without a land history: the date from which its present figures held, so that
   * they become the history's first entry instead of being lost before `asOf`.
   */
  currentFiguresSince: CalendarDate.optional(),
});
export type RecordLandChangeBody = z.infer<typeof RecordLandChangeBody>;

export const ReplaceLandHistoryBody = z.strictObject({
  version: Version,
  landHistory: z.array(LandHistoryEntry).max(100),
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
