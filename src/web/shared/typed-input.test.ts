import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount, parseCount, parseDayFirstDate } from './typed-input.ts';

describe('typed input: refused, never rewritten', () => {
  it('reads amounts with the language separators', () => {
    expect(parseAmount('230.000.000.000', 'vi', 0)).toEqual({ ok: true, value: '230000000000' });
    expect(parseAmount('230000000000', 'vi', 0)).toEqual({ ok: true, value: '230000000000' });
    expect(parseAmount(' 15.000.000,5 ', 'vi', 2)).toEqual({ ok: true, value: '15000000.5' });
    expect(parseAmount('15,000,000.50', 'en', 2)).toEqual({ ok: true, value: '15000000.5' });
    expect(parseAmount('5.000,00', 'vi', 0)).toEqual({ ok: true, value: '5000' });
    expect(parseAmount('007', 'vi', 0)).toEqual({ ok: true, value: '7' });
    expect(parseAmount('', 'vi', 0)).toEqual({ ok: true, value: null });
    expect(formatAmount('15000000.5', 'vi')).toBe('15.000.000,5');
    expect(formatAmount('230000000000', 'en')).toBe('230,000,000,000');
  });

  it('refuses a negative amount instead of dropping its sign', () => {
    expect(parseAmount('-5000', 'vi', 0)).toEqual({ ok: false, problem: 'negative' });
    expect(parseAmount('−5.000', 'vi', 0)).toEqual({ ok: false, problem: 'negative' });
  });

  it('refuses a fraction of a whole amount or of a person instead of joining the digits', () => {
    expect(parseCount('100,5', 'vi')).toEqual({ ok: false, problem: 'not_whole' });
    expect(parseAmount('100,5', 'vi', 0)).toEqual({ ok: false, problem: 'not_whole' });
    expect(parseAmount('10,555', 'vi', 2)).toEqual({ ok: false, problem: 'too_many_decimals' });
    expect(parseCount('1.200', 'vi')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('', 'vi')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a number', () => {
    for (const text of ['100.5', '12a', '1..000', '1.00.000', '1,2,3', 'abc'])
      expect(parseAmount(text, 'vi', 0), text).toEqual({ ok: false, problem: 'not_a_number' });
    expect(parseAmount('100,5', 'en', 2)).toEqual({ ok: false, problem: 'not_a_number' });
  });

  it('reads dates day first and refuses a day the calendar does not have', () => {
    expect(parseDayFirstDate('15/03/2019')).toEqual({ ok: true, value: '2019-03-15' });
    expect(parseDayFirstDate('1/2/2019')).toEqual({ ok: true, value: '2019-02-01' });
    expect(parseDayFirstDate('29/02/2020')).toEqual({ ok: true, value: '2020-02-29' });
    expect(parseDayFirstDate('31/02/2019')).toEqual({ ok: false, problem: 'not_a_date' });
    expect(parseDayFirstDate('29/02/2019')).toEqual({ ok: false, problem: 'not_a_date' });
    expect(parseDayFirstDate('2019-03-15')).toEqual({ ok: false, problem: 'not_a_date' });
    expect(parseDayFirstDate('')).toEqual({ ok: true, value: null });
  });
});
