import { z } from 'zod';
import {
  ATTACHMENT_PURPOSES,
  DEADLINE_UNITS,
  DOSSIER_CHANNELS,
  DOSSIER_STATUSES,
  RESULT_KINDS,
} from '../../../domain/one-stop.ts';
import { CalendarDate, PageQuery, paged, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';

const line = (max: number) => z.string().trim().min(1).max(max);
const optionalLine = (max: number) => z.string().trim().max(max).optional();

/** A moment given by staff (ISO 8601 with its offset): a paper event recorded afterwards. */
export const Instant = z.iso
  .datetime({
    offset: true,
    message: 'Phải là thời điểm ISO 8601 có múi giờ, ví dụ 2026-02-13T09:30:00+07:00.',
  })
  .meta({ format: 'date-time', example: '2026-02-13T09:30:00+07:00' });

export const DOSSIER_RISKS = ['overdue', 'due_soon', 'ok', 'paused'] as const;
export type DossierRisk = (typeof DOSSIER_RISKS)[number];

export const Applicant = z
  .object({
    name: z.string(),
    taxCode: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  })
  .meta({ id: 'DossierApplicant' });

const ProcedureRef = z.object({ id: Uuid, code: z.string(), name: z.string() });

/** A dossier in a list: where it stands and how close to its due date. */
export const DossierSummary = z
  .object({
    id: Uuid,
    boardId: Uuid,
    code: z.string(),
    procedure: ProcedureRef,
    channel: z.enum(DOSSIER_CHANNELS),
    status: z.enum(DOSSIER_STATUSES),
    applicantName: z.string(),
    enterpriseId: Uuid.nullable(),
    summary: z.string().nullable(),
    submittedAt: Timestamp.nullable(),
    receivedAt: Timestamp.nullable(),
    /** Ngày hẹn trả (legal, computed); null until received. */
    dueDate: CalendarDate.nullable(),
    /** Working days left as of today in Vietnam (0 on the due date, negative once overdue). */
    remainingWorkingDays: z.number().int().nullable(),
    /** overdue · due_soon (≤ 2 working days) · ok · paused (awaiting a supplement) · null when closed. */
    risk: z.enum(DOSSIER_RISKS).nullable(),
    resultKind: z.enum(RESULT_KINDS).nullable(),
    resultAt: Timestamp.nullable(),
    returnedAt: Timestamp.nullable(),
    supplementRequests: z.number().int(),
    /** Decision 766 counts a dossier with more than one supplement request as late. */
    lateBy766: z.boolean(),
    /** Past its due date (today, or its result after it). */
    late: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'DossierSummary' });
export type DossierSummary = z.infer<typeof DossierSummary>;

export const DossierList = paged(DossierSummary);

const DossierStep = z.object({
  id: Uuid,
  position: z.number().int(),
  name: z.string(),
  department: z.string(),
  assigneeUserId: Uuid.nullable(),
  workingDays: z.number().int(),
  dueDate: CalendarDate.nullable(),
  remainingWorkingDays: z.number().int().nullable(),
  completedAt: Timestamp.nullable(),
  completedBy: z.string().nullable(),
  note: z.string().nullable(),
});

const DossierSupplement = z.object({
  id: Uuid,
  requestedAt: Timestamp,
  reason: z.string(),
  requestedBy: z.string(),
  suppliedAt: Timestamp.nullable(),
  suppliedNote: z.string().nullable(),
});

const DossierEvent = z.object({
  at: Timestamp,
  action: z.string(),
  status: z.enum(DOSSIER_STATUSES),
  actor: z.string(),
  note: z.string().nullable(),
});

export const DossierAttachment = z
  .object({
    id: Uuid,
    purpose: z.enum(ATTACHMENT_PURPOSES),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'DossierAttachment' });

/** A dossier with everything: procedure version, applicant, steps, supplements, events, files. */
export const DossierDetail = DossierSummary.extend({
  procedureVersion: z.object({
    id: Uuid,
    effectiveFrom: CalendarDate,
    name: z.string(),
    legalBasis: z.string().nullable(),
    fee: z.string().nullable(),
    resultName: z.string().nullable(),
  }),
  deadline: z.object({ value: z.number().int(), unit: z.enum(DEADLINE_UNITS) }),
  applicant: Applicant,
  receivedBy: z.string().nullable(),
  /** The first working day counted (ngày 0) and the due date before any supplement pause. */
  dayZero: CalendarDate.nullable(),
  baseDueDate: CalendarDate.nullable(),
  pausedWorkingDays: z.number().int(),
  notAcceptedReason: z.string().nullable(),
  result: z
    .object({
      kind: z.enum(RESULT_KINDS),
      at: Timestamp,
      number: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  /** Form 04: the apology letter and the new date promised; the legal due date stays. */
  apology: z.object({ at: Timestamp, reason: z.string(), newDate: CalendarDate }).nullable(),
  flags: z.object({ late: z.boolean(), lateBy766: z.boolean(), supplementRequests: z.number().int() }),
  steps: z.array(DossierStep),
  supplements: z.array(DossierSupplement),
  events: z.array(DossierEvent),
  attachments: z.array(DossierAttachment),
  /** The working-day schedules the dates were counted with: each year and where it comes from. */
  calendarYears: z.array(
    z.object({
      year: z.number().int(),
      source: z.enum(['default', 'built-in', 'set']),
      note: z.string().nullable(),
    }),
  ),
}).meta({ id: 'DossierDetail' });
export type DossierDetail = z.infer<typeof DossierDetail>;

const ApplicantInput = z.strictObject({
  name: line(300),
  taxCode: optionalLine(20),
  email: z.email().max(254).optional(),
  phone: optionalLine(30),
  address: optionalLine(500),
});

export const ReceiveDossierBody = z.strictObject({
  boardId: Uuid.optional(),
  procedureId: Uuid,
  channel: z.enum(['counter', 'post']),
  applicant: ApplicantInput,
  enterpriseId: Uuid.optional(),
  summary: optionalLine(2000),
  /** When the dossier was received; now when left out; never in the future. */
  receivedAt: Instant.optional(),
});
export type ReceiveDossierBody = z.infer<typeof ReceiveDossierBody>;

export const SubmitDossierBody = z.strictObject({
  procedureId: Uuid,
  summary: optionalLine(2000),
  /** The applicant as the receipt names it; the enterprise's name and tax code by default. */
  applicant: ApplicantInput.partial().optional(),
});
export type SubmitDossierBody = z.infer<typeof SubmitDossierBody>;

const versioned = { version: Version };
/** When a paper event happened (recorded afterwards); now when left out; never in the future. */
const at = Instant.optional();

export const VersionBody = z.strictObject({ ...versioned });
export const NotAcceptBody = z.strictObject({ ...versioned, reason: line(2000) });
export const SupplementRequestBody = z.strictObject({ ...versioned, reason: line(2000), at });
export const SuppliedBody = z.strictObject({ ...versioned, note: optionalLine(2000), at });
export const StepUpdateBody = z.strictObject({ ...versioned, assigneeUserId: Uuid.nullable().optional() });
export const StepCompleteBody = z.strictObject({ ...versioned, note: optionalLine(2000) });
export const ResultBody = z.strictObject({
  ...versioned,
  kind: z.enum(RESULT_KINDS),
  number: optionalLine(100),
  note: optionalLine(2000),
  at,
});
export const ApologyBody = z.strictObject({ ...versioned, reason: line(2000), newDate: CalendarDate });
export const ReturnBody = z.strictObject({ ...versioned, at });

export const DossierParams = z.strictObject({ id: Uuid });
export const SupplementParams = z.strictObject({ id: Uuid, supplementId: Uuid });
export const StepParams = z.strictObject({ id: Uuid, stepId: Uuid });
export const AttachmentParams = z.strictObject({ id: Uuid, attachmentId: Uuid });

export const ListDossiersQuery = z.strictObject({
  boardId: Uuid.optional(),
  status: z.enum(DOSSIER_STATUSES).optional(),
  procedureId: Uuid.optional(),
  channel: z.enum(DOSSIER_CHANNELS).optional(),
  risk: z.enum(['due_soon', 'overdue']).optional(),
  search: z.string().trim().max(200).optional(),
  receivedFrom: CalendarDate.optional(),
  receivedTo: CalendarDate.optional(),
  ...PageQuery,
});
export type ListDossiersQuery = z.infer<typeof ListDossiersQuery>;

export const AttentionQuery = z.strictObject({ boardId: Uuid.optional() });

const DepartmentLoad = z.object({
  department: z.string(),
  openSteps: z.number().int(),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
});

export const Attention = z
  .object({
    boardId: Uuid,
    today: CalendarDate,
    dueSoon: z.array(DossierSummary),
    overdue: z.array(DossierSummary),
    awaitingAcceptance: z.array(DossierSummary),
    departments: z.array(DepartmentLoad),
  })
  .meta({ id: 'DossierAttention' });
export type Attention = z.infer<typeof Attention>;

export const UploadQuery = z.strictObject({
  purpose: z.enum(ATTACHMENT_PURPOSES).default('application'),
  fileName: line(200).refine((v) => ![...v].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20), {
    message: 'Tên tệp không được chứa / \\ hay ký tự điều khiển.',
  }),
});

// ---- public -------------------------------------------------------------------------------------

export const PublicDossier = z
  .object({
    code: z.string(),
    procedure: z.object({ code: z.string(), name: z.string() }),
    status: z.enum(DOSSIER_STATUSES),
    receivedOn: CalendarDate.nullable(),
    dueDate: CalendarDate.nullable(),
    result: z.object({ kind: z.enum(RESULT_KINDS), on: CalendarDate }).nullable(),
  })
  .meta({ id: 'PublicDossier' });
export type PublicDossier = z.infer<typeof PublicDossier>;

export const PublicCodeParams = z.strictObject({ code: z.string().trim().min(1).max(60) });

export const PublicSubmissionBody = z.strictObject({
  boardCode: line(20),
  procedureCode: line(60),
  applicant: z.strictObject({
    name: line(300),
    email: z.email().max(254),
    phone: optionalLine(30),
    address: optionalLine(500),
  }),
  summary: line(2000),
  /** A field people never see: a robot fills it in. Must be empty. */
  website: z.string().max(500).optional(),
  /** When the form was opened (ms since 1970): a form sent within 3 seconds is a robot's. */
  startedAt: z.number().int().nonnegative(),
});
export type PublicSubmissionBody = z.infer<typeof PublicSubmissionBody>;

export const PublicSubmissionAnswer = z
  .object({
    code: z.string(),
    /** Whether a confirmation e-mail could be sent (false when the server has no SMTP). */
    confirmationSent: z.boolean(),
    message: z.string(),
  })
  .meta({ id: 'PublicDossierSubmission' });

export const ConfirmBody = z.strictObject({ token: z.string().trim().min(16).max(200) });
export const ConfirmAnswer = z.object({ code: z.string(), status: z.enum(DOSSIER_STATUSES) });
