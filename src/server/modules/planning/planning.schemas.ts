/** The register of decisions about a zone and the zone's timeline, as the API speaks them. */
import { z } from 'zod';
import { ListFormat } from '../../kernel/documents/list-download.ts';
import { CalendarDate, Hectares, PageQuery, paged, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';
import {
  DECISION_ISSUER_MAX,
  DECISION_NUMBER_MAX,
  DECISION_SUMMARY_MAX,
  ZONE_DECISION_KINDS,
} from '../../../domain/zone-decisions.ts';
import { BoardCode } from '../boards/index.ts';
import { ZoneStatus } from '../zones/index.ts';

const line = (max: number) => z.string().trim().min(1).max(max);

export const ZoneDecisionKind = z.enum(ZONE_DECISION_KINDS).meta({
  description:
    'investment_policy (chủ trương đầu tư) · establishment (thành lập) · master_plan (quy hoạch chung) · detailed_plan (quy hoạch chi tiết) · area_adjustment · boundary_adjustment (điều chỉnh diện tích, ranh giới) · other',
});

export const DecisionIdParams = z.strictObject({ id: Uuid });
export const ZoneIdParams = z.strictObject({ zoneId: Uuid });
export const DecisionVersionQuery = z.strictObject({ version: z.coerce.number().pipe(Version) });

const DecisionNumber = line(DECISION_NUMBER_MAX).meta({
  description: 'Số, ký hiệu (trimmed, inner spaces collapsed)',
  example: '1486/QĐ-TTg',
});

export const CreateDecisionBody = z.strictObject({
  zoneId: Uuid,
  kind: ZoneDecisionKind,
  number: DecisionNumber,
  signedOn: CalendarDate.describe('Ngày ký: not after today in Vietnam'),
  issuer: line(DECISION_ISSUER_MAX).describe('Cơ quan ban hành: Thủ tướng Chính phủ, UBND tỉnh…'),
  summary: line(DECISION_SUMMARY_MAX).describe('Trích yếu'),
  areaBeforeHa: Hectares.nullable()
    .default(null)
    .describe('Area before, ha: required by an area or boundary adjustment, refused on other kinds'),
  areaAfterHa: Hectares.nullable()
    .default(null)
    .describe('Area after (or established, planned), ha: required by an adjustment'),
});
export type CreateDecisionBody = z.infer<typeof CreateDecisionBody>;

export const UpdateDecisionBody = z.strictObject({
  version: Version,
  kind: ZoneDecisionKind.optional(),
  number: DecisionNumber.optional(),
  signedOn: CalendarDate.optional(),
  issuer: line(DECISION_ISSUER_MAX).optional(),
  summary: line(DECISION_SUMMARY_MAX).optional(),
  areaBeforeHa: Hectares.nullable().optional(),
  areaAfterHa: Hectares.nullable().optional(),
});
export type UpdateDecisionBody = z.infer<typeof UpdateDecisionBody>;

export const ListDecisionsQuery = z.strictObject({
  board: BoardCode.optional(),
  zone: Uuid.optional().describe("A zone's id: its decisions only"),
  kind: ZoneDecisionKind.optional(),
  from: CalendarDate.optional().describe('Signed on or after'),
  to: CalendarDate.optional().describe('Signed on or before'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Words of the number, issuer or summary, accents optional'),
  ...PageQuery,
  format: ListFormat,
});
export type ListDecisionsQuery = z.infer<typeof ListDecisionsQuery>;

export const DecisionFileQuery = z.strictObject({
  fileName: line(200).refine((v) => ![...v].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20), {
    message: 'Tên tệp không được chứa / \\ hay ký tự điều khiển.',
  }),
});
export type DecisionFileQuery = z.infer<typeof DecisionFileQuery>;

const ZoneRef = z.object({ id: Uuid, code: z.string(), name: z.string() }).meta({ id: 'PlanningZoneRef' });

export const ZoneDecisionFile = z
  .object({ name: z.string(), contentType: z.string(), size: z.number().int() })
  .meta({ description: 'The signed file; its bytes at GET …/decisions/{id}/file' });

export const ZoneDecision = z
  .object({
    id: Uuid,
    boardId: Uuid,
    zone: ZoneRef,
    kind: ZoneDecisionKind,
    number: z.string(),
    signedOn: CalendarDate,
    issuer: z.string(),
    summary: z.string(),
    areaBeforeHa: z.string().nullable(),
    areaAfterHa: z.string().nullable(),
    file: ZoneDecisionFile.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ZoneDecision', description: 'A decision about a zone (quyết định về khu)' });
export type ZoneDecision = z.infer<typeof ZoneDecision>;

export const ZoneDecisionList = paged(ZoneDecision).meta({ id: 'ZoneDecisionList' });
export type ZoneDecisionList = z.infer<typeof ZoneDecisionList>;

export const ZoneTimelineItem = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('decision'), date: CalendarDate, decision: ZoneDecision }),
    z.object({
      type: z.literal('status'),
      date: CalendarDate,
      status: ZoneStatus,
      previousStatus: ZoneStatus.nullable(),
    }),
  ])
  .meta({ id: 'ZoneTimelineItem' });
export type ZoneTimelineItem = z.infer<typeof ZoneTimelineItem>;

export const ZoneTimeline = z
  .object({
    zone: z.object({ id: Uuid, code: z.string(), name: z.string(), status: ZoneStatus, areaHa: z.string() }),
    items: z.array(ZoneTimelineItem),
  })
  .meta({
    id: 'ZoneTimeline',
    description:
      "A zone's decisions and status changes, oldest first; on one day a decision comes before the status it leads to",
  });
export type ZoneTimeline = z.infer<typeof ZoneTimeline>;
