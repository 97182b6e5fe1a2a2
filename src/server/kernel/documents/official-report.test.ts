import { describe, expect, it } from 'vitest';
import { formatFigure, valueInUnit, withCodes, type FigureMeasure } from './figure-table.ts';
import { numberAndSymbol, placeAndDate } from './official-report.ts';

describe('Decree 30 details', () => {
  it('writes the place and date line with a leading zero on days below 10 and months below 3', () => {
    expect(placeAndDate('Thái Bình', '2020-01-05')).toBe('Thái Bình, ngày 05 tháng 01 năm 2020');
    expect(placeAndDate('Hưng Yên', '2026-02-09')).toBe('Hưng Yên, ngày 09 tháng 02 năm 2026');
    expect(placeAndDate('Hưng Yên', '2026-03-10')).toBe('Hưng Yên, ngày 10 tháng 3 năm 2026');
    expect(placeAndDate('Hà Nội', '2019-12-31')).toBe('Hà Nội, ngày 31 tháng 12 năm 2019');
    expect(placeAndDate('', '2019-12-31')).toBe('ngày 31 tháng 12 năm 2019');
  });

  it('writes the number and symbol: numbers below 10 with a leading zero, none left blank', () => {
    expect(numberAndSymbol('5', 'BC-BQL')).toBe('05/BC-BQL');
    expect(numberAndSymbol('5/BC-BQL', 'BC-BQL')).toBe('05/BC-BQL');
    expect(numberAndSymbol('125/BC-BQLKKT', 'BC-BQL')).toBe('125/BC-BQLKKT');
    expect(numberAndSymbol('10', 'BC-BQL')).toBe('10/BC-BQL');
    expect(numberAndSymbol(undefined, 'BC-BQL')).toMatch(/^\s+\/BC-BQL$/);
  });
});

describe('figure tables', () => {
  const ty: FigureMeasure = { key: 'v', label: 'Vốn', unit: 'tỷ đồng', kind: 'money', scale: 9, decimals: 3 };
  const usd: FigureMeasure = {
    key: 'u',
    label: 'Vốn',
    unit: 'triệu USD',
    kind: 'money',
    scale: 6,
    decimals: 2,
  };
  const pct: FigureMeasure = { key: 'p', label: 'Tỷ lệ', unit: '%', kind: 'percent' };
  const count: FigureMeasure = { key: 'c', label: 'Số', unit: 'dự án', kind: 'count' };

  it('divides money by its unit exactly and shows it the Vietnamese way', () => {
    expect(valueInUnit(ty, '4466777000000')).toBe('4466.777000000');
    expect(valueInUnit(usd, '434340000.00')).toBe('434.34000000');
    expect(valueInUnit(ty, '-8125000000')).toBe('-8.125000000');
    expect(formatFigure(ty, '81770544000000')).toBe('81.770,544');
    expect(formatFigure(ty, '1')).toBe('0,000');
    expect(formatFigure(usd, '31100000.00')).toBe('31,10');
    expect(formatFigure(pct, 81.3)).toBe('81,3');
    expect(formatFigure(pct, 17)).toBe('17,0');
    expect(formatFigure(count, 72000)).toBe('72.000');
    expect(formatFigure(count, null)).toBe('');
  });

  it('numbers the rows 01, 02… across sections', () => {
    const sections = withCodes([
      { title: 'A', rows: [{ indicator: 'a', values: {} }] },
      {
        title: 'B',
        rows: [
          { indicator: 'b', values: {} },
          { indicator: 'c', values: {} },
        ],
      },
    ]);
    expect(sections.flatMap((s) => s.rows.map((r) => r.code))).toEqual(['01', '02', '03']);
  });
});
