/**
 * The working-day calendar page's pure pieces: a calendar date's weekday, and a moment picked in
 * the browser as a Vietnam timestamp — whatever the browser's own time zone.
 */

/** 0 (Sunday) … 6 (Saturday) of a calendar date "2026-02-14", independent of the browser's zone. */
export function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
}

/** "2026-02-13T09:30" (the wall-clock time picked) → "2026-02-13T09:30:00+07:00". */
export function vietnamInstant(localDateTime: string): string {
  return `${localDateTime.slice(0, 16)}:00+07:00`;
}
