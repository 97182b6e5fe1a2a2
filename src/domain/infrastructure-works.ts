/**
 * Infrastructure works of a zone (công trình hạ tầng KCN): their kinds, and when one is late or
 * behind its schedule.
 *
 * A work's state as of a day comes from its schedule and its progress reports (báo cáo tiến độ):
 * - `completed`: put into use on or before that day;
 * - `late` (chậm tiến độ): not completed and the day is after its planned completion date;
 * - `behind` (chậm so với kế hoạch): not late, but its progress that day is more than
 *   BEHIND_THRESHOLD_POINTS percentage points under the linear expectation between its planned
 *   start and planned completion — the board's own rule of thumb, not a legal one;
 * - `not_started`: no progress reported yet (none, or 0%);
 * - `on_track`: otherwise.
 * Progress on a day is the latest report dated on or before it. Figures are exact decimals.
 */
import { daysBetween } from './calendar-date.ts';
import { compareDecimal, formatScaled, parseDecimal, roundRatio, trimDecimal } from './decimal.ts';

export const INFRASTRUCTURE_WORK_KINDS = [
  'internal_roads',
  'wastewater_plant',
  'water_supply',
  'power_supply',
  'drainage',
  'worker_housing',
  'other',
] as const;
export type InfrastructureWorkKind = (typeof INFRASTRUCTURE_WORK_KINDS)[number];

export const INFRASTRUCTURE_WORK_STATES = ['late', 'behind', 'not_started', 'on_track', 'completed'] as const;
export type InfrastructureWorkState = (typeof INFRASTRUCTURE_WORK_STATES)[number];

/**
 * The board's rule (not the law's): a work is behind when its reported progress is more than this
 * many percentage points under the progress a straight line from planned start (0%) to planned
 * completion (100%) expects on the day.
 */
export const BEHIND_THRESHOLD_POINTS = '15';

/** Progress is a percentage 0–100 with at most one decimal, as a string. */
export const PROGRESS_PCT_PATTERN = /^\d{1,3}(\.\d)?$/;

export function isProgressPct(value: string): boolean {
  return PROGRESS_PCT_PATTERN.test(value) && compareDecimal(value, '100') <= 0;
}

export interface WorkSchedule {
  plannedStartOn: string | null;
  plannedCompletionOn: string;
  completedOn: string | null;
}

export interface ProgressPoint {
  reportedOn: string;
  progressPct: string;
}

/**
 * The report in force on `asOf`: the latest dated on or before it (of two on one day, the one
 * later in the list — callers list them oldest first). Null when none is.
 */
export function progressAt<T extends ProgressPoint>(reports: readonly T[], asOf: string): T | null {
  let found: T | null = null;
  for (const report of reports) {
    if (report.reportedOn > asOf) continue;
    if (found === null || report.reportedOn >= found.reportedOn) found = report;
  }
  return found;
}

/**
 * The progress a straight line from planned start (0%) to planned completion (100%) expects on
 * `asOf`, rounded to one decimal; null without a planned start.
 */
export function expectedProgressPct(schedule: WorkSchedule, asOf: string): string | null {
  const ratio = expectedRatio(schedule, asOf);
  if (ratio === null) return null;
  return trimDecimal(formatScaled(roundRatio(ratio.elapsed * 100n, ratio.duration, 1)));
}

function expectedRatio(schedule: WorkSchedule, asOf: string): { elapsed: bigint; duration: bigint } | null {
  const start = schedule.plannedStartOn;
  if (start === null) return null;
  const end = schedule.plannedCompletionOn;
  if (asOf >= end) return { elapsed: 1n, duration: 1n };
  if (asOf <= start) return { elapsed: 0n, duration: 1n };
  return { elapsed: BigInt(daysBetween(start, asOf)), duration: BigInt(daysBetween(start, end)) };
}

/**
 * Whether `progress` is more than BEHIND_THRESHOLD_POINTS under the linear expectation, computed
 * exactly: 100 × elapsed − (progress + threshold) × duration > 0.
 */
function isBehind(schedule: WorkSchedule, progress: string, asOf: string): boolean {
  const ratio = expectedRatio(schedule, asOf);
  if (ratio === null) return false;
  const floor = parseDecimal(progress);
  const threshold = parseDecimal(BEHIND_THRESHOLD_POINTS);
  const scale = Math.max(floor.scale, threshold.scale);
  const lifted =
    floor.units * 10n ** BigInt(scale - floor.scale) +
    threshold.units * 10n ** BigInt(scale - threshold.scale);
  return 100n * 10n ** BigInt(scale) * ratio.elapsed - lifted * ratio.duration > 0n;
}

export interface WorkStatus {
  state: InfrastructureWorkState;
  /** Days after the planned completion date (late works); 0 otherwise. */
  daysLate: number;
  /** Progress in force that day (latest report on or before it), null when none. */
  progressPct: string | null;
  progressReportedOn: string | null;
  /** What the straight-line schedule expects that day (null without a planned start). */
  expectedPct: string | null;
}

/** A work's state as of a day (see the module's comment for the rules, in their order). */
export function workStatus(
  schedule: WorkSchedule,
  reports: readonly ProgressPoint[],
  asOf: string,
): WorkStatus {
  const latest = progressAt(reports, asOf);
  const base = {
    progressPct: latest === null ? null : trimDecimal(latest.progressPct),
    progressReportedOn: latest?.reportedOn ?? null,
    expectedPct: expectedProgressPct(schedule, asOf),
  };
  if (schedule.completedOn !== null && schedule.completedOn <= asOf)
    return { ...base, state: 'completed', daysLate: 0 };
  if (asOf > schedule.plannedCompletionOn)
    return { ...base, state: 'late', daysLate: daysBetween(schedule.plannedCompletionOn, asOf) };
  const progress = latest?.progressPct ?? '0';
  if (isBehind(schedule, progress, asOf)) return { ...base, state: 'behind', daysLate: 0 };
  if (compareDecimal(progress, '0') === 0) return { ...base, state: 'not_started', daysLate: 0 };
  return { ...base, state: 'on_track', daysLate: 0 };
}

// ─── Progress reports: what a new one may not do ─────────────────────────────────────────────

export const PROGRESS_PROBLEMS = [
  'in_future',
  'before_previous',
  'progress_decreased',
  'disbursed_above_capital',
  'completion_not_full',
  'completion_date_invalid',
] as const;
export type ProgressProblem = (typeof PROGRESS_PROBLEMS)[number];

export interface NewProgressReport {
  reportedOn: string;
  progressPct: string;
  disbursedVnd?: string | null | undefined;
  completedOn?: string | null | undefined;
}

/**
 * What is wrong with appending `report` to a work whose latest report is `previous`, on `today`
 * (Vietnam): dated in the future or before the previous report, progress below the previous one,
 * disbursed capital above the planned capital (when known), a completion without 100% or dated
 * after the report (or before the previous report or the planned start). In that order; empty
 * when none.
 */
export function progressReportProblems(input: {
  report: NewProgressReport;
  previous: ProgressPoint | null;
  today: string;
  plannedCapitalVnd: string | null;
  plannedStartOn?: string | null;
}): ProgressProblem[] {
  const { report, previous, today, plannedCapitalVnd } = input;
  const problems: ProgressProblem[] = [];
  if (report.reportedOn > today) problems.push('in_future');
  if (previous !== null && report.reportedOn < previous.reportedOn) problems.push('before_previous');
  if (previous !== null && compareDecimal(report.progressPct, previous.progressPct) < 0)
    problems.push('progress_decreased');
  if (
    plannedCapitalVnd !== null &&
    report.disbursedVnd != null &&
    BigInt(report.disbursedVnd) > BigInt(plannedCapitalVnd)
  )
    problems.push('disbursed_above_capital');
  if (report.completedOn != null) {
    if (compareDecimal(report.progressPct, '100') !== 0) problems.push('completion_not_full');
    if (
      report.completedOn > report.reportedOn ||
      (previous !== null && report.completedOn < previous.reportedOn) ||
      (input.plannedStartOn != null && report.completedOn < input.plannedStartOn)
    )
      problems.push('completion_date_invalid');
  }
  return problems;
}

/** Reached capacity as a share of planned, in percent with one decimal; null when unknown or none planned. */
export function capacityReachedPct(planned: string | null, actual: string | null): string | null {
  if (planned === null || actual === null) return null;
  const p = parseDecimal(planned);
  const a = parseDecimal(actual);
  if (p.units === 0n) return null;
  const scale = Math.max(p.scale, a.scale);
  const pu = p.units * 10n ** BigInt(scale - p.scale);
  const au = a.units * 10n ** BigInt(scale - a.scale);
  return trimDecimal(formatScaled(roundRatio(au * 100n, pu, 1)));
}

/** The kinds in Vietnamese, for documents (the web app has its own locale). */
export const WORK_KIND_WORDS: Record<InfrastructureWorkKind, string> = {
  internal_roads: 'Đường giao thông nội bộ',
  wastewater_plant: 'Nhà máy xử lý nước thải',
  water_supply: 'Cấp nước',
  power_supply: 'Cấp điện',
  drainage: 'Thoát nước',
  worker_housing: 'Nhà ở công nhân',
  other: 'Công trình khác',
};

/** The states in Vietnamese, for documents. */
export const WORK_STATE_WORDS: Record<InfrastructureWorkState, string> = {
  late: 'Chậm tiến độ',
  behind: 'Chậm so với kế hoạch',
  not_started: 'Chưa triển khai',
  on_track: 'Đúng tiến độ',
  completed: 'Hoàn thành',
};
