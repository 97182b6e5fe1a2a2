import { describe, expect, it } from 'vitest';
import {
  boundaryDifference,
  findBoardHistoryProblems,
  holderAt,
  lastMove,
  sortHistory,
  successorOn,
} from './organisation.ts';

const TB = 'tb';
const HY = 'hy';
const HD = 'hd';
const HP = 'hp';

describe('holderAt', () => {
  const merged = [
    { boardId: HY, since: '2025-07-01' },
    { boardId: TB, since: null },
  ];
  it('is the first holder before the move and the new one from its first day', () => {
    expect(holderAt(merged, '2019-11-30')).toBe(TB);
    expect(holderAt(merged, '2025-06-30')).toBe(TB);
    expect(holderAt(merged, '2025-07-01')).toBe(HY);
    expect(holderAt(merged, '2026-01-01')).toBe(HY);
  });
  it('gives the first dated holder before its date when the history has no undated entry', () => {
    const dated = [
      { boardId: TB, since: '2003-06-01' },
      { boardId: HY, since: '2025-07-01' },
    ];
    expect(holderAt(dated, '1999-01-01')).toBe(TB);
    expect(holderAt(dated, '2003-06-01')).toBe(TB);
    expect(holderAt(dated, '2025-07-01')).toBe(HY);
  });
  it('follows several moves, back and forth', () => {
    const history = [
      { boardId: TB, since: null },
      { boardId: HY, since: '2020-01-01' },
      { boardId: TB, since: '2021-01-01' },
      { boardId: HD, since: '2022-05-10' },
    ];
    expect(holderAt(history, '2019-12-31')).toBe(TB);
    expect(holderAt(history, '2020-06-01')).toBe(HY);
    expect(holderAt(history, '2021-01-01')).toBe(TB);
    expect(holderAt(history, '2022-05-09')).toBe(TB);
    expect(holderAt(history, '2022-05-10')).toBe(HD);
  });
  it('is null for an empty history', () => {
    expect(holderAt([], '2020-01-01')).toBeNull();
  });
});

describe('lastMove and sortHistory', () => {
  it('orders the undated entry first and finds the last dated one', () => {
    const history = [
      { boardId: HD, since: '2022-05-10' },
      { boardId: TB, since: null },
      { boardId: HY, since: '2020-01-01' },
    ];
    expect(sortHistory(history).map((h) => h.boardId)).toEqual([TB, HY, HD]);
    expect(lastMove(history)).toBe('2022-05-10');
    expect(lastMove([{ boardId: TB, since: null }])).toBeNull();
    expect(lastMove([])).toBeNull();
  });
});

describe('boundaryDifference', () => {
  const moved = [
    {
      zoneId: 'tb-1',
      boardId: HY,
      history: [
        { boardId: TB, since: null },
        { boardId: HY, since: '2025-07-01' },
      ],
    },
    {
      zoneId: 'tb-2',
      boardId: HY,
      history: [
        { boardId: TB, since: null },
        { boardId: HY, since: '2025-07-01' },
      ],
    },
    {
      zoneId: 'hd-1',
      boardId: HP,
      history: [
        { boardId: HD, since: null },
        { boardId: HP, since: '2025-07-01' },
      ],
    },
  ];
  it("gives the dissolved board's zones back for a date before the merge", () => {
    const { gained, lost } = boundaryDifference(moved, [TB], '2019-11-30');
    expect(gained.map((z) => z.zoneId)).toEqual(['tb-1', 'tb-2']);
    expect(lost).toEqual([]);
  });
  it('takes the zones the successor gained away for a date before the merge, and keeps them after', () => {
    expect(boundaryDifference(moved, [HY], '2019-11-30').lost.map((z) => z.zoneId)).toEqual(['tb-1', 'tb-2']);
    expect(boundaryDifference(moved, [HY], '2025-07-01')).toEqual({ gained: [], lost: [] });
  });
  it('is empty when the boards asked for are untouched by any move', () => {
    expect(boundaryDifference(moved, [HD, HP], '2019-01-01')).toEqual({ gained: [], lost: [] });
    expect(boundaryDifference([], [TB], '2019-01-01')).toEqual({ gained: [], lost: [] });
  });
  it('leaves a dissolved board nothing on a date after its merge', () => {
    expect(boundaryDifference(moved, [TB], '2025-07-01')).toEqual({ gained: [], lost: [] });
  });
});

describe('successorOn', () => {
  const boards = [
    { boardId: TB, dissolvedOn: '2025-07-01', succeededBy: HY },
    { boardId: HY, dissolvedOn: null, succeededBy: null },
    { boardId: HD, dissolvedOn: '2025-07-01', succeededBy: HP },
    { boardId: HP, dissolvedOn: '2030-01-01', succeededBy: HY },
  ];
  it('is the board itself until the day it is dissolved, then its successor', () => {
    expect(successorOn(boards, TB, '2025-06-30')).toBe(TB);
    expect(successorOn(boards, TB, '2025-07-01')).toBe(HY);
    expect(successorOn(boards, HY, '2025-07-01')).toBe(HY);
  });
  it('follows a chain of merges as far as the date reaches', () => {
    expect(successorOn(boards, HD, '2026-01-01')).toBe(HP);
    expect(successorOn(boards, HD, '2030-01-01')).toBe(HY);
  });
  it('stops on a board it does not know and on a loop', () => {
    expect(successorOn(boards, 'other', '2030-01-01')).toBe('other');
    const loop = [
      { boardId: 'a', dissolvedOn: '2020-01-01', succeededBy: 'b' },
      { boardId: 'b', dissolvedOn: '2020-01-01', succeededBy: 'a' },
    ];
    expect(['a', 'b']).toContain(successorOn(loop, 'a', '2021-01-01'));
  });
});

describe('findBoardHistoryProblems', () => {
  it('accepts a history oldest first, dated after its first entry, ending at the holder now', () => {
    expect(
      findBoardHistoryProblems(
        [
          { boardCode: 'TB', since: '2003-06-01' },
          { boardCode: 'HY', since: '2025-07-01' },
        ],
        'HY',
      ),
    ).toEqual([]);
    expect(
      findBoardHistoryProblems([{ boardCode: 'TB' }, { boardCode: 'HY', since: '2025-07-01' }], 'HY'),
    ).toEqual([]);
    expect(findBoardHistoryProblems([{ boardCode: 'HY' }], 'HY')).toEqual([]);
  });
  it('names each entry that is undated, out of order, repeats its board, or ends elsewhere', () => {
    expect(
      findBoardHistoryProblems(
        [
          { boardCode: 'TB', since: '2010-01-01' },
          { boardCode: 'HY' },
          { boardCode: 'HY', since: '2025-07-01' },
          { boardCode: 'HD', since: '2024-01-01' },
        ],
        'NB',
      ),
    ).toEqual([
      { index: 1, reason: 'BOARD_HISTORY_UNDATED' },
      { index: 2, reason: 'BOARD_HISTORY_SAME_BOARD' },
      { index: 3, reason: 'BOARD_HISTORY_NOT_ASCENDING' },
      { index: 3, reason: 'BOARD_HISTORY_LAST_NOT_HOLDER' },
    ]);
  });
});
