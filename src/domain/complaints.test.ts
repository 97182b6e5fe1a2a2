import { describe, expect, it } from 'vitest';
import {
  acceptDueOn,
  COMPLAINT_DEADLINE_RULES,
  COMPLAINT_KINDS,
  complaintReference,
  complaintTiming,
  deadlineRule,
  extensionRefusal,
  settleDueOn,
} from './complaints.ts';
import { workingCalendar } from './working-days.ts';

const calendar = workingCalendar();

describe('complaint deadlines in working days (the built-in 2026 schedule)', () => {
  it('counts across Tết 2026 from the last working day before it (Friday 13/2)', () => {
    // 14/2–22/2 are days off: the first working day after receipt is Monday 23/2.
    expect(acceptDueOn(calendar, 'complaint', '2026-02-13')).toBe('2026-03-06');
    expect(acceptDueOn(calendar, 'denunciation', '2026-02-13')).toBe('2026-03-03');
    expect(acceptDueOn(calendar, 'petition', '2026-02-13')).toBe('2026-03-06');
    // A petition's answer runs from receipt, not from acceptance.
    expect(
      settleDueOn(calendar, { kind: 'petition', receivedOn: '2026-02-13', acceptedOn: '2026-02-25' }),
    ).toBe('2026-03-06');
  });

  it('counts across Giỗ Tổ (27/4), 30/4 and 1/5 2026', () => {
    // Accepted Wednesday 22/4: 23, 24, 28, 29/4 are the only working days of April left.
    expect(
      settleDueOn(calendar, { kind: 'complaint', receivedOn: '2026-04-10', acceptedOn: '2026-04-22' }),
    ).toBe('2026-06-08');
    expect(acceptDueOn(calendar, 'petition', '2026-04-24')).toBe('2026-05-13');
    // Received on a day off: counted from the next working days all the same.
    expect(acceptDueOn(calendar, 'denunciation', '2026-04-30')).toBe('2026-05-12');
  });

  it('counts across Quốc khánh (1/9 and 2/9 2026), with an extension', () => {
    const accepted = { kind: 'denunciation' as const, receivedOn: '2026-08-20', acceptedOn: '2026-08-31' };
    expect(settleDueOn(calendar, accepted)).toBe('2026-10-14');
    expect(settleDueOn(calendar, { ...accepted, extendedWorkingDays: 30 })).toBe('2026-11-25');
  });
});

describe('extensions within the kind’s limits', () => {
  it('a complaint: once, at most 15 working days (45 in all)', () => {
    const r = (extendedWorkingDays: number, extensions: number, workingDays: number) =>
      extensionRefusal('complaint', '2026-01-05', { extendedWorkingDays, extensions, workingDays });
    expect(r(0, 0, 15)).toBeNull();
    expect(r(0, 0, 16)).toBe('too_long');
    expect(r(10, 1, 5)).toBe('too_many');
  });

  it('a denunciation: twice, each at most 30, at most 60 in all', () => {
    const r = (extendedWorkingDays: number, extensions: number, workingDays: number) =>
      extensionRefusal('denunciation', '2026-01-05', { extendedWorkingDays, extensions, workingDays });
    expect(r(0, 0, 30)).toBeNull();
    expect(r(0, 0, 31)).toBe('too_long');
    expect(r(30, 1, 30)).toBeNull();
    expect(r(30, 2, 1)).toBe('too_many');
  });

  it('a petition: none', () => {
    expect(
      extensionRefusal('petition', '2026-01-05', { extendedWorkingDays: 0, extensions: 0, workingDays: 1 }),
    ).toBe('not_allowed');
  });
});

describe('the rules as data', () => {
  it('every kind has a rule with its legal basis, and only what the law counts in working days is verified as such', () => {
    for (const kind of COMPLAINT_KINDS) {
      const rule = deadlineRule(kind, '2026-01-01');
      expect(rule.kind).toBe(kind);
      expect(rule.accept.basis.length).toBeGreaterThan(20);
      expect(rule.settle.basis.length).toBeGreaterThan(20);
    }
    for (const rule of COMPLAINT_DEADLINE_RULES)
      for (const period of [rule.accept, rule.settle])
        if (period.lawUnit === 'days') {
          expect(period.verified).toBe(false);
          expect(period.note).toBeTruthy();
        }
    expect(deadlineRule('denunciation', '2026-01-01').accept).toMatchObject({
      workingDays: 7,
      lawUnit: 'working_days',
    });
    // A receipt before the first version in force still gets one.
    expect(deadlineRule('denunciation', '2010-01-01').version).toBe('tc-2018-v1');
  });

  it('numbers receipts per kind and year', () => {
    expect(complaintReference('complaint', 2025, 1)).toBe('KN-2025-001');
    expect(complaintReference('denunciation', 2025, 12)).toBe('TC-2025-012');
    expect(complaintReference('petition', 2025, 1234)).toBe('PA-2025-1234');
  });
});

describe('the state of a complaint as of a date', () => {
  const received = {
    status: 'received' as const,
    acceptDueOn: '2026-03-06',
    settleDueOn: null,
    settledOn: null,
  };
  it('to accept: on time, due within 3 working days, overdue the day after', () => {
    expect(complaintTiming(calendar, received, '2026-02-13')).toEqual({
      state: 'accept_on_time',
      dueOn: '2026-03-06',
      workingDaysLeft: 10,
    });
    expect(complaintTiming(calendar, received, '2026-03-03').state).toBe('accept_due_soon');
    expect(complaintTiming(calendar, received, '2026-03-06')).toMatchObject({
      state: 'accept_due_soon',
      workingDaysLeft: 0,
    });
    expect(complaintTiming(calendar, received, '2026-03-07')).toMatchObject({
      state: 'accept_overdue',
      workingDaysLeft: 0,
    });
    expect(complaintTiming(calendar, received, '2026-03-09')).toMatchObject({
      state: 'accept_overdue',
      workingDaysLeft: -1,
    });
  });
  it('to settle, and settled on time or late', () => {
    const accepted = { ...received, status: 'accepted' as const, settleDueOn: '2026-04-20' };
    expect(complaintTiming(calendar, accepted, '2026-04-01').state).toBe('settle_on_time');
    expect(complaintTiming(calendar, accepted, '2026-04-16').state).toBe('settle_due_soon');
    expect(complaintTiming(calendar, accepted, '2026-04-21').state).toBe('settle_overdue');
    const settled = { ...accepted, status: 'settled' as const };
    expect(complaintTiming(calendar, { ...settled, settledOn: '2026-04-20' }, '2026-05-01').state).toBe(
      'settled_on_time',
    );
    expect(complaintTiming(calendar, { ...settled, settledOn: '2026-04-21' }, '2026-05-01').state).toBe(
      'settled_late',
    );
    expect(complaintTiming(calendar, { ...received, status: 'refused' }, '2026-05-01')).toEqual({
      state: 'refused',
      dueOn: null,
      workingDaysLeft: null,
    });
  });
});
