import { describe, expect, it } from 'vitest';
import { packageLimit } from './main.ts';

describe('KCN_PACKAGE_LIMIT_MB', () => {
  it('is a whole number of MiB, or unset for the default', () => {
    expect(packageLimit(undefined)).toBeUndefined();
    expect(packageLimit('')).toBeUndefined();
    expect(packageLimit('1')).toBe(1024 * 1024);
    expect(packageLimit('1024')).toBe(1024 ** 3);
  });

  it('refuses anything else with the variable named, so the server does not start on a typo', () => {
    for (const value of ['0', '-5', '1.5', '64MB', ' 64', '1e3', '9999999'])
      expect(() => packageLimit(value), value).toThrow(/KCN_PACKAGE_LIMIT_MB/);
  });
});
