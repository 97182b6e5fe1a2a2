/**
 * Calendar dates (YYYY-MM-DD) as the board's documents carry them: Vietnam dates, no time,
 * no time zone arithmetic. Timestamps are shown with the +07:00 offset.
 */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth && y >= 1900 && y <= 2200;
}

/**
 * The date in Vietnam at an instant (by default, today). UTC+07:00 all year, as in
 * toVietnamTimestamp: the arithmetic costs nothing where a time-zone formatter built per call
 * cost a demo load a quarter of a second.
 */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** ISO 8601 with the Vietnam offset: 2026-11-22T08:00:00+07:00 (Vietnam has no DST). */
export function toVietnamTimestamp(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 3600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (calendar dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * How late a filing is against its due date (Vietnam calendar dates): filed on `filedOn`, or not
 * filed yet and `filedOn` is today. 0 when on or before the due date.
 */
export function daysOverdue(dueDate: string, filedOn: string): number {
  return Math.max(daysBetween(dueDate, filedOn), 0);
}
