import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';

describe('zones report (reports-v1)', () => {
  let viewer: TestUser;

  beforeAll(async () => {
    const ctx = await createTestContext();
    const pkg = new PackageBuilder()
      .board('AA')
      .board('BB')
      .zone('AA', 'Z1', {
        statusHistory: [
          { status: 'established', since: '2003-06-01' },
          { status: 'operating', since: '2005-01-15' },
        ],
        areaHa: '120.5',
        industrialLandHa: '85.0',
        leasedLandHa: '80.1',
      })
      .zone('AA', 'Z2', {
        status: 'under_construction',
        statusHistory: [
          { status: 'established', since: '2018-05-01' },
          { status: 'under_construction', since: '2019-03-01' },
        ],
        areaHa: '200',
        industrialLandHa: '140',
      })
      // No history: its status counts at any date.
      .zone('AA', 'Z3', { status: 'planned', areaHa: '300' })
      // History starting after 2019-11-30: not counted then.
      .zone('AA', 'Z4', {
        status: 'planned',
        statusHistory: [{ status: 'planned', since: '2020-01-01' }],
        areaHa: '450',
      })
      // Operating without leased land stated: counted, but outside the occupancy.
      .zone('AA', 'Z5', {
        statusHistory: [{ status: 'operating', since: '2010-01-01' }],
        areaHa: '50',
        industrialLandHa: '40',
      })
      .zone('BB', 'Y1', {
        statusHistory: [{ status: 'operating', since: '2008-01-01' }],
        areaHa: '99.5',
        industrialLandHa: '60',
        leasedLandHa: '30',
      })
      .build();
    await ctx.importPackage(pkg);
    viewer = await ctx.createUser({ role: 'viewer' });
  });

  it('groups zones by their status at the date, skipping zones whose history starts later', async () => {
    const { status, body } = await viewer.api.get('/api/v1/reports/zones?board=AA&asOf=2019-11-30');
    expect(status).toBe(200);
    expect(body).toEqual({
      report: 'zones',
      boards: ['AA'],
      asOf: '2019-11-30',
      // organisation-v1: the boundaries counted, by default the report's own date.
      boundariesAsOf: '2019-11-30',
      // zones-v1: no zone lies inside another, so each counts its own hectares.
      total: { count: 4, areaHa: '670.5', ownAreaHa: '670.5' },
      byStatus: {
        planned: { count: 1, areaHa: '300' },
        established: { count: 0, areaHa: '0' },
        under_construction: { count: 1, areaHa: '200' },
        operating: {
          count: 2,
          areaHa: '170.5',
          industrialLandHa: '125.0',
          leasedLandHa: '80.1',
          occupancyPct: 94.2,
          // zones-v1: no service land stated, so no Decree 35 occupancy.
          serviceLandHa: '0',
          leasedServiceLandHa: '0',
          occupancyDecree35Pct: null,
        },
      },
    });
  });

  it('follows each zone back through its history', async () => {
    const { body } = await viewer.api.get('/api/v1/reports/zones?board=AA&asOf=2004-01-01');
    expect(body.total).toEqual({ count: 2, areaHa: '420.5', ownAreaHa: '420.5' });
    expect(body.byStatus.established).toEqual({ count: 1, areaHa: '120.5' });
    expect(body.byStatus.planned).toEqual({ count: 1, areaHa: '300' });
    expect(body.byStatus.operating).toEqual({
      count: 0,
      areaHa: '0',
      industrialLandHa: '0',
      leasedLandHa: '0',
      occupancyPct: null,
      serviceLandHa: '0',
      leasedServiceLandHa: '0',
      occupancyDecree35Pct: null,
    });
    const later = await viewer.api.get('/api/v1/reports/zones?board=AA&asOf=2020-06-30');
    expect(later.body.byStatus.planned).toEqual({ count: 2, areaHa: '750' });
  });

  it('sums several boards and narrows to zones', async () => {
    const both = await viewer.api.get('/api/v1/reports/zones?board=AA&board=BB&asOf=2019-11-30');
    // (80.1 + 30) / (85.0 + 60) = 75.93…
    expect(both.body.byStatus.operating).toMatchObject({
      count: 3,
      leasedLandHa: '110.1',
      occupancyPct: 75.9,
    });
    const one = await viewer.api.get('/api/v1/reports/zones?board=AA&zone=Z2&asOf=2019-11-30');
    expect(one.body.total).toEqual({ count: 1, areaHa: '200', ownAreaHa: '200' });
  });

  it('drills down: each group of the report lists the same zones as the zones list at that date', async () => {
    for (const asOf of ['2004-01-01', '2019-11-30', '2020-06-30']) {
      const report = (await viewer.api.get(`/api/v1/reports/zones?board=AA&asOf=${asOf}`)).body;
      for (const status of ['planned', 'established', 'under_construction', 'operating'] as const) {
        const list = (await viewer.api.get(`/api/v1/zones?status=${status}&asOf=${asOf}&pageSize=100`)).body;
        const inAA = list.items.filter((z: { code: string }) => z.code.startsWith('Z'));
        expect(inAA.length, `${status} at ${asOf}`).toBe(report.byStatus[status].count);
      }
    }
  });

  it('agrees with the zone records the API lists', async () => {
    const report = await viewer.api.get('/api/v1/reports/zones?board=BB&asOf=2026-01-01');
    const zones = await viewer.api.get('/api/v1/zones?pageSize=100');
    const bb = zones.body.items.filter((z: { code: string }) => z.code === 'Y1');
    expect(report.body.byStatus.operating.count).toBe(bb.length);
    expect(report.body.byStatus.operating.occupancyPct).toBe(bb[0].occupancyPct);
  });
});
