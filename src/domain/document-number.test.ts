import { describe, expect, it } from 'vitest';
import { documentNumber, registerYear } from './document-number.ts';

describe('the number of an outgoing document (Decree 30, Art. 15)', () => {
  it('writes numbers under 10 with a leading zero, others as they are', () => {
    expect(documentNumber(1, 'BC', 'BQL')).toBe('01/BC-BQL');
    expect(documentNumber(5, 'BC', 'BQL')).toBe('05/BC-BQL');
    expect(documentNumber(9, 'KH', 'BQL')).toBe('09/KH-BQL');
    expect(documentNumber(10, 'BC', 'BQL')).toBe('10/BC-BQL');
    expect(documentNumber(125, 'BC', 'BQLKKT')).toBe('125/BC-BQLKKT');
  });

  it("carries the type's abbreviation of Annex III, Đ included", () => {
    expect(documentNumber(3, 'QD', 'BQL')).toBe('03/QĐ-BQL');
    expect(documentNumber(12, 'TTr', 'BQL')).toBe('12/TTr-BQL');
  });

  it('refuses a number below 1, a fraction, or a symbol that is not capitals', () => {
    expect(() => documentNumber(0, 'BC', 'BQL')).toThrow(RangeError);
    expect(() => documentNumber(1.5, 'BC', 'BQL')).toThrow(RangeError);
    expect(() => documentNumber(1, 'BC', 'bql')).toThrow(RangeError);
    expect(() => documentNumber(1, 'BC', 'B Q L')).toThrow(RangeError);
    expect(() => documentNumber(1, 'BC', '')).toThrow(RangeError);
  });

  it('belongs to the year of its date: the register restarts on 1 January', () => {
    expect(registerYear('2019-12-31')).toBe(2019);
    expect(registerYear('2020-01-01')).toBe(2020);
  });
});
