/**
 * A range of calendar dates cut into the coarsest calendar pieces — whole years, whole months
 * outside them, and the days of the months the range only partly covers — so that a sum over the
 * range's days can be read from yearly and monthly totals plus a few days at its edges (the
 * reports' summary tables, decision 024). Dates are ISO calendar dates ('YYYY-MM-DD').
 */

/** Inclusive bounds. For years and months, the first day of the first and of the last one. */
export interface DateRange {
  from: string;
  to: string;
}

export interface CalendarGrains {
  /** Whole years inside the range, by their 1 January; null when there is none. */
  years: DateRange | null;
  /** Whole months inside the range but outside the whole years, by their 1st (at most two runs). */
  months: DateRange[];
  /** Days of the months only partly inside the range (at most two runs). */
  days: DateRange[];
}

/** The earliest date a prefix ("everything up to D") starts from. */
export const BEGINNING_OF_RECORDS = '0001-01-01';

interface Month {
  year: number;
  month: number;
}

function parse(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const firstDay = ({ year, month }: Month) => `${pad(year, 4)}-${pad(month, 2)}-01`;
const daysIn = ({ year, month }: Month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const lastDay = (m: Month) => `${pad(m.year, 4)}-${pad(m.month, 2)}-${pad(daysIn(m), 2)}`;
const index = ({ year, month }: Month) => year * 12 + (month - 1);
const monthAt = (i: number): Month => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });

/** [from, to] as whole years, whole months and edge days; empty when from is after to. */
export function calendarGrains(from: string, to: string): CalendarGrains {
  const grains: CalendarGrains = { years: null, months: [], days: [] };
  if (from > to) return grains;
  const start = parse(from);
  const end = parse(to);
  const startMonth = index(start);
  const endMonth = index(end);
  const firstWhole = start.day === 1 ? startMonth : startMonth + 1;
  const lastWhole = end.day === daysIn(end) ? endMonth : endMonth - 1;
  if (firstWhole > lastWhole) {
    // No whole month: the days themselves, split at a month boundary only when it is crossed.
    grains.days.push({ from, to });
    return grains;
  }
  if (firstWhole > startMonth) grains.days.push({ from, to: lastDay(start) });
  if (lastWhole < endMonth) grains.days.push({ from: firstDay(end), to });

  const firstWholeYear = Math.ceil(firstWhole / 12);
  const lastWholeYear = Math.floor((lastWhole + 1) / 12) - 1;
  if (firstWholeYear > lastWholeYear) {
    grains.months.push({ from: firstDay(monthAt(firstWhole)), to: firstDay(monthAt(lastWhole)) });
    return grains;
  }
  grains.years = {
    from: firstDay({ year: firstWholeYear, month: 1 }),
    to: firstDay({ year: lastWholeYear, month: 1 }),
  };
  if (firstWhole < firstWholeYear * 12)
    grains.months.push({
      from: firstDay(monthAt(firstWhole)),
      to: firstDay(monthAt(firstWholeYear * 12 - 1)),
    });
  if (lastWhole > lastWholeYear * 12 + 11)
    grains.months.push({
      from: firstDay(monthAt(lastWholeYear * 12 + 12)),
      to: firstDay(monthAt(lastWhole)),
    });
  return grains;
}
