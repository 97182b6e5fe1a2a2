/**
 * zones-v1: parent zones, service land and land over time — the zones report on dated land with
 * `ownAreaHa` and Decree 35's occupancy, the refusals (each changing nothing), a package export
 * imported elsewhere giving the same reports, and an economic zone moving with its parks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';

const DATES = ['2012-01-01', '2019-12-31', '2021-06-30', '2023-06-30', '2026-01-01'];

function landPackage() {
  return (
    new PackageBuilder()
      .board('AA')
      .board('BB')
      .zone('AA', 'K1', {
        name: 'KKT K1',
        kind: 'KKT',
        statusHistory: [{ status: 'operating', since: '2015-01-01' }],
        areaHa: '1000',
      })
      // Inside K1, two land entries: the first before 2019-12-31, the second after.
      .zone('AA', 'C1', {
        parentZoneCode: 'K1',
        statusHistory: [{ status: 'operating', since: '2016-01-01' }],
        areaHa: '200',
        landHistory: [
          {
            asOf: '2018-12-31',
            industrialLandHa: '100',
            serviceLandHa: '20',
            leasedLandHa: '50',
            leasedServiceLandHa: '5',
          },
          {
            asOf: '2022-12-31',
            industrialLandHa: '120',
            serviceLandHa: '20',
            leasedLandHa: '90',
            leasedServiceLandHa: '10',
          },
        ],
      })
      // Inside K1, a land history starting after 2019-12-31: no land figures then.
      .zone('AA', 'C2', {
        parentZoneCode: 'K1',
        statusHistory: [{ status: 'operating', since: '2017-01-01' }],
        areaHa: '150',
        industrialLandHa: '80.0',
        serviceLandHa: '10',
        leasedLandHa: '40',
        leasedServiceLandHa: '2',
        landHistory: [
          {
            asOf: '2021-06-30',
            industrialLandHa: '80',
            serviceLandHa: '10',
            leasedLandHa: '40',
            leasedServiceLandHa: '2',
          },
        ],
      })
      // Outside any KKT, no history and no service land: in the old occupancy, not in Decree 35's.
      .zone('AA', 'C3', {
        statusHistory: [{ status: 'operating', since: '2010-01-01' }],
        areaHa: '300',
        industrialLandHa: '200',
        leasedLandHa: '150',
      })
      .zone('BB', 'BK', { name: 'KKT BK', kind: 'KKT', areaHa: '5000', status: 'established' })
      .build()
  );
}

describe('zones in full (zones-v1)', () => {
  let ctx: TestContext;
  let national: TestUser;
  let admin: TestUser;
  let viewer: TestUser;
  const zoneId = new Map<string, string>();

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(landPackage());
    national = await ctx.createUser({ role: 'admin' });
    admin = await ctx.createUser({ role: 'admin', board: 'AA' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'AA' });
    const { body } = await national.api.get('/api/v1/zones?pageSize=100');
    for (const zone of body.items) zoneId.set(zone.code, zone.id);
  });

  const report = async (query: string) => {
    const { status, body } = await viewer.api.get(`/api/v1/reports/zones?board=AA&${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return body;
  };

  it('counts a KKT and the parks inside it once in ownAreaHa, on the land figures in force at D', async () => {
    const at2019 = await report('asOf=2019-12-31');
    expect(at2019.total).toEqual({ count: 4, areaHa: '1650', ownAreaHa: '1300' });
    // C1 by its first entry; C2's history starts later (no figures); C3 its own; K1 states none.
    expect(at2019.byStatus.operating).toEqual({
      count: 4,
      areaHa: '1650',
      industrialLandHa: '300',
      leasedLandHa: '200',
      occupancyPct: 66.7,
      serviceLandHa: '20',
      leasedServiceLandHa: '5',
      // Only C1 states all four: (50 + 5) ÷ (100 + 20) = 45,83 %.
      occupancyDecree35Pct: 45.8,
    });

    const at2023 = await report('asOf=2023-06-30');
    expect(at2023.byStatus.operating).toMatchObject({
      industrialLandHa: '400',
      leasedLandHa: '280',
      occupancyPct: 70,
      serviceLandHa: '30',
      leasedServiceLandHa: '12',
      // C1 and C2: (90 + 10 + 40 + 2) ÷ (120 + 20 + 80 + 10) = 142 ÷ 230 = 61,74 %.
      occupancyDecree35Pct: 61.7,
    });

    // Before K1, C1 and C2 existed: C3 alone, and no zone states service land.
    const at2012 = await report('asOf=2012-01-01');
    expect(at2012.total).toEqual({ count: 1, areaHa: '300', ownAreaHa: '300' });
    expect(at2012.byStatus.operating.occupancyPct).toBe(75);
    expect(at2012.byStatus.operating.occupancyDecree35Pct).toBeNull();

    // Parks chosen without their KKT count their own hectares.
    const parksOnly = await report('asOf=2023-06-30&zone=C1&zone=C2');
    expect(parksOnly.total).toEqual({ count: 2, areaHa: '350', ownAreaHa: '350' });
  });

  it('shows a zone with its parent, its parks, service land and land history', async () => {
    const { body: c1 } = await viewer.api.get(`/api/v1/zones/${zoneId.get('C1')}`);
    expect(c1.parentZone).toMatchObject({ code: 'K1' });
    expect(c1).toMatchObject({
      industrialLandHa: '120',
      serviceLandHa: '20',
      leasedLandHa: '90',
      leasedServiceLandHa: '10',
      occupancyPct: 75,
      occupancyDecree35Pct: 71.4,
    });
    expect(c1.landHistory.map((e: { asOf: string }) => e.asOf)).toEqual(['2018-12-31', '2022-12-31']);
    const { body: k1 } = await viewer.api.get(`/api/v1/zones/${zoneId.get('K1')}`);
    expect(k1.childZones.map((z: { code: string }) => z.code)).toEqual(['C1', 'C2']);
  });

  it('refuses a parent of another board, not a KKT, or a cycle — changing nothing', async () => {
    const before = await national.api.get('/api/v1/zones?pageSize=100');
    const create = (fields: object) =>
      admin.api.post('/api/v1/zones', {
        code: 'NEW',
        name: 'KCN mới',
        kind: 'KCN',
        status: 'planned',
        areaHa: '10',
        ...fields,
      });
    expect((await create({ parentZoneId: zoneId.get('BK') })).body.error.code).toBe(
      'ZONE_PARENT_OTHER_BOARD',
    );
    const byNational = await national.api.post('/api/v1/zones', {
      boardId: (await national.api.get(`/api/v1/zones/${zoneId.get('K1')}`)).body.boardId,
      code: 'NEW',
      name: 'KCN mới',
      kind: 'KCN',
      status: 'planned',
      areaHa: '10',
      parentZoneId: zoneId.get('BK'),
    });
    expect(byNational.status).toBe(400);
    expect(byNational.body.error.code).toBe('ZONE_PARENT_OTHER_BOARD');
    expect(byNational.body.error.details[0]).toMatchObject({
      path: 'body.parentZoneId',
      reason: 'other_board',
    });
    expect((await create({ parentZoneId: zoneId.get('C3') })).body.error.code).toBe(
      'ZONE_PARENT_NOT_ECONOMIC_ZONE',
    );

    // A KKT inside K1, then K1 inside it: a cycle. And K1 inside itself.
    const k1 = (await admin.api.get(`/api/v1/zones/${zoneId.get('K1')}`)).body;
    const selfParent = await admin.api.patch(`/api/v1/zones/${k1.id}`, {
      version: k1.version,
      parentZoneId: k1.id,
    });
    expect(selfParent.body.error.code).toBe('ZONE_PARENT_CYCLE');
    const beforeCycle = await national.api.get('/api/v1/zones?pageSize=100');
    const k2 = await admin.api.post('/api/v1/zones', {
      code: 'K2',
      name: 'KKT K2',
      kind: 'KKT',
      status: 'planned',
      areaHa: '10',
      parentZoneId: k1.id,
    });
    expect(k2.status).toBe(201);
    const cycle = await admin.api.patch(`/api/v1/zones/${k1.id}`, {
      version: k1.version,
      parentZoneId: k2.body.id,
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.code).toBe('ZONE_PARENT_CYCLE');
    // A KKT holding parks cannot stop being one.
    const kind = await admin.api.patch(`/api/v1/zones/${k1.id}`, { version: k1.version, kind: 'KCN' });
    expect(kind.body.error.code).toBe('ZONE_HAS_CHILD_ZONES');
    expect(beforeCycle.body.items).toEqual(before.body.items);
    const k1After = (await admin.api.get(`/api/v1/zones/${k1.id}`)).body;
    expect(k1After).toMatchObject({ version: k1.version, kind: 'KKT', parentZone: null });
    // K2 leaves K1 again (a KKT inside a KKT is unusual): K1 moves alone with its parks below.
    const detached = await admin.api.patch(`/api/v1/zones/${k2.body.id}`, { version: 1, parentZoneId: null });
    expect(detached.status).toBe(200);
    expect(detached.body.parentZone).toBeNull();
  });

  it('refuses leased land above its land and top-level figures differing from the history', async () => {
    const base = { code: 'L1', name: 'KCN L1', kind: 'KCN', status: 'planned', areaHa: '10' };
    const above = await admin.api.post('/api/v1/zones', {
      ...base,
      industrialLandHa: '5',
      leasedLandHa: '6',
    });
    expect(above.status).toBe(400);
    expect(above.body.error.code).toBe('ZONE_LEASED_LAND_EXCEEDS');
    const serviceAbove = await admin.api.post('/api/v1/zones', {
      ...base,
      landHistory: [{ asOf: '2020-01-01', serviceLandHa: '1', leasedServiceLandHa: '1.5' }],
    });
    expect(serviceAbove.body.error.code).toBe('ZONE_LEASED_LAND_EXCEEDS');
    expect(serviceAbove.body.error.details[0].path).toBe('body.landHistory[0].leasedServiceLandHa');
    const differs = await admin.api.post('/api/v1/zones', {
      ...base,
      industrialLandHa: '9',
      landHistory: [{ asOf: '2020-01-01', industrialLandHa: '8' }],
    });
    expect(differs.body.error.code).toBe('ZONE_LAND_DIFFERS_FROM_HISTORY');
    expect((await admin.api.get('/api/v1/zones?q=L1')).body.total).toBe(0);

    const c1 = (await admin.api.get(`/api/v1/zones/${zoneId.get('C1')}`)).body;
    const patch = await admin.api.patch(`/api/v1/zones/${c1.id}`, {
      version: c1.version,
      industrialLandHa: '130',
    });
    expect(patch.body.error.code).toBe('ZONE_LAND_DIFFERS_FROM_HISTORY');
    const change = await admin.api.post(`/api/v1/zones/${c1.id}/land-changes`, {
      version: c1.version,
      asOf: '2024-01-01',
      industrialLandHa: '120',
      serviceLandHa: '20',
      leasedLandHa: '121',
      leasedServiceLandHa: '10',
    });
    expect(change.body.error.code).toBe('ZONE_LEASED_LAND_EXCEEDS');
    expect((await admin.api.get(`/api/v1/zones/${c1.id}`)).body).toEqual(c1);
  });

  it('records a land change from a date: later reports use it, earlier ones do not', async () => {
    const c3 = (await admin.api.get(`/api/v1/zones/${zoneId.get('C3')}`)).body;
    const change = {
      version: c3.version,
      asOf: '2024-03-31',
      industrialLandHa: '200',
      serviceLandHa: '25',
      leasedLandHa: '180',
      leasedServiceLandHa: '20',
      note: 'Quyết định điều chỉnh quy hoạch chi tiết',
    };
    // Its present figures have no date yet: say from when they held.
    const missing = await admin.api.post(`/api/v1/zones/${c3.id}/land-changes`, change);
    expect(missing.body.error.code).toBe('ZONE_LAND_HISTORY_START_REQUIRED');
    expect((await viewer.api.post(`/api/v1/zones/${c3.id}/land-changes`, change)).status).toBe(403);
    const future = await admin.api.post(`/api/v1/zones/${c3.id}/land-changes`, {
      ...change,
      asOf: `${Number(vietnamToday().slice(0, 4)) + 1}-01-01`,
    });
    expect(future.body.error.code).toBe('ZONE_LAND_DATE_IN_FUTURE');
    const recorded = await admin.api.post(`/api/v1/zones/${c3.id}/land-changes`, {
      ...change,
      currentFiguresSince: '2010-01-01',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body.landHistory).toHaveLength(2);
    expect(recorded.body).toMatchObject({
      leasedLandHa: '180',
      serviceLandHa: '25',
      occupancyDecree35Pct: 88.9,
    });
    const again = await admin.api.post(`/api/v1/zones/${c3.id}/land-changes`, {
      ...change,
      version: recorded.body.version,
    });
    expect(again.body.error.code).toBe('ZONE_LAND_DATE_TAKEN');

    expect((await report('asOf=2023-06-30')).byStatus.operating.leasedLandHa).toBe('280');
    const at2025 = (await report('asOf=2025-01-01')).byStatus.operating;
    // C1 90 + C2 40 + C3 180; Decree 35 over all three: (90+10+40+2+180+20) ÷ (120+20+80+10+200+25).
    expect(at2025).toMatchObject({ leasedLandHa: '310', occupancyDecree35Pct: 75.2 });
    const audit = await admin.api.get('/api/v1/audit?entityType=zone_land');
    expect(audit.status).toBe(200);
    expect(audit.body.items.some((e: { entityKey: string }) => e.entityKey === 'C3')).toBe(true);
  });

  it('exports and imports into an empty database giving the same reports at several dates', async () => {
    const exported = await national.api.get('/api/v1/packages/export?board=AA&board=BB');
    expect(exported.status).toBe(200);
    const c1 = exported.body.zones.find((z: { code: string }) => z.code === 'C1');
    expect(c1).toMatchObject({ parentZoneCode: 'K1', serviceLandHa: '20', leasedServiceLandHa: '10' });
    expect(c1.landHistory).toHaveLength(2);
    const other = await createTestContext();
    const imported = await other.importPackage(exported.body);
    expect(imported.zones.created).toBe(6);
    const otherViewer = await other.createUser({ role: 'viewer', board: 'AA' });
    for (const date of DATES) {
      const here = await report(`asOf=${date}`);
      const there = await otherViewer.api.get(`/api/v1/reports/zones?board=AA&asOf=${date}`);
      expect(there.body).toEqual(here);
    }
    // Importing the same package again changes nothing.
    const again = await other.importPackage(exported.body);
    expect(again.zones).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
  });

  it('refuses a package naming a parent of another board, not a KKT, a cycle or bad land — importing nothing', async () => {
    const other = await createTestContext();
    const bad = new PackageBuilder()
      .board('AA')
      .board('BB')
      .zone('AA', 'K1', { kind: 'KKT' })
      .zone('BB', 'BK', { kind: 'KKT' })
      .zone('AA', 'P1', { parentZoneCode: 'BK' })
      .zone('AA', 'P2', { parentZoneCode: 'P3' })
      .zone('AA', 'P3', { parentZoneCode: 'K1' })
      .zone('AA', 'X1', { kind: 'KKT', parentZoneCode: 'X2' })
      .zone('AA', 'X2', { kind: 'KKT', parentZoneCode: 'X1' })
      .zone('AA', 'L1', {
        industrialLandHa: '10',
        serviceLandHa: '2',
        leasedLandHa: '9',
        leasedServiceLandHa: '3',
      })
      .zone('AA', 'L2', {
        industrialLandHa: '10',
        landHistory: [
          { asOf: '2020-01-01', industrialLandHa: '9' },
          { asOf: '2019-01-01', industrialLandHa: '11' },
        ],
      })
      .build();
    const importer = await other.createUser({ role: 'admin' });
    const result = await importer.api.post('/api/v1/packages/import', bad);
    expect(result.status).toBe(422);
    expect(result.body.error.code).toBe('PACKAGE_INVALID');
    const problems: { code: string; field: string; reason: string }[] = result.body.error.details;
    const reasons = problems.map((p) => `${p.code}:${p.field}:${p.reason}`).sort();
    expect(reasons).toEqual(
      [
        'L1:leasedServiceLandHa:LEASED_ABOVE_SERVICE_LAND',
        'L2:industrialLandHa:LAND_DIFFERS_FROM_HISTORY',
        'L2:landHistory.1.asOf:LAND_HISTORY_NOT_ASCENDING',
        'P1:parentZoneCode:ZONE_PARENT_OTHER_BOARD',
        'P2:parentZoneCode:ZONE_PARENT_NOT_ECONOMIC_ZONE',
        'X1:parentZoneCode:ZONE_PARENT_CYCLE',
        'X2:parentZoneCode:ZONE_PARENT_CYCLE',
      ].sort(),
    );
    expect((await importer.api.get('/api/v1/zones')).body.total).toBe(0);
  });

  it('moves a KKT with the parks inside it, and never a park alone', async () => {
    const alone = await national.api.post('/api/v1/zones/C1/transfer', {
      board: 'AA',
      to: 'BB',
      on: '2025-08-01',
    });
    expect(alone.status).toBe(409);
    expect(alone.body.error.code).toBe('ORGANISATION_ZONE_INSIDE_ECONOMIC_ZONE');
    const moved = await national.api.post('/api/v1/zones/K1/transfer', {
      board: 'AA',
      to: 'BB',
      on: '2025-08-01',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.moved.zones).toEqual(['C1', 'C2', 'K1']);
    const c1 = (await national.api.get(`/api/v1/zones/${zoneId.get('C1')}`)).body;
    const bb = (await national.api.get(`/api/v1/zones/${zoneId.get('BK')}`)).body.boardId;
    expect(c1.boardId).toBe(bb);
    expect(c1.parentZone.code).toBe('K1');
    // The report on 2023's boundaries still counts them in AA, on their land then.
    const at2023 = await report('asOf=2023-06-30&boundariesAsOf=2023-06-30');
    expect(at2023.total.ownAreaHa).toBe('1310');
    expect(at2023.byStatus.operating.leasedLandHa).toBe('280');
  });
});
