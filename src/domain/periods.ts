/**
 * Reporting periods as the board's statistics name them: a year "2019", a half "2019-H1", a
 * quarter "2019-Q3" or a month "2019-11". Pure calendar arithmetic on Vietnam calendar dates
 * (YYYY-MM-DD), shared by filing, completeness and the production report.
 */
export const PERIOD_KIND_ORDER = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KIND_ORDER)[number];

export interface ParsedPeriod {
  year: number;
  kind: PeriodKind;
  /** 1 for a year; 1–2 for a half, 1–4 for a quarter, 1–12 for a month. */
  index: number;
}

const PERIOD_PATTERN = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** Months a period of each kind spans. */
const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

export function isPeriod(value: string): boolean {
  return PERIOD_PATTERN.test(value);
}

export function parsePeriod(period: string): ParsedPeriod {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new RangeError(`not a period: ${period}`);
  const year = Number(match[1]);
  if (match[2]) return { year, kind: 'half', index: Number(match[2]) };
  if (match[3]) return { year, kind: 'quarter', index: Number(match[3]) };
  if (match[4]) return { year, kind: 'month', index: Number(match[4]) };
  return { year, kind: 'year', index: 1 };
}

export function formatPeriod({ year, kind, index }: ParsedPeriod): string {
  switch (kind) {
    case 'year':
      return String(year);
    case 'half':
      return `${year}-H${index}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'month':
      return `${year}-${String(index).padStart(2, '0')}`;
  }
}

export function periodKind(period: string): PeriodKind {
  return parsePeriod(period).kind;
}

/** First and last month (1–12) of the period within its year. */
export function periodMonths(period: string): { first: number; last: number } {
  const { kind, index } = parsePeriod(period);
  const span = MONTHS[kind];
  const first = (index - 1) * span + 1;
  return { first, last: first + span - 1 };
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The period's first day, YYYY-MM-DD. */
export function periodStart(period: string): string {
  const { year } = parsePeriod(period);
  return `${year}-${pad(periodMonths(period).first)}-01`;
}

/** The period's last day, YYYY-MM-DD. */
export function periodEnd(period: string): string {
  const { year } = parsePeriod(period);
  const { last } = periodMonths(period);
  return `${year}-${pad(last)}-${pad(daysInMonth(year, last))}`;
}

/** The same period a year earlier ("2019-Q3" → "2018-Q3"). */
export function previousYearPeriod(period: string): string {
  const parsed = parsePeriod(period);
  return formatPeriod({ ...parsed, year: parsed.year - 1 });
}

/** The year of a period, as a period ("2019-Q3" → "2019"). */
export function yearOf(period: string): string {
  return String(parsePeriod(period).year);
}

/**
 * The periods of `kind` that make up `period`, in order ("2019-H2", "quarter" → Q3, Q4);
 * the period itself for its own kind; empty when `kind` is longer than the period.
 */
export function subPeriods(period: string, kind: PeriodKind): string[] {
  const { year } = parsePeriod(period);
  const { first, last } = periodMonths(period);
  const span = MONTHS[kind];
  if (span > last - first + 1) return [];
  const result: string[] = [];
  for (let month = first; month <= last; month += span) {
    result.push(formatPeriod({ year, kind, index: (month - 1) / span + 1 }));
  }
  return result;
}

/**
 * When a period's report is due: `dueMonthsAfter` months after the period's last month, on
 * `dueDay` clamped to that month's end ("2019-Q3", 1, 10 → 2019-10-10; "2019", 3, 31 → 2020-03-31).
 */
export function defaultDueDate(period: string, dueMonthsAfter: number, dueDay: number): string {
  const { year } = parsePeriod(period);
  const monthIndex = year * 12 + (periodMonths(period).last - 1) + dueMonthsAfter;
  const dueYear = Math.floor(monthIndex / 12);
  const dueMonth = (monthIndex % 12) + 1;
  const day = Math.min(Math.max(dueDay, 1), daysInMonth(dueYear, dueMonth));
  return `${dueYear}-${pad(dueMonth)}-${pad(day)}`;
}

/** Whether a span of dates [since, until] (either open) overlaps the period. */
export function overlapsPeriod(
  period: string,
  since: string | null | undefined,
  until: string | null | undefined,
): boolean {
  return (!since || since <= periodEnd(period)) && (!until || until >= periodStart(period));
}
