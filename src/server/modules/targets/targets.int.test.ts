import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';

describe('yearly targets and the province totals in the production report', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let boardId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    const pkg = new PackageBuilder()
      .board('AA')
      .board('BB')
      .zone('AA', 'Z1')
      .zone('BB', 'Y1')
      .project('AA', 'Z1', 'P1', 'DDI')
      .event('P1', 'new', '2019-03-01', '1.5')
      .event('P1', 'adjustment', '2019-09-01', '2.1')
      .enterprise('AA', 'Z1', '0100000001', 'DDI')
      .enterpriseReport('0100000001', '2018', { productionValueVnd: '1000', exportUsd: '100', workers: 100 })
      .enterpriseReport('0100000001', '2019', { productionValueVnd: '1200', exportUsd: '110', workers: 130 })
      .build();
    await ctx.importPackage(pkg);
    staff = await ctx.createUser({ role: 'staff', board: 'AA' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'AA' });
    boardId = ((await staff.api.get('/api/v1/boards')).body.items as { id: string; code: string }[]).find(
      (b) => b.code === 'AA',
    )!.id;
  });

  it('reports results against amount and growth targets, and the share of the province', async () => {
    const set = async (body: object) => {
      const response = await staff.api.put('/api/v1/targets', body);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body;
    };
    // Production +15% over 1000 → plan 1150; 1200 reaches 104,3%.
    await set({ year: 2019, indicator: 'productionValueVnd', targetGrowthPct: 15 });
    // Export +20% over 100 → plan 120; 110 reaches 91,7%.
    await set({ year: 2019, indicator: 'exportUsd', targetGrowthPct: 20 });
    // 2 tỷ to attract (new 1,5 tỷ + adjustment +0,6 tỷ = 2,1 tỷ) → 105,0%.
    await set({ year: 2019, indicator: 'attractedCapitalVnd', targetValue: '2000000000' });
    // 30 new jobs: 130 − 100 = 30 → 100,0%.
    await set({ year: 2019, indicator: 'newJobs', targetValue: '30' });
    const province = await staff.api.put('/api/v1/province-totals', {
      period: '2019',
      indicator: 'productionValueVnd',
      value: '1800',
    });
    expect(province.status).toBe(200);

    const { body } = await viewer.api.get('/api/v1/reports/production?board=AA&period=2019');
    const byIndicator = Object.fromEntries(
      (body.targets as { indicator: string }[]).map((t) => [t.indicator, t]),
    );
    expect(byIndicator.productionValueVnd).toEqual({
      indicator: 'productionValueVnd',
      year: 2019,
      targetValue: null,
      targetGrowthPct: 15,
      actual: '1200',
      growthPct: 20.0,
      achievedPct: 104.3,
    });
    expect(byIndicator.exportUsd).toMatchObject({ actual: '110.00', achievedPct: 91.7 });
    expect(byIndicator.attractedCapitalVnd).toMatchObject({
      actual: '2100000000',
      targetValue: '2000000000',
      achievedPct: 105.0,
    });
    expect(byIndicator.newJobs).toMatchObject({ actual: '30', achievedPct: 100.0 });
    // 1200 of the province's 1800: 66,7%.
    expect(body.province).toEqual([
      {
        indicator: 'productionValueVnd',
        period: '2019',
        provinceValue: '1800',
        zonesValue: '1200',
        sharePct: 66.7,
      },
    ]);
    // Summed over boards there is no one plan to compare with.
    const both = await ctx.createUser({ role: 'viewer', scope: 'national' });
    const sum = await both.api.get('/api/v1/reports/production?board=AA&board=BB&period=2019');
    expect(sum.body.targets).toBeUndefined();
  });

  it('replaces a target in place, audits it, and refuses readers and bad input', async () => {
    const first = await staff.api.put('/api/v1/targets', {
      year: 2020,
      indicator: 'budgetPaidVnd',
      targetValue: '5000',
    });
    const again = await staff.api.put('/api/v1/targets', {
      year: 2020,
      indicator: 'budgetPaidVnd',
      targetValue: '5000',
    });
    expect(again.body).toEqual(first.body); // unchanged: same version
    const changed = await staff.api.put('/api/v1/targets', {
      year: 2020,
      indicator: 'budgetPaidVnd',
      targetGrowthPct: 7.5,
    });
    expect(changed.body).toMatchObject({
      id: first.body.id,
      targetValue: null,
      targetGrowthPct: 7.5,
      version: 2,
    });
    const list = await viewer.api.get(`/api/v1/targets?boardId=${boardId}&year=2020`);
    expect(list.body.items).toHaveLength(1);

    const admin = await ctx.createUser({ role: 'admin', board: 'AA' });
    const audit = await admin.api.get(`/api/v1/audit?entityId=${first.body.id}`);
    expect(audit.status).toBe(200);
    const entries = audit.body.items as { action: string; before: unknown; after: unknown }[];
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
    const update = entries.find((e) => e.action === 'update')!;
    expect(update.before).toMatchObject({ targetValue: '5000' });
    expect(update.after).toMatchObject({ targetGrowthPct: 7.5 });

    const refused = await viewer.api.put('/api/v1/targets', {
      year: 2020,
      indicator: 'workers',
      targetValue: '1',
    });
    expect(refused.status).toBe(403);
    const empty = await staff.api.put('/api/v1/targets', { year: 2020, indicator: 'workers' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].path).toContain('targetValue');
    const unknown = await staff.api.put('/api/v1/targets', {
      year: 2020,
      indicator: 'happiness',
      targetValue: '1',
    });
    expect(unknown.status).toBe(400);

    const removed = await staff.api.delete(`/api/v1/targets/${first.body.id}`);
    expect(removed.status).toBe(204);
    expect((await viewer.api.get(`/api/v1/targets?year=2020`)).body.items).toHaveLength(0);
  });

  it('refuses an edit made on a stale version, and one of a record deleted meanwhile', async () => {
    const body = { year: 2021, indicator: 'revenueVnd', targetValue: '7000' };
    const created = (await staff.api.put('/api/v1/targets', body)).body;
    const edited = await staff.api.put('/api/v1/targets', { ...body, targetValue: '8000', version: 1 });
    expect(edited.body).toMatchObject({ id: created.id, targetValue: '8000', version: 2 });
    const stale = await staff.api.put('/api/v1/targets', { ...body, targetValue: '9000', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    await staff.api.delete(`/api/v1/targets/${created.id}`);
    const gone = await staff.api.put('/api/v1/targets', { ...body, version: 2 });
    expect(gone.status).toBe(409);
    expect((await staff.api.get('/api/v1/targets?year=2021')).body.items).toHaveLength(0);

    const total = { period: '2021', indicator: 'workers', value: '50000' };
    const first = (await staff.api.put('/api/v1/province-totals', total)).body;
    expect(
      (await staff.api.put('/api/v1/province-totals', { ...total, value: '51000', version: first.version }))
        .body,
    ).toMatchObject({ id: first.id, value: '51000', version: 2 });
    const late = await staff.api.put('/api/v1/province-totals', { ...total, value: '52000', version: 1 });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('VERSION_CONFLICT');
  });
});
