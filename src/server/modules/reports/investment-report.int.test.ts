import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder, ty } from '../../../../test/package-builder.ts';

/**
 * Board AA, period 2019-01-01..2019-11-30. Each project exercises one rule of reports-v1;
 * expected figures are worked out by hand in the comments.
 */
function scenario() {
  return (
    new PackageBuilder()
      .board('AA')
      .board('BB')
      .zone('AA', 'AA-Z1')
      .zone('AA', 'AA-Z2')
      .zone('BB', 'BB-Z1')
      // P1 DDI: an adjustment lowering capital (100 → 80) and one without capital.
      .project('AA', 'AA-Z1', 'P1', 'DDI')
      .event('P1', 'new', '2015-03-01', '100')
      .event('P1', 'adjustment', '2019-02-10', '80')
      .event('P1', 'adjustment', '2019-06-01')
      // P2 DDI: new in the period, then two adjustments on one day (50 → 70 → 90: +20, +20).
      .project('AA', 'AA-Z2', 'P2', 'DDI')
      .event('P2', 'new', '2019-03-05', '50')
      .event('P2', 'adjustment', '2019-05-05', '70')
      .event('P2', 'adjustment', '2019-05-05', '90')
      // P3 FDI: capital up in VND and USD, then terminated inside the period.
      .project('AA', 'AA-Z1', 'P3', 'FDI')
      .event('P3', 'new', '2018-01-10', '230', '10000000.00')
      .event('P3', 'adjustment', '2019-09-02', '345', '15000000.00')
      .event('P3', 'termination', '2019-10-01')
      // P4 FDI: new in the period, terminated after it (still in force at the end of `to`).
      .project('AA', 'AA-Z2', 'P4', 'FDI')
      .event('P4', 'new', '2019-04-01', '46', '2000000.00')
      .event('P4', 'termination', '2019-12-15')
      // P5 DDI: licensed after `to`: in no figure.
      .project('AA', 'AA-Z1', 'P5', 'DDI')
      .event('P5', 'new', '2019-12-01', '500')
      // P6 DDI: an adjustment restating the same capital (no change), one after `to`.
      .project('AA', 'AA-Z1', 'P6', 'DDI')
      .event('P6', 'new', '2017-01-01', '200')
      .event('P6', 'adjustment', '2019-07-01', '200')
      .event('P6', 'adjustment', '2019-12-20', '300')
      // P7 DDI: terminated before the period: neither in force nor a termination of the period.
      .project('AA', 'AA-Z1', 'P7', 'DDI')
      .event('P7', 'new', '2016-01-01', '10')
      .event('P7', 'termination', '2018-06-01')
      // Implemented capital: the latest entry ≤ 2019-11-30 counts; one dated on `to` is in.
      .implemented('P1', '2018-12-31', '30')
      .implemented('P1', '2019-11-30', '60')
      .implemented('P1', '2019-12-31', '70')
      .implemented('P3', '2019-06-30', '100')
      .implemented('P4', '2019-12-10', '20')
      .implemented('P6', '2019-01-01', '150')
      // Board BB: one DDI project new in the period.
      .project('BB', 'BB-Z1', 'Q1', 'DDI')
      .event('Q1', 'new', '2019-02-02', '1000')
      .implemented('Q1', '2019-06-30', '400')
      .build()
  );
}

const PERIOD = 'from=2019-01-01&to=2019-11-30';

describe('investment report (reports-v1)', () => {
  let ctx: TestContext;
  let national: TestUser;
  let staffAA: TestUser;
  let staffBB: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(scenario());
    national = await ctx.createUser({ role: 'viewer' });
    staffAA = await ctx.createUser({ role: 'staff', board: 'AA' });
    staffBB = await ctx.createUser({ role: 'staff', board: 'BB' });
  });

  it('counts new certificates with their VND and, for FDI, USD capital', async () => {
    const { status, body } = await national.api.get(`/api/v1/reports/investment?board=AA&${PERIOD}`);
    expect(status).toBe(200);
    expect(body.report).toBe('investment');
    expect(body.boards).toEqual(['AA']);
    expect(body.licensing.new).toEqual({
      count: 2,
      capitalVnd: ty('96'),
      capitalUsd: '2000000.00',
      fdi: { count: 1, capitalVnd: ty('46'), capitalUsd: '2000000.00' },
      ddi: { count: 1, capitalVnd: ty('50') },
    });
  });

  it('measures each adjustment against the capital before it: decreases, same-day pairs, no capital, no change', async () => {
    const { body } = await national.api.get(`/api/v1/reports/investment?board=AA&${PERIOD}`);
    // P1 −20, P1 (no capital), P2 +20, P2 +20, P3 +115, P6 0 → 6 adjustments, net +135.
    expect(body.licensing.adjustments).toEqual({
      count: 6,
      capitalChangeVnd: ty('135'),
      increases: { count: 3, capitalVnd: ty('155') },
      decreases: { count: 1, capitalVnd: ty('20') },
      fdi: { count: 1, capitalChangeVnd: ty('115'), capitalChangeUsd: '5000000.00' },
      ddi: { count: 5, capitalChangeVnd: ty('20') },
    });
    expect(body.licensing.turns).toBe(8);
  });

  it('counts terminations inside the period with the capital registered at termination, not those after it', async () => {
    const { body } = await national.api.get(`/api/v1/reports/investment?board=AA&${PERIOD}`);
    expect(body.licensing.terminations).toMatchObject({
      count: 1,
      capitalVnd: ty('345'),
      fdi: { count: 1 },
      ddi: { count: 0 },
    });
  });

  it('sums projects in force at the end of the period with registered and implemented capital as of that day', async () => {
    const { body } = await national.api.get(`/api/v1/reports/investment?board=AA&${PERIOD}`);
    // In force: P1 (80, impl 60), P2 (90, 0), P6 (200, 150) DDI; P4 (46 / 2M USD, impl 0: its entry is after `to`) FDI.
    expect(body.cumulative).toEqual({
      asOf: '2019-11-30',
      total: { projects: 4, registeredVnd: ty('416'), implementedVnd: ty('210'), implementedPct: 50.5 },
      ddi: {
        projects: 3,
        projectsSharePct: 75.0,
        registeredVnd: ty('370'),
        registeredSharePct: 88.9,
        implementedVnd: ty('210'),
        implementedPct: 56.8,
      },
      fdi: {
        projects: 1,
        projectsSharePct: 25.0,
        registeredVnd: ty('46'),
        registeredSharePct: 11.1,
        registeredUsd: '2000000.00',
        implementedVnd: '0',
        implementedPct: 0.0,
      },
    });
  });

  it('ignores events after `to`: the next days change the figures', async () => {
    const { body } = await national.api.get(
      '/api/v1/reports/investment?board=AA&from=2019-01-01&to=2019-12-31',
    );
    // P5 new (500), P6 +100 on 12-20, P4 terminated 12-15; in force P1 80, P2 90, P5 500, P6 300; implemented P1 70 + P6 150.
    expect(body.licensing.new.count).toBe(3);
    expect(body.licensing.adjustments.capitalChangeVnd).toBe(ty('235'));
    expect(body.licensing.terminations.count).toBe(2);
    expect(body.cumulative.total).toEqual({
      projects: 4,
      registeredVnd: ty('970'),
      implementedVnd: ty('220'),
      implementedPct: 22.7,
    });
  });

  it('sums several boards at once, and every visible board when none is named', async () => {
    const both = await national.api.get(`/api/v1/reports/investment?board=AA&board=BB&${PERIOD}`);
    expect(both.body.boards).toEqual(['AA', 'BB']);
    expect(both.body.licensing.new.count).toBe(3);
    expect(both.body.licensing.new.capitalVnd).toBe(ty('1096'));
    expect(both.body.cumulative.ddi.projects).toBe(4);
    expect(both.body.cumulative.ddi.implementedVnd).toBe(ty('610'));
    const all = await national.api.get(`/api/v1/reports/investment?${PERIOD}`);
    expect(all.body.boards).toEqual(['AA', 'BB']);
    expect(all.body.licensing).toEqual(both.body.licensing);
  });

  it('narrows to zones', async () => {
    const { body } = await national.api.get(`/api/v1/reports/investment?board=AA&zone=AA-Z2&${PERIOD}`);
    expect(body.zones).toEqual(['AA-Z2']);
    expect(body.licensing.new.count).toBe(2); // P2 and P4 are in AA-Z2
    expect(body.licensing.adjustments.count).toBe(2);
    expect(body.cumulative.total.projects).toBe(2);
    const unknown = await national.api.get(`/api/v1/reports/investment?board=AA&zone=NOPE&${PERIOD}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('REPORT_ZONE_NOT_FOUND');
  });

  it("keeps a board's figures to the boards its user may see", async () => {
    const own = await staffAA.api.get(`/api/v1/reports/investment?${PERIOD}`);
    expect(own.body.boards).toEqual(['AA']);
    const other = await staffAA.api.get(`/api/v1/reports/investment?board=BB&${PERIOD}`);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('BOARD_NOT_FOUND');
    const bb = await staffBB.api.get(`/api/v1/reports/investment?${PERIOD}`);
    expect(bb.body.licensing.new.count).toBe(1);
  });

  it('drills down: every figure counts the events or projects its list shows', async () => {
    const { body: report } = await national.api.get(`/api/v1/reports/investment?board=AA&${PERIOD}`);
    const aa = (await national.api.get('/api/v1/boards')).body.items.find(
      (b: { code: string }) => b.code === 'AA',
    ).id;
    const events = async (query: string) =>
      (
        await national.api.get(
          `/api/v1/licensing-events?boardId=${aa}&from=2019-01-01&to=2019-11-30&${query}`,
        )
      ).body.total;
    const inForce = async (query: string) =>
      (await national.api.get(`/api/v1/projects?boardId=${aa}&inForceAt=2019-11-30&${query}`)).body.total;
    const l = report.licensing;
    expect(await events('kind=new&kind=adjustment')).toBe(l.turns);
    expect(await events('kind=new')).toBe(l.new.count);
    expect(await events('kind=new&investmentType=FDI')).toBe(l.new.fdi.count);
    expect(await events('kind=new&investmentType=DDI')).toBe(l.new.ddi.count);
    expect(await events('kind=adjustment')).toBe(l.adjustments.count);
    expect(await events('kind=adjustment&change=increase')).toBe(l.adjustments.increases.count);
    expect(await events('kind=adjustment&change=decrease')).toBe(l.adjustments.decreases.count);
    expect(await events('kind=adjustment&investmentType=FDI')).toBe(l.adjustments.fdi.count);
    expect(await events('kind=termination')).toBe(l.terminations.count);
    expect(await inForce('')).toBe(report.cumulative.total.projects);
    expect(await inForce('investmentType=DDI')).toBe(report.cumulative.ddi.projects);
    expect(await inForce('investmentType=FDI')).toBe(report.cumulative.fdi.projects);
  });

  it('gives the chart its months, adding up to the report', async () => {
    const { body: report } = await national.api.get(`/api/v1/reports/investment?board=AA&${PERIOD}`);
    const { status, body } = await national.api.get(`/api/v1/reports/investment/monthly?board=AA&${PERIOD}`);
    expect(status).toBe(200);
    expect(body.months.map((m: { month: string }) => m.month)).toEqual([
      '2019-02',
      '2019-03',
      '2019-04',
      '2019-05',
      '2019-06',
      '2019-07',
      '2019-09',
      '2019-10',
    ]);
    const sum = (key: string) =>
      body.months
        .reduce((total: bigint, m: Record<string, string>) => total + BigInt(m[key]!), 0n)
        .toString();
    expect(sum('newCapitalVnd')).toBe(report.licensing.new.capitalVnd);
    expect(sum('adjustmentChangeVnd')).toBe(report.licensing.adjustments.capitalChangeVnd);
    expect(body.months.find((m: { month: string }) => m.month === '2019-05')).toEqual({
      month: '2019-05',
      newCount: 0,
      newCapitalVnd: '0',
      adjustmentCount: 2,
      adjustmentChangeVnd: ty('40'),
    });
  });

  it('refuses a period that ends before it starts, and malformed dates, in the error envelope', async () => {
    const backwards = await national.api.get('/api/v1/reports/investment?from=2019-12-01&to=2019-01-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('REPORT_PERIOD_INVALID');
    const malformed = await national.api.get('/api/v1/reports/investment?from=2019-02-30&to=2019-13-01');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_FAILED');
    expect(malformed.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'query.from',
      'query.to',
    ]);
  });

  it('gives null percentages where the denominator is zero', async () => {
    const { body } = await national.api.get(
      '/api/v1/reports/investment?board=AA&from=2000-01-01&to=2000-12-31',
    );
    expect(body.licensing.turns).toBe(0);
    expect(body.cumulative.total).toEqual({
      projects: 0,
      registeredVnd: '0',
      implementedVnd: '0',
      implementedPct: null,
    });
    expect(body.cumulative.fdi.projectsSharePct).toBeNull();
  });
});
