/**
 * Scoring of a bloc's members (chấm điểm thi đua) by the year's table of criteria: a tree whose
 * `sum` nodes add their children, and whose leaves are quantitative (an actual value against a
 * target, relative to the bloc's best), pass/fail, points per occurrence, bonus or penalty, each
 * up to its maximum. Exact decimal arithmetic; points are rounded half up to two decimals once,
 * at each leaf. Pure: used by the server and the web app.
 *
 * (Foundation stub: signatures fixed, bodies written by the scoring work.)
 */

export type CriterionKind = 'sum' | 'quantitative' | 'pass_fail' | 'per_occurrence' | 'bonus' | 'penalty';

export interface Criterion {
  id: string;
  parentId: string | null;
  /** Its number in the table ("1", "1.2"), also the order among siblings. */
  code: string;
  name: string;
  kind: CriterionKind;
  /** Decimal string, e.g. "20" or "2.5". */
  maxPoints: string;
  /** For per_occurrence: points each occurrence earns (decimal string). */
  pointsPerOccurrence: string | null;
}

/** One member's values: per criterion id, a decimal value (quantitative, per_occurrence, bonus, penalty) or a pass. */
export interface MemberValues {
  boardId: string;
  values: Record<string, { value?: string | null; passed?: boolean | null }>;
  /** Per quantitative criterion id, the member's target (decimal string); none: scored against the best. */
  targets: Record<string, string>;
}

export interface ScoredMember {
  boardId: string;
  /** Total points, decimal string with two decimals. */
  total: string;
  /** Points per criterion id (every node, sums included), two decimals. */
  points: Record<string, string>;
  /** 1 for the highest total; equal totals share a rank (1, 1, 3). */
  rank: number;
}

export interface CriteriaProblem {
  criterionId: string | null;
  code:
    | 'SCORING_TREE_CYCLE'
    | 'SCORING_PARENT_NOT_SUM'
    | 'SCORING_MAX_EXCEEDS_PARENT'
    | 'SCORING_PER_OCCURRENCE_POINTS'
    | 'SCORING_DUPLICATE_CODE'
    | 'SCORING_EMPTY_SUM';
  message: string;
}

/** What is wrong with a table of criteria (bounded list, Vietnamese messages); empty when it can score. */
export declare function criteriaProblems(criteria: readonly Criterion[]): CriteriaProblem[];

/** Scores and ranks the members (order: rank, then the order given). */
export declare function scoreMembers(
  criteria: readonly Criterion[],
  members: readonly MemberValues[],
): ScoredMember[];
