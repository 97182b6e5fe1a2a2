import { describe, expect, it } from 'vitest';
import {
  applicableLimits,
  BUILTIN_STANDARDS,
  builtinStandard,
  connectedOn,
  connectionRate,
  exceedsLimits,
  isMeasuredValue,
  multiplyDecimal,
  overlapsConnection,
} from './wastewater.ts';

describe('the built-in standards (QCVN 40:2011/BTNMT)', () => {
  it('has columns A and B with the same 28 parameters, codes unique', () => {
    expect(BUILTIN_STANDARDS.map((s) => s.code)).toEqual(['QCVN40-2011-A', 'QCVN40-2011-B']);
    for (const s of BUILTIN_STANDARDS) {
      expect(s.parameters).toHaveLength(28);
      expect(new Set(s.parameters.map((p) => p.code)).size).toBe(28);
      for (const p of s.parameters) expect(p.minValue !== null || p.maxValue !== null).toBe(true);
    }
  });

  it('holds the limits of the regulation', () => {
    const a = builtinStandard('QCVN40-2011-A')!;
    const b = builtinStandard('QCVN40-2011-B')!;
    const limit = (s: typeof a, code: string) => s.parameters.find((p) => p.code === code)!;
    expect(limit(a, 'COD')).toMatchObject({ maxValue: '75', unit: 'mg/l', appliesKqKf: true });
    expect(limit(b, 'COD')).toMatchObject({ maxValue: '150' });
    expect(limit(a, 'pH')).toMatchObject({ minValue: '6', maxValue: '9', appliesKqKf: false });
    expect(limit(b, 'pH')).toMatchObject({ minValue: '5.5', maxValue: '9' });
    expect(limit(a, 'Hg').maxValue).toBe('0.005');
    expect(limit(b, 'coliform')).toMatchObject({ maxValue: '5000', unit: 'MPN/100 ml', appliesKqKf: false });
    expect(limit(a, 'temperature')).toMatchObject({ maxValue: '40', unit: '°C', appliesKqKf: false });
    expect(limit(a, 'colour').appliesKqKf).toBe(false);
    expect(limit(a, 'CN').maxValue).toBe('0.07');
    expect(builtinStandard('QCVN40-2011-C')).toBeUndefined();
  });
});

describe('exact decimals', () => {
  it('multiplies and normalises without floats', () => {
    expect(multiplyDecimal('0.1', '0.2')).toBe('0.02');
    expect(multiplyDecimal('75', '0.9')).toBe('67.5');
    expect(multiplyDecimal('0.005', '1.1')).toBe('0.0055');
    expect(multiplyDecimal('3000', '1')).toBe('3000');
  });

  it('accepts measured values as decimal strings only', () => {
    expect(isMeasuredValue('12.5')).toBe(true);
    expect(isMeasuredValue('0')).toBe(true);
    expect(isMeasuredValue('1e3')).toBe(false);
    expect(isMeasuredValue('1,5')).toBe(false);
    expect(isMeasuredValue('1'.repeat(31))).toBe(false);
  });
});

describe('the limit that applies: Cmax = C × Kq × Kf', () => {
  const cod = { minValue: null, maxValue: '150', appliesKqKf: true };
  const ph = { minValue: '5.5', maxValue: '9', appliesKqKf: false };

  it('multiplies the maximum by Kq and Kf where they apply', () => {
    // 150 × 0.9 × 1.1 = 148.5
    expect(applicableLimits(cod, '0.9', '1.1')).toEqual({ min: null, max: '148.5' });
    // a missing coefficient counts as 1
    expect(applicableLimits(cod, null, '0.9')).toEqual({ min: null, max: '135' });
    expect(applicableLimits(cod, null, null)).toEqual({ min: null, max: '150' });
  });

  it('leaves pH (and the others without Kq, Kf) as they are', () => {
    expect(applicableLimits(ph, '0.6', '0.9')).toEqual({ min: '5.5', max: '9' });
  });

  it('flags a value above the maximum or below the minimum, not one on the limit', () => {
    const limits = applicableLimits(cod, '0.9', '1.1');
    expect(exceedsLimits('148.5', limits)).toBe(false);
    expect(exceedsLimits('148.50', limits)).toBe(false);
    expect(exceedsLimits('148.51', limits)).toBe(true);
    expect(exceedsLimits('0', limits)).toBe(false);
    const phLimits = applicableLimits(ph, null, null);
    expect(exceedsLimits('5.5', phLimits)).toBe(false);
    expect(exceedsLimits('5.49', phLimits)).toBe(true);
    expect(exceedsLimits('9', phLimits)).toBe(false);
    expect(exceedsLimits('9.01', phLimits)).toBe(true);
    expect(exceedsLimits('-1', { min: null, max: null })).toBe(false);
  });
});

describe('connections and the connection rate', () => {
  it('counts a connection from its first day until the day before it ends', () => {
    const c = { connectedOn: '2025-03-01', disconnectedOn: '2025-09-01' };
    expect(connectedOn(c, '2025-02-28')).toBe(false);
    expect(connectedOn(c, '2025-03-01')).toBe(true);
    expect(connectedOn(c, '2025-08-31')).toBe(true);
    expect(connectedOn(c, '2025-09-01')).toBe(false);
    expect(connectedOn({ connectedOn: '2025-03-01', disconnectedOn: null }, '2099-01-01')).toBe(true);
  });

  it('sees an overlap with an open connection or one ending after the day', () => {
    expect(overlapsConnection({ disconnectedOn: null }, '2025-01-01')).toBe(true);
    expect(overlapsConnection({ disconnectedOn: '2025-01-02' }, '2025-01-01')).toBe(true);
    expect(overlapsConnection({ disconnectedOn: '2025-01-01' }, '2025-01-01')).toBe(false);
  });

  it('rounds the rate to one decimal, null without operating enterprises', () => {
    expect(connectionRate(2, 3)).toBe(66.7);
    expect(connectionRate(1, 3)).toBe(33.3);
    expect(connectionRate(3, 3)).toBe(100);
    expect(connectionRate(0, 0)).toBeNull();
  });
});
