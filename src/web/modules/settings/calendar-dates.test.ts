import { describe, expect, it } from 'vitest';
import { vietnamInstant, weekdayIndex } from './calendar-dates.ts';

describe('weekdayIndex', () => {
  it('names the weekdays of the 2026 Tết span and the 2025 make-up Saturday', () => {
    expect(weekdayIndex('2026-02-13')).toBe(5); // Friday before Tết
    expect(weekdayIndex('2026-02-14')).toBe(6); // Saturday
    expect(weekdayIndex('2026-02-22')).toBe(0); // Sunday
    expect(weekdayIndex('2025-04-26')).toBe(6); // the Saturday worked in exchange for 2/5
    expect(weekdayIndex('2024-02-29')).toBe(4); // a leap day
  });
});

describe('vietnamInstant', () => {
  it('writes the moment picked with the Vietnam offset', () => {
    expect(vietnamInstant('2026-02-13T09:30')).toBe('2026-02-13T09:30:00+07:00');
    expect(vietnamInstant('2026-12-31T23:59:41')).toBe('2026-12-31T23:59:00+07:00');
  });
});
