import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { versionConflict } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { addDays, isCalendarDate, toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import {
  dueDate,
  lunarHolidaysOf,
  workingCalendar,
  type SetYear,
  type WorkingCalendar,
  type YearSchedule,
} from '../../../domain/working-days.ts';
import { CalendarErrors } from './calendar.errors.ts';
import * as repo from './calendar.repository.ts';
import type { CalendarYear, DueDate, DueDateQuery, SetCalendarYearBody } from './calendar.schemas.ts';
import { recomputeDueDates } from './dossier-due-dates.ts';

// Until the audit vocabulary names it (src/domain/audit-vocabulary.ts).
const CALENDAR_YEAR: AuditEntityType = 'calendar_year';

/**
 * The working-day calendar as this database has it — the years stored in `calendar_years` over
 * the built-in and default ones. One small query.
 */
export async function loadWorkingCalendar(executor: Executor): Promise<WorkingCalendar> {
  const rows = await repo.listCalendarYears(executor);
  return workingCalendar(rows.map(setYearOf));
}

function setYearOf(row: repo.CalendarYearRow): SetYear {
  return { year: row.year, daysOff: row.daysOff, workdays: row.workdays, note: row.note };
}

/** The due date of a deadline for a receipt at `receivedAt`, on the database's calendar (one-stop-v1). */
export async function calendarDueDate(executor: Executor, query: DueDateQuery): Promise<DueDate> {
  const calendar = await loadWorkingCalendar(executor);
  const deadline =
    query.workingDays !== undefined
      ? { value: query.workingDays, unit: 'working_days' as const }
      : { value: query.days!, unit: 'days' as const };
  const result = dueDate(calendar, { receivedAt: query.receivedAt, deadline });
  const first = Number(result.dayZero.slice(0, 4));
  const last = Number(result.dueDate.slice(0, 4));
  const years = [];
  for (let year = first; year <= last; year++) years.push({ year, source: calendar.schedule(year).source });
  return {
    receivedAt: toVietnamTimestamp(new Date(query.receivedAt)),
    dayZero: result.dayZero,
    dueDate: result.dueDate,
    deadline,
    years,
  };
}

/** The names of a year's holidays by the Labour Code's rules (Art. 112), Vietnamese first. */
function ruleNames(year: number): Map<string, string> {
  const { tet, hungKings } = lunarHolidaysOf(year);
  const names = new Map<string, string>([
    [`${year}-01-01`, 'Tết Dương lịch'],
    [`${year}-04-30`, 'Ngày Chiến thắng 30/4'],
    [`${year}-05-01`, 'Ngày Quốc tế Lao động 1/5'],
    [`${year}-09-01`, 'Quốc khánh (ngày liền kề)'],
    [`${year}-09-02`, 'Quốc khánh 2/9'],
    [`${year}-09-03`, 'Quốc khánh (ngày liền kề)'],
  ]);
  tet.forEach((date, i) =>
    names.set(date, i === 0 ? 'Tết Nguyên đán (ngày cuối năm âm lịch)' : `Tết Nguyên đán (mùng ${i})`),
  );
  names.set(hungKings, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  return names;
}

function holidaysOf(schedule: YearSchedule): CalendarYear['holidays'] {
  let names: Map<string, string>;
  try {
    names = ruleNames(schedule.year);
  } catch {
    names = new Map();
  }
  const days = [...schedule.daysOff].sort();
  // A day off in one run of days off with a holiday (Tết's weekends, a swapped day) is named after it.
  const runs: string[][] = [];
  for (const date of days) {
    const run = runs[runs.length - 1];
    if (run && addDays(run[run.length - 1]!, 1) === date) run.push(date);
    else runs.push([date]);
  }
  return runs.flatMap((run) => {
    const named = run.map((date) => names.get(date)).find((name) => name !== undefined);
    const base = named?.replace(/ \(.*\)$/, '');
    // A lone day off just after a weekend holiday is its compensatory day (nghỉ bù).
    const compensated = named
      ? undefined
      : [1, 2, 3].map((back) => names.get(addDays(run[0]!, -back))).find((name) => name !== undefined);
    const name = base
      ? `Nghỉ ${base}`
      : compensated
        ? `Nghỉ bù ${compensated.replace(/ \(.*\)$/, '')}`
        : null;
    return run.map((date) => ({ date, name: names.get(date) ?? name }));
  });
}

function workingDayCount(calendar: WorkingCalendar, year: number): number {
  let count = 0;
  for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1))
    if (calendar.isWorkingDay(day)) count++;
  return count;
}

function presentYear(
  calendar: WorkingCalendar,
  year: number,
  row: repo.CalendarYearRow | undefined,
): CalendarYear {
  const schedule = calendar.schedule(year);
  return {
    year,
    source: schedule.source,
    daysOff: [...schedule.daysOff],
    workdays: [...schedule.workdays],
    note: row?.note ?? schedule.note ?? null,
    version: row?.version ?? null,
    holidays: holidaysOf(schedule),
    workingDayCount: workingDayCount(calendar, year),
    updatedAt: row ? toVietnamTimestamp(row.updatedAt) : null,
  };
}

/** A year's schedule: set in the database, built in (2025, 2026) or the Labour Code default. */
export async function getCalendarYear(executor: Executor, year: number): Promise<CalendarYear> {
  const rows = await repo.listCalendarYears(executor);
  return presentYear(
    workingCalendar(rows.map(setYearOf)),
    year,
    rows.find((r) => r.year === year),
  );
}

export async function listCalendarYears(
  executor: Executor,
  range: { from: number; to: number },
): Promise<{ items: CalendarYear[] }> {
  const rows = await repo.listCalendarYears(executor);
  const calendar = workingCalendar(rows.map(setYearOf));
  const items = [];
  for (let year = range.from; year <= range.to; year++)
    items.push(
      presentYear(
        calendar,
        year,
        rows.find((r) => r.year === year),
      ),
    );
  return { items };
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * What is wrong with a year's schedule as given (an empty list when nothing): every date inside
 * the year, none twice, none both off and worked, make-up working days on Saturdays or Sundays.
 * `path` prefixes each detail (`body`, `calendarYears[0]`).
 */
export function calendarYearProblems(
  year: number,
  schedule: { daysOff: readonly string[]; workdays: readonly string[] },
  path = 'body',
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const check = (list: readonly string[], key: 'daysOff' | 'workdays') => {
    const seen = new Set<string>();
    list.forEach((date, i) => {
      const at = `${path}.${key}[${i}]`;
      if (!isCalendarDate(date)) {
        problems.push({
          path: at,
          message: 'Ngày không hợp lệ (YYYY-MM-DD).',
          reason: 'invalid_date',
          value: date,
        });
        return;
      }
      if (!date.startsWith(`${year}-`))
        problems.push({
          path: at,
          message: `Ngày ${date} không thuộc năm ${year}.`,
          reason: 'outside_year',
          value: date,
        });
      if (seen.has(date))
        problems.push({ path: at, message: `Ngày ${date} bị lặp lại.`, reason: 'duplicate', value: date });
      seen.add(date);
      if (key === 'workdays' && weekday(date) !== 0 && weekday(date) !== 6)
        problems.push({
          path: at,
          message: `Ngày làm bù ${date} phải là thứ Bảy hoặc Chủ nhật (ngày thường đã là ngày làm việc).`,
          reason: 'not_weekend',
          value: date,
        });
    });
    if (list.length > 366)
      problems.push({ path: `${path}.${key}`, message: 'Tối đa 366 ngày.', reason: 'too_big' });
  };
  check(schedule.daysOff, 'daysOff');
  check(schedule.workdays, 'workdays');
  const off = new Set(schedule.daysOff);
  schedule.workdays.forEach((date, i) => {
    if (off.has(date))
      problems.push({
        path: `${path}.workdays[${i}]`,
        message: `Ngày ${date} không thể vừa là ngày nghỉ vừa là ngày làm bù.`,
        reason: 'both_lists',
        value: date,
      });
  });
  return problems;
}

const sorted = (list: readonly string[]) => [...new Set(list)].sort();

/**
 * Sets a year's schedule (replacing the whole year), in the caller's transaction, audited — for
 * the data package's `calendarYears`. Checked with calendarYearProblems (CALENDAR_YEAR_INVALID).
 * Does not recompute due dates: the caller does, once, after every change.
 */
export async function upsertCalendarYear(
  tx: Executor,
  actor: Actor,
  input: { year: number; daysOff: readonly string[]; workdays: readonly string[]; note?: string | null },
  expectedVersion?: number,
): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; row: repo.CalendarYearRow }> {
  assertCan(actor, 'calendar.manage');
  const problems = calendarYearProblems(input.year, input);
  if (problems.length > 0) throw CalendarErrors.CALENDAR_YEAR_INVALID(problems);
  const values = {
    daysOff: sorted(input.daysOff),
    workdays: sorted(input.workdays),
    note: input.note ?? null,
  };
  const current = await repo.findCalendarYear(tx, input.year, { forUpdate: true });
  if (!current) {
    if (expectedVersion !== undefined) throw versionConflict(0);
    const row = await repo.insertCalendarYear(tx, { year: input.year, ...values });
    if (!row) {
      // Another request set the year first: the caller read no version, as after a stale edit.
      const now = await repo.findCalendarYear(tx, input.year);
      throw versionConflict(now?.version ?? 1);
    }
    await audit(tx, actor, 'create', row, null);
    return { outcome: 'created', row };
  }
  if (expectedVersion !== undefined && expectedVersion !== current.version)
    throw versionConflict(current.version);
  const same =
    current.note === values.note &&
    current.daysOff.join() === values.daysOff.join() &&
    current.workdays.join() === values.workdays.join();
  if (same) return { outcome: 'unchanged', row: current };
  const row = await repo.updateCalendarYear(tx, input.year, current.version, values);
  if (!row) throw versionConflict(current.version + 1);
  await audit(tx, actor, 'update', row, current);
  return { outcome: 'updated', row };
}

async function audit(
  tx: Executor,
  actor: Actor,
  action: 'create' | 'update' | 'delete',
  after: repo.CalendarYearRow | null,
  before: repo.CalendarYearRow | null,
) {
  const year = (after ?? before)!.year;
  await recordAudit(tx, actor, [
    {
      boardId: null,
      action,
      entityType: CALENDAR_YEAR,
      entityId: String(year),
      entityKey: String(year),
      before,
      after,
    },
  ]);
}

/** The due dates of dossiers received from the year before on follow the new calendar. */
async function recompute(tx: Executor, year: number): Promise<void> {
  await recomputeDueDates(tx, await loadWorkingCalendar(tx), { fromYear: year - 1 });
}

/** PUT /calendar/years/:year — staff set the government's announced schedule for a year. */
export async function setCalendarYear(
  db: Db,
  actor: Actor,
  year: number,
  body: SetCalendarYearBody,
): Promise<CalendarYear> {
  assertCan(actor, 'calendar.manage');
  return db.transaction(async (tx) => {
    // A year not set yet takes no version; one set must be edited from the version read.
    const current = await repo.findCalendarYear(tx, year, { forUpdate: true });
    if (current && body.version === undefined) throw versionConflict(current.version);
    const { outcome } = await upsertCalendarYear(
      tx,
      actor,
      { year, daysOff: body.daysOff, workdays: body.workdays, note: body.note ?? null },
      body.version,
    );
    if (outcome !== 'unchanged') await recompute(tx, year);
    return getCalendarYear(tx, year);
  });
}

/** DELETE /calendar/years/:year — the year goes back to its built-in or default schedule. */
export async function resetCalendarYear(
  db: Db,
  actor: Actor,
  year: number,
  version?: number,
): Promise<CalendarYear> {
  assertCan(actor, 'calendar.manage');
  return db.transaction(async (tx) => {
    const current = await repo.findCalendarYear(tx, year, { forUpdate: true });
    if (!current) throw CalendarErrors.CALENDAR_YEAR_NOT_SET();
    if (version !== undefined && version !== current.version) throw versionConflict(current.version);
    await repo.deleteCalendarYear(tx, year);
    await audit(tx, actor, 'delete', null, current);
    await recompute(tx, year);
    return getCalendarYear(tx, year);
  });
}
