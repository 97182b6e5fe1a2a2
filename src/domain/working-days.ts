/**
 * Working days (ngày làm việc) in Vietnam, as one-stop-v1 counts them: Monday to Friday, minus
 * the days off, plus the make-up working days (ngày làm bù). Each calendar year has ONE schedule:
 * a year set as data (`workingCalendar(setYears)`) replaces the whole year; else the schedule the
 * Government announced and KCN Hub ships (working-day-schedules.ts: 2025, 2026); else the Labour
 * Code 2019 Art. 112 default computed here, lunar dates by the Vietnamese calendar (UTC+7) as the
 * `date-holidays` library computes them (kept as a checked table, see working-day-schedules.ts),
 * with a compensatory day off for a holiday on a weekend.
 *
 * Dates are Vietnam calendar dates (YYYY-MM-DD). Every function is pure; each year's schedule is
 * computed once and memoised. Internally a calendar made by `workingCalendar` keeps, per year, the
 * count of working days before each day of the year (prefix counts over integer day numbers), so
 * `isWorkingDay` and `workingDaysBetween` are O(1) per year spanned and `addWorkingDays` /
 * `nextWorkingDay` a binary search, instead of stepping day by day. Any other `WorkingCalendar`
 * (and a set year with an implausibly long run of days off) is counted day by day, the reference.
 */
import { addDays } from './calendar-date.ts';
import type { Deadline } from './one-stop.ts';
import { ANNOUNCED_SCHEDULES, LUNAR_HOLIDAY_TABLE } from './working-day-schedules.ts';

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

/** Years the calendar answers for. */
export const MIN_CALENDAR_YEAR = 1990;
export const MAX_CALENDAR_YEAR = 2200;
/** The largest n `addWorkingDays` accepts (about 14 years of working days). */
export const MAX_WORKING_DAYS = 3650;

// ---------------------------------------------------------------------------------------------
// Guards

function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    throw new RangeError(
      `working-days: year ${String(year)} is outside ${MIN_CALENDAR_YEAR}..${MAX_CALENDAR_YEAR}`,
    );
  }
  return year;
}

// ---------------------------------------------------------------------------------------------
// Integer day numbers (days since 1970-01-01, proleptic Gregorian)

/** Days from 1970-01-01 to y-m-d (H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const FIRST_CACHED_DAY = dayNumber(1900, 1, 1);
const LAST_CACHED_DAY = dayNumber(2201, 12, 31);
const dateStrings: (string | undefined)[] = [];

/** The YYYY-MM-DD of a day number (cached over 1900–2201). */
function dateOfDay(day: number): string {
  const inCache = day >= FIRST_CACHED_DAY && day <= LAST_CACHED_DAY;
  if (inCache) {
    const cached = dateStrings[day - FIRST_CACHED_DAY];
    if (cached !== undefined) return cached;
  }
  const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
  if (inCache) dateStrings[day - FIRST_CACHED_DAY] = text;
  return text;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/** The day number of a string `isCalendarDate` accepts (YYYY-MM-DD, 1900–2200), else NaN. */
function parseDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const y = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const m = digitAt(text, 5) * 10 + digitAt(text, 6);
  const d = digitAt(text, 8) * 10 + digitAt(text, 9);
  if (Number.isNaN(y + m + d) || m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return NaN;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS_IN_MONTH[m]! + (leap ? 1 : 0)) return NaN;
  return dayNumber(y, m, d);
}

/** The year of a day number. */
function yearOfDay(day: number): number {
  let year = 1970 + Math.floor(day / 365.2425);
  while (dayNumber(year, 1, 1) > day) year -= 1;
  while (dayNumber(year + 1, 1, 1) <= day) year += 1;
  return year;
}

/** A valid YYYY-MM-DD date within the supported years, as its day number, else a RangeError. */
function checkDay(date: string, what = 'date'): number {
  const day = typeof date === 'string' ? parseDay(date) : NaN;
  if (Number.isNaN(day)) {
    throw new RangeError(`working-days: ${what} ${JSON.stringify(date)} is not a valid YYYY-MM-DD date`);
  }
  checkYear(Number(date.slice(0, 4)));
  return day;
}

/** A valid YYYY-MM-DD date within the supported years, else a RangeError. */
function checkDate(date: string, what = 'date'): string {
  checkDay(date, what);
  return date;
}

function checkCount(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`working-days: ${what} ${String(n)} must be an integer in 0..${MAX_WORKING_DAYS}`);
  }
  return n;
}

/** 0 = Sunday … 6 = Saturday, of a valid YYYY-MM-DD date. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** 0 = Sunday … 6 = Saturday, of a day number (1970-01-01 was a Thursday). */
function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

// ---------------------------------------------------------------------------------------------
// The Labour Code default

let lunarTable: Map<number, { tet: string; hungKings: string }> | null = null;

function lunarDates(year: number): { tet: string; hungKings: string } {
  if (!lunarTable) {
    lunarTable = new Map();
    for (const line of LUNAR_HOLIDAY_TABLE.trim().split('\n')) {
      const [y, tet, hung] = line.trim().split(/\s+/);
      lunarTable.set(Number(y), { tet: `${y}-${tet}`, hungKings: `${y}-${hung}` });
    }
  }
  const dates = lunarTable.get(year);
  if (!dates) throw new RangeError(`working-days: no lunar dates for ${year}`);
  return dates;
}

/** The Tết block (New Year's Eve + mùng 1–4) and the Hùng Kings day (10/3 lunar) of a year, by the
 * Vietnamese calendar (working-day-schedules.ts LUNAR_HOLIDAY_TABLE, generated from date-holidays). */
export function lunarHolidaysOf(year: number): { tet: string[]; hungKings: string } {
  checkYear(year);
  const { tet, hungKings } = lunarDates(year);
  return { tet: [-1, 0, 1, 2, 3].map((offset) => addDays(tet, offset)), hungKings };
}

const defaultSchedules = new Map<number, YearSchedule>();

/** The Labour Code 2019 Art. 112 default for a year, with compensatory days for weekend holidays. */
export function defaultYearSchedule(year: number): YearSchedule {
  checkYear(year);
  const memo = defaultSchedules.get(year);
  if (memo) return cloneSchedule(memo);
  const { tet, hungKings } = lunarHolidaysOf(year);
  const pad = (m: number, d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // 2/9 and one adjacent day: KCN Hub takes 1/9 until the Government names it.
  const holidays = [pad(1, 1), ...tet, hungKings, pad(4, 30), pad(5, 1), pad(9, 1), pad(9, 2)].sort();
  const holidaySet = new Set(holidays);
  const compensatory = new Set<string>();
  // A holiday on a Saturday or Sunday gives a day off on the next working day: not a weekend, not
  // a holiday, not already a compensatory day. Holidays are taken in date order.
  for (const holiday of holidays) {
    if (!isWeekend(holiday)) continue;
    let day = addDays(holiday, 1);
    while (isWeekend(day) || holidaySet.has(day) || compensatory.has(day)) day = addDays(day, 1);
    compensatory.add(day);
  }
  const schedule: YearSchedule = {
    year,
    daysOff: [...new Set([...holidays, ...compensatory])].sort(),
    workdays: [],
    source: 'default',
    note:
      'Mặc định theo Điều 112 Bộ luật Lao động 2019 (âm lịch Việt Nam, UTC+7), nghỉ bù ngày lễ trùng cuối tuần; ' +
      '2/9 và ngày liền kề 1/9. Labour Code 2019 Art. 112 default (Vietnamese lunar calendar), compensatory days ' +
      'for holidays on a weekend; 2/9 and the adjacent day 1/9.',
  };
  defaultSchedules.set(year, schedule);
  return cloneSchedule(schedule);
}

function cloneSchedule(schedule: YearSchedule): YearSchedule {
  return { ...schedule, daysOff: [...schedule.daysOff], workdays: [...schedule.workdays] };
}

/** The schedule of a year with nothing set: built-in (2025, 2026) or the default. */
export function builtInYearSchedule(year: number): YearSchedule {
  checkYear(year);
  const announced = ANNOUNCED_SCHEDULES.find((schedule) => schedule.year === year);
  if (!announced) return defaultYearSchedule(year);
  return {
    year,
    daysOff: [...announced.daysOff].sort(),
    workdays: [...announced.workdays].sort(),
    source: 'built-in',
    note: announced.note,
  };
}

// ---------------------------------------------------------------------------------------------
// The calendar

interface YearSets {
  schedule: YearSchedule;
  /** Weekdays off. */
  off: Set<string>;
  /** Weekend days worked. */
  worked: Set<string>;
}

function validateSetYear(setYear: SetYear): YearSchedule {
  const year = checkYear(setYear.year);
  const check = (dates: readonly string[], what: string) =>
    dates.map((date) => {
      checkDate(date, what);
      if (Number(date.slice(0, 4)) !== year) {
        throw new RangeError(`working-days: ${what} ${date} is not in the year ${year}`);
      }
      return date;
    });
  return {
    year,
    daysOff: [...new Set(check(setYear.daysOff, 'day off'))].sort(),
    workdays: [...new Set(check(setYear.workdays, 'workday'))].sort(),
    source: 'set',
    note: setYear.note ?? null,
  };
}

/** A year of a calendar as prefix counts over its days. */
interface YearTable {
  /** Day number of 1 January. */
  start: number;
  /** Days in the year. */
  length: number;
  /** cum[i]: working days among the year's first i days (cum[length] = the year's working days). */
  cum: Int32Array;
  /** The year holds a run of 60 or more consecutive days that are not working days: the guards
   * against a broken set year (400 days without a working day) are then left to day-stepping. */
  longRun: boolean;
}

/** The years of each calendar made by `workingCalendar` (other calendars are stepped day by day). */
const yearTables = new WeakMap<WorkingCalendar, (year: number) => YearTable>();

const LONG_RUN = 60;

/** A calendar from the years set (database or package) over the built-in and default ones. */
export function workingCalendar(setYears: readonly SetYear[] = []): WorkingCalendar {
  const set = new Map<number, YearSchedule>();
  for (const setYear of setYears) {
    if (set.has(setYear.year)) {
      throw new RangeError(`working-days: the year ${setYear.year} is set twice`);
    }
    set.set(setYear.year, validateSetYear(setYear));
  }
  const years = new Map<number, YearSets>();
  const load = (year: number): YearSets => {
    let sets = years.get(year);
    if (!sets) {
      const schedule = set.get(year) ?? builtInYearSchedule(year);
      // Weekends in daysOff and weekdays in workdays change nothing.
      sets = {
        schedule,
        off: new Set(schedule.daysOff.filter((date) => !isWeekend(date))),
        worked: new Set(schedule.workdays.filter((date) => isWeekend(date))),
      };
      years.set(year, sets);
    }
    return sets;
  };
  const tables = new Map<number, YearTable>();
  const table = (year: number): YearTable => {
    let found = tables.get(year);
    if (!found) {
      const sets = load(year);
      const start = dayNumber(year, 1, 1);
      const length = dayNumber(year + 1, 1, 1) - start;
      const off = new Uint8Array(length);
      const worked = new Uint8Array(length);
      // Only the year's own dates count (isWorkingDay looks a date up in its own year's sets).
      for (const date of sets.off) {
        const day = parseDay(date) - start;
        if (day >= 0 && day < length) off[day] = 1;
      }
      for (const date of sets.worked) {
        const day = parseDay(date) - start;
        if (day >= 0 && day < length) worked[day] = 1;
      }
      const cum = new Int32Array(length + 1);
      let run = 0;
      let longRun = false;
      for (let i = 0; i < length; i++) {
        const weekend = weekdayOfDay(start + i) % 6 === 0;
        const working = weekend ? worked[i] === 1 : off[i] !== 1;
        cum[i + 1] = cum[i]! + (working ? 1 : 0);
        run = working ? 0 : run + 1;
        if (run >= LONG_RUN) longRun = true;
      }
      found = { start, length, cum, longRun };
      tables.set(year, found);
    }
    return found;
  };
  const calendar: WorkingCalendar = {
    isWorkingDay(date: string): boolean {
      const day = checkDay(date);
      const { start, cum } = table(Number(date.slice(0, 4)));
      return cum[day - start + 1]! > cum[day - start]!;
    },
    schedule(year: number): YearSchedule {
      const { schedule } = load(checkYear(year));
      const copy = cloneSchedule(schedule);
      return { ...copy, note: copy.note ?? null };
    },
  };
  yearTables.set(calendar, table);
  return calendar;
}

// ---------------------------------------------------------------------------------------------
// Timestamps

const TIMESTAMP_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

function instantOf(timestamp: string | Date, what = 'timestamp'): number {
  if (timestamp instanceof Date) {
    const time = timestamp.getTime();
    if (Number.isNaN(time)) throw new RangeError(`working-days: ${what} is an invalid Date`);
    return time;
  }
  const match = typeof timestamp === 'string' ? TIMESTAMP_PATTERN.exec(timestamp) : null;
  const [, date = '', hours, minutes, seconds = '0', offsetHours = '0', offsetMinutes = '0'] = match ?? [];
  if (
    !match ||
    Number.isNaN(parseDay(date)) ||
    Number(hours) > 23 ||
    Number(minutes) > 59 ||
    Number(seconds) > 59 ||
    Number(offsetHours) > 14 ||
    Number(offsetMinutes) > 59
  ) {
    throw new RangeError(
      `working-days: ${what} ${JSON.stringify(timestamp)} is not an ISO 8601 timestamp with an offset ` +
        '(e.g. 2026-02-13T09:30:00+07:00)',
    );
  }
  const time = Date.parse(timestamp);
  if (Number.isNaN(time))
    throw new RangeError(`working-days: ${what} ${JSON.stringify(timestamp)} is not a valid time`);
  return time;
}

function vietnamDateOfInstant(time: number): string {
  const day = Math.floor((time + 7 * 3_600_000) / 86_400_000);
  // The cached day strings equal toISOString's; outside them (years far off) toISOString itself.
  return day >= FIRST_CACHED_DAY && day <= LAST_CACHED_DAY
    ? dateOfDay(day)
    : new Date(time + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The Vietnam dates of timestamps written as text, as computed (a report asks for each several
 * times); emptied when it grows large. */
const vietnamDates = new Map<string, string>();

/** A timestamp's date in Vietnam time (UTC+7), whatever offset it is written with. */
export function vietnamDateOf(timestamp: string | Date): string {
  if (typeof timestamp === 'string') {
    const known = vietnamDates.get(timestamp);
    if (known !== undefined) return known;
  }
  const date = checkDate(vietnamDateOfInstant(instantOf(timestamp)), 'Vietnam date');
  if (typeof timestamp === 'string') {
    if (vietnamDates.size >= 100_000) vietnamDates.clear();
    vietnamDates.set(timestamp, date);
  }
  return date;
}

// ---------------------------------------------------------------------------------------------
// Counting

// Day-stepping over any WorkingCalendar: the reference, and the path of calendars not made by
// `workingCalendar` and of set years with implausibly long runs of days off (exact guards).

function steppedNextWorkingDay(calendar: WorkingCalendar, date: string): string {
  let day = date;
  // A year has far fewer than 60 consecutive days off; the bound stops a broken set year looping.
  for (let guard = 0; guard < 400; guard++) {
    if (calendar.isWorkingDay(day)) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`working-days: no working day within 400 days after ${date}`);
}

function steppedAddWorkingDays(calendar: WorkingCalendar, from: string, n: number): string {
  let day = from;
  let left = n;
  let idle = 0;
  while (left > 0) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) {
      left -= 1;
      idle = 0;
    } else if (++idle > 400) {
      throw new RangeError(`working-days: no working day within 400 days after ${day}`);
    }
  }
  return day;
}

function steppedWorkingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}

/** The smallest index j in [low, high) with cum[j + 1] >= target (cum is non-decreasing). */
function firstReaching(cum: Int32Array, low: number, high: number, target: number): number {
  let lo = low;
  let hi = high - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid + 1]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The day number of the n-th working day (n ≥ 1) on or after the day number `day`. Null when the
 * answer needs the day-stepping path (a year with a long run of days off, or past the last
 * supported year), which then gives the exact result or the exact error.
 */
function seekWorkingDay(table: (year: number) => YearTable, day: number, n: number): number | null {
  let left = n;
  let at = day;
  for (;;) {
    const year = yearOfDay(at);
    if (year > MAX_CALENDAR_YEAR) return null;
    const { start, length, cum, longRun } = table(year);
    if (longRun) return null;
    const index = at - start;
    const available = cum[length]! - cum[index]!;
    if (available >= left) return start + firstReaching(cum, index, length, cum[index]! + left);
    left -= available;
    at = start + length;
  }
}

/** Working days in the day numbers from..to, both included (from ≤ to). */
function countWorkingDays(table: (year: number) => YearTable, from: number, to: number): number {
  let count = 0;
  let at = from;
  while (at <= to) {
    const { start, length, cum } = table(yearOfDay(at));
    const end = Math.min(to, start + length - 1);
    count += cum[end - start + 1]! - cum[at - start]!;
    at = end + 1;
  }
  return count;
}

/** `date` if it is a working day, else the next working day. */
export function nextWorkingDay(calendar: WorkingCalendar, date: string): string {
  const day = checkDay(date);
  const table = yearTables.get(calendar);
  const found = table ? seekWorkingDay(table, day, 1) : null;
  return found === null ? steppedNextWorkingDay(calendar, date) : dateOfDay(found);
}

/** The n-th working day after `from` (n ≥ 0; 0 gives `from` itself). */
export function addWorkingDays(calendar: WorkingCalendar, from: string, n: number): string {
  const day = checkDay(from, 'from');
  checkCount(n, 'n');
  if (n === 0) return from;
  const table = yearTables.get(calendar);
  const found = table ? seekWorkingDay(table, day + 1, n) : null;
  return found === null ? steppedAddWorkingDays(calendar, from, n) : dateOfDay(found);
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  const fromDay = checkDay(from, 'from');
  const toDay = checkDay(to, 'to');
  if (toDay < fromDay) return 0;
  const table = yearTables.get(calendar);
  return table ? countWorkingDays(table, fromDay, toDay) : steppedWorkingDaysBetween(calendar, from, to);
}

/**
 * Working days left until `dueDate` as seen on `today`: 0 on the due date itself, 1 the working
 * day before, negative once overdue (−1 the first working day after the due date).
 *
 * Precisely: before the due date, the working days after `today` up to and including `dueDate`;
 * after it, minus the working days after `dueDate` up to and including `today`. So a weekend or
 * holiday keeps the count of the working day before it: a dossier due on Friday shows 0 on the
 * Saturday and Sunday right after it, −1 on Monday, −5 on the next Friday and −5 over the weekend
 * after that. Whether a dossier is late is `today > dueDate` (a date comparison), not the sign of
 * this number.
 */
export function remainingWorkingDays(calendar: WorkingCalendar, dueDate: string, today: string): number {
  checkDate(dueDate, 'due date');
  checkDate(today, 'today');
  if (today === dueDate) return 0;
  if (today < dueDate) return workingDaysBetween(calendar, addDays(today, 1), dueDate);
  const late = workingDaysBetween(calendar, addDays(dueDate, 1), today);
  return late === 0 ? 0 : -late;
}

// ---------------------------------------------------------------------------------------------
// Due dates

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

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
  const { deadline } = input;
  if (!deadline || (deadline.unit !== 'working_days' && deadline.unit !== 'days')) {
    throw new RangeError(`working-days: unknown deadline unit ${JSON.stringify(deadline?.unit)}`);
  }
  checkCount(deadline.value, 'deadline');
  const dayZero = nextWorkingDay(calendar, vietnamDateOf(input.receivedAt));
  const baseDueDate =
    deadline.unit === 'working_days'
      ? addWorkingDays(calendar, dayZero, deadline.value)
      : nextWorkingDay(calendar, addDays(dayZero, deadline.value));

  // asOf: a date (compared with the Vietnam dates of the request and the arrival) or a timestamp
  // (compared with their instants).
  let seen: (at: string | Date, what: string) => boolean = () => true;
  if (input.asOf !== undefined) {
    const asOf = input.asOf;
    if (DATE_ONLY.test(asOf)) {
      checkDate(asOf, 'asOf');
      seen = (at, what) => vietnamDateOfInstant(instantOf(at, what)) <= asOf;
    } else {
      const asOfTime = instantOf(asOf, 'asOf');
      seen = (at, what) => instantOf(at, what) <= asOfTime;
    }
  }

  let pausedWorkingDays = 0;
  let awaitingSupplement = false;
  for (const supplement of input.supplements ?? []) {
    const requested = vietnamDateOf(supplement.requestedAt);
    if (!seen(supplement.requestedAt, 'requestedAt')) continue;
    if (supplement.suppliedAt == null || !seen(supplement.suppliedAt, 'suppliedAt')) {
      awaitingSupplement = true;
      continue;
    }
    const supplied = vietnamDateOf(supplement.suppliedAt);
    if (instantOf(supplement.suppliedAt, 'suppliedAt') < instantOf(supplement.requestedAt, 'requestedAt')) {
      throw new RangeError(
        `working-days: a supplement arrived (${supplied}) before it was requested (${requested})`,
      );
    }
    pausedWorkingDays += workingDaysBetween(calendar, requested, addDays(supplied, -1));
  }
  return {
    dayZero,
    baseDueDate,
    dueDate: addWorkingDays(calendar, baseDueDate, pausedWorkingDays),
    pausedWorkingDays,
    awaitingSupplement,
  };
}
