import { z } from 'zod';
import { isCalendarDate, toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { DEADLINE_UNITS, DOSSIER_CHANNELS, ONLINE_LEVELS, RESULT_KINDS } from '../../../domain/one-stop.ts';
import { documentedAs } from '../../kernel/openapi.ts';
import { CalendarDate, Hectares, Timestamp, UsdAmount, VndAmount } from '../../kernel/schemas.ts';
import { BoardCode, PackageBloc, PackageBlocReturn } from '../boards/index.ts';
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
  /** zones-v1: the economic zone (KKT) of the same board this KCN/KCX lies inside. */
  parentZoneCode: optional(ZoneCode),
  industrialLandHa: optional(Hectares),
  leasedLandHa: optional(Hectares),
  /** zones-v1: land for services, and of it the leased. */
  serviceLandHa: optional(Hectares),
  leasedServiceLandHa: optional(Hectares),
  /** zones-v1: the land figures in force from each date, oldest first. */
  landHistory: optional(
    z
      .array(
        z.strictObject({
          asOf: CalendarDate,
          industrialLandHa: optional(Hectares),
          serviceLandHa: optional(Hectares),
          leasedLandHa: optional(Hectares),
          leasedServiceLandHa: optional(Hectares),
          note: optional(z.string().trim().max(500)),
        }),
      )
      .max(100),
  ),
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
    /** blocs-v1: an FDI enterprise may state revenue and budget paid in USD. */
    revenueUsd: optional(UsdAmount),
    budgetPaidUsd: optional(UsdAmount),
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

// ─── The one-stop shop (one-stop-v1 "In the data package"): extra keys are allowed and ignored ───

/** A timestamp's date in Vietnam time (UTC+7), whatever offset it is written with. */
export const vietnamDateOfTimestamp = (timestamp: string): string =>
  toVietnamTimestamp(new Date(timestamp)).slice(0, 10);

const OFFSET_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 timestamp that states its offset (`Z` or ±hh:mm), of a real date and time, in
 * 1990..2150 (the working-day calendar counts 1990..2200: a due date up to 3650 working days
 * later must fit). One problem per value: reason invalid_format, invalid_timestamp or out_of_range.
 */
export const OffsetTimestamp = z
  .string()
  .superRefine((value, ctx) => {
    const match = OFFSET_TIMESTAMP.exec(value);
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: 'Thời điểm phải có dạng ISO 8601 kèm múi giờ, ví dụ "2026-02-13T09:30:00+07:00".',
        params: { reason: 'invalid_format' },
      });
      return;
    }
    const [, date, hh, mm, , ss, , , oh, om] = match;
    const outOfRange = () =>
      ctx.addIssue({
        code: 'custom',
        message: 'Thời điểm phải trong các năm 1990 đến 2150.',
        params: { reason: 'out_of_range' },
      });
    const written = Number(date!.slice(0, 4));
    if (written < 1990 || written > 2150) {
      outOfRange();
      return;
    }
    const real =
      isCalendarDate(date!) &&
      Number(hh) <= 23 &&
      Number(mm) <= 59 &&
      Number(ss ?? 0) <= 59 &&
      Number(oh ?? 0) <= 14 &&
      Number(om ?? 0) <= 59 &&
      !Number.isNaN(Date.parse(value));
    if (!real) {
      ctx.addIssue({
        code: 'custom',
        message: 'Thời điểm không có thật.',
        params: { reason: 'invalid_timestamp' },
      });
      return;
    }
    const year = Number(vietnamDateOfTimestamp(value).slice(0, 4));
    if (year < 1990 || year > 2150) outOfRange();
  })
  .meta({ format: 'date-time', example: '2026-02-13T09:30:00+07:00' });

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

export const PackageCalendarYear = z
  .object({
    year: z.number().int().min(1990).max(2200),
    daysOff: z.array(CalendarDate).max(366),
    workdays: z.array(CalendarDate).max(366),
    note: optional(z.string().trim().max(1000)),
  })
  .superRefine((entry, ctx) => {
    const seen = new Set<string>();
    for (const list of ['daysOff', 'workdays'] as const) {
      entry[list].forEach((date, i) => {
        if (!date.startsWith(`${entry.year}-`)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, i],
            message: `Ngày ${date} không thuộc năm ${entry.year}.`,
            params: { reason: 'DATE_OUTSIDE_YEAR' },
          });
        }
        if (list === 'workdays' && !isWeekend(date)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, i],
            message: `Ngày làm bù ${date} phải là thứ Bảy hoặc Chủ nhật.`,
            params: { reason: 'WORKDAY_NOT_WEEKEND' },
          });
        }
        if (list === 'workdays' && seen.has(date)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, i],
            message: `Ngày ${date} vừa là ngày nghỉ vừa là ngày làm bù.`,
            params: { reason: 'DATE_BOTH_OFF_AND_WORKDAY' },
          });
        }
        if (list === 'daysOff') seen.add(date);
      });
    }
  })
  .meta({ description: "A year's schedule of working days; replaces the whole year (one-stop-v1)" });

export const ProcedureCode = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}.\-_/]*$/u, {
    message: 'Mã thủ tục gồm chữ, số và các dấu . - _ /, ví dụ "BQL-DT-02".',
  });

export const DossierCode = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}.\-_/]*$/u, {
    message: 'Mã hồ sơ gồm chữ, số và các dấu . - _ /, ví dụ "H56.22-260213-0001".',
  });

const ProcedureDocumentSchema = z.object({
  name: z.string().trim().min(2).max(1000),
  originals: z.number().int().min(0).max(100),
  copies: z.number().int().min(0).max(100),
  note: optional(z.string().trim().max(1000)),
});

const ProcedureStepSchema = z.object({
  name: z.string().trim().min(2).max(500),
  department: z.string().trim().min(2).max(300),
  workingDays: z.number().int().min(0).max(3650),
});

/** What a version of a procedure states (the contract's keys plus ours). */
const procedureVersionFields = {
  name: z.string().trim().min(3).max(1000),
  deadline: z.object({ value: z.number().int().min(0).max(3650), unit: z.enum(DEADLINE_UNITS) }),
  onlineLevel: z.enum(ONLINE_LEVELS),
  legalBasis: optional(z.string().trim().max(2000)),
  fee: optional(z.string().trim().max(500)),
  /** Lĩnh vực; default "Khác". */
  field: optional(z.string().trim().min(2).max(200)),
  documents: optional(z.array(ProcedureDocumentSchema).max(100)),
  steps: optional(z.array(ProcedureStepSchema).max(50)),
  resultName: optional(z.string().trim().max(1000)),
};

/** The steps of a deadline in working days may not take longer than the deadline. */
function checkSteps(
  version: { deadline: { value: number; unit: string }; steps?: { workingDays: number }[] | null },
  ctx: z.RefinementCtx,
  path: (string | number)[],
) {
  const total = (version.steps ?? []).reduce((sum, step) => sum + step.workingDays, 0);
  if (version.deadline.unit === 'working_days' && total > version.deadline.value) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'steps'],
      message: `Các bước cộng lại ${total} ngày làm việc, vượt thời hạn ${version.deadline.value} ngày làm việc.`,
      params: { reason: 'STEPS_EXCEED_DEADLINE' },
    });
  }
}

/** The date a procedure's version is taken to be in force from when a package does not say. */
export const DEFAULT_EFFECTIVE_FROM = '2021-01-01';

export const PackageProcedure = z
  .object({
    code: ProcedureCode,
    boardCode: BoardCode,
    ...procedureVersionFields,
    /** The version at the top level is in force from this date (default 2021-01-01). */
    effectiveFrom: optional(CalendarDate),
    /** No longer offered from this date (bãi bỏ). */
    retiredOn: optional(CalendarDate),
    /** The procedure's other versions (earlier or later), each from its own date. */
    versions: optional(z.array(z.object({ ...procedureVersionFields, effectiveFrom: CalendarDate })).max(50)),
  })
  .superRefine((procedure, ctx) => {
    checkSteps(procedure, ctx, []);
    const first = procedure.effectiveFrom ?? DEFAULT_EFFECTIVE_FROM;
    const dates = new Set([first]);
    (procedure.versions ?? []).forEach((version, i) => {
      checkSteps(version, ctx, ['versions', i]);
      if (dates.has(version.effectiveFrom)) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'effectiveFrom'],
          message: `Thủ tục đã có một phiên bản hiệu lực từ ngày ${version.effectiveFrom}.`,
          params: { reason: 'DUPLICATE_VERSION' },
        });
      }
      dates.add(version.effectiveFrom);
    });
  })
  .meta({ description: 'An administrative procedure of a board; the top level is the version in force' });

const at = (value: string) => Date.parse(value);

export const PackageDossier = z
  .object({
    code: DossierCode,
    boardCode: BoardCode,
    procedureCode: ProcedureCode,
    channel: z.enum(DOSSIER_CHANNELS),
    applicant: z.string().trim().min(2).max(500),
    receivedAt: OffsetTimestamp,
    supplements: optional(
      z
        .array(
          z.object({
            requestedAt: OffsetTimestamp,
            suppliedAt: optional(OffsetTimestamp),
            reason: optional(z.string().trim().min(2).max(2000)),
          }),
        )
        .max(20),
    ),
    result: optional(
      z.object({
        kind: z.enum(RESULT_KINDS),
        at: OffsetTimestamp,
        number: optional(z.string().trim().max(200)),
        note: optional(z.string().trim().max(2000)),
      }),
    ),
    summary: optional(z.string().trim().max(2000)),
    applicantTaxCode: optional(TaxCode),
    /** The enterprise of the board the dossier is linked to (its account follows it online). */
    enterpriseTaxCode: optional(TaxCode),
    /** The board holding that enterprise when it is not the dossier's own: the enterprise moved
     * with its zone to another board (organisation-v1) after the dossier was received. */
    enterpriseBoardCode: optional(BoardCode),
    applicantEmail: optional(z.email().max(320)),
    applicantPhone: optional(z.string().trim().max(50)),
    applicantAddress: optional(z.string().trim().max(1000)),
  })
  .superRefine((dossier, ctx) => {
    const received = at(dossier.receivedAt);
    let previousSupplied = received;
    const supplements = dossier.supplements ?? [];
    supplements.forEach((supplement, i) => {
      const requested = at(supplement.requestedAt);
      if (requested < previousSupplied) {
        ctx.addIssue({
          code: 'custom',
          path: ['supplements', i, 'requestedAt'],
          message:
            i === 0
              ? 'Yêu cầu bổ sung không được trước thời điểm tiếp nhận hồ sơ.'
              : 'Yêu cầu bổ sung không được trước khi hồ sơ bổ sung lần trước được nộp.',
          params: { reason: i === 0 ? 'SUPPLEMENT_BEFORE_RECEIPT' : 'SUPPLEMENTS_OVERLAP' },
        });
      }
      if (supplement.suppliedAt == null) {
        if (i < supplements.length - 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['supplements', i, 'suppliedAt'],
            message: 'Chỉ yêu cầu bổ sung cuối cùng mới có thể còn chờ hồ sơ bổ sung.',
            params: { reason: 'SUPPLEMENT_STILL_AWAITED' },
          });
        }
        previousSupplied = requested;
        return;
      }
      if (at(supplement.suppliedAt) < requested) {
        ctx.addIssue({
          code: 'custom',
          path: ['supplements', i, 'suppliedAt'],
          message: 'Thời điểm nộp hồ sơ bổ sung không được trước thời điểm yêu cầu bổ sung.',
          params: { reason: 'SUPPLIED_BEFORE_REQUEST' },
        });
      }
      previousSupplied = Math.max(requested, at(supplement.suppliedAt));
    });
    if (dossier.result && at(dossier.result.at) < received) {
      ctx.addIssue({
        code: 'custom',
        path: ['result', 'at'],
        message: 'Thời điểm có kết quả không được trước thời điểm tiếp nhận hồ sơ.',
        params: { reason: 'RESULT_BEFORE_RECEIPT' },
      });
    } else if (dossier.result && at(dossier.result.at) < previousSupplied) {
      ctx.addIssue({
        code: 'custom',
        path: ['result', 'at'],
        message: 'Thời điểm có kết quả không được trước yêu cầu bổ sung, hồ sơ bổ sung cuối cùng.',
        params: { reason: 'RESULT_BEFORE_SUPPLEMENT' },
      });
    }
  })
  .meta({ description: 'A dossier received; its due date is computed, never stated (one-stop-v1)' });

export type PackageCalendarYear = z.infer<typeof PackageCalendarYear>;
export type PackageProcedure = z.infer<typeof PackageProcedure>;
export type PackageDossier = z.infer<typeof PackageDossier>;

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
  calendarYears: PackageCalendarYear,
  procedures: PackageProcedure,
  dossiers: PackageDossier,
  /** blocs-v1: blocs with their years' members, leader and deputy; then the members' returns. */
  blocs: PackageBloc,
  blocReturns: PackageBlocReturn,
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
  calendarYears: PackageCalendarYear[];
  procedures: PackageProcedure[];
  dossiers: PackageDossier[];
  /** blocs-v1 (additive): a package without them means what it meant before. */
  blocs?: PackageBloc[];
  blocReturns?: PackageBlocReturn[];
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
    calendarYears: z.array(PackageCalendarYear).optional(),
    procedures: z.array(PackageProcedure).optional(),
    dossiers: z.array(PackageDossier).optional(),
    blocs: z.array(PackageBloc).optional(),
    blocReturns: z.array(PackageBlocReturn).optional(),
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
