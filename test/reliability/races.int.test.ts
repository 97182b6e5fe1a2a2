import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/kernel/db/database.ts';
import { createTestContext, type TestContext, type TestUser } from '../test-app.ts';

/**
 * Concurrent requests that name the same new thing. On PostgreSQL they really run at once (a
 * pool of connections); each upsert must succeed for every request — never a 409 from a unique
 * index — and leave one row. A versioned record created twice at once may answer the loser
 * VERSION_CONFLICT (its designed answer), never DUPLICATE. On the embedded database requests
 * are serialised, so the same test simply holds.
 */
describe('concurrent upserts', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let zoneId: string;

  const count = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ n: number }>(ctx.database.db, query))[0]!.n;
  const statuses = (responses: { status: number }[]) => [...new Set(responses.map((r) => r.status))].sort();

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await ctx.createUser({ role: 'staff', board: 'RC' });
    const zone = await staff.api.post('/api/v1/zones', {
      code: 'RC-1',
      name: 'KCN Đua',
      kind: 'KCN',
      status: 'operating',
      areaHa: '100',
    });
    expect(zone.status, JSON.stringify(zone.body)).toBe(201);
    zoneId = zone.body.id;
  });

  it('10 projects registered at once, each naming the same new investor: all created, one investor', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        staff.api.post('/api/v1/projects', {
          code: `RACE-${i}`,
          zoneId,
          name: `Dự án đua ${i}`,
          investmentType: 'FDI',
          investors: [{ name: 'Race Electronics Co., Ltd.', country: 'KR' }],
          certificate: {
            date: '2024-03-01',
            documentNo: `GCN-RACE-${i}`,
            capitalVnd: '1000000000',
            capitalUsd: '41000',
          },
        }),
      ),
    );
    expect(
      responses.filter((r) => r.status !== 201).map((r) => r.body),
      'every registration succeeds',
    ).toEqual([]);
    expect(
      await count(sql`select count(*)::int as n from investors where name = 'Race Electronics Co., Ltd.'`),
    ).toBe(1);
    const investorIds = new Set(responses.map((r) => r.body.investors[0].id));
    expect(investorIds.size).toBe(1);
    // One creation of the investor in the audit log, whoever made it.
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where entity_type = 'investor' and entity_key = 'Race Electronics Co., Ltd.'`,
      ),
    ).toBe(1);
  });

  it('20 PUT /targets for one new key at once: all succeed, one row, one creation audited', async () => {
    const body = { year: 2031, indicator: 'productionValueVnd', targetValue: '5000000000000' };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => staff.api.put('/api/v1/targets', body)),
    );
    expect(statuses(responses), JSON.stringify(responses.find((r) => r.status !== 200)?.body)).toEqual([200]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await count(sql`select count(*)::int as n from board_targets where year = 2031`)).toBe(1);
    expect(
      await count(sql`select count(*)::int as n from audit_log where entity_type = 'board_target'`),
    ).toBe(1);
  });

  it('20 PUT /targets with different values for one new key: all succeed, the last write stands, each change audited', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        staff.api.put('/api/v1/targets', {
          year: 2032,
          indicator: 'revenueVnd',
          targetValue: String(1000 + i),
        }),
      ),
    );
    expect(statuses(responses)).toEqual([200]);
    const [row] = await queryRows<{ target_value: string; version: number }>(
      ctx.database.db,
      sql`select target_value::text, version from board_targets where year = 2032`,
    );
    // Versions count every write: the one creation and 19 updates, none lost.
    expect(row!.version).toBe(20);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where entity_type = 'board_target' and entity_key = '2032 revenueVnd'`,
      ),
    ).toBe(20);
  });

  it('20 PUT /province-totals for one new key at once: all succeed, one row', async () => {
    const body = { period: '2031', indicator: 'productionValueVnd', value: '90000000000000' };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => staff.api.put('/api/v1/province-totals', body)),
    );
    expect(statuses(responses), JSON.stringify(responses.find((r) => r.status !== 200)?.body)).toEqual([200]);
    expect(await count(sql`select count(*)::int as n from province_totals where period = '2031'`)).toBe(1);
  });

  it('versioned records created twice at once: one wins, the others get VERSION_CONFLICT, never DUPLICATE', async () => {
    const rates = await Promise.all(
      Array.from({ length: 10 }, () =>
        staff.api.put('/api/v1/statistics/exchange-rates', { period: '2031', vndPerUsd: '25000' }),
      ),
    );
    const rules = await Promise.all(
      Array.from({ length: 10 }, () =>
        staff.api.put('/api/v1/statistics/rules/yoy_ratio', { severity: 'soft', params: { factor: 4 } }),
      ),
    );
    for (const responses of [rates, rules]) {
      expect(responses.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
      for (const r of responses.filter((r) => r.status !== 200)) {
        expect(r.status, JSON.stringify(r.body)).toBe(409);
        expect(r.body.error.code).toBe('VERSION_CONFLICT');
      }
    }
  });
});
