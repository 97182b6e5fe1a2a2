/**
 * Inspection's requests and answers: yearly plans and their items (with the overlap warnings),
 * inspections in and out of plan, findings and their follow-up, the follow-up list, statistics.
 * Every date is a Vietnam calendar date 'yyyy-mm-dd'; fines are whole đồng as strings of digits.
 */
import { z } from 'zod';
import {
  FINDING_SEVERITIES,
  FINDING_STATES,
  FINDING_STATUSES,
  INSPECTION_KINDS,
  INSPECTION_PLAN_STATUSES,
  INSPECTION_STATUSES,
  INSPECTION_TOPICS,
} from '../../../domain/inspection.ts';
import { DocumentParams } from '../../kernel/documents/document-params.ts';
import { ListFormat } from '../../kernel/documents/list-download.ts';
import {
  CalendarDate,
  PageQuery,
  paged,
  repeatable,
  Uuid,
  VndAmount,
  Version,
} from '../../kernel/schemas.ts';
import { BoardCode } from '../boards/index.ts';

// ---------------------------------------------------------------------------------------------
// Shared pieces

export const InspectionTopic = z.enum(INSPECTION_TOPICS).meta({ description: 'What is inspected' });
export const InspectionKind = z.enum(INSPECTION_KINDS).meta({
  description: 'planned: under a plan item; unplanned: out of plan (đột xuất)',
});
export const InspectionStatus = z.enum(INSPECTION_STATUSES).meta({
  description: 'open until the conclusion (kết luận) is issued',
});
export const InspectionPlanStatus = z.enum(INSPECTION_PLAN_STATUSES);
export const FindingSeverity = z.enum(FINDING_SEVERITIES);
export const FindingStatus = z.enum(FINDING_STATUSES);
export const FindingState = z.enum(FINDING_STATES).meta({
  description:
    'closed; overdue: open and its remedy deadline is before asOf; due_soon: open, due within 7 days of asOf; open: otherwise',
});

/** An inspection year: 2000–2100. */
export const InspectionYear = z.coerce
  .number()
  .int()
  .min(2000, { message: 'Năm phải từ 2000 đến 2100.' })
  .max(2100, { message: 'Năm phải từ 2000 đến 2100.' })
  .meta({ example: 2026 });

/** The board a request acts on, by its code: required of national users, one's own board otherwise. */
const BoardChoice = { board: BoardCode.optional() };

const line = (max: number) => z.string().trim().min(1).max(max);
const text = (max: number) => z.string().trim().max(max);
const Topics = z
  .array(InspectionTopic)
  .min(1, { message: 'Phải chọn ít nhất một nội dung kiểm tra.' })
  .max(INSPECTION_TOPICS.length)
  .meta({ description: 'Topic codes, each once' });
const Names = z.array(line(300)).max(50);

export const InspectionIdParams = z.strictObject({ id: Uuid });
/** A deletion names the version read (optimistic lock): `?version=3`. */
export const InspectionVersionQuery = z.strictObject({ version: z.coerce.number().pipe(Version) });

/** An enterprise as inspection records show it. */
export const InspectionEnterprise = z
  .object({ id: Uuid, name: z.string(), taxCode: z.string() })
  .meta({ id: 'InspectionEnterprise' });
export type InspectionEnterprise = z.infer<typeof InspectionEnterprise>;

// ---------------------------------------------------------------------------------------------
// Overlap warnings

/** One line involved in an overlap: a plan item (of any of the board's plans of the year) or an inspection. */
export const OverlapLine = z
  .object({
    kind: z.enum(['plan_item', 'inspection']),
    /** The plan item's or the inspection's id. */
    id: Uuid,
    /** A plan item's plan; an inspection's plan when planned, else null. */
    planId: Uuid.nullable(),
    planName: z.string().nullable(),
    /** A plan item's planned month (1–12 or null). */
    plannedMonth: z.number().int().nullable(),
    /** An inspection's first day. */
    startedOn: CalendarDate.nullable(),
  })
  .meta({ id: 'InspectionOverlapLine' });

/**
 * A warning (never a refusal): the enterprise is planned or inspected more than once on a topic in
 * the year, counting every plan of the board for that year and the inspections done that year (an
 * inspection done under a plan item counts once with its item).
 */
export const InspectionOverlap = z
  .object({
    enterprise: InspectionEnterprise,
    topic: InspectionTopic,
    lines: z.array(OverlapLine),
    /** The warning in Vietnamese words. */
    message: z.string(),
  })
  .meta({ id: 'InspectionOverlap' });
export type InspectionOverlap = z.infer<typeof InspectionOverlap>;

// ---------------------------------------------------------------------------------------------
// Plans

export const InspectionPlan = z
  .object({
    id: Uuid,
    /** The board's code. */
    board: z.string(),
    year: z.number().int(),
    name: z.string(),
    status: InspectionPlanStatus,
    decisionNumber: z.string().nullable(),
    decisionDate: CalendarDate.nullable(),
    approvedBy: z.string().nullable(),
    note: z.string(),
    /** How many items (enterprises × topics lines) the plan holds. */
    itemCount: z.number().int(),
    /** Items with at least one inspection done under them. */
    doneItemCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'InspectionPlan' });
export type InspectionPlan = z.infer<typeof InspectionPlan>;

export const InspectionPlanList = z
  .object({ items: z.array(InspectionPlan) })
  .meta({ id: 'InspectionPlanList' });

export const ListPlansQuery = z.strictObject({ ...BoardChoice, year: InspectionYear.optional() });
export type ListPlansQuery = z.infer<typeof ListPlansQuery>;

export const InspectionPlanItem = z
  .object({
    id: Uuid,
    planId: Uuid,
    enterprise: InspectionEnterprise,
    topics: z.array(InspectionTopic),
    plannedMonth: z.number().int().nullable(),
    cooperatingAgencies: z.array(z.string()),
    leadUnit: z.string(),
    note: z.string(),
    /** Ids of the inspections done under this item. */
    done: z.array(Uuid),
    version: z.number().int(),
  })
  .meta({ id: 'InspectionPlanItem' });
export type InspectionPlanItem = z.infer<typeof InspectionPlanItem>;

/** A plan with its items and the overlap warnings of the board's year (they do not block saving or approving). */
export const InspectionPlanDetail = z
  .object({
    ...InspectionPlan.shape,
    items: z.array(InspectionPlanItem),
    overlaps: z.array(InspectionOverlap),
  })
  .meta({ id: 'InspectionPlanDetail' });
export type InspectionPlanDetail = z.infer<typeof InspectionPlanDetail>;

export const CreatePlanBody = z.strictObject({
  ...BoardChoice,
  year: InspectionYear,
  name: line(500),
  note: text(4000).optional(),
});
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;

/** Name and note may change in any status; the year only while draft. */
export const UpdatePlanBody = z.strictObject({
  version: Version,
  year: InspectionYear.optional(),
  name: line(500).optional(),
  note: text(4000).optional(),
});
export type UpdatePlanBody = z.infer<typeof UpdatePlanBody>;

/** Approves a draft plan by decision (số, ngày, người ký). Overlaps are listed in the answer, not refused. */
export const ApprovePlanBody = z.strictObject({
  version: Version,
  decisionNumber: line(100),
  decisionDate: CalendarDate,
  approvedBy: line(300),
});
export type ApprovePlanBody = z.infer<typeof ApprovePlanBody>;

const PlannedMonth = z.number().int().min(1).max(12);

export const CreatePlanItemBody = z.strictObject({
  enterpriseId: Uuid,
  topics: Topics,
  plannedMonth: PlannedMonth.nullable().optional(),
  cooperatingAgencies: Names.optional(),
  leadUnit: text(300).optional(),
  note: text(4000).optional(),
});
export type CreatePlanItemBody = z.infer<typeof CreatePlanItemBody>;

/** A plan item may change while its plan is a draft; afterwards only its month, agencies, lead unit, note. */
export const UpdatePlanItemBody = z.strictObject({
  version: Version,
  enterpriseId: Uuid.optional(),
  topics: Topics.optional(),
  plannedMonth: PlannedMonth.nullable().optional(),
  cooperatingAgencies: Names.optional(),
  leadUnit: text(300).optional(),
  note: text(4000).optional(),
});
export type UpdatePlanItemBody = z.infer<typeof UpdatePlanItemBody>;

/** A plan item written: the item, and the plan's overlaps after the change. */
export const InspectionPlanItemAnswer = z
  .object({ item: InspectionPlanItem, overlaps: z.array(InspectionOverlap) })
  .meta({ id: 'InspectionPlanItemAnswer' });
export type InspectionPlanItemAnswer = z.infer<typeof InspectionPlanItemAnswer>;

// ---------------------------------------------------------------------------------------------
// Findings and follow-ups

/** A follow-up's evidence file (its bytes at GET /inspection/follow-ups/{id}/file). */
export const InspectionFollowUpFile = z
  .object({
    name: z.string().meta({ description: 'The file name as uploaded' }),
    contentType: z
      .enum(['application/pdf', 'image/jpeg', 'image/png'])
      .meta({ description: 'The type read from the file’s first bytes' }),
    size: z.number().int().meta({ description: 'Bytes' }),
  })
  // Inline, not a named component: OpenAPI 3.0 cannot say "a $ref, or null".
  .meta({ description: 'The evidence file of a follow-up' });
export type InspectionFollowUpFile = z.infer<typeof InspectionFollowUpFile>;

export const InspectionFollowUp = z
  .object({
    id: Uuid,
    findingId: Uuid,
    reportedOn: CalendarDate,
    note: z.string(),
    /** The evidence in words (document, photo, measurement …); empty: none. */
    evidence: z.string(),
    /** The evidence file (PDF, JPEG, PNG), set once after the follow-up is recorded; null: none. */
    file: InspectionFollowUpFile.nullable(),
    /** Who recorded it (name), null when unknown. */
    createdBy: z.string().nullable(),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'InspectionFollowUp' });
export type InspectionFollowUp = z.infer<typeof InspectionFollowUp>;

export const InspectionFinding = z
  .object({
    id: Uuid,
    inspectionId: Uuid,
    topic: InspectionTopic,
    description: z.string(),
    legalBasis: z.string(),
    severity: FindingSeverity,
    /** The fine in whole đồng, or null: none. */
    fineDong: z.string().nullable(),
    remedy: z.string(),
    remedyDueOn: CalendarDate.nullable(),
    status: FindingStatus,
    closedOn: CalendarDate.nullable(),
    closingNote: z.string(),
    /** Computed as of today (Vietnam) or the list's asOf. */
    state: FindingState,
    /** Days past the remedy deadline when overdue, else 0. */
    daysOverdue: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'InspectionFinding' });
export type InspectionFinding = z.infer<typeof InspectionFinding>;

export const InspectionFindingDetail = z
  .object({ ...InspectionFinding.shape, followUps: z.array(InspectionFollowUp) })
  .meta({ id: 'InspectionFindingDetail' });
export type InspectionFindingDetail = z.infer<typeof InspectionFindingDetail>;

export const CreateFindingBody = z.strictObject({
  topic: InspectionTopic,
  description: line(4000),
  legalBasis: line(2000),
  severity: FindingSeverity,
  fineDong: VndAmount.optional(),
  remedy: line(4000),
  remedyDueOn: CalendarDate.optional(),
});
export type CreateFindingBody = z.infer<typeof CreateFindingBody>;

/** Refused when the finding is closed (reopen it first). */
export const UpdateFindingBody = z.strictObject({
  version: Version,
  topic: InspectionTopic.optional(),
  description: line(4000).optional(),
  legalBasis: line(2000).optional(),
  severity: FindingSeverity.optional(),
  fineDong: VndAmount.nullable().optional(),
  remedy: line(4000).optional(),
  remedyDueOn: CalendarDate.nullable().optional(),
});
export type UpdateFindingBody = z.infer<typeof UpdateFindingBody>;

/** Append-only: a follow-up is kept as written. */
export const CreateFollowUpBody = z.strictObject({
  reportedOn: CalendarDate,
  note: line(4000),
  evidence: text(2000).optional(),
});
export type CreateFollowUpBody = z.infer<typeof CreateFollowUpBody>;

/** The name of a follow-up's evidence file, sent as the raw body. */
export const FollowUpFileQuery = z.strictObject({
  fileName: line(200).refine((v) => ![...v].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20), {
    message: 'Tên tệp không được chứa / \\ hay ký tự điều khiển.',
  }),
});
export type FollowUpFileQuery = z.infer<typeof FollowUpFileQuery>;

/** Closes a finding: needs a follow-up with evidence (in words or a file), and closedOn not before the inspection began. */
export const CloseFindingBody = z.strictObject({
  version: Version,
  closedOn: CalendarDate,
  closingNote: line(4000),
});
export type CloseFindingBody = z.infer<typeof CloseFindingBody>;

export const ReopenFindingBody = z.strictObject({ version: Version, reason: line(2000) });
export type ReopenFindingBody = z.infer<typeof ReopenFindingBody>;

// ---------------------------------------------------------------------------------------------
// Inspections

/** The plan an inspection was done under. */
export const InspectionPlanRef = z
  .object({ id: Uuid, name: z.string(), year: z.number().int(), itemId: Uuid })
  .meta({ id: 'InspectionPlanRef' });

export const Inspection = z
  .object({
    id: Uuid,
    board: z.string(),
    kind: InspectionKind,
    planItemId: Uuid.nullable(),
    plan: z.object(InspectionPlanRef.shape).nullable(),
    enterprise: InspectionEnterprise,
    topics: z.array(InspectionTopic),
    basis: z.string(),
    startedOn: CalendarDate,
    endedOn: CalendarDate.nullable(),
    teamLeader: z.string(),
    teamMembers: z.array(z.string()),
    cooperatingAgencies: z.array(z.string()),
    enterpriseRepresentative: z.string(),
    summary: z.string(),
    status: InspectionStatus,
    recordNumber: z.string().nullable(),
    recordedOn: CalendarDate.nullable(),
    conclusionNumber: z.string().nullable(),
    concludedOn: CalendarDate.nullable(),
    conclusion: z.string(),
    findingCount: z.number().int(),
    /** Findings not closed. */
    openFindingCount: z.number().int(),
    /** Fines of its findings, whole đồng. */
    finesDong: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Inspection' });
export type Inspection = z.infer<typeof Inspection>;

export const InspectionList = paged(Inspection).meta({ id: 'InspectionList' });

export const ListInspectionsQuery = z.strictObject({
  ...BoardChoice,
  /** Inspections begun in this year. */
  year: InspectionYear.optional(),
  status: InspectionStatus.optional(),
  enterpriseId: Uuid.optional(),
  topic: InspectionTopic.optional(),
  kind: InspectionKind.optional(),
  ...PageQuery,
  format: ListFormat,
});
export type ListInspectionsQuery = z.infer<typeof ListInspectionsQuery>;

/** An inspection with its findings (their state as of today and their follow-ups), and the overlaps of its year. */
export const InspectionDetail = z
  .object({
    ...Inspection.shape,
    findings: z.array(InspectionFindingDetail),
    overlaps: z.array(InspectionOverlap),
  })
  .meta({ id: 'InspectionDetail' });
export type InspectionDetail = z.infer<typeof InspectionDetail>;

/**
 * A planned inspection names its plan item (of an approved plan; the enterprise is the item's and
 * its topics must be within the item's); an unplanned one names the enterprise (of the board).
 */
export const CreateInspectionBody = z.strictObject({
  ...BoardChoice,
  planItemId: Uuid.optional(),
  enterpriseId: Uuid.optional(),
  topics: Topics,
  basis: line(1000),
  startedOn: CalendarDate,
  endedOn: CalendarDate.optional(),
  teamLeader: line(300),
  teamMembers: Names.default([]),
  cooperatingAgencies: Names.default([]),
  enterpriseRepresentative: text(300).optional(),
  summary: text(20000).optional(),
});
export type CreateInspectionBody = z.infer<typeof CreateInspectionBody>;

/** Any field of an open inspection; of a concluded one, only the record's number and date and the summary. */
export const UpdateInspectionBody = z.strictObject({
  version: Version,
  topics: Topics.optional(),
  basis: line(1000).optional(),
  startedOn: CalendarDate.optional(),
  endedOn: CalendarDate.nullable().optional(),
  teamLeader: line(300).optional(),
  teamMembers: Names.optional(),
  cooperatingAgencies: Names.optional(),
  enterpriseRepresentative: text(300).optional(),
  summary: text(20000).optional(),
  recordNumber: line(100).nullable().optional(),
  recordedOn: CalendarDate.nullable().optional(),
});
export type UpdateInspectionBody = z.infer<typeof UpdateInspectionBody>;

/** Issues the conclusion (kết luận): dated not before the inspection began nor before it ended. */
export const ConcludeInspectionBody = z.strictObject({
  version: Version,
  conclusionNumber: line(100),
  concludedOn: CalendarDate,
  conclusion: line(20000),
});
export type ConcludeInspectionBody = z.infer<typeof ConcludeInspectionBody>;

// ---------------------------------------------------------------------------------------------
// The follow-up list

export const ListFindingsQuery = z.strictObject({
  ...BoardChoice,
  /** One state or several (`?state=overdue&state=due_soon`); none: every finding. */
  state: repeatable(FindingState),
  /** The day states are computed for (default: today in Vietnam). */
  asOf: CalendarDate.optional(),
  ...PageQuery,
});
export type ListFindingsQuery = z.infer<typeof ListFindingsQuery>;

/** A finding across inspections: with its enterprise and inspection, by remedy deadline. */
export const InspectionFindingListItem = z
  .object({
    ...InspectionFinding.shape,
    board: z.string(),
    enterprise: InspectionEnterprise,
    inspection: z.object({
      id: Uuid,
      kind: InspectionKind,
      startedOn: CalendarDate,
      recordNumber: z.string().nullable(),
      conclusionNumber: z.string().nullable(),
    }),
  })
  .meta({ id: 'InspectionFindingListItem' });
export type InspectionFindingListItem = z.infer<typeof InspectionFindingListItem>;

export const InspectionFindingList = paged(InspectionFindingListItem)
  .extend({ asOf: CalendarDate })
  .meta({ id: 'InspectionFindingList' });
export type InspectionFindingList = z.infer<typeof InspectionFindingList>;

// ---------------------------------------------------------------------------------------------
// Statistics

export const InspectionStatisticsQuery = z.strictObject({
  ...BoardChoice,
  year: InspectionYear,
  /** The day finding states are computed for (default: today in Vietnam). */
  asOf: CalendarDate.optional(),
  ...DocumentParams,
});
export type InspectionStatisticsQuery = z.infer<typeof InspectionStatisticsQuery>;

const Count = z.number().int();

export const InspectionTopicFigures = z.object({
  topic: InspectionTopic,
  /** Inspections of the year covering the topic. */
  inspections: Count,
  findings: Count,
  /** Fines of those findings, whole đồng, exact. */
  finesDong: z.string(),
  findingsClosed: Count,
  /** Open, including overdue. */
  findingsOpen: Count,
  findingsOverdue: Count,
});

/**
 * The year's figures: inspections against the approved plans (draft plans are not counted), by
 * topic, and the enterprises inspected. An inspection belongs to the year it began in.
 */
export const InspectionStatistics = z
  .object({
    report: z.literal('inspection'),
    boards: z.array(z.string()),
    year: z.number().int(),
    asOf: CalendarDate,
    plan: z.object({
      /** Items of the year's approved plans. */
      planItems: Count,
      /** Items with at least one inspection done under them. */
      doneInPlan: Count,
      /** Items with none yet. */
      notYetDone: Count,
      /** Inspections out of plan (đột xuất) begun in the year. */
      doneOutOfPlan: Count,
      /** Inspections begun in the year, planned and unplanned. */
      inspections: Count,
      concluded: Count,
    }),
    byTopic: z.array(InspectionTopicFigures),
    /** Over every topic (an inspection on two topics counts once here). */
    total: InspectionTopicFigures.omit({ topic: true }),
    /** Distinct enterprises inspected in the year. */
    enterprisesInspected: Count,
  })
  .meta({ id: 'InspectionStatistics' });
export type InspectionStatistics = z.infer<typeof InspectionStatistics>;
