/**
 * Working days (ngày làm việc) in Vietnam, as one-stop-v1 counts them. SKELETON: the domain
 * helper replaces every body; the signatures are fixed (the server, the package and the web app
 * code against them).
 */
import type { Deadline } from './one-stop.ts';

/** A year's schedule as data: the days off (holidays, compensatory and swapped days) and the
 * make-up working days (ngày làm bù, e.g. Saturday 26/4/2025). */
export interface YearSchedule {
  year: number;
  /** Days off that would otherwise be working days, sorted (weekends may be listed; they change nothing). */
  daysOff: string[];
  /** Saturdays or Sundays that are working days, sorted. */
  workdays: string[];
  /** default: Labour Code Art. 112 computed; built-in: the government's announced schedule shipped
   * with KCN Hub (2025, 2026); set: stored by staff or a data package. */
  source: 'default' | 'built-in' | 'set';
  note?: string | null;
}

/** A year's schedule as set by staff or a package (replaces the whole year). */
export interface SetYear {
  year: number;
  daysOff: readonly string[];
  workdays: readonly string[];
  note?: string | null;
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  schedule(year: number): YearSchedule;
}

/** A supplement request: the clock stops from its date until the day before the supplement arrives. */
export interface SupplementSpan {
  requestedAt: string | Date;
  suppliedAt?: string | Date | null;
}

export interface DueDateResult {
  /** The date of the receipt if a working day, else the next working day. */
  dayZero: string;
  /** The due date without any supplement pause. */
  baseDueDate: string;
  /** The due date after the pauses of every supplement that has arrived (the legal due date). */
  dueDate: string;
  /** Working days the clock stood still for supplements that have arrived. */
  pausedWorkingDays: number;
  /** A supplement is still awaited (as of `asOf` when given): the clock is stopped, never overdue. */
  awaitingSupplement: boolean;
}

const todo = (): never => {
  throw new Error('working-days: not implemented yet');
};

/** The Labour Code 2019 Art. 112 default for a year, with compensatory days for weekend holidays. */
export function defaultYearSchedule(year: number): YearSchedule {
  return todo() ?? { year, daysOff: [], workdays: [], source: 'default' };
}

/** The schedule of a year with nothing set: built-in (2025, 2026) or the default. */
export function builtInYearSchedule(year: number): YearSchedule {
  return todo() ?? defaultYearSchedule(year);
}

/** A calendar from the years set (database or package) over the built-in and default ones. */
export function workingCalendar(setYears: readonly SetYear[] = []): WorkingCalendar {
  return todo() ?? { isWorkingDay: () => setYears.length > 0, schedule: defaultYearSchedule };
}

/** A timestamp's date in Vietnam time (UTC+7), whatever offset it is written with. */
export function vietnamDateOf(timestamp: string | Date): string {
  return todo() ?? String(timestamp);
}

/** `date` if it is a working day, else the next working day. */
export function nextWorkingDay(calendar: WorkingCalendar, date: string): string {
  return todo() ?? (calendar.isWorkingDay(date) ? date : date);
}

/** The n-th working day after `from` (n ≥ 0; 0 gives `from` itself). */
export function addWorkingDays(calendar: WorkingCalendar, from: string, n: number): string {
  return todo() ?? (calendar.isWorkingDay(from) ? from : String(n));
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  return todo() ?? (calendar.isWorkingDay(from) ? 0 : to.length);
}

/**
 * Working days left until `dueDate` as seen on `today`: 0 on the due date itself, 1 the working
 * day before, negative once overdue (−1 the first working day after the due date).
 */
export function remainingWorkingDays(calendar: WorkingCalendar, dueDate: string, today: string): number {
  return todo() ?? (calendar.isWorkingDay(dueDate) ? 0 : today.length);
}

/** The due date of a dossier received at `receivedAt` (one-stop-v1), as of `asOf` (default: every supplement known). */
export function dueDate(
  calendar: WorkingCalendar,
  input: {
    receivedAt: string | Date;
    deadline: Deadline;
    supplements?: readonly SupplementSpan[];
    asOf?: string;
  },
): DueDateResult {
  return (
    todo() ?? {
      dayZero: '',
      baseDueDate: '',
      dueDate: '',
      pausedWorkingDays: 0,
      awaitingSupplement: !!calendar && !!input,
    }
  );
}
