import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';

describe("a board's settings history (GET /audit/settings)", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let aa: string;
  let bb: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    aa = (await ctx.createBoard('AA')).id;
    bb = (await ctx.createBoard('BB')).id;
    staff = await ctx.createUser({ role: 'staff', board: 'AA' });
  });

  it('lists one kind of setting’s changes, newest first, to those who keep the settings', async () => {
    const schedules = (await staff.api.get('/api/v1/reporting/schedules')).body as {
      periodKind: string;
      version: number;
    }[];
    const quarter = schedules.find((s) => s.periodKind === 'quarter')!;
    const changed = await staff.api.put('/api/v1/reporting/schedules/quarter', {
      collected: true,
      dueMonthsAfter: 1,
      dueDay: 15,
      version: quarter.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    await staff.api.put('/api/v1/statistics/exchange-rates', { period: '2024', vndPerUsd: '24500.5' });

    const history = await staff.api.get(`/api/v1/audit/settings?entityType=reporting_schedule&boardId=${aa}`);
    expect(history.status, JSON.stringify(history.body)).toBe(200);
    const entries = history.body.items as {
      action: string;
      entityType: string;
      entityKey: string;
      before: { dueDay?: number } | null;
      after: { dueDay?: number };
      actorLabel: string;
      at: string;
    }[];
    // The four default schedules created on first reading, then the change, newest first.
    expect(entries[0]).toMatchObject({
      action: 'update',
      entityKey: 'quarter',
      before: { dueDay: 10 },
      after: { dueDay: 15 },
    });
    expect(entries[0]!.at).toMatch(/\+07:00$/);
    expect(entries.every((e) => e.entityType === 'reporting_schedule')).toBe(true);
    expect(history.body.total).toBe(5);

    const rates = await staff.api.get('/api/v1/audit/settings?entityType=exchange_rate');
    expect(rates.body.items).toMatchObject([{ action: 'create', entityKey: '2024' }]);
    const id = (rates.body.items as { entityId: string }[])[0]!.entityId;
    expect(
      (await staff.api.get(`/api/v1/audit/settings?entityType=exchange_rate&entityId=${id}`)).body.total,
    ).toBe(1);
  });

  it('is refused to viewers, to other boards, and for any other kind of record', async () => {
    const viewer = await ctx.createUser({ role: 'viewer', board: 'AA' });
    expect((await viewer.api.get('/api/v1/audit/settings?entityType=board_target')).status).toBe(403);
    const leader = await ctx.createUser({ role: 'leader', board: 'AA' });
    expect((await leader.api.get('/api/v1/audit/settings?entityType=board_target')).status).toBe(200);
    expect((await staff.api.get(`/api/v1/audit/settings?entityType=board_target&boardId=${bb}`)).status).toBe(
      403,
    );
    const user = await staff.api.get('/api/v1/audit/settings?entityType=user');
    expect(user.status).toBe(400);
    expect(user.body.error.details[0].path).toContain('entityType');
  });

  it('asks a national user to name the board, and serves the board named', async () => {
    const national = await ctx.createUser({ role: 'staff' });
    const unnamed = await national.api.get('/api/v1/audit/settings?entityType=exchange_rate');
    expect(unnamed.status).toBe(400);
    const named = await national.api.get(`/api/v1/audit/settings?entityType=exchange_rate&boardId=${aa}`);
    expect(named.status).toBe(200);
    expect(named.body.total).toBe(1);
  });
});
