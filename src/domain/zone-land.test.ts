import { describe, expect, it } from 'vitest';
import {
  currentLand,
  findLandFigureProblems,
  findLandProblems,
  findParentCycles,
  landAt,
  NO_LAND,
  type LandHistoryEntry,
} from './zone-land.ts';

const entry = (asOf: string, industrial: string, leased: string, service?: string, leasedService?: string) =>
  ({
    asOf,
    industrialLandHa: industrial,
    leasedLandHa: leased,
    serviceLandHa: service ?? null,
    leasedServiceLandHa: leasedService ?? null,
  }) satisfies LandHistoryEntry;

const HISTORY = [
  entry('2019-12-31', '80.0', '60.5', '10', '4'),
  entry('2023-12-31', '85', '80.1', '12', '6'),
];
const OWN = { industrialLandHa: '85', leasedLandHa: '80.1', serviceLandHa: '12', leasedServiceLandHa: '6' };

describe('the land in force at a date (zones-v1)', () => {
  it('is the latest entry on or before the date', () => {
    expect(landAt(OWN, HISTORY, '2019-12-31')).toEqual({ ...NO_LAND, ...HISTORY[0], asOf: undefined });
    expect(landAt(OWN, HISTORY, '2022-06-30')?.leasedLandHa).toBe('60.5');
    expect(landAt(OWN, HISTORY, '2023-12-31')?.leasedLandHa).toBe('80.1');
    expect(landAt(OWN, HISTORY, '2030-01-01')?.serviceLandHa).toBe('12');
  });

  it('is nothing before the history starts', () => {
    expect(landAt(OWN, HISTORY, '2019-12-30')).toBeNull();
  });

  it("is the zone's own figures at every date when it has no history", () => {
    expect(landAt(OWN, [], '1990-01-01')).toEqual(OWN);
    expect(landAt(OWN, [], '2099-12-31')).toEqual(OWN);
  });

  it("keeps the zone's own figures equal to its last entry", () => {
    expect(currentLand(NO_LAND, HISTORY)).toEqual(OWN);
    expect(currentLand(OWN, [])).toEqual(OWN);
  });
});

describe('land problems', () => {
  it('finds leased land above the land it is leased from, of either kind', () => {
    expect(findLandFigureProblems({ industrialLandHa: '10', leasedLandHa: '10.01' }, null)).toEqual([
      { index: null, field: 'leasedLandHa', reason: 'LEASED_ABOVE_INDUSTRIAL_LAND' },
    ]);
    expect(findLandFigureProblems({ serviceLandHa: '2', leasedServiceLandHa: '3' }, 4)).toEqual([
      { index: 4, field: 'leasedServiceLandHa', reason: 'LEASED_ABOVE_SERVICE_LAND' },
    ]);
  });

  it('allows leased land equal to its land, and leased land without its whole stated', () => {
    expect(findLandFigureProblems({ industrialLandHa: '10.0', leasedLandHa: '10' }, null)).toEqual([]);
    expect(findLandFigureProblems({ leasedLandHa: '999' }, null)).toEqual([]);
  });

  it('compares figures as numbers, not as text', () => {
    expect(findLandFigureProblems({ industrialLandHa: '100', leasedLandHa: '99.9' }, null)).toEqual([]);
    expect(findLandFigureProblems({ industrialLandHa: '9.5', leasedLandHa: '10' }, null)).toHaveLength(1);
  });

  it('wants the history in increasing dates, one entry a date', () => {
    const reversed = [HISTORY[1]!, HISTORY[0]!];
    expect(findLandProblems({}, reversed)).toEqual([
      { index: 1, field: 'asOf', reason: 'LAND_HISTORY_NOT_ASCENDING' },
    ]);
    expect(findLandProblems({}, [HISTORY[0]!, HISTORY[0]!])[0]?.reason).toBe('LAND_HISTORY_NOT_ASCENDING');
  });

  it('wants top-level figures left out or equal to the last entry', () => {
    expect(findLandProblems({}, HISTORY)).toEqual([]);
    expect(findLandProblems({ industrialLandHa: '85.00', leasedLandHa: '80.10' }, HISTORY)).toEqual([]);
    expect(findLandProblems({ industrialLandHa: '86' }, HISTORY)).toEqual([
      { index: null, field: 'industrialLandHa', reason: 'LAND_DIFFERS_FROM_HISTORY' },
    ]);
    // A figure the last entry leaves out may not be stated at the top.
    expect(findLandProblems({ serviceLandHa: '1' }, [entry('2020-01-01', '5', '1')])).toEqual([
      { index: null, field: 'serviceLandHa', reason: 'LAND_DIFFERS_FROM_HISTORY' },
    ]);
    expect(findLandProblems({ serviceLandHa: null }, [entry('2020-01-01', '5', '1')])).toEqual([]);
  });

  it('checks every entry, with its index', () => {
    const bad = [entry('2019-01-01', '5', '6'), entry('2020-01-01', '5', '4', '1', '2')];
    expect(findLandProblems({}, bad).map((p) => `${p.index}:${p.reason}`)).toEqual([
      '0:LEASED_ABOVE_INDUSTRIAL_LAND',
      '1:LEASED_ABOVE_SERVICE_LAND',
    ]);
  });
});

describe('zones inside economic zones', () => {
  const parents = new Map<string, string | null>([
    ['KKT', null],
    ['KCN1', 'KKT'],
    ['KCN2', 'KKT'],
    ['ALONE', null],
  ]);

  it('finds no cycle in a tree, and every zone of a cycle', () => {
    expect(findParentCycles(parents)).toEqual([]);
    expect(findParentCycles(new Map([['A', 'A']]))).toEqual(['A']);
    const cycle = new Map<string, string | null>([
      ['A', 'B'],
      ['B', 'C'],
      ['C', 'A'],
      ['D', 'A'],
    ]);
    // D hangs from the cycle but is not in it.
    expect(findParentCycles(cycle)).toEqual(['A', 'B', 'C']);
  });
});
