import { describe, expect, it } from 'vitest';
import { awardsFor, yearOf } from './choices.ts';

describe('the year in the address', () => {
  it('reads a year, and falls back on anything that is not one', () => {
    expect(yearOf('2025', 2026)).toBe(2025);
    expect(yearOf(['2024', '2023'], 2026)).toBe(2024);
    expect(yearOf(undefined, 2026)).toBe(2026);
    expect(yearOf('', 2026)).toBe(2026);
    expect(yearOf('20x5', 2026)).toBe(2026);
    expect(yearOf('1999', 2026)).toBe(2026);
    expect(yearOf('2025.5', 2026)).toBe(2026);
  });
});

describe('the awards offered for a subject', () => {
  it('offers a person the individual titles and the forms of commendation, never a collective title', () => {
    const person = awardsFor('person');
    expect(person).toContain('CSTDCS');
    expect(person).toContain('BANG_KHEN_TINH');
    expect(person).not.toContain('TTLDXS');
    expect(person).not.toContain('CO_THI_DUA_TINH');
  });

  it('offers a collective the collective titles and the forms of commendation, never an individual title', () => {
    const collective = awardsFor('collective');
    expect(collective).toContain('TTLDXS');
    expect(collective).toContain('GIAY_KHEN');
    expect(collective).not.toContain('LDTT');
    expect(collective).not.toContain('CSTD_TINH');
  });

  it('offers every award while the subject is not chosen', () => {
    expect(awardsFor(undefined)).toHaveLength(15);
  });
});
