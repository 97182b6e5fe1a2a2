import { describe, expect, it } from 'vitest';
import { daysBetween, daysOverdue } from './calendar-date.ts';

describe('how late a filing is', () => {
  it('counts whole Vietnam calendar days after the due date, 0 on or before it', () => {
    expect(daysBetween('2020-04-10', '2020-04-11')).toBe(1);
    expect(daysBetween('2020-04-10', '2020-04-01')).toBe(-9);
    expect(daysOverdue('2020-04-10', '2020-04-10')).toBe(0);
    expect(daysOverdue('2020-04-10', '2020-03-31')).toBe(0);
    expect(daysOverdue('2020-04-10', '2020-05-10')).toBe(30);
  });
});
