/**
 * Exact decimal arithmetic on the decimal strings the system stores and exchanges
 * (hectares, USD). Values are held as a scaled bigint: "120.5" → { units: 1205n, scale: 1 }.
 * Floating point never touches money or areas.
 */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

export function parseDecimal(value: string): ScaledDecimal {
  if (!DECIMAL_PATTERN.test(value)) throw new RangeError(`not a decimal string: ${value}`);
  const negative = value.startsWith('-');
  const digits = negative ? value.slice(1) : value;
  const [whole = '0', fraction = ''] = digits.split('.');
  const units = BigInt(whole + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

/** Rescales so both operands share the larger scale. */
function align(a: ScaledDecimal, b: ScaledDecimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

export function compareDecimal(a: string, b: string): number {
  const [x, y] = align(parseDecimal(a), parseDecimal(b));
  return x === y ? 0 : x < y ? -1 : 1;
}

export function addDecimal(a: string, b: string): string {
  const [x, y, scale] = align(parseDecimal(a), parseDecimal(b));
  return formatScaled({ units: x + y, scale });
}

/** A decimal without needless zeros in its fraction: "12.50" → "12.5", "2.000" → "2", "-0.0" → "0". */
export function trimDecimal(value: string): string {
  let { units, scale } = parseDecimal(value);
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return formatScaled({ units, scale });
}

export function formatScaled({ units, scale }: ScaledDecimal): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? '.' + digits.slice(digits.length - scale) : '';
  return (negative ? '-' : '') + whole + fraction;
}

/**
 * Rounds an exact ratio numerator/denominator to `decimals` places, half away from zero.
 * Works on integers; callers align decimal scales first.
 */
export function roundRatio(
  numerator: bigint,
  denominator: bigint,
  decimals: number,
): { units: bigint; scale: number } {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const factor = 10n ** BigInt(decimals);
  const rounded = (2n * n * factor + d) / (2n * d);
  return { units: negative && rounded !== 0n ? -rounded : rounded, scale: decimals };
}
