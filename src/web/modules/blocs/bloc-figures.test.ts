import { describe, expect, it } from 'vitest';
import {
  blocPeriodOf,
  chartedMembers,
  isBlocPeriod,
  memberRole,
  millionUsdValue,
  moveMember,
  onYearFields,
  parseSignedAmount,
  problemsByMember,
  returnBody,
  returnFormValues,
  tyValue,
  yearBodyProblems,
  yearOfPeriod,
} from './bloc-figures.ts';
import type { BlocReport, BlocReturn } from './blocs.api.ts';

describe('the bloc report period', () => {
  it('takes a year, a half or a quarter, and nothing else', () => {
    for (const period of ['2024', '2024-H1', '2024-H2', '2024-Q1', '2024-Q4'])
      expect(isBlocPeriod(period)).toBe(true);
    for (const period of ['2024-H3', '2024-Q5', '2024-05', '24', '2024-h1', '', undefined, ['2024']])
      expect(isBlocPeriod(period)).toBe(false);
  });

  it('keeps the period the address names', () => {
    expect(blocPeriodOf('2023-Q3', '2026-11-30')).toBe('2023-Q3');
  });

  it('opens on the last half-year ended: the first half from 1 July, else the previous year', () => {
    expect(blocPeriodOf(undefined, '2026-07-01')).toBe('2026-H1');
    expect(blocPeriodOf('2026-13', '2026-11-30')).toBe('2026-H1');
    expect(blocPeriodOf(undefined, '2026-06-30')).toBe('2025');
    expect(blocPeriodOf(undefined, '2026-01-01')).toBe('2025');
  });

  it('belongs to its year', () => {
    expect(yearOfPeriod('2024-H1')).toBe(2024);
    expect(yearOfPeriod('2019')).toBe(2019);
  });
});

describe('memberRole', () => {
  const year = { leader: 'HY', deputy: 'TB' };
  it('marks the leader and the deputy, and nobody else', () => {
    expect(memberRole(year, 'HY')).toBe('leader');
    expect(memberRole(year, 'TB')).toBe('deputy');
    expect(memberRole(year, 'HN')).toBe('member');
    expect(memberRole({ leader: 'HY', deputy: null }, 'TB')).toBe('member');
  });
});

describe('chart numbers', () => {
  it('are millions of USD and tỷ đồng, rounded as the tables round them', () => {
    expect(millionUsdValue('434340000.00')).toBe(434.34);
    expect(millionUsdValue('1234567.89')).toBe(1.23);
    expect(tyValue('4466777000000')).toBe(4466.777);
    expect(tyValue('500000')).toBe(0.001);
    expect(tyValue('499999')).toBe(0);
    expect(tyValue('0')).toBe(0);
  });

  it('leave out the members without figures for the period', () => {
    const member = (board: string, period: 'records' | 'return' | 'none') => ({
      board,
      source: { period, previousPeriod: 'records' },
    });
    const report = {
      byMember: [member('HY', 'records'), member('TB', 'none'), member('HN', 'return')],
    } as unknown as BlocReport;
    expect(chartedMembers(report).map((m) => m.board)).toEqual(['HY', 'HN']);
  });
});

describe('a return as a form', () => {
  const stored: BlocReturn = {
    bloc: 'DBSH',
    board: 'TB',
    boardName: 'Ban Quản lý các KCN tỉnh Thái Bình',
    createdAt: '2024-07-10T09:00:00+07:00',
    updatedAt: '2024-07-12T15:30:00+07:00',
    period: '2024-H1',
    source: 'form',
    note: 'Theo công văn 12/BQL',
    version: 3,
    newProjectsFdi: 4,
    newProjectsDdi: 0,
    capitalFdiUsd: '125000000.50',
    capitalDdiVnd: '2300000000000',
    revenueFdiUsd: '0.00',
    revenueDdiVnd: '0',
    budgetPaidFdiUsd: '10.00',
    budgetPaidDdiVnd: '15',
    zonesInPlanCount: 9,
    zonesInPlanAreaHa: '2850.1234',
    zonesOperatingCount: 7,
    zonesOperatingAreaHa: '2100',
    zonesUnderConstructionCount: 0,
    zonesUnderConstructionAreaHa: '0',
  };

  it('starts empty for a new return', () => {
    const values = returnFormValues(null);
    expect(values.capitalFdiUsd).toBeNull();
    expect(values.newProjectsFdi).toBeNull();
    expect(values.note).toBeNull();
    expect(Object.keys(values)).toHaveLength(15);
  });

  it('goes back to the API as it came, with the version it replaces', () => {
    const body = returnBody(returnFormValues(stored), stored.version);
    const {
      bloc: _b,
      board: _o,
      boardName: _n,
      period: _p,
      source: _s,
      createdAt: _c,
      updatedAt: _u,
      ...figures
    } = stored;
    expect(body).toEqual(figures);
  });

  it('sends an empty field as null and a text it could not read as typed, so the API names the field', () => {
    const values = { ...returnFormValues(stored), capitalDdiVnd: null, capitalFdiUsd: '-5.000' };
    const body = returnBody(values, undefined) as unknown as Record<string, unknown>;
    expect(body.capitalDdiVnd).toBeNull();
    expect(body.capitalFdiUsd).toBe('-5.000');
    expect('version' in body).toBe(false);
  });

  it('trims the note and sends a blank one as null', () => {
    expect(returnBody({ ...returnFormValues(stored), note: '  gửi bổ sung ' }, 1).note).toBe('gửi bổ sung');
    expect(returnBody({ ...returnFormValues(stored), note: '   ' }, 1).note).toBeNull();
  });
});

describe('problemsByMember', () => {
  const members = [
    { code: 'HY', name: 'Hưng Yên' },
    { code: 'TB', name: 'Thái Bình' },
  ];
  it('puts each problem on its member, and those naming none (or an unknown board) apart', () => {
    const problems = [
      { path: 'rows.2.capitalFdiUsd', reason: 'invalid', message: 'a', row: 2, board: 'HY' },
      { path: 'rows.3.board', reason: 'not_member', message: 'b', row: 3, board: 'XX' },
      { path: 'file', reason: 'invalid', message: 'c' },
      { path: 'rows.2.revenueDdiVnd', reason: 'invalid', message: 'd', row: 2, board: 'HY' },
    ];
    const byMember = problemsByMember(problems, members);
    expect(byMember.get('HY')?.map((p) => p.message)).toEqual(['a', 'd']);
    expect(byMember.get('')?.map((p) => p.message)).toEqual(['b', 'c']);
    expect(byMember.has('TB')).toBe(false);
  });
});

describe('the year editor', () => {
  it('refuses no member, no leader, and a leader or deputy outside the members', () => {
    expect(yearBodyProblems([], undefined, null)).toEqual([
      { field: 'members', reason: 'required' },
      { field: 'leader', reason: 'required' },
    ]);
    expect(yearBodyProblems(['HY', 'TB'], 'HN', 'QN')).toEqual([
      { field: 'leader', reason: 'not_member' },
      { field: 'deputy', reason: 'not_member' },
    ]);
  });

  it('refuses a deputy who is the leader, and takes a bloc of one member without a deputy', () => {
    expect(yearBodyProblems(['HY', 'TB'], 'HY', 'HY')).toEqual([
      { field: 'deputy', reason: 'same_as_leader' },
    ]);
    expect(yearBodyProblems(['HY'], 'HY', null)).toEqual([]);
    expect(yearBodyProblems(['HY', 'TB'], 'HY', 'TB')).toEqual([]);
  });

  it('moves a member one place, and leaves the order at either end', () => {
    expect(moveMember(['HY', 'TB', 'HN'], 1, -1)).toEqual(['TB', 'HY', 'HN']);
    expect(moveMember(['HY', 'TB', 'HN'], 1, 1)).toEqual(['HY', 'HN', 'TB']);
    expect(moveMember(['HY', 'TB', 'HN'], 0, -1)).toEqual(['HY', 'TB', 'HN']);
    expect(moveMember(['HY', 'TB', 'HN'], 2, 1)).toEqual(['HY', 'TB', 'HN']);
  });
});

describe('parseSignedAmount', () => {
  it('reads a capital reduced by adjustments, with the language separators', () => {
    expect(parseSignedAmount('-1.250.000', 'vi', 0)).toEqual({ ok: true, value: '-1250000' });
    expect(parseSignedAmount('−15.000,50', 'vi', 2)).toEqual({ ok: true, value: '-15000.5' });
    expect(parseSignedAmount('-1,250,000.25', 'en', 2)).toEqual({ ok: true, value: '-1250000.25' });
    expect(parseSignedAmount('2.300', 'vi', 0)).toEqual({ ok: true, value: '2300' });
  });

  it('writes minus zero as zero, and nothing as null', () => {
    expect(parseSignedAmount('-0', 'vi', 0)).toEqual({ ok: true, value: '0' });
    expect(parseSignedAmount('  ', 'vi', 0)).toEqual({ ok: true, value: null });
  });

  it('refuses a lone sign, a bad grouping and too many decimals instead of guessing', () => {
    expect(parseSignedAmount('-', 'vi', 0)).toEqual({ ok: false, problem: 'not_a_number' });
    expect(parseSignedAmount('-1.25.000', 'vi', 0)).toEqual({ ok: false, problem: 'not_a_number' });
    expect(parseSignedAmount('-100,5', 'vi', 0)).toEqual({ ok: false, problem: 'not_whole' });
    expect(parseSignedAmount('1,2345', 'vi', 4)).toEqual({ ok: true, value: '1.2345' });
    expect(parseSignedAmount('1,23456', 'vi', 4)).toEqual({ ok: false, problem: 'too_many_decimals' });
  });
});

describe('onYearFields', () => {
  it('puts a refused member on the members field, and leaves the other paths', () => {
    const details = [
      { path: 'body.members[3]', reason: 'BLOC_MEMBER_UNKNOWN', message: 'a' },
      { path: 'body.members.0', reason: 'too_big', message: 'b' },
      { path: 'body.leader', reason: 'BLOC_LEADER_NOT_MEMBER', message: 'c' },
      { path: 'params.year', reason: 'BLOC_YEAR_OUT_OF_RANGE', message: 'd' },
    ];
    expect(onYearFields(details).map((d) => d.path)).toEqual([
      'body.members',
      'body.members',
      'body.leader',
      'params.year',
    ]);
  });
});
