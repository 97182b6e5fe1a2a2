/** The zones' infrastructure works and their progress reports, as the API speaks them. */
import { z } from 'zod';
import { ListFormat } from '../../kernel/documents/list-download.ts';
import {
  CalendarDate,
  PageQuery,
  paged,
  repeatable,
  Timestamp,
  Uuid,
  VndAmount,
  Version,
} from '../../kernel/schemas.ts';
import { isDecimalString } from '../../../domain/decimal.ts';
import {
  BEHIND_THRESHOLD_POINTS,
  INFRASTRUCTURE_WORK_KINDS,
  INFRASTRUCTURE_WORK_STATES,
  isProgressPct,
} from '../../../domain/infrastructure-works.ts';
import { BoardCode } from '../boards/index.ts';

const line = (max: number) => z.string().trim().min(1).max(max);
const text = (max: number) => z.string().trim().max(max);

/** A non-negative decimal as a string ("5000", "12.5"), at most 20 characters: no floats. */
export const Capacity = z
  .string()
  .max(20)
  .refine((v) => isDecimalString(v) && !v.startsWith('-'), {
    message: 'Công suất phải là số thập phân không âm viết bằng chuỗi, dấu chấm thập phân, ví dụ "12.5".',
  })
  .meta({ description: "A capacity in the work's unit, as a decimal string", example: '5000' });

export const ProgressPct = z
  .string()
  .max(5)
  .refine(isProgressPct, { message: 'Tiến độ là số phần trăm từ 0 đến 100, tối đa một chữ số thập phân.' })
  .meta({ description: 'Physical progress in percent, 0–100, at most one decimal', example: '45.5' });

export const WorkKind = z.enum(INFRASTRUCTURE_WORK_KINDS).meta({
  description:
    'internal_roads · wastewater_plant · water_supply · power_supply · drainage · worker_housing · other',
});
export const WorkState = z.enum(INFRASTRUCTURE_WORK_STATES).meta({
  description: `completed: put into use by the day; late: not completed after its planned completion; behind: progress more than ${BEHIND_THRESHOLD_POINTS} points under the straight line from planned start to planned completion (the board's rule); not_started: no progress reported; on_track: otherwise`,
});

export const IdParams = z.strictObject({ id: Uuid });

// ─── Works ───────────────────────────────────────────────────────────────────────────────────

export const ListWorksQuery = z.strictObject({
  board: repeatable(BoardCode).meta({
    description: "Boards' codes (repeatable); none: every board one reads",
  }),
  zone: repeatable(Uuid).meta({ description: 'Zones (repeatable)' }),
  kind: repeatable(WorkKind),
  state: repeatable(WorkState).meta({
    description: 'States as of asOf (repeatable); the works behind schedule: state=late&state=behind',
  }),
  asOf: CalendarDate.optional().meta({
    description: 'The day the states are computed for; Vietnam today by default',
  }),
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Words in the work's name or note" }),
  ...PageQuery,
  format: ListFormat,
});
export type ListWorksQuery = z.infer<typeof ListWorksQuery>;

const ZoneRef = z
  .object({ id: Uuid, code: z.string(), name: z.string() })
  .meta({ id: 'InfrastructureZoneRef' });

export const LatestProgress = z
  .object({
    reportedOn: CalendarDate,
    progressPct: z.string(),
    actualCapacity: z.string().nullable(),
    disbursedVnd: z.string().nullable(),
  })
  .meta({ description: 'The progress report in force on asOf' });

export const InfrastructureWork = z
  .object({
    id: Uuid,
    boardId: Uuid,
    board: z.string().meta({ description: "The board's code" }),
    zone: ZoneRef,
    kind: WorkKind,
    name: z.string(),
    capacityUnit: z.string(),
    plannedCapacity: z.string().nullable(),
    plannedCapitalVnd: z.string().nullable(),
    plannedStartOn: CalendarDate.nullable(),
    plannedCompletionOn: CalendarDate,
    completedOn: CalendarDate.nullable(),
    note: z.string(),
    asOf: CalendarDate,
    latest: LatestProgress.nullable(),
    state: WorkState,
    daysLate: z
      .number()
      .int()
      .meta({ description: 'Days after the planned completion (late works), else 0' }),
    expectedPct: z
      .string()
      .nullable()
      .meta({ description: 'What the straight-line schedule expects on asOf; null without a planned start' }),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'InfrastructureWork', description: "A zone's infrastructure work with its state as of a day" });
export type InfrastructureWork = z.infer<typeof InfrastructureWork>;

export const InfrastructureWorkList = paged(InfrastructureWork).meta({ id: 'InfrastructureWorkList' });
export type InfrastructureWorkList = z.infer<typeof InfrastructureWorkList>;

export const ProgressReport = z
  .object({
    id: Uuid,
    workId: Uuid,
    reportedOn: CalendarDate,
    progressPct: z.string(),
    actualCapacity: z.string().nullable(),
    disbursedVnd: z.string().nullable(),
    note: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'InfrastructureProgressReport' });
export type ProgressReport = z.infer<typeof ProgressReport>;

export const InfrastructureWorkDetail = InfrastructureWork.extend({
  progressReports: z.array(ProgressReport).meta({ description: 'Oldest first' }),
}).meta({ id: 'InfrastructureWorkDetail' });
export type InfrastructureWorkDetail = z.infer<typeof InfrastructureWorkDetail>;

export const CreateWorkBody = z.strictObject({
  zoneId: Uuid,
  kind: WorkKind,
  name: line(300),
  capacityUnit: line(40).meta({ description: 'km, m³/ngày.đêm, MVA, căn hộ…' }),
  plannedCapacity: Capacity.nullable().default(null),
  plannedCapitalVnd: VndAmount.nullable().default(null),
  plannedStartOn: CalendarDate.nullable().default(null),
  plannedCompletionOn: CalendarDate,
  note: text(2000).default(''),
});
export type CreateWorkBody = z.infer<typeof CreateWorkBody>;

export const UpdateWorkBody = z.strictObject({
  version: Version,
  kind: WorkKind.optional(),
  name: line(300).optional(),
  capacityUnit: line(40).optional(),
  plannedCapacity: Capacity.nullable().optional(),
  plannedCapitalVnd: VndAmount.nullable().optional(),
  plannedStartOn: CalendarDate.nullable().optional(),
  plannedCompletionOn: CalendarDate.optional(),
  note: text(2000).optional(),
});
export type UpdateWorkBody = z.infer<typeof UpdateWorkBody>;

export const CreateProgressBody = z.strictObject({
  reportedOn: CalendarDate,
  progressPct: ProgressPct,
  actualCapacity: Capacity.nullable().default(null),
  disbursedVnd: VndAmount.nullable()
    .default(null)
    .meta({ description: 'Capital disbursed so far (cumulative), đồng' }),
  note: text(2000).default(''),
  completedOn: CalendarDate.nullable()
    .default(null)
    .meta({ description: 'The day the work was put into use: needs progress 100, not after reportedOn' }),
});
export type CreateProgressBody = z.infer<typeof CreateProgressBody>;

// ─── Summary ─────────────────────────────────────────────────────────────────────────────────

export const SummaryQuery = z.strictObject({
  board: repeatable(BoardCode),
  asOf: CalendarDate.optional(),
});
export type SummaryQuery = z.infer<typeof SummaryQuery>;

export const StateCounts = z
  .object({
    late: z.number().int(),
    behind: z.number().int(),
    not_started: z.number().int(),
    on_track: z.number().int(),
    completed: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'InfrastructureStateCounts' });
export type StateCounts = z.infer<typeof StateCounts>;

export const InfrastructureSummary = z
  .object({
    asOf: CalendarDate,
    boards: z.array(z.string()),
    total: StateCounts,
    byZone: z.array(z.object({ zone: ZoneRef, board: z.string(), counts: StateCounts })),
    byKind: z.array(
      z.object({
        kind: WorkKind,
        capacityUnit: z.string(),
        counts: StateCounts,
        plannedCapacity: z.string().meta({ description: 'Sum of the planned capacities given' }),
        reachedCapacity: z
          .string()
          .meta({ description: 'Sum of the actual capacities in the reports in force on asOf' }),
      }),
    ),
  })
  .meta({ id: 'InfrastructureSummary' });
export type InfrastructureSummary = z.infer<typeof InfrastructureSummary>;
