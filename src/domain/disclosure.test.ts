import { describe, expect, it } from 'vitest';
import {
  combineCells,
  DISCLOSURE_RULES,
  primaryReason,
  publishCell,
  suppressCells,
  type DisclosureCell,
} from './disclosure.ts';

const cell = (
  id: string,
  count: number,
  sum: string | bigint,
  largest: string | bigint | null,
): DisclosureCell => ({
  id,
  count,
  sum,
  largest,
});

describe('the rules as data', () => {
  it('are versioned, threshold 3 and dominance 85 %', () => {
    expect(DISCLOSURE_RULES).toEqual({ version: 'disclosure-v1', threshold: 3, dominancePct: 85 });
  });
});

describe('primary suppression', () => {
  it('suppresses counts 1 and 2, shows 0 and 3', () => {
    expect(primaryReason({ count: 1, sum: '5', largest: '5' })).toBe('small_count');
    expect(primaryReason({ count: 2, sum: '10', largest: '5' })).toBe('small_count');
    expect(primaryReason({ count: 0, sum: '0', largest: '0' })).toBeNull();
    expect(primaryReason({ count: 3, sum: '30', largest: '10' })).toBeNull();
  });

  it('suppresses a sum of which one contributor holds more than 85 %, exactly', () => {
    // 85 of 100 is exactly 85 %: shown; 86 of 100 is dominated.
    expect(primaryReason({ count: 3, sum: 100n, largest: 85n })).toBeNull();
    expect(primaryReason({ count: 3, sum: 100n, largest: 86n })).toBe('dominated');
    // 85.0001 % in decimals: dominated, no float rounding.
    expect(primaryReason({ count: 4, sum: '100.0000', largest: '85.0001' })).toBe('dominated');
    expect(primaryReason({ count: 4, sum: '100', largest: '85.00' })).toBeNull();
    // big money beyond 2^53
    expect(
      primaryReason({ count: 5, sum: 10_000_000_000_000_000_001n, largest: 8_500_000_000_000_000_001n }),
    ).toBe('dominated');
    expect(
      primaryReason({ count: 5, sum: 10_000_000_000_000_000_001n, largest: 8_500_000_000_000_000_000n }),
    ).toBeNull();
  });

  it('does not apply dominance to a zero sum or where the largest contribution is unknown', () => {
    expect(primaryReason({ count: 3, sum: '0', largest: '0' })).toBeNull();
    expect(primaryReason({ count: 3, sum: '100', largest: null })).toBeNull();
  });

  it('checks the count before dominance and refuses a bad count', () => {
    expect(primaryReason({ count: 1, sum: '100', largest: '100' })).toBe('small_count');
    expect(() => primaryReason({ count: -1, sum: '0', largest: '0' })).toThrow(RangeError);
    expect(() => primaryReason({ count: 1.5, sum: '0', largest: '0' })).toThrow(RangeError);
  });

  it('follows other rules given as data', () => {
    const rules = { version: 'test', threshold: 5, dominancePct: 50 };
    expect(primaryReason({ count: 4, sum: '10', largest: '1' }, rules)).toBe('small_count');
    expect(primaryReason({ count: 5, sum: '10', largest: '6' }, rules)).toBe('dominated');
    expect(primaryReason({ count: 5, sum: '10', largest: '5' }, rules)).toBeNull();
  });
});

describe('combining cells', () => {
  it('adds counts and sums exactly and keeps the largest contribution', () => {
    expect(combineCells([cell('a', 1, '1.5', '1.5'), cell('b', 2, '10.25', '7')])).toEqual({
      count: 3,
      sum: '11.75',
      largest: '7',
    });
    expect(combineCells([cell('a', 1, 5n, 5n), cell('b', 2, 10n, 9n)])).toEqual({
      count: 3,
      sum: '15',
      largest: '9',
    });
  });

  it('has no largest contribution when one of the cells has none', () => {
    expect(combineCells([cell('a', 1, '1', null), cell('b', 2, '2', '1')]).largest).toBeNull();
  });
});

describe('secondary suppression', () => {
  /** Every suppressed cell of the group is unrecoverable: total − shown is a safe aggregate. */
  function expectSafe(cells: DisclosureCell[], total: string, fate: Map<string, string | null>) {
    const hidden = cells.filter((c) => c.id !== total && fate.get(c.id) !== null);
    if (fate.get(total) !== null || hidden.length === 0) return;
    expect(primaryReason(combineCells(hidden))).toBeNull();
  }

  it('takes the next smallest cell with a single suppressed one', () => {
    const cells = [
      cell('total', 20, 2000n, 300n),
      cell('JP', 1, 100n, 100n),
      cell('KR', 4, 400n, 150n),
      cell('CN', 6, 600n, 200n),
      cell('VN', 9, 900n, 300n),
    ];
    const fate = suppressCells(cells, [{ total: 'total', members: ['JP', 'KR', 'CN', 'VN'] }]);
    expect(Object.fromEntries(fate)).toEqual({
      total: null,
      JP: 'small_count',
      KR: 'secondary',
      CN: null,
      VN: null,
    });
    expectSafe(cells, 'total', fate);
  });

  it('takes a third cell when two small cells are still small together', () => {
    const cells = [
      cell('total', 12, 1200n, 200n),
      cell('A', 1, 100n, 100n),
      cell('B', 1, 100n, 100n),
      cell('C', 4, 400n, 100n),
      cell('D', 6, 600n, 200n),
    ];
    const fate = suppressCells(cells, [{ total: 'total', members: ['A', 'B', 'C', 'D'] }]);
    expect(Object.fromEntries(fate)).toEqual({
      total: null,
      A: 'small_count',
      B: 'small_count',
      C: 'secondary',
      D: null,
    });
    expectSafe(cells, 'total', fate);
  });

  it('needs nothing more when the suppressed cells together pass', () => {
    const cells = [
      cell('total', 10, 1000n, 100n),
      cell('A', 2, 200n, 100n),
      cell('B', 2, 200n, 100n),
      cell('C', 6, 600n, 100n),
    ];
    const fate = suppressCells(cells, [{ total: 'total', members: ['A', 'B', 'C'] }]);
    expect(Object.fromEntries(fate)).toEqual({ total: null, A: 'small_count', B: 'small_count', C: null });
  });

  it('hides a dominated cell with a partner so that the dominant value is not recovered', () => {
    const cells = [
      cell('total', 10, 1100n, 900n),
      cell('A', 4, 1000n, 900n),
      cell('B', 3, 30n, 10n),
      cell('C', 3, 70n, 30n),
    ];
    const fate = suppressCells(cells, [{ total: 'total', members: ['A', 'B', 'C'] }]);
    // A is dominated; B (smallest) joins it: A+B = 1030 of which 900 is 87.4 % — still dominated,
    // so C joins too; then the total would be dominated… but the total is 900/1100 = 81.8 %: safe.
    expect(fate.get('A')).toBe('dominated');
    expect(fate.get('B')).toBe('secondary');
    expect(fate.get('C')).toBe('secondary');
    expect(fate.get('total')).toBeNull();
    expectSafe(cells, 'total', fate);
  });

  it('never takes an empty cell as the partner', () => {
    const cells = [
      cell('total', 6, 60n, 10n),
      cell('A', 1, 10n, 10n),
      cell('B', 0, 0n, 0n),
      cell('C', 5, 50n, 10n),
    ];
    const fate = suppressCells(cells, [{ total: 'total', members: ['A', 'B', 'C'] }]);
    expect(Object.fromEntries(fate)).toEqual({ total: null, A: 'small_count', B: null, C: 'secondary' });
  });

  it('hides nothing more when the total itself is hidden', () => {
    const cells = [cell('total', 1, 5n, 5n), cell('FDI', 1, 5n, 5n), cell('DDI', 0, 0n, 0n)];
    const fate = suppressCells(cells, [{ total: 'total', members: ['FDI', 'DDI'] }]);
    expect(Object.fromEntries(fate)).toEqual({ total: 'small_count', FDI: 'small_count', DDI: null });
  });

  it('carries a cell’s fate to every table that shows it, until stable', () => {
    // The DDI cell of the investment table is the VN row of the country table.
    const cells = [
      cell('total', 9, 900n, 100n),
      cell('fdi', 8, 800n, 100n),
      cell('ddi', 1, 100n, 100n),
      cell('JP', 3, 300n, 100n),
      cell('KR', 5, 500n, 100n),
    ];
    const fate = suppressCells(cells, [
      { total: 'total', members: ['fdi', 'ddi'] },
      { total: 'total', members: ['ddi', 'JP', 'KR'] },
      { total: 'fdi', members: ['JP', 'KR'] },
    ]);
    // ddi small → fdi secondary (investment) and JP secondary (countries); fdi's group has
    // a hidden total, so nothing more there; KR stays.
    expect(Object.fromEntries(fate)).toEqual({
      total: null,
      fdi: 'secondary',
      ddi: 'small_count',
      JP: 'secondary',
      KR: null,
    });
    expectSafe(cells, 'total', fate);
  });

  it('suppresses the total when every cell is hidden and together they still fail', () => {
    // members not partitioning the total in a consistent way (defensive); the empty C cannot help
    const cells = [
      cell('total', 5, 50n, 10n),
      cell('A', 1, 10n, 10n),
      cell('B', 1, 10n, 10n),
      cell('C', 0, 0n, 0n),
    ];
    const fate = suppressCells(cells, [{ total: 'total', members: ['A', 'B', 'C'] }]);
    expect(Object.fromEntries(fate)).toEqual({
      total: 'secondary',
      A: 'small_count',
      B: 'small_count',
      C: null,
    });
  });

  it('refuses unknown and duplicate ids', () => {
    expect(() => suppressCells([cell('a', 1, 1n, 1n)], [{ total: 'x', members: [] }])).toThrow(RangeError);
    expect(() => suppressCells([cell('a', 1, 1n, 1n), cell('a', 1, 1n, 1n)], [])).toThrow(RangeError);
  });

  it('breaks ties by sum, then by id', () => {
    const cells = [
      cell('total', 13, 1300n, 100n),
      cell('A', 1, 100n, 100n),
      cell('B', 4, 300n, 100n),
      cell('C', 4, 200n, 100n),
      cell('D', 4, 200n, 100n),
    ];
    const fate = suppressCells(cells, [{ total: 'total', members: ['A', 'B', 'C', 'D'] }]);
    expect(fate.get('C')).toBe('secondary');
    expect(fate.get('D')).toBeNull();
    expect(fate.get('B')).toBeNull();
  });
});

describe('publishing', () => {
  it('shows null and the reason, never 0', () => {
    expect(publishCell(cell('a', 1, 5n, 5n), 'small_count')).toEqual({
      count: null,
      sum: null,
      suppressed: 'small_count',
    });
    expect(publishCell(cell('a', 3, 15n, 5n), null)).toEqual({ count: 3, sum: '15', suppressed: null });
  });
});

describe('over many random tables', () => {
  it('never leaves a shown cell under the rules nor a hidden remainder that fails them', () => {
    let seed = 20251231;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 500; round++) {
      const members: DisclosureCell[] = [];
      const size = 1 + random(6);
      for (let i = 0; i < size; i++) {
        const contributions = Array.from({ length: random(6) }, () =>
          BigInt(1 + random(random(2) ? 1000 : 20)),
        );
        const sum = contributions.reduce((a, b) => a + b, 0n);
        const largest = contributions.reduce((a, b) => (b > a ? b : a), 0n);
        members.push(cell(`m${i}`, contributions.length, sum, largest));
      }
      const total = { ...combineCells(members), id: 'total' };
      const fate = suppressCells(
        [total, ...members],
        [{ total: 'total', members: members.map((m) => m.id) }],
      );
      for (const c of [total, ...members]) {
        if (fate.get(c.id) === null) expect(primaryReason(c)).toBeNull();
        else if (fate.get(c.id) !== 'secondary') expect(fate.get(c.id)).toBe(primaryReason(c));
      }
      const hidden = members.filter((m) => fate.get(m.id) !== null);
      if (fate.get('total') === null && hidden.length > 0) {
        expect(hidden.length).toBeGreaterThan(1);
        expect(primaryReason(combineCells(hidden))).toBeNull();
      }
    }
  });
});
