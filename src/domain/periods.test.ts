import { describe, expect, it } from 'vitest';
import {
  defaultDueDate,
  formatPeriod,
  isPeriod,
  overlapsPeriod,
  parsePeriod,
  periodEnd,
  periodStart,
  previousYearPeriod,
  subPeriods,
} from './periods.ts';

describe('reporting periods', () => {
  it('recognises and parses the four kinds', () => {
    expect(parsePeriod('2019')).toEqual({ year: 2019, kind: 'year', index: 1 });
    expect(parsePeriod('2019-H1')).toEqual({ year: 2019, kind: 'half', index: 1 });
    expect(parsePeriod('2019-Q3')).toEqual({ year: 2019, kind: 'quarter', index: 3 });
    expect(parsePeriod('2019-11')).toEqual({ year: 2019, kind: 'month', index: 11 });
    for (const bad of ['2019-13', '2019-00', '2019-H3', '2019-Q5', '19', '2019-1', '2019-q3', ''])
      expect(isPeriod(bad), bad).toBe(false);
    expect(() => parsePeriod('2019-Q5')).toThrow(RangeError);
    for (const p of ['2019', '2019-H2', '2019-Q4', '2019-01']) expect(formatPeriod(parsePeriod(p))).toBe(p);
  });

  it('gives start and end dates, leap years included', () => {
    expect([periodStart('2019'), periodEnd('2019')]).toEqual(['2019-01-01', '2019-12-31']);
    expect([periodStart('2019-H2'), periodEnd('2019-H2')]).toEqual(['2019-07-01', '2019-12-31']);
    expect([periodStart('2019-Q3'), periodEnd('2019-Q3')]).toEqual(['2019-07-01', '2019-09-30']);
    expect([periodStart('2020-02'), periodEnd('2020-02')]).toEqual(['2020-02-01', '2020-02-29']);
    expect(periodEnd('2019-02')).toBe('2019-02-28');
    expect(periodEnd('2019-H1')).toBe('2019-06-30');
  });

  it('finds the same period a year earlier and the sub-periods in order', () => {
    expect(previousYearPeriod('2019-Q3')).toBe('2018-Q3');
    expect(previousYearPeriod('2019')).toBe('2018');
    expect(previousYearPeriod('2020-01')).toBe('2019-01');
    expect(subPeriods('2019', 'quarter')).toEqual(['2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4']);
    expect(subPeriods('2019', 'half')).toEqual(['2019-H1', '2019-H2']);
    expect(subPeriods('2019-H2', 'quarter')).toEqual(['2019-Q3', '2019-Q4']);
    expect(subPeriods('2019-Q3', 'month')).toEqual(['2019-07', '2019-08', '2019-09']);
    expect(subPeriods('2019', 'month')).toHaveLength(12);
    expect(subPeriods('2019-Q3', 'quarter')).toEqual(['2019-Q3']);
    expect(subPeriods('2019-Q3', 'year')).toEqual([]);
  });

  it('computes default due dates, clamped to the month end and across the year', () => {
    expect(defaultDueDate('2019-Q3', 1, 10)).toBe('2019-10-10');
    expect(defaultDueDate('2019', 3, 31)).toBe('2020-03-31');
    expect(defaultDueDate('2019-Q4', 1, 10)).toBe('2020-01-10');
    expect(defaultDueDate('2019-12', 2, 31)).toBe('2020-02-29');
    expect(defaultDueDate('2018-12', 2, 31)).toBe('2019-02-28');
    expect(defaultDueDate('2019-H1', 1, 31)).toBe('2019-07-31');
    expect(defaultDueDate('2019-03', 0, 31)).toBe('2019-03-31');
  });

  it('tells whether an operating span overlaps a period', () => {
    expect(overlapsPeriod('2019-Q3', null, null)).toBe(true);
    expect(overlapsPeriod('2019-Q3', '2019-10-01', null)).toBe(false);
    expect(overlapsPeriod('2019-Q3', '2019-09-30', null)).toBe(true);
    expect(overlapsPeriod('2019-Q3', null, '2019-06-30')).toBe(false);
    expect(overlapsPeriod('2019-Q3', null, '2019-07-01')).toBe(true);
  });
});
