import { AWARD_CODES, AWARD_RECIPIENTS, type AwardCode } from '../../../domain/commendation.ts';

/** The year in the address (`?year=`), else `fallback`. */
export function yearOf(value: string | string[] | undefined, fallback: number): number {
  const text = Array.isArray(value) ? value[0] : value;
  const year = Number(text);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback;
}

/** Awards for a kind of subject (a person's, a collective's, or every one). */
export function awardsFor(kind: 'person' | 'collective' | undefined): AwardCode[] {
  return AWARD_CODES.filter(
    (code) => !kind || AWARD_RECIPIENTS[code] === 'both' || AWARD_RECIPIENTS[code] === kind,
  );
}
