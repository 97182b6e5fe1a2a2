import { parseDecimal, roundRatio } from './decimal.ts';

type Quantity = bigint | string | number;

function toScaled(value: Quantity): { units: bigint; scale: number } {
  if (typeof value === 'bigint') return { units: value, scale: 0 };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RangeError('percent() takes integers or decimal strings');
    return { units: BigInt(value), scale: 0 };
  }
  return parseDecimal(value);
}

/**
 * part / whole × 100, rounded half away from zero to one decimal, as the reports contract
 * requires: exact until the final figure, `null` when the denominator is zero.
 */
export function percent(part: Quantity, whole: Quantity): number | null {
  const a = toScaled(part);
  const b = toScaled(whole);
  if (b.units === 0n) return null;
  const scale = Math.max(a.scale, b.scale);
  const numerator = a.units * 10n ** BigInt(scale - a.scale) * 100n;
  const denominator = b.units * 10n ** BigInt(scale - b.scale);
  const { units } = roundRatio(numerator, denominator, 1);
  return Number(units) / 10;
}

/** (current / previous − 1) × 100, one decimal; `null` where previous is zero or absent. */
export function growthPercent(current: Quantity | null, previous: Quantity | null): number | null {
  if (current === null || previous === null) return null;
  const a = toScaled(current);
  const b = toScaled(previous);
  if (b.units === 0n) return null;
  const scale = Math.max(a.scale, b.scale);
  const cur = a.units * 10n ** BigInt(scale - a.scale);
  const prev = b.units * 10n ** BigInt(scale - b.scale);
  const { units } = roundRatio((cur - prev) * 100n, prev, 1);
  return Number(units) / 10;
}
