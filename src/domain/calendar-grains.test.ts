import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date.ts';
import {
  BEGINNING_OF_RECORDS,
  calendarGrains,
  type CalendarGrains,
  type DateRange,
} from './calendar-grains.ts';

/** How many pieces hold the day: its year, its month or itself. */
function piecesHolding(grains: CalendarGrains, date: string): number {
  const yearStart = `${date.slice(0, 4)}-01-01`;
  const monthStart = `${date.slice(0, 7)}-01`;
  const holds = (r: DateRange, value: string) => r.from <= value && value <= r.to;
  return (
    (grains.years && holds(grains.years, yearStart) ? 1 : 0) +
    grains.months.filter((r) => holds(r, monthStart)).length +
    grains.days.filter((r) => holds(r, date)).length
  );
}

describe('calendarGrains', () => {
  it('cuts a reporting period into its whole months and the days at its end', () => {
    expect(calendarGrains('2019-01-01', '2019-11-30')).toEqual({
      years: null,
      months: [{ from: '2019-01-01', to: '2019-11-01' }],
      days: [],
    });
    expect(calendarGrains('2019-01-01', '2019-11-20')).toEqual({
      years: null,
      months: [{ from: '2019-01-01', to: '2019-10-01' }],
      days: [{ from: '2019-11-01', to: '2019-11-20' }],
    });
  });

  it('reads whole years from yearly totals, with months and days on either side', () => {
    expect(calendarGrains('2016-03-15', '2019-11-20')).toEqual({
      years: { from: '2017-01-01', to: '2018-01-01' },
      months: [
        { from: '2016-04-01', to: '2016-12-01' },
        { from: '2019-01-01', to: '2019-10-01' },
      ],
      days: [
        { from: '2016-03-15', to: '2016-03-31' },
        { from: '2019-11-01', to: '2019-11-20' },
      ],
    });
    expect(calendarGrains('2019-01-01', '2019-12-31')).toEqual({
      years: { from: '2019-01-01', to: '2019-01-01' },
      months: [],
      days: [],
    });
  });

  it('keeps a range inside one month (or across one boundary, without a whole month) as days', () => {
    expect(calendarGrains('2019-11-05', '2019-11-05').days).toEqual([
      { from: '2019-11-05', to: '2019-11-05' },
    ]);
    expect(calendarGrains('2019-11-05', '2019-12-20')).toEqual({
      years: null,
      months: [],
      days: [{ from: '2019-11-05', to: '2019-12-20' }],
    });
  });

  it('knows leap years and month lengths', () => {
    expect(calendarGrains('2020-02-01', '2020-02-29').months).toEqual([
      { from: '2020-02-01', to: '2020-02-01' },
    ]);
    expect(calendarGrains('2019-02-01', '2019-02-28').months).toEqual([
      { from: '2019-02-01', to: '2019-02-01' },
    ]);
    expect(calendarGrains('2020-02-01', '2020-02-28').days).toEqual([
      { from: '2020-02-01', to: '2020-02-28' },
    ]);
  });

  it('gives a prefix from the beginning of records: years before the year of D', () => {
    const grains = calendarGrains(BEGINNING_OF_RECORDS, '2019-11-30');
    expect(grains.years).toEqual({ from: '0001-01-01', to: '2018-01-01' });
    expect(grains.months).toEqual([{ from: '2019-01-01', to: '2019-11-01' }]);
    expect(grains.days).toEqual([]);
  });

  it('is empty when the range is', () => {
    expect(calendarGrains('2019-11-30', '2019-11-01')).toEqual({ years: null, months: [], days: [] });
  });

  it('puts every day of a range in exactly one piece and no other day in any (300 random ranges)', () => {
    let seed = 2019;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const wrong: string[] = [];
    for (let i = 0; i < 300; i++) {
      const from = addDays('2015-01-01', Math.floor(random() * 2000));
      const to = addDays(from, Math.floor(random() * (i % 3 === 0 ? 40 : 800)));
      const grains = calendarGrains(from, to);
      for (let day = addDays(from, -40); day <= addDays(to, 40); day = addDays(day, 1)) {
        const inside = day >= from && day <= to;
        if (piecesHolding(grains, day) !== (inside ? 1 : 0)) wrong.push(`${from}..${to} at ${day}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
