import { describe, expect, it } from 'vitest';
import { onlineShareIndicator, onTimeIndicator } from './decision-766.ts';

describe('Decision 766 indicators', () => {
  it('2.1 gives 20 × the on-time rate, two decimals, exact', () => {
    expect(onTimeIndicator(97, 100)).toEqual({
      indicator: '2.1',
      dossiers: 100,
      count: 97,
      pct: 97,
      points: '19.40',
      maxPoints: 20,
    });
    expect(onTimeIndicator(2, 3).points).toBe('13.33');
    expect(onTimeIndicator(1, 3)).toMatchObject({ pct: 33.3, points: '6.67' });
    // 20 × 1/8 = 2.5; 20 × 7/8 = 17.5; 20 × 1/16000 = 0.00125 → 0.00; 20 × 1/800 = 0.025 → 0.03 (half up)
    expect(onTimeIndicator(1, 8).points).toBe('2.50');
    expect(onTimeIndicator(7, 8).points).toBe('17.50');
    expect(onTimeIndicator(1, 16000).points).toBe('0.00');
    expect(onTimeIndicator(1, 800).points).toBe('0.03');
  });

  it('2.1 gives full and no points at the ends, null without dossiers', () => {
    expect(onTimeIndicator(5, 5).points).toBe('20.00');
    expect(onTimeIndicator(0, 5).points).toBe('0.00');
    expect(onTimeIndicator(0, 0)).toMatchObject({ pct: null, points: null, dossiers: 0 });
  });

  it('3.3 gives the full 12 points from a 50 % online share, else share × 12 ÷ 50 %', () => {
    expect(onlineShareIndicator(50, 100)).toMatchObject({
      indicator: '3.3',
      pct: 50,
      points: '12.00',
      maxPoints: 12,
    });
    expect(onlineShareIndicator(9, 10).points).toBe('12.00');
    expect(onlineShareIndicator(49, 100).points).toBe('11.76');
    expect(onlineShareIndicator(1, 3)).toMatchObject({ pct: 33.3, points: '8.00' });
    expect(onlineShareIndicator(1, 7).points).toBe('3.43'); // 24/7 = 3.428…
    expect(onlineShareIndicator(0, 7).points).toBe('0.00');
    expect(onlineShareIndicator(0, 0)).toMatchObject({ pct: null, points: null });
  });

  it('refuses counts that cannot be', () => {
    expect(() => onTimeIndicator(3, 2)).toThrow(RangeError);
    expect(() => onlineShareIndicator(-1, 2)).toThrow(RangeError);
    expect(() => onTimeIndicator(1.5, 2)).toThrow(RangeError);
  });
});
