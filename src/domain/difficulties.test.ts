import { describe, expect, it } from 'vitest';
import {
  ageDays,
  ALLOWED_FROM,
  canDo,
  defaultAnswerDueOn,
  DIFFICULTY_STATUSES,
  routeDueOn,
  STATUS_AFTER,
  stuckReasons,
  workingDaysOpen,
  type StuckFacts,
} from './difficulties.ts';
import { workingCalendar } from './working-days.ts';

const calendar = workingCalendar();

describe('a difficulty’s age', () => {
  it('counts calendar days from raised to the answer, or to today while unanswered', () => {
    expect(ageDays('2025-11-03', null, '2025-11-03')).toBe(0);
    expect(ageDays('2025-11-03', null, '2025-11-04')).toBe(1);
    expect(ageDays('2025-11-03', '2025-11-10', '2025-12-31')).toBe(7);
    expect(ageDays('2025-12-31', null, '2026-01-01')).toBe(1);
    // Never negative (an answer dated before the day raised cannot be stored; today before it neither).
    expect(ageDays('2025-11-05', null, '2025-11-03')).toBe(0);
  });

  it('counts working days after the day raised, up to the answer or today', () => {
    // Mon 3 Nov 2025 → Mon 10 Nov: Tue–Fri and Mon.
    expect(workingDaysOpen(calendar, '2025-11-03', '2025-11-10', '2025-12-31')).toBe(5);
    expect(workingDaysOpen(calendar, '2025-11-03', null, '2025-11-03')).toBe(0);
    // Raised on a Friday, seen on the Sunday: no working day yet.
    expect(workingDaysOpen(calendar, '2025-11-07', null, '2025-11-09')).toBe(0);
    expect(workingDaysOpen(calendar, '2025-11-07', null, '2025-11-10')).toBe(1);
    // Across Reunification Day and Labour Day 2026 (30 Apr, 1 May) and the weekend.
    expect(workingDaysOpen(calendar, '2026-04-28', null, '2026-05-04')).toBe(2);
  });
});

describe('the default answer date (the board’s own service standard)', () => {
  it('is 10 working days after routing for a department of the board, 15 for an outside agency', () => {
    expect(defaultAnswerDueOn(calendar, 'department', '2025-11-03')).toBe('2025-11-17');
    expect(defaultAnswerDueOn(calendar, 'agency', '2025-11-03')).toBe('2025-11-24');
  });

  it('skips holidays', () => {
    // Routed Tue 28 Apr 2026: 29 Apr, then 4–8 May, 11–14 May.
    expect(defaultAnswerDueOn(calendar, 'department', '2026-04-28')).toBe('2026-05-14');
  });
});

describe('what is stuck', () => {
  const base: StuckFacts = {
    status: 'routed',
    raisedOn: '2025-11-03',
    answerDueOn: '2025-11-17',
    reopenedCount: 0,
  };

  it('a routed one is overdue the day after its answer date, not on it', () => {
    expect(stuckReasons(calendar, base, '2025-11-17')).toEqual([]);
    expect(stuckReasons(calendar, base, '2025-11-18')).toEqual(['overdue']);
    // Answered or resolved: never overdue.
    expect(stuckReasons(calendar, { ...base, status: 'answered' }, '2025-12-31')).toEqual([]);
  });

  it('an open one is stuck once 3 working days after being raised have passed unrouted', () => {
    const open: StuckFacts = { ...base, status: 'open', answerDueOn: null };
    expect(routeDueOn(calendar, '2025-11-03')).toBe('2025-11-06');
    expect(stuckReasons(calendar, open, '2025-11-06')).toEqual([]);
    expect(stuckReasons(calendar, open, '2025-11-07')).toEqual(['not_routed']);
    // Raised on Friday 7 Nov: due to be routed by Wednesday 12 Nov.
    expect(stuckReasons(calendar, { ...open, raisedOn: '2025-11-07' }, '2025-11-12')).toEqual([]);
    expect(stuckReasons(calendar, { ...open, raisedOn: '2025-11-07' }, '2025-11-13')).toEqual(['not_routed']);
    // Across the holidays of 2026: raised 28 Apr, due to be routed by 5 May.
    expect(stuckReasons(calendar, { ...open, raisedOn: '2026-04-28' }, '2026-05-05')).toEqual([]);
    expect(stuckReasons(calendar, { ...open, raisedOn: '2026-04-28' }, '2026-05-06')).toEqual(['not_routed']);
  });

  it('reopened twice or more is stuck until resolved, with every reason it has', () => {
    expect(stuckReasons(calendar, { ...base, reopenedCount: 1 }, '2025-11-10')).toEqual([]);
    expect(stuckReasons(calendar, { ...base, reopenedCount: 2 }, '2025-11-10')).toEqual(['reopened']);
    expect(stuckReasons(calendar, { ...base, reopenedCount: 3 }, '2025-11-20')).toEqual([
      'overdue',
      'reopened',
    ]);
    expect(stuckReasons(calendar, { ...base, status: 'answered', reopenedCount: 2 }, '2025-11-10')).toEqual([
      'reopened',
    ]);
    expect(stuckReasons(calendar, { ...base, status: 'resolved', reopenedCount: 2 }, '2025-11-20')).toEqual(
      [],
    );
  });
});

describe('the life of a difficulty', () => {
  it('allows each action only from its statuses', () => {
    const table = Object.fromEntries(
      DIFFICULTY_STATUSES.map((s) => [
        s,
        (Object.keys(ALLOWED_FROM) as (keyof typeof ALLOWED_FROM)[]).filter((a) => canDo(s, a)),
      ]),
    );
    expect(table).toEqual({
      open: ['edit', 'route'],
      routed: ['edit', 'route', 'answer'],
      answered: ['confirm', 'reopen'],
      resolved: [],
    });
  });

  it('routes, answers, resolves; a reopened one is routed again', () => {
    expect(STATUS_AFTER).toEqual({
      edit: null,
      route: 'routed',
      answer: 'answered',
      confirm: 'resolved',
      reopen: 'routed',
    });
  });
});
