/**
 * Decision 766/QĐ-TTg (23/6/2022): the indicators of serving citizens and enterprises in
 * administrative procedures that KCN Hub computes from its own dossiers (shared/domain-next.md
 * §1.1, after the Government Office's note on the formulas):
 *
 * - 2.1 (group 2 "Tiến độ, kết quả giải quyết", 20 points): dossiers finished, or still in
 *   progress at the period's end, on or before their due date ÷ dossiers received or processed in
 *   the period; points = 20 × rate.
 * - 3.3 (group 3, 12 points): dossiers received online ÷ dossiers received; full points at 50 % or
 *   more, else rate × 12 ÷ 50 %.
 *
 * Points are exact decimal strings with two decimals (half away from zero), computed in integers;
 * the rate is a percentage with one decimal as every report gives it; a zero denominator gives
 * `null` for both (the note shows "0 or N/A").
 */
import { formatScaled, roundRatio } from './decimal.ts';
import { percent } from './percent.ts';

export const ON_TIME_MAX_POINTS = 20;
export const ONLINE_SHARE_MAX_POINTS = 12;
/** 3.3 gets full points from this share on (percent). */
export const ONLINE_SHARE_FULL_AT_PCT = 50;

export interface Indicator766 {
  /** The indicator's number in Decision 766: "2.1", "3.3". */
  indicator: string;
  /** The dossiers counted (the denominator). */
  dossiers: number;
  /** Those meeting the indicator (the numerator). */
  count: number;
  /** count ÷ dossiers × 100, one decimal; null when no dossier counts. */
  pct: number | null;
  /** Points, two decimals as an exact decimal string ("19.50"); null when no dossier counts. */
  points: string | null;
  maxPoints: number;
}

function points(numerator: bigint, denominator: bigint): string {
  return formatScaled(roundRatio(numerator, denominator, 2));
}

function check(count: number, dossiers: number) {
  if (!Number.isInteger(count) || !Number.isInteger(dossiers) || count < 0 || count > dossiers)
    throw new RangeError('decision-766: 0 ≤ count ≤ dossiers, whole numbers');
}

/** 2.1: points = 20 × onTime ÷ dossiers. */
export function onTimeIndicator(onTime: number, dossiers: number): Indicator766 {
  check(onTime, dossiers);
  return {
    indicator: '2.1',
    dossiers,
    count: onTime,
    pct: percent(onTime, dossiers),
    points: dossiers === 0 ? null : points(BigInt(ON_TIME_MAX_POINTS) * BigInt(onTime), BigInt(dossiers)),
    maxPoints: ON_TIME_MAX_POINTS,
  };
}

/** 3.3: full 12 points at a share of 50 % or more, else share × 12 ÷ 50 % (= 24 × online ÷ received). */
export function onlineShareIndicator(online: number, received: number): Indicator766 {
  check(online, received);
  let value: string | null = null;
  if (received > 0) {
    const full = BigInt(online) * 100n >= BigInt(ONLINE_SHARE_FULL_AT_PCT) * BigInt(received);
    value = full
      ? points(BigInt(ONLINE_SHARE_MAX_POINTS), 1n)
      : points(
          BigInt(ONLINE_SHARE_MAX_POINTS) * 100n * BigInt(online),
          BigInt(ONLINE_SHARE_FULL_AT_PCT) * BigInt(received),
        );
  }
  return {
    indicator: '3.3',
    dossiers: received,
    count: online,
    pct: percent(online, received),
    points: value,
    maxPoints: ONLINE_SHARE_MAX_POINTS,
  };
}
