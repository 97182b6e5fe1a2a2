import { z } from 'zod';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_FIELDS,
  COMPLAINT_KINDS,
  COMPLAINT_RESULTS,
  COMPLAINT_STATES,
  COMPLAINT_STATUSES,
} from '../../../domain/complaints.ts';
import { DocumentParams } from '../../kernel/documents/document-params.ts';
import { ListFormat } from '../../kernel/documents/list-download.ts';
import {
  CalendarDate,
  PageQuery,
  paged,
  repeatable,
  Timestamp,
  Uuid,
  Version,
} from '../../kernel/schemas.ts';

const line = (max: number) => z.string().trim().min(1).max(max);
const text = (max: number) => z.string().trim().max(max);
const BoardCode = z.string().min(1).max(16).meta({ description: "A board's code" });

const Kind = z
  .enum(COMPLAINT_KINDS)
  .meta({ description: 'complaint (khiếu nại), denunciation (tố cáo), petition (kiến nghị, phản ánh)' });
const Channel = z.enum(COMPLAINT_CHANNELS).meta({ description: 'How it was received' });
const Field = z.enum(COMPLAINT_FIELDS).meta({ description: 'Lĩnh vực' });
const Status = z.enum(COMPLAINT_STATUSES);
const Result = z
  .enum(COMPLAINT_RESULTS)
  .meta({ description: 'upheld (đúng), partly_upheld (đúng một phần), not_upheld (sai)' });
const State = z.enum(COMPLAINT_STATES);

const Period = z.object({
  workingDays: z.number().int(),
  from: z.enum(['receipt', 'acceptance']),
  basis: z.string(),
  lawUnit: z.enum(['working_days', 'days']),
  verified: z.boolean(),
  note: z.string().nullable(),
});

/** A complaint as every answer shows it: never its reporter. */
export const Complaint = z
  .object({
    id: Uuid,
    boardId: Uuid,
    board: z.string().meta({ description: "The board's code" }),
    reference: z.string().meta({ description: 'The receipt number of the board and year, e.g. KN-2025-003' }),
    kind: Kind,
    channel: Channel,
    receivedOn: CalendarDate,
    respondentEnterprise: z.object({ id: Uuid, name: z.string(), taxCode: z.string() }).nullable(),
    respondent: z.string(),
    subject: z.string(),
    content: z.string(),
    field: Field,
    handler: z.object({ id: Uuid, fullName: z.string(), username: z.string() }).nullable(),
    department: z.string(),
    status: Status,
    acceptDueOn: CalendarDate,
    acceptedOn: CalendarDate.nullable(),
    settleDueOn: CalendarDate.nullable(),
    extendedWorkingDays: z.number().int(),
    extensions: z.number().int().meta({ description: 'How many extensions were granted' }),
    extensionReason: z.string().meta({ description: 'Each extension on its own line: date, days, reason' }),
    refusalReason: z.string(),
    result: Result.nullable(),
    resultSummary: z.string().meta({ description: 'The result, or the withdrawal and its reason' }),
    decisionNumber: z.string().nullable(),
    settledOn: CalendarDate.nullable(),
    closedOn: CalendarDate.nullable().meta({ description: 'When it was settled, refused or withdrawn' }),
    publishedOn: CalendarDate.nullable(),
    publication: z.string(),
    timing: z.object({
      state: State,
      dueOn: CalendarDate.nullable(),
      workingDaysLeft: z.number().int().nullable(),
    }),
    rule: z.object({
      version: z.string(),
      law: z.string(),
      accept: Period,
      settle: Period,
      extension: z.object({
        maxCount: z.number().int(),
        maxEach: z.number().int(),
        maxTotal: z.number().int(),
        basis: z.string(),
        verified: z.boolean(),
        note: z.string().nullable(),
      }),
    }),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Complaint' });
export type Complaint = z.infer<typeof Complaint>;
export const ComplaintList = paged(Complaint).meta({ id: 'ComplaintList' });

export const ListComplaintsQuery = z.strictObject({
  board: BoardCode.optional(),
  year: z.coerce.number().int().min(1990).max(2200).optional().meta({ description: 'Year of receipt' }),
  kind: Kind.optional(),
  status: Status.optional(),
  field: Field.optional(),
  state: State.optional().meta({ description: 'The state as of today (e.g. accept_overdue)' }),
  handler: Uuid.optional().meta({ description: 'The assigned handler' }),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Words of the reference, subject, content or respondent' }),
  format: ListFormat,
  ...PageQuery,
});
export type ListComplaintsQuery = z.infer<typeof ListComplaintsQuery>;

export const ReporterBody = z.strictObject({
  fullName: line(200),
  address: text(500).optional(),
  phone: text(30).optional(),
  email: z.union([z.email({ message: 'Thư điện tử không hợp lệ.' }), z.literal('')]).optional(),
  identityNumber: text(30).optional().meta({ description: 'Số CCCD / giấy tờ tùy thân' }),
});

export const CreateComplaintBody = z.strictObject({
  board: BoardCode.optional().meta({ description: "The board's code (a national user must name one)" }),
  kind: Kind,
  channel: Channel,
  receivedOn: CalendarDate,
  subject: line(500),
  content: line(20_000),
  field: Field,
  respondentEnterpriseId: Uuid.optional(),
  respondent: text(500).optional(),
  reporter: ReporterBody.meta({ description: 'Who sent it: protected, never in any other answer' }),
});
export type CreateComplaintBody = z.infer<typeof CreateComplaintBody>;

export const UpdateComplaintBody = z.strictObject({
  version: Version,
  channel: Channel.optional(),
  subject: line(500).optional(),
  content: line(20_000).optional(),
  field: Field.optional(),
  respondentEnterpriseId: Uuid.nullable().optional(),
  respondent: text(500).optional(),
  department: text(200).optional(),
});
export type UpdateComplaintBody = z.infer<typeof UpdateComplaintBody>;

export const AssignBody = z.strictObject({ version: Version, handlerUserId: Uuid, department: line(200) });
export const AcceptBody = z.strictObject({ version: Version, acceptedOn: CalendarDate });
export const RefuseBody = z.strictObject({ version: Version, refusedOn: CalendarDate, reason: line(2000) });
export const ExtendBody = z.strictObject({
  version: Version,
  workingDays: z.number().int().min(1).max(60),
  reason: line(2000),
});
export const SettleBody = z.strictObject({
  version: Version,
  result: Result,
  resultSummary: line(5000),
  decisionNumber: line(100),
  settledOn: CalendarDate,
});
export const PublishBody = z.strictObject({
  version: Version,
  publishedOn: CalendarDate,
  publication: line(1000).meta({
    description: 'How it was made public (posted at the board, on its website …)',
  }),
});
export const WithdrawBody = z.strictObject({ version: Version, on: CalendarDate, reason: line(2000) });

export const ComplaintParams = z.strictObject({ id: Uuid });

export const Reporter = z
  .object({
    complaintId: Uuid,
    fullName: z.string(),
    address: z.string(),
    phone: z.string(),
    email: z.string(),
    identityNumber: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'ComplaintReporter' });
export const UpdateReporterBody = ReporterBody.extend({ version: Version });

export const ComplaintHandler = z
  .object({ id: Uuid, fullName: z.string(), username: z.string(), role: z.string(), board: z.string() })
  .meta({ id: 'ComplaintHandler' });
export const HandlersQuery = z.strictObject({ board: BoardCode.optional() });

// ---------------------------------------------------------------------------------------------
// Statistics

export const ComplaintStatisticsQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2200),
  board: repeatable(BoardCode),
});
export const ComplaintStatisticsQueryWithDocument = ComplaintStatisticsQuery.extend(DocumentParams);

const Count = z.number().int();
const Figures = z.object({
  received: Count,
  accepted: Count,
  refused: Count,
  withdrawn: Count,
  settled: Count,
  settledOnTime: Count,
  settledLate: Count,
  onTimePct: z.number().nullable(),
  pending: Count,
  overdue: Count,
  upheld: Count,
  partlyUpheld: Count,
  notUpheld: Count,
});
export type ComplaintFigures = z.infer<typeof Figures>;

export const ComplaintStatistics = z
  .object({
    report: z.literal('complaints'),
    boards: z.array(z.string()),
    year: z.number().int(),
    asOf: CalendarDate.meta({
      description: 'Pending and overdue as of this date (today, or 31/12 of a past year)',
    }),
    total: Figures,
    byKind: z.array(z.object({ kind: Kind }).extend(Figures.shape)),
    byChannel: z.array(z.object({ channel: Channel, received: Count })),
    byField: z.array(z.object({ field: Field, received: Count })),
  })
  .meta({ id: 'ComplaintStatistics' });
export type ComplaintStatistics = z.infer<typeof ComplaintStatistics>;
