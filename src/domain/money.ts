/**
 * Money as the data package and the API carry it: strings of decimal digits in the
 * currency's unit. VND is a whole number of đồng (bigint); USD has at most two decimals
 * and is handled as a bigint of cents.
 */
export const VND_PATTERN = /^\d+$/;
export const SIGNED_VND_PATTERN = /^-?\d+$/;
export const USD_PATTERN = /^\d+(\.\d{1,2})?$/;

/** The largest amount in đồng a record holds (PostgreSQL bigint): about 9,2 × 10^18 đồng. */
export const MAX_VND = 9_223_372_036_854_775_807n;
/** The largest USD amount a record holds (numeric(18,2)): 16 digits before the point. */
export const MAX_USD_WHOLE_DIGITS = 16;

/** A whole, non-negative amount in đồng that a record can hold. */
export function isStorableVnd(value: string): boolean {
  return VND_PATTERN.test(value) && value.length <= 19 && BigInt(value) <= MAX_VND;
}

/** A non-negative USD amount with at most 2 decimals that a record can hold. */
export function isStorableUsd(value: string): boolean {
  return USD_PATTERN.test(value) && value.split('.')[0]!.length <= MAX_USD_WHOLE_DIGITS;
}

export function usdToCents(value: string): bigint {
  if (!/^-?\d+(\.\d{1,2})?$/.test(value)) throw new RangeError(`not a USD amount: ${value}`);
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -cents : cents;
}

export function centsToUsd(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Normalises a USD string to exactly two decimals ("15000000" → "15000000.00"). */
export function normaliseUsd(value: string): string {
  return centsToUsd(usdToCents(value));
}
