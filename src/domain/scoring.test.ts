import { describe, expect, it } from 'vitest';
import {
  CriteriaNotScorableError,
  MAX_CRITERIA_PROBLEMS,
  criteriaProblems,
  scoreMembers,
  type Criterion,
  type CriterionKind,
  type MemberValues,
} from './scoring.ts';

/** A criterion whose id is its code ("1.2"), under the criterion coded `parent`. */
const criterion = (
  code: string,
  kind: CriterionKind,
  maxPoints: string,
  parent: string | null = null,
  pointsPerOccurrence: string | null = null,
): Criterion => ({
  id: code,
  parentId: parent,
  code,
  name: `Tiêu chí ${code}`,
  kind,
  maxPoints,
  pointsPerOccurrence,
});

type Entry = string | boolean | null | undefined;

/** A member: per criterion id a value (string) or a pass (boolean); targets per criterion id. */
const member = (
  boardId: string,
  entries: Record<string, Entry>,
  targets: Record<string, string> = {},
): MemberValues => ({
  boardId,
  values: Object.fromEntries(
    Object.entries(entries).map(([id, entry]) => [
      id,
      typeof entry === 'boolean' ? { passed: entry } : { value: entry ?? null },
    ]),
  ),
  targets,
});

/** Points of one criterion per board, in the order the boards were given. */
const pointsOf = (criteria: Criterion[], members: MemberValues[], id: string): string[] => {
  const scored = scoreMembers(criteria, members);
  return members.map((m) => scored.find((s) => s.boardId === m.boardId)!.points[id]!);
};

/** A single top-level leaf, scored for the given members. */
const leaf = (
  kind: CriterionKind,
  max: string,
  members: MemberValues[],
  perOccurrence: string | null = null,
) => pointsOf([criterion('1', kind, max, null, perOccurrence)], members, '1');

describe('pass/fail criteria', () => {
  it('gives the maximum for a pass and nothing otherwise (failed, unanswered, missing)', () => {
    expect(
      leaf('pass_fail', '10', [
        member('A', { 1: true }),
        member('B', { 1: false }),
        member('C', { 1: null }),
        member('D', {}),
      ]),
    ).toEqual(['10.00', '0.00', '0.00', '0.00']);
  });

  it('keeps a maximum with decimals', () => {
    expect(leaf('pass_fail', '2.5', [member('A', { 1: true })])).toEqual(['2.50']);
  });
});

describe('points per occurrence', () => {
  const members = [
    member('under', { 1: '3' }), // 3 × 2.5 = 7.5
    member('at', { 1: '4' }), // 4 × 2.5 = 10 = cap
    member('beyond', { 1: '9' }), // 22.5 → 10
    member('none', {}),
    member('negative', { 1: '-2' }),
  ];

  it('multiplies the count by the points of one occurrence, up to the maximum', () => {
    expect(leaf('per_occurrence', '10', members, '2.5')).toEqual(['7.50', '10.00', '10.00', '0.00', '0.00']);
  });

  it('rounds a product with more than two decimals half up', () => {
    // 3 × 0.125 = 0.375 → 0.38; 1 × 0.125 = 0.125 → 0.13.
    expect(leaf('per_occurrence', '5', [member('A', { 1: '3' }), member('B', { 1: '1' })], '0.125')).toEqual([
      '0.38',
      '0.13',
    ]);
  });
});

describe('bonus and penalty', () => {
  const members = [
    member('under', { 1: '1.5' }),
    member('at', { 1: '5' }),
    member('beyond', { 1: '12' }),
    member('none', {}),
    member('negative', { 1: '-3' }),
  ];

  it('adds a bonus up to its maximum', () => {
    expect(leaf('bonus', '5', members)).toEqual(['1.50', '5.00', '5.00', '0.00', '0.00']);
  });

  it('subtracts a penalty up to its maximum, a penalty beyond it costing only the maximum', () => {
    expect(leaf('penalty', '5', members)).toEqual(['-1.50', '-5.00', '-5.00', '0.00', '0.00']);
  });
});

describe('quantitative criteria, against targets and the bloc leader', () => {
  it('gives half the maximum exactly at target, even when nobody does better', () => {
    // r = 1 for both: 0.5 · 20 = 10; being the highest ratio makes no leader unless above 1.
    expect(
      leaf('quantitative', '20', [
        member('A', { 1: '100' }, { 1: '100' }),
        member('B', { 1: '50.0' }, { 1: '50' }),
      ]),
    ).toEqual(['10.00', '10.00']);
  });

  it('gives 0.5·MS·r below target, rounded half up', () => {
    // 0.5 · 20 · 60/90 = 6.666… → 6.67; 0.5 · 20 · 25/100 = 2.5.
    expect(
      leaf('quantitative', '20', [
        member('A', { 1: '60' }, { 1: '90' }),
        member('B', { 1: '25' }, { 1: '100' }),
      ]),
    ).toEqual(['6.67', '2.50']);
    // 0.5 · 1 · 0.03/0.04 = 0.375 → 0.38 (half up).
    expect(leaf('quantitative', '1', [member('A', { 1: '0.03' }, { 1: '0.04' })])).toEqual(['0.38']);
  });

  it('gives the whole maximum to a leader alone above target, and scales the others above target up to it', () => {
    // Ratios: A 150/100 = 1.5 (leader), B 350/300 = 7/6, C 100/100 = 1, D 50/100 = 0.5.
    // B: 10 + 10 · (7/6 − 1)/(1.5 − 1) = 10 + 10/3 = 13.333… → 13.33. C: 10. D: 0.5 · 20 · 0.5 = 5.
    expect(
      leaf('quantitative', '20', [
        member('A', { 1: '150' }, { 1: '100' }),
        member('B', { 1: '350' }, { 1: '300' }),
        member('C', { 1: '100' }, { 1: '100' }),
        member('D', { 1: '50' }, { 1: '100' }),
      ]),
    ).toEqual(['20.00', '13.33', '10.00', '5.00']);
  });

  it('gives the whole maximum to every member tied as leader', () => {
    // A and B both at r = 2 (leaders); C at r = 1.5: 10 + 10 · 0.5/1 = 15.
    expect(
      leaf('quantitative', '20', [
        member('A', { 1: '200' }, { 1: '100' }),
        member('B', { 1: '8' }, { 1: '4' }),
        member('C', { 1: '30' }, { 1: '20' }),
      ]),
    ).toEqual(['20.00', '20.00', '15.00']);
  });

  it('gives the maximum to a single member above target', () => {
    expect(leaf('quantitative', '12', [member('A', { 1: '101' }, { 1: '100' })])).toEqual(['12.00']);
  });

  it('scores members without a target against the best actual of that group', () => {
    // best 40 → 10; 37.3 → 10 · 37.3/40 = 9.325 → 9.33 (half up); 20 → 5; missing → 0.
    expect(
      leaf('quantitative', '10', [
        member('A', { 1: '37.3' }),
        member('B', { 1: '40' }),
        member('C', { 1: '20' }),
        member('D', {}),
      ]),
    ).toEqual(['9.33', '10.00', '5.00', '0.00']);
  });

  it('gives nothing to members without a target when their best is 0', () => {
    expect(leaf('quantitative', '10', [member('A', { 1: '0' }), member('B', {})])).toEqual(['0.00', '0.00']);
  });

  it('scores a member with a zero target as one without a target', () => {
    // A's target 0 measures nothing: A (4) and C (5, no target) form the no-target group, best 5:
    // A 12 · 4/5 = 9.6, C 12. B alone has a target: r = 1 → 6 (the groups do not mix).
    expect(
      leaf('quantitative', '12', [
        member('A', { 1: '4' }, { 1: '0' }),
        member('B', { 1: '10' }, { 1: '10' }),
        member('C', { 1: '5' }),
      ]),
    ).toEqual(['9.60', '6.00', '12.00']);
  });

  it('scores a missing or negative actual as 0, which still counts in the bloc', () => {
    // A: missing → 0; B: −5 → 0; C: r = 1.2 leader → 10.
    expect(
      leaf('quantitative', '10', [
        member('A', {}, { 1: '10' }),
        member('B', { 1: '-5' }, { 1: '10' }),
        member('C', { 1: '12' }, { 1: '10' }),
      ]),
    ).toEqual(['0.00', '0.00', '10.00']);
  });

  it('compares ratios exactly, not by floating point', () => {
    // 0.3/0.1 = 3 exactly and 0.6/0.2 = 3 exactly: both leaders (floating point gives 2.9999… and 3).
    expect(
      leaf('quantitative', '10', [
        member('A', { 1: '0.3' }, { 1: '0.1' }),
        member('B', { 1: '0.6' }, { 1: '0.2' }),
      ]),
    ).toEqual(['10.00', '10.00']);
  });
});

describe('sums', () => {
  const tree = [
    criterion('1', 'sum', '10'),
    criterion('1.1', 'pass_fail', '6', '1'),
    criterion('1.2', 'pass_fail', '4', '1'),
    criterion('1.3', 'bonus', '3', '1'),
    criterion('1.4', 'penalty', '20', '1'),
  ];

  it('adds children, bonus added and penalty subtracted, held to [0, max]', () => {
    const scored = scoreMembers(tree, [
      member('within', { 1.1: true, 1.3: '2', 1.4: '1' }), // 6 + 2 − 1 = 7
      member('above', { 1.1: true, 1.2: true, 1.3: '2' }), // 6 + 4 + 2 = 12 → 10
      member('below', { 1.2: true, 1.4: '9' }), // 4 − 9 = −5 → 0
    ]);
    expect(scored.map((s) => [s.boardId, s.points['1'], s.total])).toEqual([
      ['above', '10.00', '10.00'],
      ['within', '7.00', '7.00'],
      ['below', '0.00', '0.00'],
    ]);
    expect(scored[2]!.points).toEqual({ 1: '0.00', 1.1: '0.00', 1.2: '4.00', 1.3: '0.00', 1.4: '-9.00' });
  });

  it('rounds once at each leaf and adds the rounded points', () => {
    // Three leaves of 0.5 · 2 · 1/3 = 0.333… → 0.33 each: the sum is 0.99, not 1.00.
    const criteria = [
      criterion('1', 'sum', '6'),
      ...['1.1', '1.2', '1.3'].map((code) => criterion(code, 'quantitative', '2', '1')),
    ];
    const [scored] = scoreMembers(criteria, [
      member('A', { 1.1: '1', 1.2: '1', 1.3: '1' }, { 1.1: '3', 1.2: '3', 1.3: '3' }),
    ]);
    expect(scored!.points['1.1']).toBe('0.33');
    expect(scored!.total).toBe('0.99');
  });

  it('holds a total at 0 under a top-level penalty, and lets a top-level bonus pass the table', () => {
    const criteria = [
      criterion('1', 'pass_fail', '10'),
      criterion('2', 'bonus', '5'),
      criterion('3', 'penalty', '15'),
    ];
    const scored = scoreMembers(criteria, [
      member('A', { 1: true, 2: '5' }),
      member('B', { 1: true, 3: '14' }),
    ]);
    expect(scored.map((s) => [s.boardId, s.total, s.rank])).toEqual([
      ['A', '15.00', 1],
      ['B', '0.00', 2],
    ]);
  });

  it('scores nested sums bottom-up', () => {
    const criteria = [
      criterion('I', 'sum', '10'),
      criterion('I.1', 'sum', '5', 'I'),
      criterion('I.1.a', 'per_occurrence', '5', 'I.1', '2'),
      criterion('I.1.b', 'bonus', '2', 'I.1'),
      criterion('I.2', 'pass_fail', '5', 'I'),
    ];
    // I.1 = min(2 · 2, 5) + 2 = 6 → 5 (cap); I = 5 + 5 = 10.
    const [scored] = scoreMembers(criteria, [member('A', { 'I.1.a': '2', 'I.1.b': '3', 'I.2': true })]);
    expect(scored!.points).toEqual({
      I: '10.00',
      'I.1': '5.00',
      'I.1.a': '4.00',
      'I.1.b': '2.00',
      'I.2': '5.00',
    });
  });
});

describe('ranking', () => {
  const criteria = [criterion('1', 'per_occurrence', '100', null, '1')];

  it('gives equal totals the same rank and skips the ranks they take (1, 1, 3)', () => {
    const scored = scoreMembers(criteria, [
      member('C', { 1: '5' }),
      member('A', { 1: '9' }),
      member('B', { 1: '9.00' }),
      member('D', { 1: '5' }),
      member('E', { 1: '1' }),
    ]);
    // Order: rank, then the order given (A before B, C before D).
    expect(scored.map((s) => [s.boardId, s.total, s.rank])).toEqual([
      ['A', '9.00', 1],
      ['B', '9.00', 1],
      ['C', '5.00', 3],
      ['D', '5.00', 3],
      ['E', '1.00', 5],
    ]);
  });

  it('ranks everybody first when all totals are equal, and ranks totals equal only after rounding as equal', () => {
    // 3333, 3334 and 3330 occurrences of 0.0001: 0.3333, 0.3334 and 0.333 all round to 0.33.
    const scored = scoreMembers(
      [criterion('1', 'per_occurrence', '1', null, '0.0001')],
      [member('A', { 1: '3333' }), member('B', { 1: '3334' }), member('C', { 1: '3330' })],
    );
    expect(scored.map((s) => [s.boardId, s.total, s.rank])).toEqual([
      ['A', '0.33', 1],
      ['B', '0.33', 1],
      ['C', '0.33', 1],
    ]);
  });

  it('scores no members as an empty list', () => {
    expect(scoreMembers(criteria, [])).toEqual([]);
  });
});

/**
 * The worked example: a table with every kind, three members (input order C, B, A).
 *
 *  1      sum              max 50  (children 20 + 10 + 10 + 10 = 50; bonus/penalty not counted)
 *  1.1    quantitative     max 20  targets A 100, B 300, C 90
 *  1.2    quantitative     max 10  no targets
 *  1.3    pass_fail        max 10
 *  1.4    per_occurrence   max 10  2.5 per occurrence
 *  1.5    bonus            max 5
 *  1.6    penalty          max 5
 *  2      sum              max 30  (20 + 10)
 *  2.1    sum              max 20  (8 + 12)
 *  2.1.1  pass_fail        max 8
 *  2.1.2  quantitative     max 12  targets A 10, B 0 (counts as none), C none
 *  2.2    per_occurrence   max 10  3 per occurrence
 *  3      bonus            max 10
 *  4      penalty          max 10
 */
describe('a whole table with every kind, scored by hand', () => {
  const table = [
    criterion('1', 'sum', '50'),
    criterion('1.1', 'quantitative', '20', '1'),
    criterion('1.2', 'quantitative', '10', '1'),
    criterion('1.3', 'pass_fail', '10', '1'),
    criterion('1.4', 'per_occurrence', '10', '1', '2.5'),
    criterion('1.5', 'bonus', '5', '1'),
    criterion('1.6', 'penalty', '5', '1'),
    criterion('2', 'sum', '30'),
    criterion('2.1', 'sum', '20', '2'),
    criterion('2.1.1', 'pass_fail', '8', '2.1'),
    criterion('2.1.2', 'quantitative', '12', '2.1'),
    criterion('2.2', 'per_occurrence', '10', '2', '3'),
    criterion('3', 'bonus', '10'),
    criterion('4', 'penalty', '10'),
  ];
  const members = [
    member(
      'C',
      {
        1.1: '60',
        1.2: '20',
        1.3: false,
        1.5: '7',
        1.6: '0.5',
        '2.1.1': true,
        '2.1.2': '5',
        2.2: '-2',
        3: '3',
      },
      { 1.1: '90' },
    ),
    member(
      'B',
      {
        1.1: '350',
        1.2: '40',
        1.3: true,
        1.4: '5',
        1.6: '6',
        '2.1.1': false,
        '2.1.2': '4',
        2.2: '1',
        3: '15',
      },
      { 1.1: '300', '2.1.2': '0' },
    ),
    member(
      'A',
      {
        1.1: '150',
        1.2: '37.3',
        1.3: true,
        1.4: '3',
        1.5: '4',
        '2.1.1': true,
        '2.1.2': '10',
        2.2: '4',
        4: '2.5',
      },
      { 1.1: '100', '2.1.2': '10' },
    ),
  ];

  it('has no problems', () => {
    expect(criteriaProblems(table)).toEqual([]);
  });

  it('scores every criterion and total exactly as computed by hand', () => {
    const scored = scoreMembers(table, members);
    // 1.1 (MS 20): ratios A 150/100 = 1.5 (leader) → 20; B 350/300 = 7/6 → 10 + 10·(1/6)/(1/2) = 13.333… → 13.33;
    //     C 60/90 = 2/3 → 0.5·20·2/3 = 6.666… → 6.67.
    // 1.2 (MS 10, no targets): best B 40 → 10; A 10·37.3/40 = 9.325 → 9.33 (half up); C 10·20/40 = 5.
    // 1.3: A 10, B 10, C 0.   1.4 (2.5 each, max 10): A 3 → 7.5; B 5 → 12.5 → 10; C missing → 0.
    // 1.5 (max 5): A 4; B missing → 0; C 7 → 5.   1.6 (max 5): A missing → 0; B 6 → −5; C 0.5 → −0.5.
    // 1 (max 50): A 20 + 9.33 + 10 + 7.5 + 4 − 0 = 50.83 → 50 (capped);
    //             B 13.33 + 10 + 10 + 10 + 0 − 5 = 38.33; C 6.67 + 5 + 0 + 0 + 5 − 0.5 = 16.17.
    // 2.1.1 (max 8): A 8, B 0, C 8.
    // 2.1.2 (MS 12): A target 10, actual 10: r = 1 → 6 (the only ratio, but not above 1: no leader).
    //       B (target 0) and C (no target) form the no-target group, best C 5 → 12; B 12·4/5 = 9.6.
    // 2.1 (max 20): A 8 + 6 = 14; B 0 + 9.6 = 9.6; C 8 + 12 = 20.
    // 2.2 (3 each, max 10): A 4 → 12 → 10; B 1 → 3; C −2 → 0.
    // 2 (max 30): A 14 + 10 = 24; B 9.6 + 3 = 12.6; C 20 + 0 = 20.
    // 3 (max 10): A 0; B 15 → 10; C 3.   4 (max 10): A 2.5 → −2.5; B 0; C 0.
    // Totals: A 50 + 24 + 0 − 2.5 = 71.5; B 38.33 + 12.6 + 10 − 0 = 60.93; C 16.17 + 20 + 3 − 0 = 39.17.
    expect(scored.map((s) => [s.boardId, s.total, s.rank])).toEqual([
      ['A', '71.50', 1],
      ['B', '60.93', 2],
      ['C', '39.17', 3],
    ]);
    const byBoard = Object.fromEntries(scored.map((s) => [s.boardId, s.points]));
    expect(byBoard['A']).toEqual({
      1: '50.00',
      1.1: '20.00',
      1.2: '9.33',
      1.3: '10.00',
      1.4: '7.50',
      1.5: '4.00',
      1.6: '0.00',
      2: '24.00',
      2.1: '14.00',
      '2.1.1': '8.00',
      '2.1.2': '6.00',
      2.2: '10.00',
      3: '0.00',
      4: '-2.50',
    });
    expect(byBoard['B']).toEqual({
      1: '38.33',
      1.1: '13.33',
      1.2: '10.00',
      1.3: '10.00',
      1.4: '10.00',
      1.5: '0.00',
      1.6: '-5.00',
      2: '12.60',
      2.1: '9.60',
      '2.1.1': '0.00',
      '2.1.2': '9.60',
      2.2: '3.00',
      3: '10.00',
      4: '0.00',
    });
    expect(byBoard['C']).toEqual({
      1: '16.17',
      1.1: '6.67',
      1.2: '5.00',
      1.3: '0.00',
      1.4: '0.00',
      1.5: '5.00',
      1.6: '-0.50',
      2: '20.00',
      2.1: '20.00',
      '2.1.1': '8.00',
      '2.1.2': '12.00',
      2.2: '0.00',
      3: '3.00',
      4: '0.00',
    });
  });

  it('does not depend on the order of the criteria or change its inputs', () => {
    const frozen = JSON.stringify([table, members]);
    const reversed = scoreMembers([...table].reverse(), members);
    expect(reversed.map((s) => s.total)).toEqual(['71.50', '60.93', '39.17']);
    expect(JSON.stringify([table, members])).toBe(frozen);
  });
});

describe('problems of a table of criteria', () => {
  const codes = (criteria: Criterion[]) => criteriaProblems(criteria).map((p) => [p.code, p.criterionId]);

  it('finds a cycle once, naming its criteria in order', () => {
    const problems = criteriaProblems([
      criterion('1', 'sum', '10', '1.1'),
      criterion('1.1', 'sum', '10', '1'),
      criterion('2', 'pass_fail', '5'),
    ]);
    expect(problems).toEqual([
      {
        code: 'SCORING_TREE_CYCLE',
        criterionId: '1',
        message: 'Các tiêu chí 1 → 1.1 → 1 tạo thành vòng lặp: một tiêu chí không thể nằm dưới chính nó.',
      },
    ]);
  });

  it('finds a criterion under itself, and a longer cycle reached from outside it only once', () => {
    expect(codes([criterion('1', 'sum', '10', '1'), criterion('2', 'pass_fail', '5')])).toEqual([
      ['SCORING_TREE_CYCLE', '1'],
    ]);
    const problems = criteriaProblems([
      criterion('x', 'pass_fail', '1', 'b'), // hangs under the cycle, not in it
      criterion('a', 'sum', '10', 'c'),
      criterion('b', 'sum', '10', 'a'),
      criterion('c', 'sum', '10', 'b'),
    ]);
    expect(problems.filter((p) => p.code === 'SCORING_TREE_CYCLE').map((p) => p.message)).toEqual([
      'Các tiêu chí a → b → c → a tạo thành vòng lặp: một tiêu chí không thể nằm dưới chính nó.',
    ]);
  });

  it('finds children under a criterion that is not a sum', () => {
    const problems = criteriaProblems([
      criterion('1', 'quantitative', '10'),
      criterion('1.1', 'pass_fail', '5', '1'),
      criterion('1.2', 'pass_fail', '5', '1'),
    ]);
    expect(problems).toEqual([
      {
        code: 'SCORING_PARENT_NOT_SUM',
        criterionId: '1',
        message:
          'Tiêu chí 1 (Tiêu chí 1) là tiêu chí định lượng nên không thể có tiêu chí con (1.1, 1.2); ' +
          'chỉ tiêu chí tổng mới có tiêu chí con.',
      },
    ]);
  });

  it('finds a sum without children', () => {
    expect(criteriaProblems([criterion('1', 'sum', '10')])).toEqual([
      {
        code: 'SCORING_EMPTY_SUM',
        criterionId: '1',
        message: 'Tiêu chí 1 (Tiêu chí 1) là tiêu chí tổng nhưng chưa có tiêu chí con nào.',
      },
    ]);
  });

  it("finds children's maxima above their parent's, leaving bonus and penalty out", () => {
    const fits = [
      criterion('1', 'sum', '20'),
      criterion('1.1', 'pass_fail', '12.5', '1'),
      criterion('1.2', 'pass_fail', '7.5', '1'),
      criterion('1.3', 'bonus', '10', '1'),
      criterion('1.4', 'penalty', '10', '1'),
    ];
    expect(criteriaProblems(fits)).toEqual([]);
    expect(criteriaProblems([...fits, criterion('1.5', 'pass_fail', '0.5', '1')])).toEqual([
      {
        code: 'SCORING_MAX_EXCEEDS_PARENT',
        criterionId: '1',
        message:
          'Các tiêu chí con của tiêu chí 1 (Tiêu chí 1) cộng lại tối đa 20,5 điểm, vượt điểm tối đa 20 ' +
          'của tiêu chí này (không tính tiêu chí điểm thưởng, điểm trừ).',
      },
    ]);
  });

  it('finds points per occurrence that are missing, zero, negative or malformed', () => {
    const problems = criteriaProblems([
      criterion('1', 'per_occurrence', '10', null, null),
      criterion('2', 'per_occurrence', '10', null, '0'),
      criterion('3', 'per_occurrence', '10', null, '-1'),
      criterion('4', 'per_occurrence', '10', null, 'hai'),
      criterion('5', 'per_occurrence', '10', null, '0.25'),
    ]);
    expect(problems.map((p) => [p.code, p.criterionId])).toEqual([
      ['SCORING_PER_OCCURRENCE_POINTS', '1'],
      ['SCORING_PER_OCCURRENCE_POINTS', '2'],
      ['SCORING_PER_OCCURRENCE_POINTS', '3'],
      ['SCORING_PER_OCCURRENCE_POINTS', '4'],
    ]);
    expect(problems[0]!.message).toBe(
      'Tiêu chí 1 (Tiêu chí 1) tính điểm theo số lần nhưng chưa có số điểm mỗi lần lớn hơn 0.',
    );
    expect(problems[3]!.message).toContain('(đang là "hai")');
  });

  it('finds a code used twice, on the second criterion', () => {
    const problems = criteriaProblems([
      { ...criterion('1', 'pass_fail', '5'), id: 'first', name: 'Báo cáo đúng hạn' },
      { ...criterion('1', 'pass_fail', '5'), id: 'second', name: 'Chấp hành kỷ luật' },
    ]);
    expect(problems).toEqual([
      {
        code: 'SCORING_DUPLICATE_CODE',
        criterionId: 'second',
        message:
          'Số thứ tự 1 đã dùng cho tiêu chí "Báo cáo đúng hạn", không dùng lại cho tiêu chí "Chấp hành kỷ luật".',
      },
    ]);
  });

  it('finds negative and malformed maxima, and maxima with more than two decimals', () => {
    expect(
      codes([
        criterion('1', 'pass_fail', '-5'),
        criterion('2', 'pass_fail', 'mười'),
        criterion('3', 'pass_fail', ''),
        criterion('4', 'pass_fail', '2.555'),
        criterion('5', 'pass_fail', '0'),
        criterion('6', 'pass_fail', '2.55'),
      ]),
    ).toEqual([
      ['SCORING_MAX_INVALID', '1'],
      ['SCORING_MAX_INVALID', '2'],
      ['SCORING_MAX_INVALID', '3'],
      ['SCORING_MAX_INVALID', '4'],
    ]);
    expect(criteriaProblems([criterion('1', 'bonus', '-5')])[0]!.message).toBe(
      'Điểm tối đa của tiêu chí 1 (Tiêu chí 1) phải là số không âm, nhiều nhất hai chữ số thập phân (đang là "-5").',
    );
  });

  it('finds a parent that is not in the table', () => {
    expect(criteriaProblems([criterion('1.1', 'pass_fail', '5', 'gone')])).toEqual([
      {
        code: 'SCORING_UNKNOWN_PARENT',
        criterionId: '1.1',
        message: 'Tiêu chí 1.1 (Tiêu chí 1.1) nằm dưới một tiêu chí không có trong bảng.',
      },
    ]);
  });

  it('lists at most 50 problems', () => {
    const many = Array.from({ length: 80 }, (_, i) => criterion(String(i + 1), 'sum', '-1'));
    const problems = criteriaProblems(many);
    expect(MAX_CRITERIA_PROBLEMS).toBe(50);
    expect(problems).toHaveLength(50);
    // Each: a malformed maximum and an empty sum, in the order given.
    expect(problems.slice(0, 2).map((p) => p.code)).toEqual(['SCORING_MAX_INVALID', 'SCORING_EMPTY_SUM']);
  });

  it('finds nothing in an empty table, which scores every member 0', () => {
    expect(criteriaProblems([])).toEqual([]);
    expect(scoreMembers([], [member('A', {})])).toEqual([
      { boardId: 'A', total: '0.00', points: {}, rank: 1 },
    ]);
  });
});

describe('refusals', () => {
  it('refuses to score a table with problems, carrying them', () => {
    const bad = [criterion('1', 'per_occurrence', '10')];
    expect(() => scoreMembers(bad, [member('A', { 1: '2' })])).toThrow(CriteriaNotScorableError);
    const refusal = (() => {
      try {
        scoreMembers(bad, []);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(CriteriaNotScorableError);
    expect((refusal as CriteriaNotScorableError).problems.map((p) => p.code)).toEqual([
      'SCORING_PER_OCCURRENCE_POINTS',
    ]);
  });

  it('refuses a malformed value or target and a member given twice', () => {
    const criteria = [criterion('1', 'quantitative', '10')];
    expect(() => scoreMembers(criteria, [member('A', { 1: '1,5' })])).toThrow(RangeError);
    expect(() => scoreMembers(criteria, [member('A', { 1: '1' }, { 1: 'ten' })])).toThrow(RangeError);
    expect(() => scoreMembers(criteria, [member('A', {}), member('A', {})])).toThrow(RangeError);
  });
});
