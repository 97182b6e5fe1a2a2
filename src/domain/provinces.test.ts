import { describe, expect, it } from 'vitest';
import {
  PROVINCES_BEFORE_2025,
  PROVINCES_FROM_2025,
  isProvinceCode,
  provinceAt,
  provincesAt,
  successorProvince,
} from './provinces.ts';

describe('provinces before and after 01/7/2025', () => {
  it('has 63 units before and 34 after, with unique codes; 6 centrally-run cities after', () => {
    expect(PROVINCES_BEFORE_2025).toHaveLength(63);
    expect(PROVINCES_FROM_2025).toHaveLength(34);
    expect(new Set(PROVINCES_BEFORE_2025.map((p) => p.code)).size).toBe(63);
    expect(new Set(PROVINCES_FROM_2025.map((p) => p.code)).size).toBe(34);
    expect(PROVINCES_FROM_2025.filter((p) => p.city).map((p) => p.name)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Thành phố Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });

  it('maps every old province to exactly one new unit, and 11 units are unchanged', () => {
    const formedFrom = PROVINCES_FROM_2025.flatMap((p) => p.formedFrom);
    expect(formedFrom.sort()).toEqual(PROVINCES_BEFORE_2025.map((p) => p.code).sort());
    expect(PROVINCES_FROM_2025.filter((p) => p.formedFrom.length === 1)).toHaveLength(11);
    expect(PROVINCES_FROM_2025.filter((p) => p.formedFrom.length === 3)).toHaveLength(6);
    // A new unit keeps the code of one of the provinces that form it.
    for (const p of PROVINCES_FROM_2025) expect(p.formedFrom, p.name).toContain(p.code);
  });

  it.each([
    ['34', 'Thái Bình', 'Hưng Yên'],
    ['33', 'Hưng Yên', 'Hưng Yên'],
    ['30', 'Hải Dương', 'Hải Phòng'],
    ['35', 'Hà Nam', 'Ninh Bình'],
    ['36', 'Nam Định', 'Ninh Bình'],
    ['24', 'Bắc Giang', 'Bắc Ninh'],
    ['27', 'Bắc Ninh', 'Bắc Ninh'],
    ['26', 'Vĩnh Phúc', 'Phú Thọ'],
    ['17', 'Hòa Bình', 'Phú Thọ'],
    ['22', 'Quảng Ninh', 'Quảng Ninh'],
    ['74', 'Bình Dương', 'Thành phố Hồ Chí Minh'],
  ])('code %s names %s before the merger and %s from 01/7/2025', (code, before, after) => {
    expect(provinceAt(code, '2019-11-30')?.name).toBe(before);
    expect(provinceAt(code, '2025-06-30')?.name).toBe(before);
    expect(provinceAt(code, '2025-07-01')?.name).toBe(after);
    expect(successorProvince(code)?.name).toBe(after);
  });

  it('knows which list is in force on a date, and refuses unknown codes', () => {
    expect(provincesAt('2025-06-30')).toHaveLength(63);
    expect(provincesAt('2025-07-01')).toHaveLength(34);
    expect(provinceAt('99', '2019-01-01')).toBeNull();
    expect(provinceAt('99', '2026-01-01')).toBeNull();
    expect(isProvinceCode('34')).toBe(true);
    expect(isProvinceCode('03')).toBe(false);
  });
});
