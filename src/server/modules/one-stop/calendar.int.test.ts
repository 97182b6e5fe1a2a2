import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../kernel/audit.tables.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';

const DUE = '/api/v1/calendar/due-date';
const due = (query: string) => `${DUE}?${query}`;
const at = (timestamp: string) => encodeURIComponent(timestamp);

describe('the working-day calendar over HTTP (one-stop-v1)', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let staff: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.createUser({ role: 'admin', scope: 'national' });
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
  });
  afterAll(() => ctx.close());

  it("answers the contract's example without sign-in: Friday 13/02/2026, 3 working days across Tết → 25/02/2026", async () => {
    const answer = await ctx.anonymous.get(
      due(`receivedAt=${at('2026-02-13T09:30:00+07:00')}&workingDays=3`),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      receivedAt: '2026-02-13T09:30:00+07:00',
      dayZero: '2026-02-13',
      dueDate: '2026-02-25',
      deadline: { value: 3, unit: 'working_days' },
      years: [{ year: 2026, source: 'built-in' }],
    });
    // The date is the Vietnam date of the instant, whatever the offset: 20:00 UTC on Friday is
    // Saturday 14/02 in Vietnam, inside Tết, so day 0 is Monday 23/02.
    const late = await ctx.anonymous.get(due(`receivedAt=${at('2026-02-13T20:00:00Z')}&workingDays=3`));
    expect(late.body).toMatchObject({
      receivedAt: '2026-02-14T03:00:00+07:00',
      dayZero: '2026-02-23',
      dueDate: '2026-02-26',
    });
  });

  it('counts a deadline in calendar days, moved off a holiday to the next working day', async () => {
    // Friday 24/04/2026 + 3 days = Monday 27/04, the day off for Hùng Kings → Tuesday 28/04.
    const answer = await ctx.anonymous.get(due(`receivedAt=${at('2026-04-24T10:00:00+07:00')}&days=3`));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      dayZero: '2026-04-24',
      dueDate: '2026-04-28',
      deadline: { value: 3, unit: 'days' },
    });
    const zero = await ctx.anonymous.get(due(`receivedAt=${at('2026-04-24T10:00:00+07:00')}&workingDays=0`));
    expect(zero.body.dueDate).toBe('2026-04-24');
  });

  it.each([
    ['no offset', `receivedAt=${at('2026-02-13T09:30:00')}&workingDays=3`, 'query.receivedAt'],
    [
      'a date that does not exist',
      `receivedAt=${at('2026-02-30T09:30:00+07:00')}&workingDays=3`,
      'query.receivedAt',
    ],
    ['not a timestamp', `receivedAt=hom-nay&workingDays=3`, 'query.receivedAt'],
    [
      'more than 3650 days',
      `receivedAt=${at('2026-02-13T09:30:00+07:00')}&workingDays=3651`,
      'query.workingDays',
    ],
    ['a negative count', `receivedAt=${at('2026-02-13T09:30:00+07:00')}&days=-1`, 'query.days'],
    ['a fraction', `receivedAt=${at('2026-02-13T09:30:00+07:00')}&workingDays=1.5`, 'query.workingDays'],
    ['both units', `receivedAt=${at('2026-02-13T09:30:00+07:00')}&workingDays=3&days=3`, 'query.workingDays'],
    ['no deadline', `receivedAt=${at('2026-02-13T09:30:00+07:00')}`, 'query.workingDays'],
  ])('refuses %s with the validation envelope', async (_name, query, path) => {
    const answer = await ctx.anonymous.get(due(query));
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(answer.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it("shows a year's schedule to any signed-in user, with the holidays' names; not to the anonymous", async () => {
    expect((await ctx.anonymous.get('/api/v1/calendar/years/2026')).status).toBe(401);
    const year = await staff.api.get('/api/v1/calendar/years/2026');
    expect(year.status).toBe(200);
    expect(year.body).toMatchObject({ year: 2026, source: 'built-in', version: null });
    expect(year.body.daysOff).toEqual(expect.arrayContaining(['2026-01-01', '2026-02-16', '2026-04-27']));
    expect(year.body.holidays).toContainEqual({ date: '2026-01-01', name: 'Tết Dương lịch' });
    expect(year.body.holidays).toContainEqual({ date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)' });
    // The weekend days of the Tết block, and the swapped days, are named after it.
    expect(year.body.holidays).toContainEqual({ date: '2026-02-14', name: 'Nghỉ Tết Nguyên đán' });
    // A lone day off after a holiday on a Sunday is its compensatory day.
    expect(year.body.holidays).toContainEqual({ date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
    expect(year.body.workingDayCount).toBe(250);
    const built2025 = await staff.api.get('/api/v1/calendar/years/2025');
    expect(built2025.body.workdays).toEqual(['2025-04-26']);
    const fallback = await staff.api.get('/api/v1/calendar/years/2031');
    expect(fallback.body).toMatchObject({ source: 'default', version: null });
    expect(fallback.body.holidays).toContainEqual({ date: '2031-01-23', name: 'Tết Nguyên đán (mùng 1)' });

    const list = await staff.api.get('/api/v1/calendar/years?from=2025&to=2027');
    expect(list.body.items.map((y: { year: number; source: string }) => [y.year, y.source])).toEqual([
      [2025, 'built-in'],
      [2026, 'built-in'],
      [2027, 'default'],
    ]);
    expect((await staff.api.get('/api/v1/calendar/years?from=2000&to=2050')).status).toBe(400);
    expect((await staff.api.get('/api/v1/calendar/years?from=2027&to=2026')).status).toBe(400);
    expect((await staff.api.get('/api/v1/calendar/years/1800')).status).toBe(400);
  });

  it('lets an administrator set a year, which moves due dates; refuses a stale version and bad schedules; DELETE restores', async () => {
    // Monday 10/03/2031, 5 working days: Tuesday 17/03 by the default schedule.
    const query = due(`receivedAt=${at('2031-03-10T08:00:00+07:00')}&workingDays=5`);
    expect((await ctx.anonymous.get(query)).body.dueDate).toBe('2031-03-17');

    const schedule = {
      daysOff: ['2031-01-01', '2031-01-22', '2031-01-23', '2031-03-12'],
      workdays: ['2031-01-25'],
      note: 'Thông báo số 1/TB-BNV (thử)',
    };
    expect((await staff.api.put('/api/v1/calendar/years/2031', schedule)).status).toBe(403);
    const set = await admin.api.put('/api/v1/calendar/years/2031', schedule);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      year: 2031,
      source: 'set',
      version: 1,
      daysOff: schedule.daysOff,
      workdays: ['2031-01-25'],
      note: schedule.note,
    });
    // Wednesday 12/03 is now a day off: the due date moves a day later.
    const moved = await ctx.anonymous.get(query);
    expect(moved.body.dueDate).toBe('2031-03-18');
    expect(moved.body.years).toEqual([{ year: 2031, source: 'set' }]);

    // Once set, a change needs the version read.
    const unversioned = await admin.api.put('/api/v1/calendar/years/2031', { ...schedule, daysOff: [] });
    expect(unversioned.status).toBe(409);
    expect(unversioned.body.error.code).toBe('VERSION_CONFLICT');
    const second = await admin.api.put('/api/v1/calendar/years/2031', {
      ...schedule,
      note: 'sửa',
      version: 1,
    });
    expect(second.body.version).toBe(2);
    const stale = await admin.api.put('/api/v1/calendar/years/2031', { ...schedule, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.currentVersion).toBe(2);

    // A weekday cannot be a make-up working day; dates outside the year, twice, or in both lists.
    const bad = await admin.api.put('/api/v1/calendar/years/2031', {
      daysOff: ['2031-03-12', '2030-12-31', '2031-03-12'],
      workdays: ['2031-03-13', '2031-03-12'],
      version: 2,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('CALENDAR_YEAR_INVALID');
    expect(bad.body.error.details.map((d: { path: string; reason: string }) => [d.path, d.reason])).toEqual(
      expect.arrayContaining([
        ['body.workdays[0]', 'not_weekend'],
        ['body.daysOff[1]', 'outside_year'],
        ['body.daysOff[2]', 'duplicate'],
        ['body.workdays[1]', 'both_lists'],
      ]),
    );
    const malformed = await admin.api.put('/api/v1/calendar/years/2031', {
      daysOff: ['2031-02-30'],
      workdays: [],
      version: 2,
    });
    expect(malformed.status).toBe(400);
    // Bad input changes nothing.
    const unchanged = await admin.api.get('/api/v1/calendar/years/2031');
    expect(unchanged.body).toMatchObject({ version: 2, note: 'sửa', daysOff: schedule.daysOff });

    const stored = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'calendar_year'), eq(auditLog.entityId, '2031')))
      .orderBy(auditLog.id);
    expect(stored.map((e) => [e.action, e.boardId, e.actorLabel])).toEqual([
      ['create', null, admin.username],
      ['update', null, admin.username],
    ]);

    expect((await admin.api.delete('/api/v1/calendar/years/2031?version=1')).status).toBe(409);
    const reset = await admin.api.delete('/api/v1/calendar/years/2031');
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ year: 2031, source: 'default', version: null });
    expect((await ctx.anonymous.get(query)).body.dueDate).toBe('2031-03-17');
    expect((await admin.api.delete('/api/v1/calendar/years/2031')).status).toBe(404);
    const entries = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'calendar_year'), eq(auditLog.entityId, '2031')))
      .orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
  });
});
