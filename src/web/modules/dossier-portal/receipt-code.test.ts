import { describe, expect, it } from 'vitest';
import { normaliseCode } from './receipt-code.ts';

describe('normaliseCode', () => {
  it('trims and upper-cases a receipt code as typed', () => {
    expect(normaliseCode('  h56.22-260213-0001 ')).toBe('H56.22-260213-0001');
    expect(normaliseCode('\tH56.22-260213-0001\n')).toBe('H56.22-260213-0001');
  });
  it('leaves an empty box empty', () => {
    expect(normaliseCode('   ')).toBe('');
  });
});
