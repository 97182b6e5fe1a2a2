import { formatScaled, parseDecimal, roundRatio } from './decimal.ts';

/**
 * Numbers for people. Vietnamese conventions by default (Decree 30/2020 style): dot between
 * thousands, comma before decimals — "4.466,777", "80,5%"; English: "4,466.777", "80.5%".
 */
export type NumberLocale = 'vi' | 'en';

const SEPARATORS: Record<NumberLocale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

export function formatNumber(
  value: string | bigint | number,
  options: { decimals?: number; locale?: NumberLocale } = {},
): string {
  const { group, decimal } = SEPARATORS[options.locale ?? 'vi'];
  let { units, scale } = parseDecimal(typeof value === 'string' ? value : value.toString());
  if (options.decimals !== undefined && options.decimals !== scale) {
    ({ units, scale } = roundRatio(units, 10n ** BigInt(scale), options.decimals));
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = scale > 0 ? decimal + digits.slice(digits.length - scale) : '';
  return (negative ? '-' : '') + whole + fraction;
}

/** đồng → tỷ đồng (billions) as a decimal string, rounded half away from zero: "4466777000000" → "4466.777". */
export function vndToTy(vnd: string | bigint, decimals = 3): string {
  return formatScaled(roundRatio(typeof vnd === 'bigint' ? vnd : BigInt(vnd), 1_000_000_000n, decimals));
}

/** USD → million USD as a decimal string: "434340000.00" → "434.34". */
export function usdToMillions(usd: string, decimals = 2): string {
  const { units, scale } = parseDecimal(usd);
  return formatScaled(roundRatio(units, 10n ** BigInt(scale) * 1_000_000n, decimals));
}

export function formatPercent(value: number | null, locale: NumberLocale = 'vi'): string {
  return value === null ? '—' : `${formatNumber(value.toFixed(1), { locale })}%`;
}

/** "2019-11-30" → "30/11/2019" (the day-first order both languages use here). */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
