/** The zones' environment: standards, plants, connections, samples and the report, as the API speaks them. */
import { z } from 'zod';
import { DocumentParams } from '../../kernel/documents/document-params.ts';
import {
  CalendarDate,
  PageQuery,
  paged,
  repeatable,
  Timestamp,
  Uuid,
  Version,
} from '../../kernel/schemas.ts';
import {
  BUILTIN_STANDARD_CODES,
  PLANT_STATUSES,
  SAMPLE_KINDS,
  SAMPLE_POINTS,
} from '../../../domain/wastewater.ts';
import { isDecimalString } from '../../../domain/decimal.ts';
import { BoardCode } from '../boards/index.ts';

const line = (max: number) => z.string().trim().min(1).max(max);
const text = (max: number) => z.string().trim().max(max);

/** A signed decimal as a string ("12.5", "-3"), at most 30 characters: no floats. */
export const DecimalValue = z
  .string()
  .max(30)
  .refine(isDecimalString, {
    message: 'Phải là số thập phân viết bằng chuỗi, dấu chấm thập phân, ví dụ "12.5".',
  })
  .meta({ description: 'A decimal number as a string, "." as the decimal point', example: '12.5' });
/** A non-negative decimal string. */
export const NonNegativeDecimal = DecimalValue.refine((v) => !v.startsWith('-'), {
  message: 'Phải là số không âm.',
});
/** A positive decimal string (Kq, Kf). */
export const PositiveDecimal = DecimalValue.refine((v) => !v.startsWith('-') && /[1-9]/.test(v), {
  message: 'Phải là số dương.',
});

export const IdParams = z.strictObject({ id: Uuid });
export const BoardQuery = z.strictObject({ board: BoardCode.optional() });
export const VersionQuery = z.strictObject({ version: z.coerce.number().pipe(Version) });

// ─── Standards ────────────────────────────────────────────────────────────────────────────────

export const StandardParameterInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.()-]{1,40}$/, {
      message: 'Mã thông số gồm chữ, số và các dấu _ . ( ) -, tối đa 40 ký tự.',
    }),
  name: line(200),
  unit: line(40),
  minValue: DecimalValue.nullable().default(null),
  maxValue: DecimalValue.nullable().default(null),
  appliesKqKf: z.boolean().default(true).describe('Whether the maximum is multiplied by Kq × Kf'),
});
export type StandardParameterInput = z.infer<typeof StandardParameterInput>;

export const StandardParameter = z
  .object({
    code: z.string(),
    name: z.string(),
    unit: z.string(),
    minValue: z.string().nullable(),
    maxValue: z.string().nullable(),
    appliesKqKf: z.boolean(),
  })
  .meta({ id: 'EnvironmentStandardParameter' });

export const DischargeStandard = z
  .object({
    id: Uuid,
    boardId: Uuid,
    code: z.string(),
    name: z.string(),
    source: z.string(),
    parameters: z.array(StandardParameter),
    /** Plants whose design standard it is. */
    plantCount: z.number().int(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'DischargeStandard', description: 'A discharge standard and its parameters with limits' });
export type DischargeStandard = z.infer<typeof DischargeStandard>;

export const CreateStandardBody = z.strictObject({
  board: BoardCode.optional(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{1,40}$/, {
      message: 'Mã quy chuẩn gồm chữ, số và các dấu _ . : -, tối đa 40 ký tự.',
    }),
  name: line(300),
  source: text(1000).default(''),
  parameters: z.array(StandardParameterInput).min(1).max(200),
});
export type CreateStandardBody = z.infer<typeof CreateStandardBody>;

export const UpdateStandardBody = z.strictObject({
  version: Version,
  name: line(300).optional(),
  source: text(1000).optional(),
  /** The whole list, replacing the parameters (samples keep the limits they were judged by). */
  parameters: z.array(StandardParameterInput).min(1).max(200).optional(),
});
export type UpdateStandardBody = z.infer<typeof UpdateStandardBody>;

export const CopyBuiltinBody = z.strictObject({
  board: BoardCode.optional(),
  code: z.enum(BUILTIN_STANDARD_CODES as [string, ...string[]]).describe('QCVN40-2011-A or QCVN40-2011-B'),
});

// ─── Plants ──────────────────────────────────────────────────────────────────────────────────

export const PlantPermit = z.strictObject({
  kind: line(200),
  number: line(100),
  issuedOn: CalendarDate,
  issuer: text(300).default(''),
  validUntil: CalendarDate.nullable().default(null),
});

const Ref = z.object({ id: Uuid, code: z.string(), name: z.string() });

export const SampleResult = z.object({
  parameterCode: z.string(),
  parameterName: z.string(),
  unit: z.string(),
  value: z.string(),
  /** The limits that applied when it was recorded (Kq, Kf included); null at an inlet. */
  limitMin: z.string().nullable(),
  limitMax: z.string().nullable(),
  exceeds: z.boolean(),
});

export const MonitoringSample = z
  .object({
    id: Uuid,
    boardId: Uuid,
    plantId: Uuid,
    plantName: z.string(),
    zone: Ref,
    sampledOn: CalendarDate,
    point: z.enum(SAMPLE_POINTS),
    kind: z.enum(SAMPLE_KINDS),
    laboratory: z.string(),
    note: z.string(),
    results: z.array(SampleResult),
    /** Parameters above (or below) their limits. */
    exceedances: z.number().int(),
    createdAt: Timestamp,
  })
  .meta({ id: 'MonitoringSample' });
export type MonitoringSample = z.infer<typeof MonitoringSample>;

export const WastewaterConnection = z
  .object({
    id: Uuid,
    plantId: Uuid,
    enterprise: z.object({ id: Uuid, taxCode: z.string(), name: z.string() }),
    connectedOn: CalendarDate,
    disconnectedOn: CalendarDate.nullable(),
    note: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'WastewaterConnection' });
export type WastewaterConnection = z.infer<typeof WastewaterConnection>;

const PlantFields = {
  id: Uuid,
  boardId: Uuid,
  zone: Ref,
  name: z.string(),
  capacityM3PerDay: z.string().describe('Design capacity, m³ per day (exact decimal)'),
  status: z.enum(PLANT_STATUSES),
  standard: Ref.nullable(),
  kq: z.string().nullable(),
  kf: z.string().nullable(),
  operator: z.string(),
  commissionedOn: CalendarDate.nullable(),
  receivingWater: z.string(),
  permits: z.array(PlantPermit),
  note: z.string(),
  /** Enterprises connected to this plant today. */
  connectedToday: z.number().int(),
  /** The zone's connection rate today (all its plants): connected operating enterprises ÷ operating enterprises. */
  zoneOperatingEnterprises: z.number().int(),
  zoneConnectedEnterprises: z.number().int(),
  zoneConnectionRate: z.number().nullable(),
  lastSample: z
    .object({
      id: Uuid,
      sampledOn: CalendarDate,
      point: z.enum(SAMPLE_POINTS),
      exceedances: z.number().int(),
    })
    .nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const WastewaterPlant = z.object(PlantFields).meta({ id: 'WastewaterPlant' });
export type WastewaterPlant = z.infer<typeof WastewaterPlant>;

export const WastewaterPlantDetail = z
  .object({
    ...PlantFields,
    connections: z.array(WastewaterConnection),
    /** The latest samples (20 at most), newest first. */
    latestSamples: z.array(MonitoringSample),
  })
  .meta({ id: 'WastewaterPlantDetail' });
export type WastewaterPlantDetail = z.infer<typeof WastewaterPlantDetail>;

export const ListPlantsQuery = z.strictObject({
  board: BoardCode.optional(),
  zoneId: Uuid.optional(),
});

const PlantInput = {
  name: line(300),
  capacityM3PerDay: NonNegativeDecimal,
  status: z.enum(PLANT_STATUSES).default('operating'),
  standardId: Uuid.nullable().default(null),
  kq: PositiveDecimal.nullable().default(null).describe('QCVN 40:2011 Kq of the receiving water'),
  kf: PositiveDecimal.nullable().default(null).describe('QCVN 40:2011 Kf of the discharge flow'),
  operator: text(300).default(''),
  commissionedOn: CalendarDate.nullable().default(null),
  receivingWater: text(300).default(''),
  permits: z.array(PlantPermit).max(50).default([]),
  note: text(5000).default(''),
};

export const CreatePlantBody = z.strictObject({ zoneId: Uuid, ...PlantInput });
export type CreatePlantBody = z.infer<typeof CreatePlantBody>;

export const UpdatePlantBody = z.strictObject({
  version: Version,
  name: PlantInput.name.optional(),
  capacityM3PerDay: NonNegativeDecimal.optional(),
  status: z.enum(PLANT_STATUSES).optional(),
  standardId: Uuid.nullable().optional(),
  kq: PositiveDecimal.nullable().optional(),
  kf: PositiveDecimal.nullable().optional(),
  operator: text(300).optional(),
  commissionedOn: CalendarDate.nullable().optional(),
  receivingWater: text(300).optional(),
  permits: z.array(PlantPermit).max(50).optional(),
  note: text(5000).optional(),
});
export type UpdatePlantBody = z.infer<typeof UpdatePlantBody>;

export const ConnectBody = z.strictObject({
  enterpriseId: Uuid,
  connectedOn: CalendarDate,
  note: text(1000).default(''),
});
export type ConnectBody = z.infer<typeof ConnectBody>;

export const EndConnectionBody = z.strictObject({ version: Version, disconnectedOn: CalendarDate });
export type EndConnectionBody = z.infer<typeof EndConnectionBody>;

// ─── Samples ─────────────────────────────────────────────────────────────────────────────────

export const CreateSampleBody = z.strictObject({
  sampledOn: CalendarDate,
  point: z.enum(SAMPLE_POINTS).default('outlet'),
  kind: z.enum(SAMPLE_KINDS).default('periodic'),
  laboratory: text(300).default(''),
  note: text(2000).default(''),
  results: z
    .array(z.strictObject({ parameterCode: z.string().trim().min(1).max(40), value: DecimalValue }))
    .min(1)
    .max(200),
});
export type CreateSampleBody = z.infer<typeof CreateSampleBody>;

const QueryFlag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const ListSamplesQuery = z.strictObject({
  board: repeatable(BoardCode),
  plantId: Uuid.optional(),
  zoneId: Uuid.optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  exceedsOnly: QueryFlag.describe('true: only samples with a parameter beyond its limit'),
  ...PageQuery,
});
export type ListSamplesQuery = z.infer<typeof ListSamplesQuery>;

export const MonitoringSampleList = paged(MonitoringSample).meta({ id: 'MonitoringSampleList' });
export type MonitoringSampleList = z.infer<typeof MonitoringSampleList>;

export const SeriesQuery = z.strictObject({
  parameter: z.string().trim().min(1).max(40),
  point: z.enum(SAMPLE_POINTS).default('outlet'),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
});

export const ParameterSeries = z
  .object({
    plantId: Uuid,
    parameter: z.object({ code: z.string(), name: z.string(), unit: z.string() }),
    /** The limits that apply today under the plant's standard, Kq and Kf; null when it has none for it. */
    limits: z.object({ min: z.string().nullable(), max: z.string().nullable() }).nullable(),
    points: z.array(
      z.object({
        sampleId: Uuid,
        sampledOn: CalendarDate,
        value: z.string(),
        limitMin: z.string().nullable(),
        limitMax: z.string().nullable(),
        exceeds: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ParameterSeries' });
export type ParameterSeries = z.infer<typeof ParameterSeries>;

// ─── Report ──────────────────────────────────────────────────────────────────────────────────

export const EnvironmentReportQuery = z.strictObject({
  period: z
    .string()
    .regex(/^[0-9]{4}(-Q[1-4])?$/, { message: 'Kỳ báo cáo là một năm (2025) hoặc một quý (2025-Q3).' })
    .meta({ example: '2025' }),
  board: repeatable(BoardCode),
  ...DocumentParams,
});

const ZoneFigures = {
  plants: z.number().int(),
  operatingPlants: z.number().int(),
  /** Design capacity of all plants, m³/day (exact). */
  designCapacityM3PerDay: z.string(),
  /** Design capacity of the operating plants, m³/day (exact). */
  operatingCapacityM3PerDay: z.string(),
  /** Enterprises operating on the period's last day. */
  operatingEnterprises: z.number().int(),
  /** Of them, connected to a central plant on that day. */
  connectedEnterprises: z.number().int(),
  connectionRate: z.number().nullable(),
  samples: z.number().int(),
  samplesWithExceedance: z.number().int(),
  exceedancesByParameter: z.array(
    z.object({ parameterCode: z.string(), parameterName: z.string(), count: z.number().int() }),
  ),
};

export const EnvironmentReport = z
  .object({
    report: z.literal('environment'),
    period: z.string(),
    from: CalendarDate,
    to: CalendarDate,
    boards: z.array(z.string()),
    zones: z.array(
      z.object({
        board: z.string(),
        zoneId: Uuid,
        zoneCode: z.string(),
        zoneName: z.string(),
        ...ZoneFigures,
      }),
    ),
    total: z.object(ZoneFigures),
  })
  .meta({ id: 'EnvironmentReport' });
export type EnvironmentReport = z.infer<typeof EnvironmentReport>;
export type EnvironmentFigures = EnvironmentReport['total'];
