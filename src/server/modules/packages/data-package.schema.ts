import { z } from 'zod';
import { documentedAs } from '../../kernel/openapi.ts';
import { CalendarDate, Hectares, Timestamp, UsdAmount, VndAmount } from '../../kernel/schemas.ts';
import { BoardCode } from '../boards/index.ts';
import { CountryCode } from '../investors/index.ts';
import { DocumentNo, InvestmentType, ProjectCode, VsicCode } from '../projects/index.ts';
import { ZoneCode, ZoneKind, ZoneStatus } from '../zones/index.ts';

/**
 * The KCN data package, version 1 (shared/contracts/data-package-v1.md): one record schema
 * per kind, strict — unknown fields are errors. Optional fields may also be null.
 */
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const PACKAGE_FORMAT = 'kcn-data-package';
export const PERIOD_PATTERN = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
export const TaxCode = z
  .string()
  .regex(/^\d{10}(-?\d{3})?$/, { message: 'Mã số thuế gồm 10 chữ số (hoặc 10 chữ số, "-" và 3 chữ số).' });
/** People: a whole number a record can hold (the column is an integer). */
const Count = z.number().int().nonnegative().max(1_000_000_000);

export const PackageBoard = z.strictObject({
  code: BoardCode,
  name: z.string().trim().min(3).max(300),
  provinceCode: optional(z.string().trim().max(10)),
  /** organisation-v1: the first day after the board was merged into `succeededBy`. */
  dissolvedOn: optional(CalendarDate),
  succeededBy: optional(BoardCode),
});

export const PackageZone = z.strictObject({
  code: ZoneCode,
  boardCode: BoardCode,
  name: z.string().trim().min(2).max(300),
  kind: ZoneKind,
  status: ZoneStatus,
  statusHistory: optional(z.array(z.strictObject({ status: ZoneStatus, since: CalendarDate })).max(50)),
  /** organisation-v1: the boards that held the zone, oldest first; the last is `boardCode`. */
  boardHistory: optional(
    z
      .array(z.strictObject({ boardCode: BoardCode, since: optional(CalendarDate) }))
      .min(1)
      .max(50),
  ),
  areaHa: Hectares,
  industrialLandHa: optional(Hectares),
  leasedLandHa: optional(Hectares),
  developer: optional(z.string().trim().max(300)),
});

export const PackageProject = z.strictObject({
  code: ProjectCode,
  boardCode: BoardCode,
  zoneCode: ZoneCode,
  name: z.string().trim().min(3).max(500),
  investmentType: InvestmentType,
  investors: z
    .array(z.strictObject({ name: z.string().trim().min(2).max(300), country: CountryCode }))
    .min(1)
    .max(50),
  sector: optional(VsicCode),
  landHa: optional(Hectares),
});

export const PackageLicensingEvent = z.strictObject({
  projectCode: ProjectCode,
  kind: z.enum(['new', 'adjustment', 'termination']),
  date: CalendarDate,
  documentNo: DocumentNo,
  capitalVnd: optional(VndAmount),
  capitalUsd: optional(UsdAmount),
});

export const PackageCapitalImplementation = z.strictObject({
  projectCode: ProjectCode,
  asOf: CalendarDate,
  implementedVnd: VndAmount,
});

export const PackageEnterprise = z.strictObject({
  taxCode: TaxCode,
  boardCode: BoardCode,
  zoneCode: ZoneCode,
  name: z.string().trim().min(2).max(500),
  investmentType: InvestmentType,
  projectCodes: optional(z.array(ProjectCode).max(200)),
});

export const PackageEnterpriseReport = z
  .strictObject({
    taxCode: TaxCode,
    period: z
      .string()
      .regex(PERIOD_PATTERN, { message: 'Kỳ báo cáo có dạng "2019", "2019-H1", "2019-Q3" hoặc "2019-11".' }),
    productionValueVnd: optional(VndAmount),
    revenueVnd: optional(VndAmount),
    exportUsd: optional(UsdAmount),
    importUsd: optional(UsdAmount),
    budgetPaidVnd: optional(VndAmount),
    workers: optional(Count),
    insuredWorkers: optional(Count),
    averageIncomeVnd: optional(VndAmount),
  })
  .superRefine((report, ctx) => {
    if (report.insuredWorkers != null && report.insuredWorkers > (report.workers ?? 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['insuredWorkers'],
        message: 'Số lao động tham gia bảo hiểm xã hội không được lớn hơn tổng số lao động.',
        params: { reason: 'INSURED_EXCEEDS_WORKERS' },
      });
    }
  })
  .meta({ description: 'insuredWorkers may not exceed workers (INSURED_EXCEEDS_WORKERS)' });

export type PackageBoard = z.infer<typeof PackageBoard>;
export type PackageZone = z.infer<typeof PackageZone>;
export type PackageProject = z.infer<typeof PackageProject>;
export type PackageLicensingEvent = z.infer<typeof PackageLicensingEvent>;
export type PackageCapitalImplementation = z.infer<typeof PackageCapitalImplementation>;
export type PackageEnterprise = z.infer<typeof PackageEnterprise>;
export type PackageEnterpriseReport = z.infer<typeof PackageEnterpriseReport>;

/** Record kinds in the order they are validated and written. */
export const RECORD_SCHEMAS = {
  boards: PackageBoard,
  zones: PackageZone,
  projects: PackageProject,
  licensingEvents: PackageLicensingEvent,
  capitalImplementations: PackageCapitalImplementation,
  enterprises: PackageEnterprise,
  enterpriseReports: PackageEnterpriseReport,
} as const;
export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

/** A whole package once every record has passed its schema. */
export interface DataPackage {
  format: typeof PACKAGE_FORMAT;
  version: 1;
  exportedAt?: string;
  boards: PackageBoard[];
  zones: PackageZone[];
  projects: PackageProject[];
  licensingEvents: PackageLicensingEvent[];
  capitalImplementations: PackageCapitalImplementation[];
  enterprises: PackageEnterprise[];
  enterpriseReports: PackageEnterpriseReport[];
}

/** For OpenAPI: the shape of a package (the importer validates it record by record). */
export const DataPackageDocument = z
  // Strict like the importer: an unknown top-level key is a problem (package-validation.ts).
  .strictObject({
    format: z.literal(PACKAGE_FORMAT),
    version: z.literal(1),
    exportedAt: Timestamp.optional(),
    boards: z.array(PackageBoard).optional(),
    zones: z.array(PackageZone).optional(),
    projects: z.array(PackageProject).optional(),
    licensingEvents: z.array(PackageLicensingEvent).optional(),
    capitalImplementations: z.array(PackageCapitalImplementation).optional(),
    enterprises: z.array(PackageEnterprise).optional(),
    enterpriseReports: z.array(PackageEnterpriseReport).optional(),
  })
  .meta({ id: 'DataPackage', description: 'KCN data package v1 (shared/contracts/data-package-v1.md)' });

/**
 * The import's body: any JSON object here, so that the importer checks it record by record and
 * lists every problem (422 PACKAGE_INVALID); documented as the DataPackage it must be.
 */
export const DataPackageBody = documentedAs(
  z.record(z.string(), z.unknown()).meta({ description: 'A data package v1' }),
  DataPackageDocument,
);
