import { z } from 'zod';
import { DEADLINE_UNITS, ONLINE_LEVELS } from '../../../domain/one-stop.ts';
import { CalendarDate, PageQuery, paged, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';

const line = (max: number) => z.string().trim().min(1).max(max);
const optionalLine = (max: number) => z.string().trim().max(max).nullable().optional();

export const ProcedureCode = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,40}$/, {
    message: 'Mã thủ tục gồm chữ, số, ".", "_" hoặc "-", tối đa 40 ký tự (ví dụ BQL-DT-02).',
  })
  .meta({ example: 'BQL-DT-02' });

export const DeadlineUnit = z.enum(DEADLINE_UNITS);
export const OnlineLevel = z.enum(ONLINE_LEVELS);

export const Deadline = z.strictObject({
  value: z.number().int().min(0).max(3650),
  /** working_days (ngày làm việc) or days (ngày). */
  unit: DeadlineUnit,
});

export const ProcedureDocument = z.strictObject({
  name: line(500),
  /** Bản chính. */
  originals: z.number().int().min(0).max(100),
  /** Bản sao. */
  copies: z.number().int().min(0).max(100),
  note: optionalLine(500),
});

export const ProcedureStep = z.strictObject({
  name: line(300),
  /** The department responsible (phòng, bộ phận). */
  department: line(300),
  /** Its own share of the deadline, in working days. */
  workingDays: z.number().int().min(0).max(3650),
});

/** A version's fields, as the create form, a new version and the data package give them. */
export const procedureVersionFields = {
  name: line(500),
  /** Lĩnh vực: đầu tư, xây dựng, môi trường, lao động… */
  field: line(200),
  legalBasis: optionalLine(2000),
  deadline: Deadline,
  onlineLevel: OnlineLevel,
  /** Lệ phí as the law words it ("0", "Không", "500.000 đồng/giấy phép"). */
  fee: optionalLine(500),
  documents: z.array(ProcedureDocument).max(100).default([]),
  steps: z.array(ProcedureStep).max(50).default([]),
  resultName: optionalLine(500),
};

const versionShape = {
  name: z.string(),
  field: z.string(),
  legalBasis: z.string().nullable(),
  deadline: z.object({ value: z.number().int(), unit: DeadlineUnit }),
  onlineLevel: OnlineLevel,
  fee: z.string().nullable(),
  documents: z.array(
    z.object({
      name: z.string(),
      originals: z.number().int(),
      copies: z.number().int(),
      note: z.string().nullable().optional(),
    }),
  ),
  steps: z.array(z.object({ name: z.string(), department: z.string(), workingDays: z.number().int() })),
  resultName: z.string().nullable(),
};

export const ProcedureVersion = z
  .object({
    id: Uuid,
    procedureId: Uuid,
    boardId: Uuid,
    /** In force from this date until the next version's. */
    effectiveFrom: CalendarDate,
    ...versionShape,
    /** Dossiers were received under this version: its deadline can no longer change. */
    inUse: z.boolean(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ProcedureVersion' });
export type ProcedureVersion = z.infer<typeof ProcedureVersion>;

/** A procedure with the version in force on a date (the catalogue's line). */
export const ProcedureInForce = z
  .object({
    id: Uuid,
    boardId: Uuid,
    code: z.string(),
    retiredOn: CalendarDate.nullable(),
    /** The procedure record's version (for retiring it, adding a version). */
    version: z.number().int(),
    versionId: Uuid,
    effectiveFrom: CalendarDate,
    ...versionShape,
  })
  .meta({ id: 'ProcedureInForce' });
export type ProcedureInForce = z.infer<typeof ProcedureInForce>;

export const ProcedureList = paged(ProcedureInForce).extend({ onDate: CalendarDate });

export const Procedure = z
  .object({
    id: Uuid,
    boardId: Uuid,
    code: z.string(),
    retiredOn: CalendarDate.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** The id of the version in force today (Vietnam), one of `versions`; null before the first takes effect. */
    currentVersionId: Uuid.nullable(),
    /** Every version, newest effective date first. */
    versions: z.array(ProcedureVersion),
  })
  .meta({ id: 'Procedure' });
export type Procedure = z.infer<typeof Procedure>;

export const ListProceduresQuery = z.strictObject({
  ...PageQuery,
  boardId: Uuid.optional(),
  /** Words of the code, name, field or legal basis, with or without accents. */
  search: z.string().max(200).optional(),
  field: z.string().max(200).optional(),
  /** The catalogue as it stood on this date (default today in Vietnam). */
  onDate: CalendarDate.optional(),
  /** Also the procedures retired by that date. */
  includeRetired: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ListProceduresQuery = z.infer<typeof ListProceduresQuery>;

export const CreateProcedureBody = z.strictObject({
  /** The board whose catalogue it joins; defaults to the user's own. */
  boardId: Uuid.optional(),
  code: ProcedureCode,
  effectiveFrom: CalendarDate,
  ...procedureVersionFields,
});
export type CreateProcedureBody = z.infer<typeof CreateProcedureBody>;

export const AddProcedureVersionBody = z.strictObject({
  /** The procedure's version read (optimistic lock). */
  version: Version,
  effectiveFrom: CalendarDate,
  ...procedureVersionFields,
});
export type AddProcedureVersionBody = z.infer<typeof AddProcedureVersionBody>;

export const UpdateProcedureVersionBody = z.strictObject({
  /** The procedure version's own version read. */
  version: Version,
  effectiveFrom: CalendarDate.optional(),
  name: procedureVersionFields.name.optional(),
  field: procedureVersionFields.field.optional(),
  legalBasis: procedureVersionFields.legalBasis,
  deadline: Deadline.optional(),
  onlineLevel: OnlineLevel.optional(),
  fee: procedureVersionFields.fee,
  documents: z.array(ProcedureDocument).max(100).optional(),
  steps: z.array(ProcedureStep).max(50).optional(),
  resultName: procedureVersionFields.resultName,
});
export type UpdateProcedureVersionBody = z.infer<typeof UpdateProcedureVersionBody>;

export const RetireProcedureBody = z.strictObject({
  version: Version,
  /** No longer offered from this date; null offers it again. */
  retiredOn: CalendarDate.nullable(),
});
export type RetireProcedureBody = z.infer<typeof RetireProcedureBody>;

export const ProcedureParams = z.strictObject({ id: Uuid });
export const ProcedureVersionParams = z.strictObject({ id: Uuid, versionId: Uuid });

/** What an investor sees of a procedure: nothing internal. */
export const PublicProcedure = z
  .object({
    code: z.string(),
    name: z.string(),
    field: z.string(),
    deadline: z.object({ value: z.number().int(), unit: DeadlineUnit }),
    onlineLevel: OnlineLevel,
    fee: z.string().nullable(),
    legalBasis: z.string().nullable(),
    documents: versionShape.documents,
    resultName: z.string().nullable(),
  })
  .meta({ id: 'PublicProcedure' });

export const PublicProceduresQuery = z.strictObject({
  /** The board's code, e.g. TB. */
  board: z.string().regex(/^[A-Za-z0-9._-]{1,32}$/, { message: 'Mã Ban Quản lý không hợp lệ.' }),
});

export const PublicProcedureList = z.object({
  board: z.object({ code: z.string(), name: z.string() }),
  onDate: CalendarDate,
  items: z.array(PublicProcedure),
});

export const OneStopOffice = z
  .object({
    boardId: Uuid,
    /** The first part of every dossier code (the agency's code on the portal, e.g. H56.22). */
    codePrefix: z.string(),
    counterName: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    hours: z.string().nullable(),
    /** null while the board has not set its office (the code prefix is then the board's code). */
    version: z.number().int().nullable(),
  })
  .meta({ id: 'OneStopOffice' });
export type OneStopOffice = z.infer<typeof OneStopOffice>;

export const OfficeQuery = z.strictObject({ boardId: Uuid.optional() });

export const SetOfficeBody = z.strictObject({
  boardId: Uuid.optional(),
  /** The office's version read; left out when it has not been set. */
  version: Version.optional(),
  codePrefix: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,29}$/, {
      message: 'Tiền tố mã hồ sơ gồm chữ, số, "." hoặc "-", tối đa 30 ký tự (ví dụ H56.22).',
    }),
  counterName: optionalLine(300),
  address: optionalLine(500),
  phone: optionalLine(100),
  hours: optionalLine(500),
});
export type SetOfficeBody = z.infer<typeof SetOfficeBody>;
