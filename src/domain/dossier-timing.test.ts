import { describe, expect, it } from 'vitest';
import { classifyDossier, type TimedDossier } from './dossier-timing.ts';
import { workingCalendar } from './working-days.ts';

const calendar = workingCalendar([]);
const H1 = { from: '2026-01-01', to: '2026-06-30' };
const fiveDays = { value: 5, unit: 'working_days' } as const;

const dossier = (overrides: Partial<TimedDossier>): TimedDossier => ({
  receivedAt: '2026-03-02T09:00:00+07:00',
  channel: 'counter',
  deadline: fiveDays,
  supplements: [],
  resultAt: null,
  ...overrides,
});

describe('a dossier in a reporting period (one-stop-v1)', () => {
  it('counts a dossier received in the period as new, online when it came online', () => {
    const timing = classifyDossier(calendar, dossier({ channel: 'online' }), H1);
    expect(timing).toMatchObject({
      received: 'new',
      online: true,
      pending: 'overdue',
      dueDate: '2026-03-09',
    });
    expect(classifyDossier(calendar, dossier({ channel: 'post' }), H1).online).toBe(false);
  });

  it('carries over a dossier received before the period without a result before it; never online', () => {
    const carried = classifyDossier(
      calendar,
      dossier({
        channel: 'online',
        receivedAt: '2025-12-29T10:00:00+07:00',
        resultAt: '2026-01-05T15:00:00+07:00',
      }),
      H1,
    );
    // 29/12/2025 + 5 working days: 30, 31, 2/1 (1/1 is off), 5/1, 6/1 → due 06/01; result 05/01 early.
    expect(carried).toMatchObject({
      received: 'carriedOver',
      online: false,
      resolved: 'early',
      dueDate: '2026-01-06',
    });
    // A result before the period, a receipt after it, no receipt: in no figure.
    for (const outside of [
      dossier({ receivedAt: '2025-12-01T10:00:00+07:00', resultAt: '2025-12-31T16:59:00+07:00' }),
      dossier({ receivedAt: '2026-07-01T08:00:00+07:00' }),
      dossier({ receivedAt: null }),
    ])
      expect(classifyDossier(calendar, outside, H1)).toMatchObject({
        received: null,
        resolved: null,
        pending: null,
      });
  });

  it('takes dates in Vietnam time, whatever the offset written', () => {
    // 30/6 17:30 UTC is 1/7 00:30 in Vietnam: after the period.
    expect(
      classifyDossier(calendar, dossier({ receivedAt: '2026-06-30T17:30:00Z' }), H1).received,
    ).toBeNull();
    // 31/12/2025 17:30 UTC is 1/1/2026 in Vietnam: new, not carried over.
    expect(classifyDossier(calendar, dossier({ receivedAt: '2025-12-31T17:30:00Z' }), H1).received).toBe(
      'new',
    );
  });

  it('judges a result on its date against the due date: before early, on it on time, after it late', () => {
    // Received Friday 13/2/2026, 3 working days across Tết (14/2–22/2 off) → due 25/2.
    const base = dossier({
      receivedAt: '2026-02-13T09:30:00+07:00',
      deadline: { value: 3, unit: 'working_days' },
    });
    const at = (resultAt: string) => classifyDossier(calendar, { ...base, resultAt }, H1);
    expect(at('2026-02-24T16:00:00+07:00')).toMatchObject({
      resolved: 'early',
      dueDate: '2026-02-25',
      onTime766: true,
    });
    expect(at('2026-02-25T16:59:00+07:00')).toMatchObject({ resolved: 'onTime', onTime766: true });
    expect(at('2026-02-26T08:00:00+07:00')).toMatchObject({ resolved: 'late', onTime766: false });
    // A result dated after the period: pending at its end.
    expect(at('2026-07-02T08:00:00+07:00')).toMatchObject({ resolved: null, pending: 'overdue' });
  });

  it('moves the due date by the working days spent waiting for a supplement, across a holiday', () => {
    // Received Monday 20/4/2026, 5 working days: 21, 22, 23, 24, 28 (27/4 off) → 28/4. Asked on
    // Friday 24/4, supplied Monday 4/5: waiting 24/4, 28/4, 29/4 (27/4, 30/4, 1/5 off) = 3 days →
    // 29/4, 4/5, 5/5.
    const base = dossier({
      receivedAt: '2026-04-20T08:00:00+07:00',
      supplements: [{ requestedAt: '2026-04-24T10:00:00+07:00', suppliedAt: '2026-05-04T08:15:00+07:00' }],
    });
    const at = (resultAt: string | null) => classifyDossier(calendar, { ...base, resultAt }, H1);
    expect(at('2026-05-05T10:00:00+07:00')).toMatchObject({
      resolved: 'onTime',
      dueDate: '2026-05-05',
      supplementRequests: 1,
    });
    expect(at('2026-05-06T10:00:00+07:00').resolved).toBe('late');
    expect(at('2026-05-04T10:00:00+07:00').resolved).toBe('early');
    expect(at(null)).toMatchObject({ pending: 'overdue', dueDate: '2026-05-05' });
  });

  it('never finds a dossier overdue while a supplement is awaited at the end of the period', () => {
    const waiting = dossier({
      receivedAt: '2026-06-01T08:00:00+07:00',
      supplements: [{ requestedAt: '2026-06-03T10:00:00+07:00', suppliedAt: null }],
    });
    expect(classifyDossier(calendar, waiting, H1)).toMatchObject({
      pending: 'notDue',
      awaitingSupplement: true,
      dueDate: null,
      onTime766: true,
    });
    // Supplied after the period's end: still awaited at its end.
    const lateSupply = {
      ...waiting,
      supplements: [{ requestedAt: '2026-06-03T10:00:00+07:00', suppliedAt: '2026-07-06T08:00:00+07:00' }],
    };
    expect(classifyDossier(calendar, lateSupply, H1).pending).toBe('notDue');
    // Without the request it is overdue at 30/6 (due 8/6).
    expect(classifyDossier(calendar, { ...waiting, supplements: [] }, H1)).toMatchObject({
      pending: 'overdue',
      dueDate: '2026-06-08',
      onTime766: false,
    });
    // A supplement requested after the period does not count.
    const after = {
      ...waiting,
      supplements: [{ requestedAt: '2026-07-01T09:00:00+07:00', suppliedAt: null }],
    };
    expect(classifyDossier(calendar, after, H1)).toMatchObject({ pending: 'overdue', supplementRequests: 0 });
  });

  it('is not due on its due date at the end of the period, overdue the day after', () => {
    // Received Tuesday 23/6, 5 working days: 24, 25, 26, 29, 30 → due 30/6.
    const dueOnTo = dossier({ receivedAt: '2026-06-23T08:00:00+07:00' });
    expect(classifyDossier(calendar, dueOnTo, H1)).toMatchObject({
      pending: 'notDue',
      dueDate: '2026-06-30',
    });
    expect(classifyDossier(calendar, dueOnTo, { from: '2026-01-01', to: '2026-07-01' }).pending).toBe(
      'overdue',
    );
  });

  it('ends the wait for a supplement still awaited when the result comes', () => {
    // Received 1/6 (due 8/6), asked 3/6, refused 10/6 while still awaited: the clock stood still
    // 3/6–9/6 (5 working days) → due 15/6, the result is early.
    const refused = dossier({
      receivedAt: '2026-06-01T08:00:00+07:00',
      supplements: [{ requestedAt: '2026-06-03T10:00:00+07:00', suppliedAt: null }],
      resultAt: '2026-06-10T10:00:00+07:00',
    });
    expect(classifyDossier(calendar, refused, H1)).toMatchObject({
      resolved: 'early',
      dueDate: '2026-06-15',
      awaitingSupplement: true,
      onTime766: true,
    });
  });

  it('counts a dossier with more than one supplement request late for Decision 766, whatever its date', () => {
    const twice = dossier({
      receivedAt: '2026-04-20T08:00:00+07:00',
      supplements: [
        { requestedAt: '2026-04-21T10:00:00+07:00', suppliedAt: '2026-04-22T08:00:00+07:00' },
        { requestedAt: '2026-04-23T10:00:00+07:00', suppliedAt: '2026-04-24T08:00:00+07:00' },
      ],
      resultAt: '2026-04-24T15:00:00+07:00',
    });
    expect(classifyDossier(calendar, twice, H1)).toMatchObject({
      resolved: 'early',
      supplementRequests: 2,
      onTime766: false,
    });
    const pendingTwice = { ...twice, resultAt: null };
    expect(classifyDossier(calendar, pendingTwice, { from: '2026-04-01', to: '2026-04-24' })).toMatchObject({
      pending: 'notDue',
      onTime766: false,
    });
  });

  it('counts a calendar-day deadline in days, moved to the next working day', () => {
    // Received Wednesday 22/4, 5 days → Monday 27/4, a day off → Tuesday 28/4.
    const days = dossier({ receivedAt: '2026-04-22T08:00:00+07:00', deadline: { value: 5, unit: 'days' } });
    expect(classifyDossier(calendar, { ...days, resultAt: '2026-04-28T08:00:00+07:00' }, H1)).toMatchObject({
      resolved: 'onTime',
      dueDate: '2026-04-28',
    });
  });
  it('takes bad or same-day timestamps without failing: a wait of no working day', () => {
    // The result at 09:00, a request the same day at 10:00 still awaited; a supplement recorded
    // as arriving before its request.
    const sameDay = dossier({
      receivedAt: '2026-06-01T08:00:00+07:00',
      supplements: [{ requestedAt: '2026-06-08T10:00:00+07:00', suppliedAt: null }],
      resultAt: '2026-06-08T09:00:00+07:00',
    });
    expect(classifyDossier(calendar, sameDay, H1)).toMatchObject({
      resolved: 'onTime',
      dueDate: '2026-06-08',
    });
    const backwards = dossier({
      receivedAt: '2026-06-01T08:00:00+07:00',
      supplements: [{ requestedAt: '2026-06-03T10:00:00+07:00', suppliedAt: '2026-06-02T10:00:00+07:00' }],
    });
    expect(classifyDossier(calendar, backwards, H1)).toMatchObject({
      pending: 'overdue',
      dueDate: '2026-06-08',
    });
  });
});
