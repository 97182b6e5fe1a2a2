import { formatNumber } from './number-format.ts';
import { formatScaled, isDecimalString, parseDecimal, roundRatio } from './decimal.ts';

/**
 * Scoring of a bloc's members (chấm điểm thi đua) by the year's table of criteria: a tree whose
 * `sum` nodes add their children, and whose leaves are quantitative (an actual value against a
 * target, relative to the bloc's best), pass/fail, points per occurrence, bonus or penalty, each
 * up to its maximum. Exact decimal arithmetic; points are rounded half up to two decimals once,
 * at each leaf. Pure: used by the server and the web app.
 *
 * Choices the table itself does not spell out:
 *  - a `sum` adds its children's points (bonus added, penalty subtracted) and is held to [0, max],
 *    so a bonus inside a sum cannot lift it above its maximum; a member's total adds the top-level
 *    criteria and is held at 0 or more, with no upper cap (a top-level bonus may pass the table's
 *    nominal total — that is what it is for);
 *  - the check that children's maxima fit their parent leaves bonus and penalty children out:
 *    they move the score either way around the ordinary criteria;
 *  - a quantitative target of 0 (or less) measures nothing: the member is scored as one without a
 *    target, against the best of that group;
 *  - a missing value scores 0; a negative value (actual, count, bonus, penalty) counts as 0.
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
    | 'SCORING_EMPTY_SUM'
    /** A maximum that is not a non-negative decimal with at most two decimals. */
    | 'SCORING_MAX_INVALID'
    /** A parent id that is no criterion of the table. */
    | 'SCORING_UNKNOWN_PARENT';
  message: string;
}

/** At most this many problems are listed for one table. */
export const MAX_CRITERIA_PROBLEMS = 50;

/** Thrown by `scoreMembers` for a table that `criteriaProblems` finds fault with. */
export class CriteriaNotScorableError extends Error {
  readonly problems: CriteriaProblem[];

  constructor(problems: CriteriaProblem[]) {
    super(`the criteria cannot be scored: ${problems.map((problem) => problem.code).join(', ')}`);
    this.name = 'CriteriaNotScorableError';
    this.problems = problems;
  }
}

const KIND_LABELS: Record<CriterionKind, string> = {
  sum: 'tiêu chí tổng',
  quantitative: 'tiêu chí định lượng',
  pass_fail: 'tiêu chí đạt/không đạt',
  per_occurrence: 'tiêu chí tính điểm theo số lần',
  bonus: 'tiêu chí điểm thưởng',
  penalty: 'tiêu chí điểm trừ',
};

const POINTS_PATTERN = /^\d+(\.\d{1,2})?$/;

/** "tiêu chí 1.2 (Thu hút đầu tư)", for the middle of a sentence. */
function named(criterion: Criterion): string {
  return `tiêu chí ${criterion.code} (${criterion.name})`;
}

/** "20.00" → "20", "2.50" → "2,5". */
function displayNumber(value: string): string {
  const trimmed = value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  return formatNumber(trimmed);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What is wrong with a table of criteria (bounded list, Vietnamese messages); empty when it can score. */
export function criteriaProblems(criteria: readonly Criterion[]): CriteriaProblem[] {
  const problems: CriteriaProblem[] = [];
  const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  const children = childrenById(criteria);

  for (const cycle of cycles(criteria, byId)) {
    problems.push({
      criterionId: cycle[0]!.id,
      code: 'SCORING_TREE_CYCLE',
      message:
        `Các tiêu chí ${[...cycle, cycle[0]!].map((c) => c.code).join(' → ')} tạo thành vòng lặp: ` +
        'một tiêu chí không thể nằm dưới chính nó.',
    });
  }

  const firstByCode = new Map<string, Criterion>();
  for (const criterion of criteria) {
    const first = firstByCode.get(criterion.code);
    if (first) {
      problems.push({
        criterionId: criterion.id,
        code: 'SCORING_DUPLICATE_CODE',
        message:
          `Số thứ tự ${criterion.code} đã dùng cho tiêu chí "${first.name}", ` +
          `không dùng lại cho tiêu chí "${criterion.name}".`,
      });
    } else firstByCode.set(criterion.code, criterion);

    if (!POINTS_PATTERN.test(criterion.maxPoints)) {
      problems.push({
        criterionId: criterion.id,
        code: 'SCORING_MAX_INVALID',
        message:
          `Điểm tối đa của ${named(criterion)} phải là số không âm, nhiều nhất hai chữ số thập phân ` +
          `(đang là "${criterion.maxPoints}").`,
      });
    }

    if (criterion.kind === 'per_occurrence' && !positiveDecimal(criterion.pointsPerOccurrence)) {
      problems.push({
        criterionId: criterion.id,
        code: 'SCORING_PER_OCCURRENCE_POINTS',
        message:
          `${capitalised(named(criterion))} tính điểm theo số lần nhưng chưa có số điểm mỗi lần lớn hơn 0` +
          (criterion.pointsPerOccurrence ? ` (đang là "${criterion.pointsPerOccurrence}").` : '.'),
      });
    }

    if (criterion.parentId !== null && !byId.has(criterion.parentId)) {
      problems.push({
        criterionId: criterion.id,
        code: 'SCORING_UNKNOWN_PARENT',
        message: `${capitalised(named(criterion))} nằm dưới một tiêu chí không có trong bảng.`,
      });
    }

    const own = children.get(criterion.id) ?? [];
    if (criterion.kind !== 'sum' && own.length > 0) {
      problems.push({
        criterionId: criterion.id,
        code: 'SCORING_PARENT_NOT_SUM',
        message:
          `${capitalised(named(criterion))} là ${KIND_LABELS[criterion.kind]} nên không thể có tiêu chí con ` +
          `(${own.map((c) => c.code).join(', ')}); chỉ tiêu chí tổng mới có tiêu chí con.`,
      });
    }
    if (criterion.kind === 'sum' && own.length === 0) {
      problems.push({
        criterionId: criterion.id,
        code: 'SCORING_EMPTY_SUM',
        message: `${capitalised(named(criterion))} là tiêu chí tổng nhưng chưa có tiêu chí con nào.`,
      });
    }
    if (criterion.kind === 'sum' && POINTS_PATTERN.test(criterion.maxPoints)) {
      const ordinary = own.filter((c) => c.kind !== 'bonus' && c.kind !== 'penalty');
      if (ordinary.every((c) => POINTS_PATTERN.test(c.maxPoints))) {
        const childrenMax = ordinary.reduce((total, c) => total + cents(c.maxPoints), 0n);
        if (childrenMax > cents(criterion.maxPoints)) {
          const total = formatScaled({ units: childrenMax, scale: 2 });
          problems.push({
            criterionId: criterion.id,
            code: 'SCORING_MAX_EXCEEDS_PARENT',
            message:
              `Các tiêu chí con của ${named(criterion)} cộng lại tối đa ${displayNumber(total)} điểm, ` +
              `vượt điểm tối đa ${displayNumber(criterion.maxPoints)} của tiêu chí này ` +
              '(không tính tiêu chí điểm thưởng, điểm trừ).',
          });
        }
      }
    }
  }
  return problems.slice(0, MAX_CRITERIA_PROBLEMS);
}

/**
 * Scores and ranks the members (order: rank, then the order given). Throws
 * `CriteriaNotScorableError` when `criteriaProblems` finds anything, and a RangeError for a value
 * or target that is not a decimal string, or a board given twice.
 */
export function scoreMembers(
  criteria: readonly Criterion[],
  members: readonly MemberValues[],
): ScoredMember[] {
  const problems = criteriaProblems(criteria);
  if (problems.length > 0) throw new CriteriaNotScorableError(problems);
  const boards = new Set<string>();
  for (const member of members) {
    if (boards.has(member.boardId)) throw new RangeError(`member scored twice: ${member.boardId}`);
    boards.add(member.boardId);
  }

  // Leaves first, criterion by criterion (a quantitative leaf needs the whole bloc), in cents.
  const leafCents = new Map<string, bigint[]>();
  for (const criterion of criteria) {
    if (criterion.kind !== 'sum') leafCents.set(criterion.id, scoreLeaf(criterion, members));
  }

  const children = childrenById(criteria);
  const roots = criteria.filter((criterion) => criterion.parentId === null);
  const scored = members.map((member, index) => {
    const points: Record<string, string> = {};
    const score = (criterion: Criterion): bigint => {
      let value: bigint;
      if (criterion.kind === 'sum') {
        const added = (children.get(criterion.id) ?? []).reduce((total, child) => total + score(child), 0n);
        value = clamp(added, 0n, cents(criterion.maxPoints));
      } else value = leafCents.get(criterion.id)![index]!;
      points[criterion.id] = formatScaled({ units: value, scale: 2 });
      return value;
    };
    const total = roots.reduce((sum, root) => sum + score(root), 0n);
    return { boardId: member.boardId, totalCents: total < 0n ? 0n : total, points, index };
  });

  scored.sort((a, b) =>
    a.totalCents === b.totalCents ? a.index - b.index : a.totalCents > b.totalCents ? -1 : 1,
  );
  let rank = 0;
  return scored.map((member, position) => {
    // Equal totals share the rank of the first of them (1, 1, 3).
    if (position === 0 || scored[position - 1]!.totalCents !== member.totalCents) rank = position + 1;
    return {
      boardId: member.boardId,
      total: formatScaled({ units: member.totalCents, scale: 2 }),
      points: member.points,
      rank,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Leaves

/** An exact non-negative fraction n/d (d > 0). */
interface Fraction {
  n: bigint;
  d: bigint;
}

const ZERO: Fraction = { n: 0n, d: 1n };

function fraction(value: string): Fraction {
  const { units, scale } = parseDecimal(value);
  return { n: units, d: 10n ** BigInt(scale) };
}

function compare(a: Fraction, b: Fraction): number {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x === y ? 0 : x < y ? -1 : 1;
}

function minFraction(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) <= 0 ? a : b;
}

/** Half up, once, to cents. */
function toCents(value: Fraction): bigint {
  return roundRatio(value.n, value.d, 2).units;
}

function cents(points: string): bigint {
  return toCents(fraction(points));
}

function clamp(value: bigint, low: bigint, high: bigint): bigint {
  return value < low ? low : value > high ? high : value;
}

function positiveDecimal(value: string | null): boolean {
  return value !== null && isDecimalString(value) && fraction(value).n > 0n;
}

/** A member's value for a criterion: missing → 0, negative → 0; a malformed one is the caller's error. */
function memberValue(member: MemberValues, criterion: Criterion): Fraction {
  const value = member.values[criterion.id]?.value;
  if (value === undefined || value === null || value === '') return ZERO;
  if (!isDecimalString(value)) {
    throw new RangeError(
      `not a decimal value for criterion ${criterion.code} of ${member.boardId}: ${value}`,
    );
  }
  const parsed = fraction(value);
  return parsed.n < 0n ? ZERO : parsed;
}

/** The member's target for a quantitative criterion, or null when it has none (or one of 0 or less). */
function memberTarget(member: MemberValues, criterion: Criterion): Fraction | null {
  const target = member.targets[criterion.id];
  if (target === undefined || target === null || target === '') return null;
  if (!isDecimalString(target)) {
    throw new RangeError(
      `not a decimal target for criterion ${criterion.code} of ${member.boardId}: ${target}`,
    );
  }
  const parsed = fraction(target);
  return parsed.n > 0n ? parsed : null;
}

/** Every member's points for one leaf criterion, in cents (a penalty's are negative). */
function scoreLeaf(criterion: Criterion, members: readonly MemberValues[]): bigint[] {
  const max = fraction(criterion.maxPoints);
  switch (criterion.kind) {
    case 'pass_fail':
      return members.map((member) => (member.values[criterion.id]?.passed === true ? toCents(max) : 0n));
    case 'per_occurrence': {
      const each = fraction(criterion.pointsPerOccurrence!);
      return members.map((member) => {
        const count = memberValue(member, criterion);
        return toCents(minFraction({ n: count.n * each.n, d: count.d * each.d }, max));
      });
    }
    case 'bonus':
      return members.map((member) => toCents(minFraction(memberValue(member, criterion), max)));
    case 'penalty':
      return members.map((member) => -toCents(minFraction(memberValue(member, criterion), max)));
    case 'quantitative':
      return scoreQuantitative(criterion, max, members);
    case 'sum':
      throw new RangeError('a sum is no leaf');
  }
}

/**
 * Relative to the bloc's best. With a target T and an actual A (r = A/T): r ≤ 1 → ½·MS·r; the
 * leader (the highest r, when above 1; all of them when tied) → MS; above target but below the
 * leader's L → ½·MS + ½·MS·(r − 1)/(L − 1). Without a target: the best actual of that group → MS,
 * the others MS·A/best (nothing when the best is 0).
 */
function scoreQuantitative(criterion: Criterion, max: Fraction, members: readonly MemberValues[]): bigint[] {
  const entries = members.map((member) => {
    const actual = memberValue(member, criterion);
    const target = memberTarget(member, criterion);
    return { actual, ratio: target ? { n: actual.n * target.d, d: actual.d * target.n } : null };
  });
  const ONE: Fraction = { n: 1n, d: 1n };
  let leader: Fraction | null = null;
  let best: Fraction = ZERO;
  for (const { actual, ratio } of entries) {
    if (ratio) {
      if (!leader || compare(ratio, leader) > 0) leader = ratio;
    } else if (compare(actual, best) > 0) best = actual;
  }
  const half: Fraction = { n: max.n, d: max.d * 2n };
  return entries.map(({ actual, ratio }) => {
    if (!ratio) {
      if (best.n === 0n) return 0n;
      // MS · A / best
      return toCents({ n: max.n * actual.n * best.d, d: max.d * actual.d * best.n });
    }
    if (compare(ratio, ONE) <= 0) return toCents({ n: half.n * ratio.n, d: half.d * ratio.d });
    // The leader (the formula below reaches MS there too).
    if (compare(ratio, leader!) === 0) return toCents(max);
    // ½·MS·(r − 1)/(L − 1), with r − 1 = (rn − rd)/rd and L − 1 = (Ln − Ld)/Ld.
    const above: Fraction = {
      n: half.n * (ratio.n - ratio.d) * leader!.d,
      d: half.d * ratio.d * (leader!.n - leader!.d),
    };
    return toCents({ n: half.n * above.d + above.n * half.d, d: half.d * above.d });
  });
}

// ---------------------------------------------------------------------------------------------
// The tree

function childrenById(criteria: readonly Criterion[]): Map<string, Criterion[]> {
  const children = new Map<string, Criterion[]>();
  for (const criterion of criteria) {
    if (criterion.parentId === null) continue;
    const siblings = children.get(criterion.parentId);
    if (siblings) siblings.push(criterion);
    else children.set(criterion.parentId, [criterion]);
  }
  return children;
}

/** Each cycle of parent links once, from its first criterion in the order given. */
function cycles(criteria: readonly Criterion[], byId: Map<string, Criterion>): Criterion[][] {
  const found: Criterion[][] = [];
  const settled = new Set<string>();
  for (const start of criteria) {
    const path: Criterion[] = [];
    const onPath = new Map<string, number>();
    let current: Criterion | undefined = start;
    while (current && !settled.has(current.id)) {
      const at = onPath.get(current.id);
      if (at !== undefined) {
        const cycle = path.slice(at);
        const first = Math.min(...cycle.map((c) => criteria.indexOf(c)));
        const from = cycle.findIndex((c) => criteria.indexOf(c) === first);
        // Walk it top-down (parent first) from its first criterion, as a reader would.
        const upward = [...cycle.slice(from), ...cycle.slice(0, from)];
        found.push([upward[0]!, ...upward.slice(1).reverse()]);
        break;
      }
      onPath.set(current.id, path.length);
      path.push(current);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    for (const criterion of path) settled.add(criterion.id);
  }
  return found;
}
