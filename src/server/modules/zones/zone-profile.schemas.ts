import { z } from 'zod';
import { CalendarDate, Timestamp, UsdAmount, Uuid, VndAmount } from '../../kernel/schemas.ts';
import {
  ECONOMIC_ZONE_TYPES,
  POSITION_CLASSES,
  ZONE_PROFILE_PROBLEM_REASONS,
} from '../../../domain/zone-profile.ts';
import { ZONE_KINDS } from './zones.tables.ts';

export const PositionClass = z.enum(POSITION_CLASSES).meta({
  description: 'KCN/KCX: outside an EZ, or inside a coastal, border-gate or specialised EZ',
});
export const EconomicZoneType = z
  .enum(ECONOMIC_ZONE_TYPES)
  .meta({ description: 'KKT: coastal, border-gate or specialised' });

/** A province code as the statistical list writes it ("33"); the rules check which list. */
const ProvinceCode = z.string().regex(/^\d{2}$/, { message: 'Mã tỉnh gồm 2 chữ số, ví dụ "33".' });
const PlaceName = z.string().trim().min(1).max(200);

const ProvinceRef = z.object({ code: z.string(), name: z.string() }).nullable();

export const ZoneProfile = z
  .object({
    zoneId: Uuid,
    boardId: Uuid,
    zoneKind: z.enum(ZONE_KINDS),
    /** The KKT this KCN/KCX lies inside, with the type recorded in its master data. */
    parentZone: z
      .object({ id: Uuid, code: z.string(), name: z.string(), economicZoneType: EconomicZoneType.nullable() })
      .nullable(),
    positionClass: PositionClass.nullable(),
    /** The class the zone's place gives (a KKT: none; inside a KKT: its type's; else outside). */
    defaultPositionClass: PositionClass.nullable(),
    economicZoneType: EconomicZoneType.nullable(),
    /** Since 01/7/2025: commune and province (34 units). */
    communeName: z.string().nullable(),
    province: ProvinceRef,
    /** Before 01/7/2025: commune, district and province (63 units). */
    formerCommuneName: z.string().nullable(),
    formerDistrictName: z.string().nullable(),
    formerProvince: ProvinceRef,
    developerInvestor: z
      .object({ id: Uuid, name: z.string(), country: z.string(), countryName: z.string() })
      .nullable(),
    developerProject: z
      .object({
        id: Uuid,
        code: z.string(),
        name: z.string(),
        /** The latest licensing event: its certificate (or decision) number and date. */
        certificate: z
          .object({
            documentNo: z.string(),
            date: z.string(),
            kind: z.enum(['new', 'adjustment', 'termination']),
          })
          .nullable(),
      })
      .nullable(),
    landLeaseTermYears: z.number().int().nullable(),
    landLeaseUntil: z.string().nullable(),
    /** The zone's establishment date (first status after "planned"), the start of the lease term. */
    establishedOn: z.string().nullable(),
    infrastructureCapitalVnd: z.string().nullable(),
    infrastructureCapitalUsd: z.string().nullable(),
    note: z.string().nullable(),
    /** What no longer agrees (e.g. the parent KKT's type changed since the class was written). */
    problems: z.array(
      z.object({ field: z.string(), reason: z.enum(ZONE_PROFILE_PROBLEM_REASONS), message: z.string() }),
    ),
    /** 0 while the master data was never written. */
    version: z.number().int(),
    updatedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ZoneProfile' });
export type ZoneProfile = z.infer<typeof ZoneProfile>;

/**
 * The whole master data (PUT replaces it: a field left out is cleared). `version` is 0 or absent
 * when it was never written, else the version read.
 */
export const PutZoneProfileBody = z.strictObject({
  version: z
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .optional()
    .meta({ description: 'Version read before editing; 0 or absent when creating' }),
  positionClass: PositionClass.nullable().optional(),
  economicZoneType: EconomicZoneType.nullable().optional(),
  communeName: PlaceName.nullable().optional(),
  provinceCode: ProvinceCode.nullable().optional(),
  formerCommuneName: PlaceName.nullable().optional(),
  formerDistrictName: PlaceName.nullable().optional(),
  formerProvinceCode: ProvinceCode.nullable().optional(),
  developerInvestorId: Uuid.nullable().optional(),
  developerProjectId: Uuid.nullable().optional(),
  /** 1–70 years (checked by the rules, ZONE_PROFILE_INVALID). */
  landLeaseTermYears: z.number().int().min(0).max(999).nullable().optional(),
  /** Derived from the establishment date and the term when left out. */
  landLeaseUntil: CalendarDate.nullable().optional(),
  infrastructureCapitalVnd: VndAmount.nullable().optional(),
  infrastructureCapitalUsd: UsdAmount.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type PutZoneProfileBody = z.infer<typeof PutZoneProfileBody>;
