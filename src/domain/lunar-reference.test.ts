/**
 * The lunar holidays KCN Hub ships (working-day-schedules.ts LUNAR_HOLIDAY_TABLE) against the
 * `date-holidays` library they were generated from: every year 1990–2200, and the library's Tết
 * block against the Labour Code (five days: New Year's Eve and mùng 1–4).
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date.ts';
import { lunarHolidaysOf, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from './working-days.ts';

const TET_BLOCK = '1 day before vietnamese 1-0-1 P5D';
const HUNG_KINGS = 'vietnamese 3-0-10';

/** The library's Vietnamese holidays reduced to the two lunar rules (the rest cost time). */
function library(): Holidays {
  const hd = new Holidays('VN');
  // The typings omit HolidayRule's `rule` string, which the library sets.
  for (const { rule } of hd.getRules() as unknown as { rule: string }[]) {
    if (rule !== TET_BLOCK && rule !== HUNG_KINGS) hd.unsetRule(rule);
  }
  return hd;
}

/** The Tết block and Hùng Kings day of a year as the library gives them: its `date` string is the
 * Vietnam (Asia/Ho_Chi_Minh) date, taken as written, never through local time. */
function fromLibrary(hd: Holidays, year: number): { tet: string[]; hungKings: string } {
  const holidays = hd.getHolidays(year).filter((holiday) => holiday.type === 'public');
  const block = holidays.find((holiday) => holiday.rule === TET_BLOCK);
  const hung = holidays.find((holiday) => holiday.rule === HUNG_KINGS);
  if (!block || !hung) throw new Error(`date-holidays gave no Tết or Hùng Kings for ${year}`);
  const days = Math.round((block.end.getTime() - block.start.getTime()) / 86_400_000);
  const start = block.date.slice(0, 10);
  return {
    tet: Array.from({ length: days }, (_, index) => addDays(start, index)),
    hungKings: hung.date.slice(0, 10),
  };
}

describe('the lunar holidays against date-holidays', () => {
  it('ships, for every year 1990–2200, the Tết block and Hùng Kings day the library computes', () => {
    const hd = library();
    const wrong: string[] = [];
    for (let year = MIN_CALENDAR_YEAR; year <= MAX_CALENDAR_YEAR; year++) {
      const expected = fromLibrary(hd, year);
      // The Labour Code's five Tết days: the last day of the lunar year and the first four.
      expect(expected.tet, `${year}: the library's Tết block`).toHaveLength(5);
      const actual = lunarHolidaysOf(year);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        // The line to paste into LUNAR_HOLIDAY_TABLE.
        wrong.push(`${year} ${(expected.tet[1] ?? '').slice(5)} ${expected.hungKings.slice(5)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('reads the library’s dates in Vietnam time whatever the process time zone', () => {
    const hd = library();
    const tet2026 = fromLibrary(hd, 2026);
    expect(tet2026.tet).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(tet2026.hungKings).toBe('2026-04-26');
    // 2030: the Vietnamese calendar's Tết is 2/2 (the Chinese one's is 3/2).
    expect(fromLibrary(hd, 2030).tet[1]).toBe('2030-02-02');
  });
});
