import { isCalendarDate } from '../../domain/calendar-date.ts';

/**
 * What a person typed into an amount, a count or a date field, read exactly — or why it cannot
 * be: never silently rewritten ("-5000" is not 5.000, "100,5" workers are not 1.005, 31/02/2019 is
 * not a date). Pure, shared by the inputs (MoneyInput, CountInput, DateField) and their tests.
 */
export type TypedProblem = 'negative' | 'not_a_number' | 'not_whole' | 'too_many_decimals' | 'not_a_date';

export type Typed<T> = { ok: true; value: T } | { ok: false; problem: TypedProblem };

/** The separators of a language: Vietnamese 1.234.567,89; English 1,234,567.89. */
export function separators(locale: string): { group: string; decimal: string } {
  return locale === 'vi' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
}

/**
 * A non-negative amount with at most `decimals` decimals, typed with the language's separators
 * (grouping optional, in threes): as the API takes it ("230000000000", "15000000.5"), or null
 * when nothing is typed.
 */
export function parseAmount(text: string, locale: string, decimals: number): Typed<string | null> {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { ok: true, value: null };
  if (/^[-−–]/.test(trimmed)) return { ok: false, problem: 'negative' };
  const { group, decimal } = separators(locale);
  const parts = trimmed.split(decimal);
  if (parts.length > 2) return { ok: false, problem: 'not_a_number' };
  const [whole = '', fraction] = parts;
  const grouped = whole.split(group);
  const wellGrouped =
    grouped.length === 1
      ? /^\d+$/.test(whole)
      : /^\d{1,3}$/.test(grouped[0]!) && grouped.slice(1).every((g) => /^\d{3}$/.test(g));
  if (!wellGrouped || (fraction !== undefined && !/^\d+$/.test(fraction)))
    return { ok: false, problem: 'not_a_number' };
  const digits = grouped.join('').replace(/^0+(?=\d)/, '');
  const significant = (fraction ?? '').replace(/0+$/, '');
  if (significant.length > decimals)
    return { ok: false, problem: decimals === 0 ? 'not_whole' : 'too_many_decimals' };
  return { ok: true, value: significant ? `${digits}.${significant}` : digits };
}

/** A count of people: a whole, non-negative number, or null when nothing is typed. */
export function parseCount(text: string, locale: string): Typed<number | null> {
  const amount = parseAmount(text, locale, 0);
  if (!amount.ok) return amount;
  if (amount.value === null) return { ok: true, value: null };
  const value = Number(amount.value);
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, problem: 'not_a_number' };
}

/** An amount as typed in the language ("230.000.000.000", "15.000.000,5"). */
export function formatAmount(value: string, locale: string): string {
  const { group, decimal } = separators(locale);
  const [whole = '', fraction] = value.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (fraction !== undefined ? decimal + fraction : '');
}

/** A date typed day first (31/12/2019, 1/2/2019; "-" or "." also separate) as YYYY-MM-DD. */
export function parseDayFirstDate(text: string): Typed<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return { ok: false, problem: 'not_a_date' };
  const [, d, m, y] = match as unknown as [string, string, string, string];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCalendarDate(iso) ? { ok: true, value: iso } : { ok: false, problem: 'not_a_date' };
}
