import { z } from 'zod';
import { DocumentParams } from '../../kernel/documents/document-params.ts';
import { Timestamp, Uuid, Version } from '../../kernel/schemas.ts';
import { BoardCode } from '../boards/index.ts';
import { BlocYearParams } from './covenants.schemas.ts';
import { CRITERION_KINDS, SCORE_SHEET_STATES } from './emulation.tables.ts';
import { SCORING_SOURCES } from './scoring-sources.ts';
import { BlocCode, EmulationYear } from './movements.schemas.ts';

export { BlocYearParams };

const line = (max: number) => z.string().trim().min(1).max(max);

/** Points as a decimal string, at most two decimals: "20", "2.5". */
export const Points = z
  .string()
  .regex(/^\d{1,8}(\.\d{1,2})?$/, {
    message: 'Số điểm là số không âm, tối đa 2 chữ số thập phân (ví dụ "2.5").',
  })
  .meta({ example: '20' });

/** A criterion's value as a decimal string, at most four decimals (may be negative: a growth). */
export const CriterionValue = z
  .string()
  .regex(/^-?\d{1,20}(\.\d{1,4})?$/, {
    message: 'Giá trị là số thập phân, tối đa 4 chữ số thập phân (ví dụ "125.5").',
  })
  .meta({ example: '125.5' });

/** A target (chỉ tiêu): a positive decimal string in the criterion's unit. */
export const TargetValue = z
  .string()
  .regex(/^\d{1,20}(\.\d{1,4})?$/, { message: 'Chỉ tiêu là số không âm, tối đa 4 chữ số thập phân.' })
  .refine((v) => /[1-9]/.test(v), { message: 'Chỉ tiêu phải lớn hơn 0.' })
  .meta({ example: '100' });

/** Its number in the table: "1", "1.2", "II.3". */
export const CriterionCode = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}.-]{0,19}$/u, {
    message: 'Mã tiêu chí gồm chữ, số, "." hoặc "-", tối đa 20 ký tự (ví dụ 1.2).',
  })
  .meta({ example: '1.2' });

export const CriterionKind = z.enum(CRITERION_KINDS);
export const ScoringSource = z.enum(SCORING_SOURCES);
export const ScoreSheetState = z.enum(SCORE_SHEET_STATES);

/**
 * A criterion as the table gives it, with its children (a `sum` adds them). `source`: a
 * quantitative criterion's actual value comes from that figure of the consolidated report (or the
 * one-stop statistics), in the source's unit, whatever the member typed.
 */
export const CriterionInput = z
  .strictObject({
    code: CriterionCode,
    name: line(1000),
    kind: CriterionKind,
    maxPoints: Points,
    /** per_occurrence: the points each occurrence earns. */
    pointsPerOccurrence: Points.nullable().optional(),
    /** The unit of a quantitative criterion's value (%, tỷ đồng, triệu USD, dự án). */
    unit: z.string().trim().max(50).nullable().optional(),
    source: ScoringSource.nullable().optional(),
    get children() {
      return z.array(CriterionInput).max(100).optional();
    },
  })
  .meta({ id: 'ScoringCriterionDefinition' });
export type CriterionInput = z.infer<typeof CriterionInput>;

/** A criterion of a stored table, with its children. */
export const CriterionNode = z
  .object({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    kind: CriterionKind,
    maxPoints: z.string(),
    pointsPerOccurrence: z.string().nullable(),
    unit: z.string().nullable(),
    source: ScoringSource.nullable(),
    get children() {
      return z.array(CriterionNode);
    },
  })
  .meta({ id: 'ScoringCriterion' });
export type CriterionNode = z.infer<typeof CriterionNode>;

export const ScoringTargetInput = z.strictObject({
  /** The quantitative criterion's code. */
  criterion: CriterionCode,
  /** The member board's code. */
  board: BoardCode,
  target: TargetValue,
});

const Member = z.object({ code: z.string(), name: z.string() });

/** Bảng tiêu chí, thang điểm thi đua of a bloc's year, with members' targets. */
export const ScoringTable = z
  .object({
    id: Uuid,
    bloc: z.string(),
    blocName: z.string(),
    year: z.number().int(),
    name: z.string(),
    adoptedBy: z.string(),
    /** The leader board's code that year (it reviews the sheets). */
    leader: z.string(),
    /** The members that year, in the bloc's order, with the state of each one's sheet. */
    members: z.array(Member.extend({ sheetState: ScoreSheetState.nullable() })),
    criteria: z.array(CriterionNode),
    /** The most points a member can have: Σ of the top-level maxima, penalties excepted. */
    maxTotal: z.string(),
    targets: z.array(z.object({ criterion: z.string(), board: z.string(), target: z.string() })),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ScoringTable' });
export type ScoringTable = z.infer<typeof ScoringTable>;

export const SetScoringTableBody = z.strictObject({
  /** The table's version read; left out when the year has none yet. */
  version: Version.optional(),
  name: line(500),
  /** The decision or regulation that adopted it. */
  adoptedBy: z.string().trim().max(500).default(''),
  criteria: z.array(CriterionInput).min(1).max(100),
  targets: z.array(ScoringTargetInput).max(5000).default([]),
});
export type SetScoringTableBody = z.infer<typeof SetScoringTableBody>;

export const SheetParams = z.strictObject({ code: BlocCode, year: EmulationYear, board: BoardCode });
export type SheetParams = z.infer<typeof SheetParams>;

/** A criterion's line on a member's sheet. */
export const ScoreEntry = z.object({
  criterion: z.string(),
  kind: CriterionKind,
  /** The member's own value (quantitative, per_occurrence, bonus, penalty). */
  value: z.string().nullable(),
  /** The member's own pass (pass_fail). */
  passed: z.boolean().nullable(),
  reviewedValue: z.string().nullable(),
  reviewedPassed: z.boolean().nullable(),
  note: z.string().nullable(),
  evidence: z.string().nullable(),
  /** The member's target (quantitative). */
  target: z.string().nullable(),
});

/** A member's score sheet: its own values, then the leader's reviewed ones. */
export const ScoreSheet = z
  .object({
    /** null while the member has not saved it. */
    id: Uuid.nullable(),
    bloc: z.string(),
    year: z.number().int(),
    board: z.string(),
    boardName: z.string(),
    state: ScoreSheetState,
    submittedAt: Timestamp.nullable(),
    reviewedAt: Timestamp.nullable(),
    entries: z.array(ScoreEntry),
    /** null while the member has not saved it. */
    version: z.number().int().nullable(),
  })
  .meta({ id: 'ScoreSheet' });
export type ScoreSheet = z.infer<typeof ScoreSheet>;

const EntryInput = z.strictObject({
  criterion: CriterionCode,
  /** quantitative (unless sourced), per_occurrence (a count), bonus, penalty (points). */
  value: CriterionValue.nullable().optional(),
  /** pass_fail. */
  passed: z.boolean().nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  /** What proves it: document numbers, links. */
  evidence: z.string().trim().max(2000).nullable().optional(),
});

export const SetScoreSheetBody = z.strictObject({
  /** The sheet's version read; left out when the member has not saved it yet. */
  version: Version.optional(),
  /** The member's own values; a criterion left out has none. */
  entries: z.array(EntryInput).max(500),
});
export type SetScoreSheetBody = z.infer<typeof SetScoreSheetBody>;

export const ReviewScoreSheetBody = z.strictObject({
  version: Version,
  /** The leader's reviewed values; a criterion left out keeps the member's own. */
  entries: z.array(EntryInput.omit({ evidence: true })).max(500),
});
export type ReviewScoreSheetBody = z.infer<typeof ReviewScoreSheetBody>;

export const SheetActionBody = z.strictObject({ version: Version });

/** Where a value the ranking used came from. */
export const ValueOrigin = z.enum(['source', 'reviewed', 'self', 'none']);

export const ScoringRanking = z
  .object({
    bloc: z.string(),
    blocName: z.string(),
    year: z.number().int(),
    table: z.object({ name: z.string(), adoptedBy: z.string(), maxTotal: z.string() }),
    leader: z.string(),
    /** The criteria in the table's order (parents before children). */
    criteria: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kind: CriterionKind,
        maxPoints: z.string(),
        parent: z.string().nullable(),
        depth: z.number().int(),
        unit: z.string().nullable(),
        source: ScoringSource.nullable(),
      }),
    ),
    /** The members by rank (equal totals share a rank), then in the bloc's order. */
    members: z.array(
      z.object({
        board: z.string(),
        name: z.string(),
        rank: z.number().int(),
        total: z.string(),
        sheetState: ScoreSheetState.nullable(),
        /** reviewed: the leader reviewed the sheet, its reviewed values count; self: the member's own. */
        basis: z.enum(['reviewed', 'self']),
        /** Points per criterion code (every node), two decimals. */
        points: z.record(z.string(), z.string()),
        /** The value each leaf criterion was scored on, and where it came from. */
        values: z.record(
          z.string(),
          z.object({
            value: z.string().nullable(),
            passed: z.boolean().nullable(),
            from: ValueOrigin,
            /** A sourced criterion: what the sheet said (overridden by the source). */
            typed: z.string().nullable().optional(),
          }),
        ),
      }),
    ),
    /** The sourced criteria: the figure, its unit, and whether the figures could be read. */
    sources: z.array(
      z.object({
        criterion: z.string(),
        source: ScoringSource,
        label: z.string(),
        unit: z.string(),
        available: z.boolean(),
        /** Why it is not available (the consolidated report could not be made). */
        problem: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ScoringRanking' });
export type ScoringRanking = z.infer<typeof ScoringRanking>;

export const RankingQuery = z.strictObject({
  ...DocumentParams,
  format: z
    .enum(['json', 'docx'])
    .optional()
    .describe('json (default), docx: the ranking as a Word document for the conference (Decree 30 layout)'),
});
export type RankingQuery = z.infer<typeof RankingQuery>;

export { EmulationYear };
