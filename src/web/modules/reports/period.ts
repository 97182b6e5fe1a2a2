/**
 * The periods a board reports on, within one year: quarters, 6 / 9 / 11 months and the whole year
 * (dates as YYYY-MM-DD, both ends inclusive).
 */
export const PRESETS = ['q1', 'q2', 'q3', 'q4', 'm6', 'm9', 'm11', 'year'] as const;
export type Preset = (typeof PRESETS)[number];

/** [first month, last month] of each preset (1-based). */
const MONTHS: Record<Preset, [number, number]> = {
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
  m6: [1, 6],
  m9: [1, 9],
  m11: [1, 11],
  year: [1, 12],
};

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function presetRange(year: number, preset: Preset): { from: string; to: string } {
  const [first, last] = MONTHS[preset];
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** The preset a period is, if it is one. */
export function presetOf(from: string, to: string): Preset | undefined {
  const year = Number(from.slice(0, 4));
  return PRESETS.find((preset) => {
    const range = presetRange(year, preset);
    return range.from === from && range.to === to;
  });
}

/** Today in the user's time zone, YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The default period: from 1 January to today. */
export function yearToDate(): { from: string; to: string } {
  const to = today();
  return { from: `${to.slice(0, 4)}-01-01`, to };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/** The same period in another year (a preset stays that preset; 29 February becomes the 28th). */
export function shiftYear(from: string, to: string, year: number): { from: string; to: string } {
  const preset = presetOf(from, to);
  if (preset) return presetRange(year, preset);
  const move = (date: string) => {
    const month = Number(date.slice(5, 7));
    const day = Math.min(Number(date.slice(8, 10)), lastDay(year, month));
    return `${year}-${pad(month)}-${pad(day)}`;
  };
  const span = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return { from: move(from), to: span > 0 ? `${year + span}${move(to).slice(4)}` : move(to) };
}

export interface Period {
  from: string;
  to: string;
}

/** The period an address names, or the year to date when it names none. */
export function periodOf(
  fromParam: string | string[] | undefined,
  toParam: string | string[] | undefined,
): Period {
  const to = typeof toParam === 'string' && isIsoDate(toParam) ? toParam : today();
  const from = typeof fromParam === 'string' && isIsoDate(fromParam) ? fromParam : `${to.slice(0, 4)}-01-01`;
  return { from, to };
}

/** A change of period: new dates, or a function of the period in force when it applies. */
export type PeriodChange = Period | ((current: Period) => Period);
