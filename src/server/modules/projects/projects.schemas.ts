import { z } from 'zod';
import {
  CalendarDate,
  Hectares,
  PageQuery,
  repeatable,
  SignedVndAmount,
  Timestamp,
  UsdAmount,
  Uuid,
  VndAmount,
  Version,
} from '../../kernel/schemas.ts';
import { CorrectionReason } from '../../kernel/audit.ts';
import { CountryCode, InvestorName } from '../investors/index.ts';
import { INVESTMENT_TYPES, PROJECT_STATUSES } from './projects.tables.ts';

export const ProjectCode = z
  .string()
  .regex(/^[A-Za-z0-9./_-]{1,40}$/, {
    message: 'Mã số dự án gồm chữ, số, ".", "/", "_" hoặc "-", tối đa 40 ký tự.',
  })
  .meta({ example: '2121000123' });
export const InvestmentType = z.enum(INVESTMENT_TYPES);
export const ProjectStatus = z.enum(PROJECT_STATUSES);
export const VsicCode = z
  .string()
  .regex(/^[A-U]?\d{2,5}$/, { message: 'Mã ngành VSIC 2018, ví dụ "C2610".' })
  .meta({ example: 'C2610' });
export const DocumentNo = z.string().trim().min(1).max(100);

export const InvestorRef = z.union([
  z.strictObject({ investorId: Uuid }),
  z.strictObject({ name: InvestorName, country: CountryCode }),
]);
export type InvestorRef = z.infer<typeof InvestorRef>;

const ProjectInvestor = z.object({
  id: Uuid,
  name: z.string(),
  country: z.string(),
  countryName: z.string(),
});

export const ProjectSummary = z
  .object({
    id: Uuid,
    boardId: Uuid,
    code: z.string(),
    name: z.string(),
    zone: z.object({ id: Uuid, code: z.string(), name: z.string() }),
    investmentType: InvestmentType,
    sector: z.string().nullable(),
    landHa: z.string().nullable(),
    status: ProjectStatus,
    licensedOn: z.string().nullable(),
    terminatedOn: z.string().nullable(),
    investors: z.array(ProjectInvestor),
    /** Registered capital now: that of the latest event stating one. */
    registeredCapitalVnd: z.string().nullable(),
    registeredCapitalUsd: z.string().nullable(),
    /** Latest cumulative implemented capital and its date. */
    implementedVnd: z.string().nullable(),
    implementedAsOf: z.string().nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Project' });
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const LicensingEventKind = z.enum(['new', 'adjustment', 'termination']);

export const LicensingEvent = z
  .object({
    id: Uuid,
    projectId: Uuid,
    kind: LicensingEventKind,
    date: z.string(),
    seq: z.number().int(),
    documentNo: z.string(),
    capitalVnd: z.string().nullable(),
    capitalUsd: z.string().nullable(),
    note: z.string().nullable(),
    /** Registered capital in force before and after this event (certificate versions). */
    capitalVndBefore: z.string().nullable(),
    capitalVndAfter: z.string().nullable(),
    capitalUsdBefore: z.string().nullable(),
    capitalUsdAfter: z.string().nullable(),
    /** after − before where the event states a capital (signed); null otherwise. */
    capitalChangeVnd: SignedVndAmount.nullable(),
    /** 1 as recorded; above 1 once corrected (the time of the latest correction: updatedAt). */
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'LicensingEvent' });
export type LicensingEvent = z.infer<typeof LicensingEvent>;

export const CapitalImplementation = z
  .object({
    id: Uuid,
    projectId: Uuid,
    asOf: z.string(),
    implementedVnd: z.string(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'CapitalImplementation' });
export type CapitalImplementation = z.infer<typeof CapitalImplementation>;

export const ProjectDetail = ProjectSummary.extend({
  licensingEvents: z.array(LicensingEvent),
  capitalImplementations: z.array(CapitalImplementation),
}).meta({ id: 'ProjectDetail' });
export type ProjectDetail = z.infer<typeof ProjectDetail>;

/** Something a write accepted but the user should look at (implemented capital above the registered). */
export const RecordWarning = z
  .object({ path: z.string(), message: z.string(), reason: z.string() })
  .meta({ id: 'RecordWarning' });

/** A project after a write that may carry warnings. */
export const ProjectDetailWithWarnings = ProjectDetail.extend({ warnings: z.array(RecordWarning) }).meta({
  id: 'ProjectDetailWithWarnings',
});

export const CertificateBody = z.strictObject({
  date: CalendarDate,
  documentNo: DocumentNo,
  capitalVnd: VndAmount,
  capitalUsd: UsdAmount.nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
});

export const RegisterProjectBody = z.strictObject({
  boardId: Uuid.optional(),
  code: ProjectCode,
  zoneId: Uuid,
  name: z.string().trim().min(3).max(500),
  investmentType: InvestmentType,
  investors: z.array(InvestorRef).min(1, { message: 'Dự án phải có ít nhất một nhà đầu tư.' }).max(50),
  sector: VsicCode.nullable().optional(),
  landHa: Hectares.nullable().optional(),
  /** The new investment registration certificate / investment policy decision. */
  certificate: CertificateBody,
});
export type RegisterProjectBody = z.infer<typeof RegisterProjectBody>;

export const UpdateProjectBody = z.strictObject({
  version: Version,
  name: z.string().trim().min(3).max(500).optional(),
  zoneId: Uuid.optional(),
  investmentType: InvestmentType.optional(),
  investors: z.array(InvestorRef).min(1).max(50).optional(),
  sector: VsicCode.nullable().optional(),
  landHa: Hectares.nullable().optional(),
});
export type UpdateProjectBody = z.infer<typeof UpdateProjectBody>;

export const RecordLicensingEventBody = z.strictObject({
  kind: z.enum(['adjustment', 'termination']),
  date: CalendarDate,
  documentNo: DocumentNo,
  /** Registered capital AFTER the adjustment; leave out when the capital does not change. */
  capitalVnd: VndAmount.nullable().optional(),
  capitalUsd: UsdAmount.nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
});
export type RecordLicensingEventBody = z.infer<typeof RecordLicensingEventBody>;

export const UpdateLicensingEventBody = z.strictObject({
  version: Version,
  /** Why the event is corrected (lý do), kept in the audit log. */
  reason: CorrectionReason,
  date: CalendarDate.optional(),
  documentNo: DocumentNo.optional(),
  capitalVnd: VndAmount.nullable().optional(),
  capitalUsd: UsdAmount.nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
});
export type UpdateLicensingEventBody = z.infer<typeof UpdateLicensingEventBody>;

export const RecordImplementationBody = z.strictObject({ asOf: CalendarDate, implementedVnd: VndAmount });
export const UpdateImplementationBody = z.strictObject({
  version: Version,
  /** Why the entry is corrected (lý do), kept in the audit log. */
  reason: CorrectionReason,
  asOf: CalendarDate.optional(),
  implementedVnd: VndAmount.optional(),
});

/** DELETE of a licensing event or an implemented-capital entry: the version read and why. */
export const CorrectionDeleteQuery = z.strictObject({
  version: z.coerce.number().pipe(Version),
  reason: CorrectionReason,
});

export const ListProjectsQuery = z.strictObject({
  ...PageQuery,
  boardId: repeatable(Uuid),
  zoneId: repeatable(Uuid),
  investmentType: repeatable(InvestmentType),
  status: repeatable(ProjectStatus),
  /** Licensed (new certificate) on or after / on or before. */
  licensedFrom: CalendarDate.optional(),
  licensedTo: CalendarDate.optional(),
  /** In force at the end of this date: licensed on or before it, not terminated by it (report drill-down). */
  inForceAt: CalendarDate.optional(),
  investorId: Uuid.optional(),
  q: z.string().max(200).optional(),
  /** `-` first: descending. By a capital (now): projects without one come last either way. */
  sort: z
    .enum([
      'code',
      'name',
      'licensedOn',
      '-licensedOn',
      'registeredCapitalVnd',
      '-registeredCapitalVnd',
      'implementedVnd',
      '-implementedVnd',
    ])
    .default('code'),
});
export type ListProjectsQuery = z.infer<typeof ListProjectsQuery>;

export const ListLicensingEventsQuery = z.strictObject({
  ...PageQuery,
  boardId: repeatable(Uuid),
  zoneId: repeatable(Uuid),
  projectId: Uuid.optional(),
  kind: repeatable(LicensingEventKind),
  investmentType: repeatable(InvestmentType),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  /** Only adjustments that raised (increase) or lowered (decrease) the capital. */
  change: z.enum(['increase', 'decrease']).optional(),
});
export type ListLicensingEventsQuery = z.infer<typeof ListLicensingEventsQuery>;

export const BoardLicensingEvent = LicensingEvent.extend({
  project: z.object({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    investmentType: InvestmentType,
    zoneCode: z.string(),
  }),
}).meta({ id: 'BoardLicensingEvent' });
