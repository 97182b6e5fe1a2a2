import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';

const months = (year: string) =>
  Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`);

describe('production and business report (reports-v1)', () => {
  let viewer: TestUser;

  beforeAll(async () => {
    const ctx = await createTestContext();
    const pkg = new PackageBuilder()
      .board('AA')
      .board('BB')
      .zone('AA', 'Z1')
      .zone('AA', 'Z2')
      .zone('BB', 'Y1')
      // E1, FDI: one yearly report a year.
      .enterprise('AA', 'Z1', '0100000001', 'FDI')
      .enterpriseReport('0100000001', '2019', {
        productionValueVnd: '1000',
        revenueVnd: '2000',
        exportUsd: '10.50',
        workers: 100,
        insuredWorkers: 90,
        averageIncomeVnd: '5000000',
      })
      .enterpriseReport('0100000001', '2018', { productionValueVnd: '800', exportUsd: '7', workers: 80 })
      // E2, DDI: twelve months of 2019 AND four quarters — the finer (months) count; a yearly 2018.
      .enterprise('AA', 'Z1', '0100000002', 'DDI')
      .enterpriseReport('0100000002', '2018', { productionValueVnd: '500', workers: 190 });
    months('2019').forEach((month, i) =>
      pkg.enterpriseReport('0100000002', month, {
        productionValueVnd: String((i + 1) * 10),
        workers: i === 11 ? 200 : 150,
        insuredWorkers: i === 11 ? 180 : 100,
        averageIncomeVnd: i < 6 ? '6000000' : '6600000',
      }),
    );
    for (const q of [1, 2, 3, 4])
      pkg.enterpriseReport('0100000002', `2019-Q${q}`, { productionValueVnd: '1' });
    // E3, DDI: four quarters; workers of the last one.
    pkg.enterprise('AA', 'Z2', '0100000003', 'DDI');
    [40, 45, 48, 50].forEach((workers, i) =>
      pkg.enterpriseReport('0100000003', `2019-Q${i + 1}`, {
        productionValueVnd: String((i + 1) * 100),
        workers,
        insuredWorkers: workers - 5,
        averageIncomeVnd: '4000000',
      }),
    );
    // E4, DDI: two halves.
    pkg
      .enterprise('AA', 'Z2', '0100000004', 'DDI')
      .enterpriseReport('0100000004', '2019-H1', {
        productionValueVnd: '500',
        workers: 30,
        insuredWorkers: 20,
        averageIncomeVnd: '3000000',
      })
      .enterpriseReport('0100000004', '2019-H2', {
        productionValueVnd: '600',
        workers: 60,
        insuredWorkers: 50,
        averageIncomeVnd: '3300000',
      })
      // E5, FDI: three quarters only — no figure for 2019, but one of the board's enterprises.
      .enterprise('AA', 'Z2', '0100000005', 'FDI')
      .enterpriseReport('0100000005', '2019-Q1', { productionValueVnd: '99999' })
      .enterpriseReport('0100000005', '2019-Q2', { productionValueVnd: '99999' })
      .enterpriseReport('0100000005', '2019-Q3', { productionValueVnd: '99999' })
      // E6, another board.
      .enterprise('BB', 'Y1', '0200000006', 'DDI')
      .enterpriseReport('0200000006', '2019', { productionValueVnd: '7777', workers: 10 });
    await ctx.importPackage(pkg.build());
    viewer = await ctx.createUser({ role: 'viewer' });
  });

  const report = async (query: string) => {
    const { status, body } = await viewer.api.get(`/api/v1/reports/production?${query}`);
    expect(status).toBe(200);
    return body;
  };

  it('derives a year from complete sub-periods (months before quarters before halves) and leaves incomplete ones out', async () => {
    const body = await report('board=AA&period=2019');
    expect(body).toMatchObject({
      report: 'production',
      boards: ['AA'],
      period: '2019',
      previousPeriod: '2018',
    });
    // E5 has three quarters only: counted among the board's enterprises, not among those reporting.
    expect(body.coverage).toEqual({ enterprises: 5, reported: 4 });
    // E1 1000 (FDI); E2 Σ months 10+…+120 = 780 (not its quarters' 4); E3 1000; E4 1100.
    expect(body.indicators.productionValueVnd).toEqual({
      total: { value: '3880', previous: '1300', growthPct: 198.5 },
      fdi: { value: '1000', previous: '800', growthPct: 25.0 },
      ddi: { value: '2880', previous: '500', growthPct: 476.0 },
    });
    expect(body.indicators.exportUsd.total).toEqual({ value: '10.50', previous: '7.00', growthPct: 50.0 });
    // Nobody reported revenue in 2018: growth against an absent previous figure is null.
    expect(body.indicators.revenueVnd.total).toEqual({ value: '2000', previous: '0', growthPct: null });
    expect(body.indicators.budgetPaidVnd.total).toEqual({ value: '0', previous: '0', growthPct: null });
  });

  it('takes workers from the last sub-period and weights income by workers', async () => {
    const { labour } = await report('board=AA&period=2019');
    // E1 100 + E2 200 (December) + E3 50 (Q4) + E4 60 (H2).
    expect(labour.workers.total).toEqual({ value: 410, previous: 270, growthPct: 51.9 });
    expect(labour.workers.fdi).toEqual({ value: 100, previous: 80, growthPct: 25.0 });
    expect(labour.workers.ddi).toEqual({ value: 310, previous: 190, growthPct: 63.2 });
    // 90 + 180 + 45 + 50 insured of 410.
    expect(labour.insuredPct).toBe(89.0);
    // Each enterprise's income is its worker-weighted mean over its sub-periods, then weighted by
    // its workers: E2 = (150×6×6.000.000 + 150×5×6.600.000 + 200×6.600.000) / 1.850.
    const e2 = { total: 150n * 6n * 6_000_000n + 150n * 5n * 6_600_000n + 200n * 6_600_000n, workers: 1850n };
    // Σ W×mean with E2's mean as a fraction: bring everything over E2's denominator.
    const numerator =
      (100n * 5_000_000n + 50n * 4_000_000n + 60n * ((30n * 3_000_000n + 60n * 3_300_000n) / 90n)) *
        e2.workers +
      200n * e2.total;
    const expected = (2n * numerator + 410n * e2.workers) / (2n * 410n * e2.workers);
    expect(labour.averageIncomeVnd).toBe(expected.toString());
    expect(labour.averageIncomeVnd).toBe('5252736');
  });

  it('uses a period’s own report before its sub-periods, and derives quarters and halves', async () => {
    // Q1: E2's own quarterly report (1), not its three months (60); E3 100; E5 99.999; E4's halves
    // do not make a quarter.
    const q1 = await report('board=AA&period=2019-Q1');
    expect(q1.previousPeriod).toBe('2018-Q1');
    expect(q1.coverage.reported).toBe(3);
    expect(q1.indicators.productionValueVnd.total.value).toBe(String(1 + 100 + 99999));
    // H1: E2 from months 1–6 (210, finer than its two quarters); E3 Q1+Q2 (300); E4 its own H1
    // (500); E5's Q1 and Q2 make up the half (199.998).
    const h1 = await report('board=AA&period=2019-H1');
    expect(h1.coverage.reported).toBe(4);
    expect(h1.indicators.productionValueVnd.total.value).toBe(String(210 + 300 + 500 + 199998));
    expect(h1.labour.workers.total.value).toBe(150 + 45 + 30);
    // A month is only its own report.
    const december = await report('board=AA&period=2019-12');
    expect(december.indicators.productionValueVnd.total.value).toBe('120');
  });

  it('sums several boards, narrows to zones, and refuses a malformed period', async () => {
    const both = await report('board=AA&board=BB&period=2019');
    expect(both.boards).toEqual(['AA', 'BB']);
    expect(both.coverage).toEqual({ enterprises: 6, reported: 5 });
    expect(both.indicators.productionValueVnd.ddi.value).toBe(String(2880 + 7777));
    const zone = await report('board=AA&zone=Z2&period=2019');
    expect(zone.zones).toEqual(['Z2']);
    expect(zone.coverage).toEqual({ enterprises: 3, reported: 2 });
    expect(zone.indicators.productionValueVnd.total).toEqual({
      value: '2100',
      previous: '0',
      growthPct: null,
    });
    const bad = await viewer.api.get('/api/v1/reports/production?board=AA&period=2019-Q5');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });
});
