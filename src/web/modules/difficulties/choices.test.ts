import { describe, expect, it } from 'vitest';
import { ageColour, one, yearOf } from './choices.ts';

describe('the age of a difficulty', () => {
  it('is green for two weeks, orange to a month, red beyond', () => {
    expect(ageColour(0)).toBe('green');
    expect(ageColour(14)).toBe('green');
    expect(ageColour(15)).toBe('orange');
    expect(ageColour(30)).toBe('orange');
    expect(ageColour(31)).toBe('red');
  });
});

describe('the values in the address', () => {
  it('reads a year the API takes, and nothing else', () => {
    expect(yearOf('2025')).toBe(2025);
    expect(yearOf(['2024', '2023'])).toBe(2024);
    expect(yearOf(undefined)).toBeUndefined();
    expect(yearOf('')).toBeUndefined();
    expect(yearOf('20x5')).toBeUndefined();
    expect(yearOf('1999')).toBeUndefined();
    expect(yearOf('2101')).toBeUndefined();
    expect(yearOf('2025.5')).toBeUndefined();
  });

  it('takes the first of a repeated parameter', () => {
    expect(one(['open', 'routed'])).toBe('open');
    expect(one('open')).toBe('open');
    expect(one(undefined)).toBeUndefined();
  });
});
