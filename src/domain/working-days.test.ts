import { describe, expect, it, vi } from 'vitest';
import { addDays, isCalendarDate } from './calendar-date.ts';
import {
  addWorkingDays,
  builtInYearSchedule,
  defaultYearSchedule,
  dueDate,
  lunarHolidaysOf,
  nextWorkingDay,
  remainingWorkingDays,
  vietnamDateOf,
  workingCalendar,
  workingDaysBetween,
  type WorkingCalendar,
} from './working-days.ts';

const calendar = workingCalendar();
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string) => weekdayOf(date) === 0 || weekdayOf(date) === 6;
const range = (from: string, to: string) => {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
};

/** The appendix of domain-next.md: mùng 1 Tết and Hùng Kings (10/3 lunar), Vietnamese calendar, UTC+7. */
const REFERENCE: ReadonlyArray<[number, string, string]> = [
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23'],
  [2030, '2030-02-02', '2030-04-12'],
  [2031, '2031-01-23', '2031-04-01'],
  [2032, '2032-02-11', '2032-04-19'],
  [2033, '2033-01-31', '2033-04-09'],
  [2034, '2034-02-19', '2034-04-28'],
  [2035, '2035-02-08', '2035-04-17'],
  [2036, '2036-01-28', '2036-04-06'],
  [2037, '2037-02-15', '2037-04-24'],
  [2038, '2038-02-04', '2038-04-13'],
  [2039, '2039-01-24', '2039-04-03'],
  [2040, '2040-02-12', '2040-04-20'],
  [2041, '2041-02-01', '2041-04-10'],
  [2042, '2042-01-22', '2042-04-29'],
  [2043, '2043-02-10', '2043-04-19'],
  [2044, '2044-01-30', '2044-04-07'],
  [2045, '2045-02-17', '2045-04-26'],
  [2046, '2046-02-06', '2046-04-15'],
  [2047, '2047-01-26', '2047-04-04'],
  [2048, '2048-02-14', '2048-04-22'],
  [2049, '2049-02-02', '2049-04-11'],
];

describe('the timing of the default schedule', () => {
  it('computes the defaults of 2024–2049 cold in under 300 ms (about 1 ms a year measured)', async () => {
    vi.resetModules();
    const fresh = await import('./working-days.ts');
    const started = performance.now();
    for (let year = 2024; year <= 2049; year++) fresh.defaultYearSchedule(year);
    const elapsed = performance.now() - started;
    console.info(`working-days: 26 default years cold in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(300);
    // Memoised: the second pass costs nothing.
    const again = performance.now();
    for (let year = 2024; year <= 2049; year++) fresh.defaultYearSchedule(year);
    expect(performance.now() - again).toBeLessThan(50);
  });

  it('answers isWorkingDay in O(1) once the year is loaded', () => {
    const cal = workingCalendar();
    cal.isWorkingDay('2031-06-02');
    const started = performance.now();
    for (let i = 0; i < 100_000; i++) cal.isWorkingDay('2031-06-02');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the lunar holidays (Vietnamese calendar, UTC+7)', () => {
  it.each(REFERENCE)('%i: mùng 1 Tết %s and Hùng Kings %s match the reference table', (year, tet, hung) => {
    const lunar = lunarHolidaysOf(year);
    expect(lunar.tet[1]).toBe(tet);
    expect(lunar.hungKings).toBe(hung);
  });

  it.each(REFERENCE)('%i: the Tết block is the Labour Code’s five days, eve + mùng 1–4', (year, tet) => {
    expect(lunarHolidaysOf(year).tet).toEqual([
      addDays(tet, -1),
      tet,
      addDays(tet, 1),
      addDays(tet, 2),
      addDays(tet, 3),
    ]);
  });

  it.each(REFERENCE)(
    '%i: the default schedule has the five Tết days and Hùng Kings (or its compensatory day)',
    (year, tet, hung) => {
      const off = new Set(defaultYearSchedule(year).daysOff);
      for (const day of [addDays(tet, -1), tet, addDays(tet, 1), addDays(tet, 2), addDays(tet, 3)]) {
        expect(off.has(day), day).toBe(true);
      }
      expect(off.has(hung)).toBe(true);
      if (isWeekend(hung)) {
        const monday = addDays(hung, weekdayOf(hung) === 6 ? 2 : 1);
        expect(off.has(monday), `compensatory day for ${hung}`).toBe(true);
        expect(calendar.isWorkingDay(monday) || year === 2025 || year === 2026).toBe(
          year === 2025 || year === 2026,
        );
      } else if (year !== 2025 && year !== 2026) {
        expect(calendar.isWorkingDay(hung)).toBe(false);
      }
    },
  );

  it('puts Tết 2030 on Saturday 2/2 (the Vietnamese calendar), not 3/2 (the Chinese one)', () => {
    expect(lunarHolidaysOf(2030).tet).toEqual([
      '2030-02-01',
      '2030-02-02',
      '2030-02-03',
      '2030-02-04',
      '2030-02-05',
    ]);
    const off = defaultYearSchedule(2030).daysOff;
    expect(off).toContain('2030-02-02');
    // Saturday 2/2 and Sunday 3/2 give Wednesday 6/2 and Thursday 7/2 off.
    expect(off).toContain('2030-02-06');
    expect(off).toContain('2030-02-07');
    expect(off).not.toContain('2030-02-08');
  });

  it('works at the edges of the supported years', () => {
    expect(defaultYearSchedule(1990).daysOff).toContain('1990-01-01');
    expect(defaultYearSchedule(2200).daysOff).toContain('2200-09-02');
  });
});

describe('the Labour Code default and its compensatory days', () => {
  it('builds 2028 by the rule: 1/1 Saturday → Monday 3/1; 30/4 Sunday → Tuesday 2/5 (Monday 1/5 is a holiday); 2/9 Saturday → Monday 4/9', () => {
    const schedule = defaultYearSchedule(2028);
    expect(schedule.source).toBe('default');
    expect(schedule.workdays).toEqual([]);
    expect(schedule.daysOff).toEqual([
      '2028-01-01',
      '2028-01-03',
      // Tết: eve Tuesday 25/1, mùng 1–4 26–29/1; Saturday 29/1 → Monday 31/1
      '2028-01-25',
      '2028-01-26',
      '2028-01-27',
      '2028-01-28',
      '2028-01-29',
      '2028-01-31',
      '2028-04-04',
      '2028-04-30',
      '2028-05-01',
      '2028-05-02',
      '2028-09-01',
      '2028-09-02',
      '2028-09-04',
    ]);
  });

  it('gives two compensatory days when 30/4 and 1/5 fall on a weekend (2033: Monday 2/5 and Tuesday 3/5)', () => {
    const off = defaultYearSchedule(2033).daysOff;
    expect(off).toContain('2033-05-02');
    expect(off).toContain('2033-05-03');
    expect(calendar.isWorkingDay('2033-05-02')).toBe(false);
    expect(calendar.isWorkingDay('2033-05-03')).toBe(false);
    expect(calendar.isWorkingDay('2033-05-04')).toBe(true);
  });

  it('moves a Sunday 1/9 to Tuesday 3/9 because Monday 2/9 is itself a holiday (2030)', () => {
    const off = defaultYearSchedule(2030).daysOff;
    expect(off).toContain('2030-09-03');
    expect(calendar.isWorkingDay('2030-09-02')).toBe(false);
    expect(calendar.isWorkingDay('2030-09-03')).toBe(false);
    expect(calendar.isWorkingDay('2030-09-04')).toBe(true);
  });

  it('compensates each weekend day of Tết after the block (2027: Saturday 6/2 and Sunday 7/2 → Wednesday 10/2 and Thursday 11/2)', () => {
    const off = defaultYearSchedule(2027).daysOff;
    expect(off.filter((day) => day >= '2027-02-01' && day <= '2027-02-28')).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true);
  });

  it('adds 1/9 to National Day by default (the library has only 2/9)', () => {
    expect(defaultYearSchedule(2031).daysOff).toEqual(expect.arrayContaining(['2031-09-01', '2031-09-02']));
  });

  it('returns a copy: changing it changes nothing', () => {
    defaultYearSchedule(2032).daysOff.push('2032-06-01');
    expect(defaultYearSchedule(2032).daysOff).not.toContain('2032-06-01');
    expect(calendar.isWorkingDay('2032-06-01')).toBe(true);
  });
});

describe('the built-in 2025 and 2026 schedules', () => {
  it('ships 2025 as announced', () => {
    const schedule = builtInYearSchedule(2025);
    expect(schedule.source).toBe('built-in');
    expect(schedule.note).toMatch(/2025/);
    expect(schedule.daysOff).toEqual([
      '2025-01-01',
      ...range('2025-01-25', '2025-02-02'),
      '2025-04-07',
      ...range('2025-04-30', '2025-05-04'),
      ...range('2025-08-30', '2025-09-02'),
    ]);
    expect(schedule.workdays).toEqual(['2025-04-26']);
    expect(calendar.schedule(2025)).toEqual(schedule);
  });

  it('makes Saturday 26/4/2025 a working day and Friday 2/5/2025 a day off', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    expect(calendar.isWorkingDay('2025-05-05')).toBe(true);
    // Tết 2025: Friday 24/1 works, Saturday 25/1 – Sunday 2/2 off, Monday 3/2 works.
    expect(calendar.isWorkingDay('2025-01-24')).toBe(true);
    for (const day of range('2025-01-25', '2025-02-02')) expect(calendar.isWorkingDay(day), day).toBe(false);
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
    // National Day 2025: Monday 1/9 and Tuesday 2/9 off, Wednesday 3/9 works.
    expect(calendar.isWorkingDay('2025-09-01')).toBe(false);
    expect(calendar.isWorkingDay('2025-09-02')).toBe(false);
    expect(calendar.isWorkingDay('2025-09-03')).toBe(true);
  });

  it('ships 2026 as announced, with 1/9 as the day adjacent to National Day and a note saying so', () => {
    const schedule = builtInYearSchedule(2026);
    expect(schedule.daysOff).toEqual([
      '2026-01-01',
      ...range('2026-02-14', '2026-02-22'),
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(schedule.workdays).toEqual([]);
    expect(schedule.note).toMatch(/1\/9/);
  });

  it('gives Monday 27/4/2026 off for Hùng Kings on Sunday 26/4/2026', () => {
    expect(weekdayOf('2026-04-26')).toBe(0);
    expect(calendar.isWorkingDay('2026-04-26')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true);
    // Tết 2026: Friday 13/2 works; 14/2–22/2 off (Friday 20/2 included); Monday 23/2 works.
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-20')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
  });

  it('uses the default for the other years', () => {
    expect(builtInYearSchedule(2027)).toEqual(defaultYearSchedule(2027));
    expect(builtInYearSchedule(2024).source).toBe('default');
  });
});

describe('a year set as data', () => {
  it('replaces the whole built-in year', () => {
    const cal = workingCalendar([
      { year: 2025, daysOff: ['2025-01-01', '2025-01-29'], workdays: [], note: 'test' },
    ]);
    expect(cal.schedule(2025)).toEqual({
      year: 2025,
      daysOff: ['2025-01-01', '2025-01-29'],
      workdays: [],
      source: 'set',
      note: 'test',
    });
    expect(cal.isWorkingDay('2025-01-29')).toBe(false);
    expect(cal.isWorkingDay('2025-01-30')).toBe(true); // Tết of the built-in year is gone
    expect(cal.isWorkingDay('2025-04-26')).toBe(false); // no make-up Saturday any more
    expect(cal.isWorkingDay('2025-05-02')).toBe(true);
    expect(cal.isWorkingDay('2025-04-07')).toBe(true);
    // Other years untouched.
    expect(cal.isWorkingDay('2026-04-27')).toBe(false);
  });

  it('ignores weekends listed as days off and weekdays listed as workdays', () => {
    const plain = workingCalendar([{ year: 2031, daysOff: ['2031-01-01'], workdays: [] }]);
    const noisy = workingCalendar([
      { year: 2031, daysOff: ['2031-01-04', '2031-01-01', '2031-01-05'], workdays: ['2031-01-06'] },
    ]);
    for (const day of range('2031-01-01', '2031-03-31')) {
      expect(noisy.isWorkingDay(day), day).toBe(plain.isWorkingDay(day));
    }
  });

  it('makes a listed Saturday a working day', () => {
    const cal = workingCalendar([{ year: 2031, daysOff: [], workdays: ['2031-05-03'] }]);
    expect(cal.isWorkingDay('2031-05-03')).toBe(true);
    expect(cal.isWorkingDay('2031-05-04')).toBe(false);
    expect(cal.isWorkingDay('2031-01-01')).toBe(true); // the set year has no 1/1 off
  });

  it('rejects bad set years', () => {
    expect(() => workingCalendar([{ year: 2031, daysOff: ['2032-01-01'], workdays: [] }])).toThrow(
      RangeError,
    );
    expect(() => workingCalendar([{ year: 2031, daysOff: ['2031-02-30'], workdays: [] }])).toThrow(
      RangeError,
    );
    expect(() => workingCalendar([{ year: 1800, daysOff: [], workdays: [] }])).toThrow(RangeError);
    expect(() =>
      workingCalendar([
        { year: 2031, daysOff: [], workdays: [] },
        { year: 2031, daysOff: [], workdays: [] },
      ]),
    ).toThrow(RangeError);
  });
});

describe('Vietnam dates of timestamps', () => {
  it('takes the date at UTC+7 whatever the offset', () => {
    expect(vietnamDateOf('2026-02-12T20:00:00Z')).toBe('2026-02-13');
    expect(vietnamDateOf('2026-02-12T16:59:59Z')).toBe('2026-02-12');
    expect(vietnamDateOf('2026-02-12T17:00:00Z')).toBe('2026-02-13');
    expect(vietnamDateOf('2026-02-13T09:30:00+07:00')).toBe('2026-02-13');
    expect(vietnamDateOf('2026-02-12T23:30:00-05:00')).toBe('2026-02-13');
    expect(vietnamDateOf('2026-02-13T00:30:00.123+09:00')).toBe('2026-02-12');
    expect(vietnamDateOf(new Date('2026-02-12T20:00:00Z'))).toBe('2026-02-13');
  });

  it('rejects a timestamp without an offset, a date alone or anything not ISO', () => {
    for (const bad of [
      '2026-02-13T09:30:00',
      '2026-02-13',
      '13/02/2026 09:30',
      '2026-02-30T09:30:00+07:00',
      '2026-02-13T24:30:00+07:00',
      '2026-02-13T09:30:00+7',
      '',
      'now',
    ]) {
      expect(() => vietnamDateOf(bad), bad).toThrow(RangeError);
    }
    expect(() => vietnamDateOf(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('counting working days', () => {
  it('finds the next working day', () => {
    expect(nextWorkingDay(calendar, '2026-02-13')).toBe('2026-02-13');
    expect(nextWorkingDay(calendar, '2026-02-14')).toBe('2026-02-23');
    expect(nextWorkingDay(calendar, '2025-04-26')).toBe('2025-04-26');
  });

  it('adds working days (0 gives the day itself, even a day off)', () => {
    expect(addWorkingDays(calendar, '2026-02-13', 0)).toBe('2026-02-13');
    expect(addWorkingDays(calendar, '2026-02-14', 0)).toBe('2026-02-14');
    expect(addWorkingDays(calendar, '2026-02-13', 1)).toBe('2026-02-23');
    expect(addWorkingDays(calendar, '2025-04-25', 1)).toBe('2025-04-26');
    expect(addWorkingDays(calendar, '2025-04-25', 2)).toBe('2025-04-28');
    expect(addWorkingDays(calendar, '2026-12-31', 1)).toBe('2027-01-04'); // 1/1/2027 Friday off
    expect(addWorkingDays(calendar, '2026-01-02', 3650) > '2040-01-01').toBe(true);
  });

  it('counts working days between two dates, both included', () => {
    expect(workingDaysBetween(calendar, '2026-03-02', '2026-03-06')).toBe(5);
    expect(workingDaysBetween(calendar, '2026-03-02', '2026-03-08')).toBe(5);
    expect(workingDaysBetween(calendar, '2026-02-13', '2026-02-23')).toBe(2);
    expect(workingDaysBetween(calendar, '2026-03-06', '2026-03-02')).toBe(0);
    expect(workingDaysBetween(calendar, '2026-03-07', '2026-03-07')).toBe(0);
  });

  it('guards its inputs', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('1989-12-31')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2201-01-01')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('26-02-13')).toThrow(/YYYY-MM-DD/);
    expect(() => addWorkingDays(calendar, '2026-02-13', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2026-02-13', 3651)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2026-02-13', 1.5)).toThrow(RangeError);
    expect(() => defaultYearSchedule(1989)).toThrow(RangeError);
    expect(() => calendar.schedule(2201)).toThrow(RangeError);
  });
});

describe('working days remaining', () => {
  it('counts down to the due date and below zero after it (due Wednesday 4/3/2026)', () => {
    expect(remainingWorkingDays(calendar, '2026-03-04', '2026-02-27')).toBe(3); // Friday: Mon, Tue, Wed
    expect(remainingWorkingDays(calendar, '2026-03-04', '2026-02-28')).toBe(3); // Saturday
    expect(remainingWorkingDays(calendar, '2026-03-04', '2026-03-03')).toBe(1);
    expect(remainingWorkingDays(calendar, '2026-03-04', '2026-03-04')).toBe(0);
    expect(remainingWorkingDays(calendar, '2026-03-04', '2026-03-05')).toBe(-1);
    expect(remainingWorkingDays(calendar, '2026-03-04', '2026-03-06')).toBe(-2);
    expect(remainingWorkingDays(calendar, '2026-03-04', '2026-03-07')).toBe(-2); // weekend keeps Friday's count
    expect(remainingWorkingDays(calendar, '2026-03-04', '2026-03-08')).toBe(-2);
    expect(remainingWorkingDays(calendar, '2026-03-04', '2026-03-09')).toBe(-3);
  });

  it('keeps 0 over the weekend right after a Friday due date, −1 on Monday', () => {
    expect(remainingWorkingDays(calendar, '2026-03-06', '2026-03-07')).toBe(0);
    expect(remainingWorkingDays(calendar, '2026-03-06', '2026-03-08')).toBe(0);
    expect(remainingWorkingDays(calendar, '2026-03-06', '2026-03-09')).toBe(-1);
  });

  it('skips holidays (Tết 2026)', () => {
    expect(remainingWorkingDays(calendar, '2026-02-25', '2026-02-13')).toBe(3);
    expect(remainingWorkingDays(calendar, '2026-02-25', '2026-02-17')).toBe(3);
    // Due Thursday 12/2: Friday 13/2 is −1, the nine days of Tết keep −1, Monday 23/2 is −2.
    expect(remainingWorkingDays(calendar, '2026-02-12', '2026-02-13')).toBe(-1);
    expect(remainingWorkingDays(calendar, '2026-02-12', '2026-02-22')).toBe(-1);
    expect(remainingWorkingDays(calendar, '2026-02-12', '2026-02-23')).toBe(-2);
  });
});

describe('due dates', () => {
  const wd = (value: number) => ({ value, unit: 'working_days' as const });
  const days = (value: number) => ({ value, unit: 'days' as const });

  it('answers the contract’s example: received 2026-02-13 09:30 +07, 3 working days → 2026-02-25 across Tết', () => {
    expect(dueDate(calendar, { receivedAt: '2026-02-13T09:30:00+07:00', deadline: wd(3) })).toEqual({
      dayZero: '2026-02-13',
      baseDueDate: '2026-02-25',
      dueDate: '2026-02-25',
      pausedWorkingDays: 0,
      awaitingSupplement: false,
    });
  });

  it.each([
    [1, '2025-02-03'],
    [3, '2025-02-05'],
    [5, '2025-02-07'],
  ])('received Friday 24/1/2025 16:30 +07 before Tết, %i working days → %s', (n, expected) => {
    const result = dueDate(calendar, { receivedAt: '2025-01-24T16:30:00+07:00', deadline: wd(n) });
    expect(result.dayZero).toBe('2025-01-24');
    expect(result.dueDate).toBe(expected);
  });

  it('starts the count on the next working day when received on a holiday', () => {
    const result = dueDate(calendar, { receivedAt: '2025-04-07T10:00:00+07:00', deadline: wd(2) });
    expect(result.dayZero).toBe('2025-04-08');
    expect(result.dueDate).toBe('2025-04-10');
    expect(dueDate(calendar, { receivedAt: '2026-02-17T08:00:00+07:00', deadline: wd(1) }).dayZero).toBe(
      '2026-02-23',
    );
  });

  it('counts from the make-up Saturday 26/4/2025 when received that day', () => {
    const result = dueDate(calendar, { receivedAt: '2025-04-26T10:00:00+07:00', deadline: wd(3) });
    expect(result.dayZero).toBe('2025-04-26');
    expect(result.dueDate).toBe('2025-05-05'); // Mon 28/4, Tue 29/4, then 30/4–4/5 off
  });

  it('takes the Vietnam date of a receipt late on Sunday in UTC (Monday 01:00 in Vietnam)', () => {
    const result = dueDate(calendar, { receivedAt: '2026-03-01T18:00:00Z', deadline: wd(1) });
    expect(result.dayZero).toBe('2026-03-02');
    expect(result.dueDate).toBe('2026-03-03');
  });

  it('moves a calendar-day deadline ending on a holiday or a weekend to the next working day', () => {
    // Friday 25/4/2025 + 5 days = Wednesday 30/4 (holiday) → Monday 5/5.
    expect(dueDate(calendar, { receivedAt: '2025-04-25T09:00:00+07:00', deadline: days(5) }).dueDate).toBe(
      '2025-05-05',
    );
    // Monday 2/3/2026 + 5 days = Saturday 7/3 → Monday 9/3.
    expect(dueDate(calendar, { receivedAt: '2026-03-02T09:00:00+07:00', deadline: days(5) }).dueDate).toBe(
      '2026-03-09',
    );
    // Monday 2/3/2026 + 4 days = Friday 6/3, a working day.
    expect(dueDate(calendar, { receivedAt: '2026-03-02T09:00:00+07:00', deadline: days(4) }).dueDate).toBe(
      '2026-03-06',
    );
  });

  describe('supplement pauses (received Monday 2/3/2026, 10 working days → Monday 16/3)', () => {
    const receivedAt = '2026-03-02T09:00:00+07:00';
    const base = { receivedAt, deadline: wd(10) };

    it('without supplements', () => {
      expect(dueDate(calendar, base).dueDate).toBe('2026-03-16');
    });

    it('one supplement: requested Wednesday 4/3, arrived Friday 6/3 → 2 working days (4/3, 5/3) later', () => {
      const result = dueDate(calendar, {
        ...base,
        supplements: [{ requestedAt: '2026-03-04T10:00:00+07:00', suppliedAt: '2026-03-06T15:00:00+07:00' }],
      });
      expect(result).toEqual({
        dayZero: '2026-03-02',
        baseDueDate: '2026-03-16',
        dueDate: '2026-03-18',
        pausedWorkingDays: 2,
        awaitingSupplement: false,
      });
    });

    it('two supplements add up (2 + 3 working days)', () => {
      const result = dueDate(calendar, {
        ...base,
        supplements: [
          { requestedAt: '2026-03-04T10:00:00+07:00', suppliedAt: '2026-03-06T15:00:00+07:00' },
          { requestedAt: '2026-03-09T10:00:00+07:00', suppliedAt: new Date('2026-03-12T02:00:00Z') },
        ],
      });
      expect(result.pausedWorkingDays).toBe(5);
      expect(result.dueDate).toBe('2026-03-23');
    });

    it('a supplement arriving the day it was requested pauses nothing', () => {
      const result = dueDate(calendar, {
        ...base,
        supplements: [{ requestedAt: '2026-03-04T08:00:00+07:00', suppliedAt: '2026-03-04T16:00:00+07:00' }],
      });
      expect(result.pausedWorkingDays).toBe(0);
      expect(result.dueDate).toBe('2026-03-16');
    });

    it('a supplement still awaited stops the clock and adds no pause', () => {
      const result = dueDate(calendar, {
        ...base,
        supplements: [{ requestedAt: '2026-03-04T10:00:00+07:00', suppliedAt: null }],
      });
      expect(result.awaitingSupplement).toBe(true);
      expect(result.pausedWorkingDays).toBe(0);
      expect(result.dueDate).toBe('2026-03-16');
    });

    it('as of a day before the arrival, the supplement is awaited; as of the arrival day, it counts', () => {
      const supplements = [
        { requestedAt: '2026-03-04T10:00:00+07:00', suppliedAt: '2026-03-06T15:00:00+07:00' },
      ];
      const before = dueDate(calendar, { ...base, supplements, asOf: '2026-03-05' });
      expect(before.awaitingSupplement).toBe(true);
      expect(before.pausedWorkingDays).toBe(0);
      const after = dueDate(calendar, { ...base, supplements, asOf: '2026-03-06' });
      expect(after.awaitingSupplement).toBe(false);
      expect(after.pausedWorkingDays).toBe(2);
      // A timestamp asOf compares instants: at 14:00 the 15:00 arrival has not happened yet.
      expect(
        dueDate(calendar, { ...base, supplements, asOf: '2026-03-06T14:00:00+07:00' }).awaitingSupplement,
      ).toBe(true);
      // Before the request, the request is ignored entirely.
      const earlier = dueDate(calendar, { ...base, supplements, asOf: '2026-03-03' });
      expect(earlier.awaitingSupplement).toBe(false);
      expect(earlier.dueDate).toBe('2026-03-16');
    });

    it('rejects a supplement that arrived before it was requested', () => {
      expect(() =>
        dueDate(calendar, {
          ...base,
          supplements: [
            { requestedAt: '2026-03-06T10:00:00+07:00', suppliedAt: '2026-03-04T10:00:00+07:00' },
          ],
        }),
      ).toThrow(RangeError);
    });
  });

  it('pauses across a holiday: requested Thursday 23/4/2026, arrived Monday 4/5 → 4 working days', () => {
    // Received Monday 20/4/2026, 5 working days: 21, 22, 23, 24, (27/4 off) 28/4.
    const result = dueDate(calendar, {
      receivedAt: '2026-04-20T09:00:00+07:00',
      deadline: wd(5),
      supplements: [{ requestedAt: '2026-04-23T09:00:00+07:00', suppliedAt: '2026-05-04T09:00:00+07:00' }],
    });
    expect(result.baseDueDate).toBe('2026-04-28');
    // 23/4, 24/4, 28/4, 29/4 (27/4, 30/4, 1/5 off; 2–3/5 weekend).
    expect(result.pausedWorkingDays).toBe(4);
    // 28/4 + 4: 29/4, 4/5, 5/5, 6/5.
    expect(result.dueDate).toBe('2026-05-06');
  });

  it('rejects bad deadlines and receipts', () => {
    expect(() => dueDate(calendar, { receivedAt: '2026-03-02T09:00:00+07:00', deadline: wd(-1) })).toThrow(
      RangeError,
    );
    expect(() => dueDate(calendar, { receivedAt: '2026-03-02T09:00:00+07:00', deadline: wd(2.5) })).toThrow(
      RangeError,
    );
    expect(() => dueDate(calendar, { receivedAt: '2026-03-02', deadline: wd(2) })).toThrow(RangeError);
    expect(() =>
      dueDate(calendar, {
        receivedAt: '2026-03-02T09:00:00+07:00',
        deadline: { value: 2, unit: 'weeks' as never },
      }),
    ).toThrow(RangeError);
  });

  it('respects a set year', () => {
    const cal = workingCalendar([{ year: 2026, daysOff: [], workdays: [] }]);
    expect(dueDate(cal, { receivedAt: '2026-02-13T09:30:00+07:00', deadline: wd(3) }).dueDate).toBe(
      '2026-02-18',
    );
  });
});

describe('the counting by prefix counts equals counting day by day', () => {
  /** The same calendar behind an object working-days.ts does not know: it counts day by day. */
  const stepped = (cal: WorkingCalendar): WorkingCalendar => ({
    isWorkingDay: (date) => cal.isWorkingDay(date),
    schedule: (year) => cal.schedule(year),
  });
  const outcome = (f: () => unknown) => {
    try {
      return f();
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
  };
  /** Plain loops on isWorkingDay, written here without the module's counting. */
  const plainAdd = (cal: WorkingCalendar, from: string, n: number) => {
    let day = from;
    for (let left = n; left > 0;) {
      day = addDays(day, 1);
      if (cal.isWorkingDay(day)) left--;
    }
    return day;
  };

  it('answers every start date of 2025–2027 and 0–40 days as plain day-by-day loops do', () => {
    const slow = stepped(calendar);
    let mismatches = 0;
    for (const day of range('2025-01-01', '2027-12-31')) {
      let next = day;
      while (!calendar.isWorkingDay(next)) next = addDays(next, 1);
      if (nextWorkingDay(calendar, day) !== next || nextWorkingDay(slow, day) !== next) mismatches++;
      // The n-th working day after `day`, stepped one day at a time alongside.
      let nth = day;
      let count = 0;
      let to = day;
      for (let n = 0; n <= 40; n++, to = addDays(to, 1)) {
        if (n > 0) nth = plainAdd(calendar, nth, 1);
        if (calendar.isWorkingDay(to)) count++;
        if (addWorkingDays(calendar, day, n) !== nth) mismatches++;
        if (workingDaysBetween(calendar, day, to) !== count) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('counts across many years, and at the edges of the supported years, as day-stepping does (errors included)', () => {
    const slow = stepped(calendar);
    const cases: [string, string, number][] = [
      ['1990-01-01', '2000-12-31', 3650],
      ['2020-06-15', '2034-02-01', 3650],
      ['2200-12-20', '2200-12-31', 5],
      ['2200-12-30', '2200-12-31', 3],
      ['2200-12-31', '2200-12-31', 1],
      ['2190-01-01', '2200-12-31', 3650],
      ['1990-01-01', '1989-12-31', 0],
    ];
    for (const [from, to, n] of cases) {
      expect(outcome(() => addWorkingDays(calendar, from, n))).toEqual(
        outcome(() => addWorkingDays(slow, from, n)),
      );
      expect(outcome(() => nextWorkingDay(calendar, to))).toEqual(outcome(() => nextWorkingDay(slow, to)));
      expect(outcome(() => workingDaysBetween(calendar, from, to))).toEqual(
        outcome(() => workingDaysBetween(slow, from, to)),
      );
      expect(outcome(() => remainingWorkingDays(calendar, to, from))).toEqual(
        outcome(() => remainingWorkingDays(slow, to, from)),
      );
    }
    // Past 2200-12-31 there is no next working day to count.
    expect(() => addWorkingDays(calendar, '2200-12-31', 1)).toThrow(RangeError);
    expect(workingDaysBetween(calendar, '1990-01-01', '2200-12-31')).toBe(
      workingDaysBetween(slow, '1990-01-01', '2200-12-31'),
    );
  });

  it('keeps the 400-day guards of a set year without working days (day-stepping answers for such years)', () => {
    const allOff = (year: number) => ({
      year,
      daysOff: range(`${year}-01-01`, `${year}-12-31`),
      workdays: [],
    });
    const cal = workingCalendar([allOff(2030), allOff(2031)]);
    const slow = stepped(cal);
    for (const [from, n] of [
      ['2029-12-20', 1],
      ['2029-12-20', 10],
      ['2030-06-01', 0],
      ['2030-06-01', 1],
      ['2031-11-01', 3],
    ] as const) {
      expect(outcome(() => addWorkingDays(cal, from, n))).toEqual(
        outcome(() => addWorkingDays(slow, from, n)),
      );
      expect(outcome(() => nextWorkingDay(cal, from))).toEqual(outcome(() => nextWorkingDay(slow, from)));
    }
    expect(() => nextWorkingDay(cal, '2030-01-01')).toThrow(
      'no working day within 400 days after 2030-01-01',
    );
    // 1/1/2032 is New Year's Day.
    expect(nextWorkingDay(cal, '2031-06-01')).toBe('2032-01-02');
    expect(workingDaysBetween(cal, '2029-12-28', '2032-01-02')).toBe(
      workingDaysBetween(slow, '2029-12-28', '2032-01-02'),
    );
    // A long run of days off, but under 400 days: the answer past it.
    const halfOff = workingCalendar([
      { year: 2030, daysOff: range('2030-02-01', '2030-11-30'), workdays: [] },
    ]);
    expect(addWorkingDays(halfOff, '2030-01-31', 1)).toBe('2030-12-02'); // Monday
    expect(addWorkingDays(halfOff, '2030-01-31', 1)).toBe(addWorkingDays(stepped(halfOff), '2030-01-31', 1));
  });

  it('accepts exactly the dates isCalendarDate accepts (within 1990–2200)', () => {
    const texts = [
      '2024-02-29',
      '2026-02-29',
      '2100-02-29',
      '2000-02-29',
      '2026-04-31',
      '2026-12-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-01',
      ' 2026-01-01',
      '2026-01-01\n',
      '2026/01/01',
      '２026-01-01',
      '2026-01-0a',
      '1989-12-31',
      '1990-01-01',
      '2200-12-31',
      '2201-01-01',
      '',
    ];
    for (const text of texts) {
      const valid =
        isCalendarDate(text) && Number(text.slice(0, 4)) >= 1990 && Number(text.slice(0, 4)) <= 2200;
      expect(
        outcome(() => calendar.isWorkingDay(text)),
        text,
      ).toSatisfy((answer: unknown) =>
        valid ? typeof answer === 'boolean' : String(answer).startsWith('RangeError'),
      );
      expect(
        outcome(() => workingDaysBetween(calendar, text, text)),
        text,
      ).toSatisfy((answer: unknown) =>
        valid ? answer === 0 || answer === 1 : String(answer).startsWith('RangeError'),
      );
    }
    expect(() => calendar.isWorkingDay(20260101 as unknown as string)).toThrow(RangeError);
  });

  it('gives the Vietnam date of a timestamp the same the second time (remembered answers)', () => {
    for (const stamp of [
      '2026-03-01T17:00:00Z',
      '2026-03-01T16:59:59.999+00:00',
      '2026-03-01T23:59:00+07:00',
    ]) {
      const first = vietnamDateOf(stamp);
      expect(vietnamDateOf(stamp)).toBe(first);
      expect(vietnamDateOf(new Date(stamp))).toBe(first);
    }
    expect(vietnamDateOf('2026-03-01T17:00:00Z')).toBe('2026-03-02');
    expect(vietnamDateOf('2026-03-01T16:59:59.999+00:00')).toBe('2026-03-01');
    expect(() => vietnamDateOf('2026-03-01T17:00:00')).toThrow(RangeError);
    expect(() => vietnamDateOf('2026-03-01T17:00:00')).toThrow(RangeError);
  });

  it('computes 100 000 due dates in well under a second', () => {
    const received = range('2025-01-01', '2026-12-31');
    const started = performance.now();
    let last = '';
    for (let i = 0; i < 100_000; i++) {
      const day = received[i % received.length]!;
      last = dueDate(calendar, {
        receivedAt: `${day}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+07:00`,
        deadline: { value: 1 + (i % 30), unit: i % 5 === 0 ? 'days' : 'working_days' },
        supplements:
          i % 3 === 0
            ? [
                {
                  requestedAt: `${day}T08:00:00+07:00`,
                  suppliedAt: `${addDays(day, 1 + (i % 7))}T08:00:00+07:00`,
                },
              ]
            : [],
      }).dueDate;
    }
    const elapsed = performance.now() - started;
    console.log(`working-days: 100 000 due dates in ${Math.round(elapsed)} ms`);
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(elapsed).toBeLessThan(3000);
  });
});
