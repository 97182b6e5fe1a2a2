import { describe, expect, it } from 'vitest';
import type { Criterion, ScoreSheet } from './emulation.api.ts';
import { draftOf, keysOf, rows } from './scoring-tree.ts';

const criterion = (id: string, kind: Criterion['kind'], children: Criterion[] = []): Criterion => ({
  id,
  code: id,
  name: `Tiêu chí ${id}`,
  kind,
  maxPoints: '10',
  pointsPerOccurrence: null,
  unit: null,
  source: null,
  children,
});

const table = [
  criterion('1', 'sum', [
    criterion('1.1', 'quantitative'),
    criterion('1.2', 'sum', [criterion('1.2.1', 'pass_fail')]),
  ]),
  criterion('2', 'bonus'),
];

describe('the criteria as a tree table', () => {
  it('leaves `children` off the leaves, so antd draws no expander on them', () => {
    const tree = rows(table);
    expect(tree[0]!.children!.map((r) => r.code)).toEqual(['1.1', '1.2']);
    expect('children' in tree[0]!.children![0]!).toBe(false);
    expect(tree[0]!.children![1]!.children!.map((r) => r.code)).toEqual(['1.2.1']);
    expect('children' in tree[1]!).toBe(false);
  });

  it('opens every criterion that has children, at any depth', () => {
    expect(keysOf(table)).toEqual(['1', '1.2']);
  });
});

describe('a sheet as the form starts it', () => {
  const sheet = {
    entries: [
      {
        criterion: '1.1',
        kind: 'quantitative',
        value: '95.5',
        passed: null,
        reviewedValue: '90',
        reviewedPassed: null,
        note: 'n',
        evidence: 'e',
        target: '100',
      },
      {
        criterion: '1.2.1',
        kind: 'pass_fail',
        value: null,
        passed: true,
        reviewedValue: null,
        reviewedPassed: null,
        note: null,
        evidence: null,
        target: null,
      },
    ],
  } as unknown as ScoreSheet;

  it('shows the member its own values', () => {
    expect(draftOf(sheet, false)).toEqual({
      '1.1': { value: '95.5', passed: null, note: 'n', evidence: 'e' },
      '1.2.1': { value: null, passed: true, note: null, evidence: null },
    });
  });

  it('shows the leader the reviewed values, the member’s own where none was reviewed', () => {
    expect(draftOf(sheet, true)).toEqual({
      '1.1': { value: '90', passed: null, note: 'n', evidence: 'e' },
      '1.2.1': { value: null, passed: true, note: null, evidence: null },
    });
  });
});
