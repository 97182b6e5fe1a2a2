import { sql } from 'drizzle-orm';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import {
  createTestContext,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import { systemActor } from '../../kernel/actor.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { BOUNDARIES_DEMO_NOTE, loadBoundariesDemo } from './boundaries.demo.ts';
import { transferBoundariesOfZones } from './boundaries.service.ts';

const API = '/api/v1/boundaries';

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body).slice(0, 2000)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error;
}

type Position = [number, number];

/** 0.01° × 0.01° near Thái Bình city, counter-clockwise. */
const SQUARE: Position[] = [
  [106.34, 20.45],
  [106.35, 20.45],
  [106.35, 20.46],
  [106.34, 20.46],
  [106.34, 20.45],
];
const polygon = (ring: Position[]) => ({ type: 'Polygon', coordinates: [ring] });

/**
 * VN-2000 of Thái Bình as the test writes it, independently of the module: transverse Mercator on
 * 105°30′, k = 0.9999 (3° zone), 500 km false easting, the 7 parameters of Decision 05/2007.
 */
const VN2000_TB =
  '+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ' +
  '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs';
const toGrid = proj4('+proj=longlat +datum=WGS84 +no_defs', VN2000_TB);

/** Known WGS84 points around Tiền Hải (20.40 N 106.52 E), counter-clockwise, closed. */
const TIEN_HAI: Position[] = [
  [106.51, 20.395],
  [106.53, 20.396],
  [106.532, 20.41],
  [106.52, 20.415],
  [106.509, 20.407],
  [106.51, 20.395],
];

describe('zone boundaries', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let hyStaff: TestUser;
  const z: Record<string, string> = {};

  const rowCount = async () =>
    (await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from zone_boundaries`))[0]!
      .n;
  const auditCount = async () =>
    (
      await queryRows<{ n: number }>(
        ctx.database.db,
        sql`select count(*)::int as n from audit_log where entity_type = 'zone_boundary'`,
      )
    )[0]!.n;

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z1', { name: 'KCN Phúc Khánh thử' })
        .zone('TB', 'TB-Z2')
        .zone('TB', 'TB-Z3')
        .zone('HY', 'HY-Z')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    for (const zone of ok(await staff.api.get('/api/v1/zones')).items) z[zone.code] = zone.id;
    z['HY-Z'] = ok(await hyStaff.api.get('/api/v1/zones')).items[0].id;
  });
  afterAll(() => ctx?.close());

  it('answers BOUNDARY_NOT_FOUND for a zone without a boundary, and an empty collection', async () => {
    refused(await staff.api.get(`${API}/zones/${z['TB-Z1']}`), 404, 'BOUNDARY_NOT_FOUND');
    refused(await staff.api.get(`${API}/zones/${z['TB-Z1']}/geojson`), 404, 'BOUNDARY_NOT_FOUND');
    expect(ok(await staff.api.get(API))).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('imports a WGS84 file: geometry, area by hand, bounding box, audit summary', async () => {
    const body = ok(
      await staff.api.put(`${API}/zones/${z['TB-Z1']}`, {
        geojson: { type: 'Feature', properties: { ten: 'x' }, geometry: polygon(SQUARE) },
        sourceCrs: 'WGS84',
        sourceFileName: 'ranh-gioi-z1.geojson',
        note: 'Theo quyết định giao đất',
      }),
    );
    expect(body.geometry).toEqual({ type: 'Polygon', coordinates: [SQUARE] });
    expect(body.bbox).toEqual([106.34, 20.45, 106.35, 20.46]);
    expect(body.vertexCount).toBe(5);
    expect(body.sourceCrs).toBe('WGS84');
    expect(body.centralMeridian).toBeNull();
    expect(body.zoneWidth).toBeNull();
    expect(body.sourceFileName).toBe('ranh-gioi-z1.geojson');
    expect(body.importedBy.username).toBe(staff.username);
    // By hand, on the WGS84 ellipsoid at 20.455° N: 0.01° of latitude is 1 107.10 m
    // (M = 6 343 184 m), 0.01° of longitude 1 043.43 m (N cos φ = 5 978 416 m): 115.518 ha.
    expect(Math.abs(Number(body.areaHa) - 115.518) / 115.518).toBeLessThan(0.005);
    expect(Math.abs(Number(body.areaHa) - 115.518)).toBeLessThan(0.01);

    const [audit] = await queryRows<{ action: string; entity_key: string; after: any; board_id: string }>(
      ctx.database.db,
      sql`select action, entity_key, after, board_id from audit_log where entity_type = 'zone_boundary' and entity_id = ${body.id}`,
    );
    expect(audit!.action).toBe('import');
    expect(audit!.entity_key).toBe('TB-Z1');
    expect(audit!.board_id).toBe(body.boardId);
    expect(audit!.after).toMatchObject({ sourceCrs: 'WGS84', vertexCount: 5, areaHa: body.areaHa });
    expect(JSON.stringify(audit!.after)).not.toContain('coordinates');
  });

  it('imports a VN-2000 surveyor file (X northing first) and stores WGS84 within 1e-6°', async () => {
    const grid = TIEN_HAI.map(([lon, lat]) => {
      const [e, n] = toGrid.forward([lon, lat]);
      return [Math.round(n * 1000) / 1000, Math.round(e * 1000) / 1000] as Position;
    });
    // Thái Bình lies about 100 km east of the 105°30′ meridian: easting ≈ 605 km, northing ≈ 2 256 km.
    expect(grid[0]![1]).toBeGreaterThan(600_000);
    expect(grid[0]![0]).toBeGreaterThan(2_250_000);
    const body = ok(
      await staff.api.put(`${API}/zones/${z['TB-Z2']}`, {
        geojson: {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: {}, geometry: polygon(grid) }],
        },
        sourceCrs: 'VN-2000',
        centralMeridian: 105.5,
        axisOrder: 'northing_easting',
        sourceFileName: 'TienHai_VN2000.json',
      }),
    );
    expect(body.sourceCrs).toBe('VN-2000');
    expect(body.centralMeridian).toBe('105.5');
    expect(body.zoneWidth).toBe(3);
    const ring = body.geometry.coordinates[0] as Position[];
    expect(ring).toHaveLength(TIEN_HAI.length);
    ring.forEach(([lon, lat], i) => {
      expect(Math.abs(lon - TIEN_HAI[i]![0])).toBeLessThan(1e-6);
      expect(Math.abs(lat - TIEN_HAI[i]![1])).toBeLessThan(1e-6);
    });
    // Stored with 7 decimals.
    const [stored] = await queryRows<{ geometry: any }>(
      ctx.database.db,
      sql`select geometry from zone_boundaries where id = ${body.id}`,
    );
    for (const [lon, lat] of stored!.geometry.coordinates[0] as Position[]) {
      expect(Math.round(lon * 1e7) / 1e7).toBe(lon);
      expect(Math.round(lat * 1e7) / 1e7).toBe(lat);
    }
  });

  it('measures a VN-2000 rectangle of 1 000 m × 500 m as 50 ha within 0.5 %', async () => {
    // On the central meridian (easting 500 000) the grid's scale is k = 0.9999: 50 / 0.9999² = 50.010 ha.
    const e0 = 500_000;
    const n0 = 2_262_000;
    const rect: Position[] = [
      [e0, n0],
      [e0 + 1000, n0],
      [e0 + 1000, n0 + 500],
      [e0, n0 + 500],
      [e0, n0],
    ];
    const body = ok(
      await staff.api.put(`${API}/zones/${z['TB-Z3']}`, {
        geojson: polygon(rect),
        sourceCrs: 'VN-2000',
        centralMeridian: 105.5,
        zoneWidth: 3,
      }),
    );
    expect(Math.abs(Number(body.areaHa) - 50.01) / 50.01).toBeLessThan(0.005);
  });

  it('keeps the history: a second import becomes the boundary now, the first stays as it was', async () => {
    const [before] = await queryRows<{ id: string; geometry: any }>(
      ctx.database.db,
      sql`select id, geometry from zone_boundaries where zone_id = ${z['TB-Z1']}`,
    );
    const moved = SQUARE.map(([x, y]) => [x + 0.005, y] as Position);
    const second = ok(
      await staff.api.put(`${API}/zones/${z['TB-Z1']}`, {
        geojson: polygon(moved),
        sourceCrs: 'WGS84',
        note: 'Điều chỉnh',
      }),
    );
    const detail = ok(await viewer.api.get(`${API}/zones/${z['TB-Z1']}`));
    expect(detail.zone).toEqual({ id: z['TB-Z1'], code: 'TB-Z1', name: 'KCN Phúc Khánh thử', areaHa: '100' });
    expect(detail.current.id).toBe(second.id);
    expect(detail.current.geometry.coordinates[0][0]).toEqual([106.345, 20.45]);
    expect(detail.history.map((h: any) => h.id)).toEqual([second.id, before!.id]);
    expect(detail.history[1]).not.toHaveProperty('geometry');
    expect(detail.history[1].note).toBe('Theo quyết định giao đất');
    const [after] = await queryRows<{ geometry: any }>(
      ctx.database.db,
      sql`select geometry from zone_boundaries where id = ${before!.id}`,
    );
    expect(after!.geometry).toEqual(before!.geometry);
  });

  it('gives the boundary as a GeoJSON Feature (application/geo+json)', async () => {
    const response = await viewer.api.get(`${API}/zones/${z['TB-Z2']}/geojson`);
    expect(response.status).toBe(200);
    expect(String(response.headers['content-type'])).toMatch(/^application\/geo\+json/);
    expect(String(response.headers['content-disposition'])).toContain('ranh-gioi-TB-Z2.geojson');
    expect(response.body.type).toBe('Feature');
    expect(response.body.geometry.type).toBe('Polygon');
    expect(response.body.properties).toMatchObject({
      code: 'TB-Z2',
      name: 'KCN TB-Z2',
      sourceCrs: 'VN-2000',
    });
    expect(Number(response.body.properties.areaHa)).toBeGreaterThan(0);
  });

  it("gives the readable boards' current boundaries as one FeatureCollection", async () => {
    const all = ok(await viewer.api.get(API));
    expect(all.type).toBe('FeatureCollection');
    expect(all.features.map((f: any) => f.properties.code)).toEqual(['TB-Z1', 'TB-Z2', 'TB-Z3']);
    const z1 = all.features[0];
    expect(z1.id).toBe(z['TB-Z1']);
    expect(z1.properties).toMatchObject({
      zoneId: z['TB-Z1'],
      code: 'TB-Z1',
      kind: 'KCN',
      status: 'operating',
    });
    // The current one only: the second import.
    expect(z1.geometry.coordinates[0][0]).toEqual([106.345, 20.45]);
    // The collection's box holds every feature's: TB-Z3's rectangle lies on the 105°30′ meridian.
    expect(all.bbox[0]).toBe(Math.min(...all.features.map((f: any) => f.bbox[0])));
    expect(all.bbox[0]).toBeLessThan(105.51);
    expect(all.bbox[3]).toBe(Math.max(...all.features.map((f: any) => f.bbox[3])));
    expect(ok(await staff.api.get(`${API}?board=TB`)).features).toHaveLength(3);
    // Another board sees none of TB's, and may not name TB.
    expect(ok(await hyStaff.api.get(API)).features).toEqual([]);
    refused(await hyStaff.api.get(`${API}?board=TB`), 404, 'BOUNDARY_BOARD_NOT_FOUND');
    refused(await staff.api.get(`${API}?board=ZZ`), 404, 'BOUNDARY_BOARD_NOT_FOUND');
  });

  describe('refusals change nothing', () => {
    let rows: number;
    let audits: number;
    beforeAll(async () => {
      rows = await rowCount();
      audits = await auditCount();
    });
    afterAll(async () => {
      expect(await rowCount()).toBe(rows);
      expect(await auditCount()).toBe(audits);
    });
    const put = (user: () => TestUser, zone: string, body: unknown) =>
      user().api.put(`${API}/zones/${z[zone]}`, body);

    it('BOUNDARY_GEOJSON_INVALID names the problem and where it is', async () => {
      const open = SQUARE.slice(0, 4).concat([[106.34, 20.4501]]);
      const error = refused(
        await put(() => staff, 'TB-Z1', { geojson: polygon(open), sourceCrs: 'WGS84' }),
        422,
        'BOUNDARY_GEOJSON_INVALID',
      );
      expect(error.details[0]).toMatchObject({
        path: 'body.geojson.coordinates[0]',
        reason: 'ring_not_closed',
      });
      const point = refused(
        await put(() => staff, 'TB-Z1', {
          geojson: { type: 'Point', coordinates: [106, 20] },
          sourceCrs: 'WGS84',
        }),
        422,
        'BOUNDARY_GEOJSON_INVALID',
      );
      expect(point.details[0].reason).toBe('unsupported_type');
      refused(await put(() => staff, 'TB-Z1', { sourceCrs: 'WGS84' }), 400, 'VALIDATION_FAILED');
      const none = refused(
        await put(() => staff, 'TB-Z1', {
          geojson: 'POLYGON((106 20, 107 20, 107 21, 106 20))',
          sourceCrs: 'WGS84',
        }),
        422,
        'BOUNDARY_GEOJSON_INVALID',
      );
      expect(none.details[0].reason).toBe('not_geojson');
    });

    it('BOUNDARY_TOO_LARGE past 50 000 positions', async () => {
      const ring: Position[] = [];
      for (let i = 0; i < 50_000; i++) {
        const a = (2 * Math.PI * i) / 50_000;
        ring.push([
          Math.round((106.34 + 0.01 * Math.cos(a)) * 1e6) / 1e6,
          Math.round((20.45 + 0.01 * Math.sin(a)) * 1e6) / 1e6,
        ]);
      }
      ring.push(ring[0]!);
      const error = refused(
        await put(() => staff, 'TB-Z1', { geojson: polygon(ring), sourceCrs: 'WGS84' }),
        422,
        'BOUNDARY_TOO_LARGE',
      );
      expect(error.details[0].reason).toBe('too_many_vertices');
    });

    it('BOUNDARY_OUTSIDE_VIETNAM: a VN-2000 file declared WGS84, swapped axes, a wrong meridian', async () => {
      const grid = SQUARE.map(([lon, lat]) => toGrid.forward([lon, lat]) as Position);
      const projected = refused(
        await put(() => staff, 'TB-Z1', { geojson: polygon(grid), sourceCrs: 'WGS84' }),
        422,
        'BOUNDARY_OUTSIDE_VIETNAM',
      );
      expect(projected.details[0].reason).toBe('looks_projected');
      const swapped = refused(
        await put(() => staff, 'TB-Z1', {
          geojson: polygon(grid.map(([e, n]) => [n, e])),
          sourceCrs: 'VN-2000',
          centralMeridian: 105.5,
        }),
        422,
        'BOUNDARY_OUTSIDE_VIETNAM',
      );
      expect(swapped.details[0].reason).toBe('axis_order_swapped');
      const far = refused(
        await put(() => staff, 'TB-Z1', {
          geojson: polygon(grid),
          sourceCrs: 'VN-2000',
          centralMeridian: 117.5,
        }),
        422,
        'BOUNDARY_OUTSIDE_VIETNAM',
      );
      expect(far.details[0].reason).toBe('outside_vietnam');
      const degrees = refused(
        await put(() => staff, 'TB-Z1', {
          geojson: polygon(SQUARE),
          sourceCrs: 'VN-2000',
          centralMeridian: 105.5,
        }),
        422,
        'BOUNDARY_OUTSIDE_VIETNAM',
      );
      expect(degrees.details[0].reason).toBe('looks_geographic');
    });

    it('BOUNDARY_CENTRAL_MERIDIAN_REQUIRED for VN-2000 without one; VALIDATION_FAILED for bad options', async () => {
      const grid = SQUARE.map(([lon, lat]) => toGrid.forward([lon, lat]) as Position);
      const error = refused(
        await put(() => staff, 'TB-Z1', { geojson: polygon(grid), sourceCrs: 'VN-2000' }),
        422,
        'BOUNDARY_CENTRAL_MERIDIAN_REQUIRED',
      );
      expect(error.details[0].path).toBe('body.centralMeridian');
      for (const bad of [
        { centralMeridian: 100 },
        { centralMeridian: '105.5' },
        { zoneWidth: 4 },
        { axisOrder: 'xy' },
        { sourceCrs: 'EPSG:3405' },
        { extra: 1 },
        { note: 'x'.repeat(2001) },
      ])
        refused(
          await put(() => staff, 'TB-Z1', {
            geojson: polygon(grid),
            sourceCrs: 'VN-2000',
            centralMeridian: 105.5,
            ...bad,
          }),
          400,
          'VALIDATION_FAILED',
        );
    });

    it('refuses a body over 5 MB with 413', async () => {
      const response = await ctx.app.inject({
        method: 'PUT',
        url: `${API}/zones/${z['TB-Z1']}`,
        headers: { cookie: staff.cookie, 'content-type': 'application/json' },
        payload: JSON.stringify({
          geojson: polygon(SQUARE),
          sourceCrs: 'WGS84',
          note: 'x'.repeat(5_300_000),
        }),
      });
      expect(response.statusCode).toBe(413);
    });

    it('a viewer reads but may not import (403); another board gets 404 for every route', async () => {
      refused(
        await put(() => viewer, 'TB-Z1', { geojson: polygon(SQUARE), sourceCrs: 'WGS84' }),
        403,
        'FORBIDDEN',
      );
      refused(
        await put(() => hyStaff, 'TB-Z1', { geojson: polygon(SQUARE), sourceCrs: 'WGS84' }),
        404,
        'BOUNDARY_ZONE_NOT_FOUND',
      );
      refused(await hyStaff.api.get(`${API}/zones/${z['TB-Z1']}`), 404, 'BOUNDARY_ZONE_NOT_FOUND');
      refused(await hyStaff.api.get(`${API}/zones/${z['TB-Z1']}/geojson`), 404, 'BOUNDARY_ZONE_NOT_FOUND');
      refused(
        await put(() => staff, 'HY-Z', { geojson: polygon(SQUARE), sourceCrs: 'WGS84' }),
        404,
        'BOUNDARY_ZONE_NOT_FOUND',
      );
      refused(
        await staff.api.get(`${API}/zones/00000000-0000-4000-8000-000000000000`),
        404,
        'BOUNDARY_ZONE_NOT_FOUND',
      );
      refused(await ctx.anonymous.get(`${API}/zones/${z['TB-Z1']}`), 401, 'UNAUTHENTICATED');
    });
  });

  it('loads the illustrative demo boundaries around the real towns, once', async () => {
    const demo = await createTestContext();
    try {
      await demo.importPackage(
        new PackageBuilder()
          .board('TB')
          .zone('TB', 'TB-PK', { areaHa: '120.5' })
          .zone('TB', 'TB-NDC', { areaHa: '101.2' })
          .zone('TB', 'TB-TH', { areaHa: '445.8' })
          .zone('TB', 'TB-TT', { areaHa: '220.5' })
          .build(),
      );
      const [board] = await queryRows<{ id: string }>(
        demo.database.db,
        sql`select id from boards where code = 'TB'`,
      );
      const actor = systemActor('demo', [board!.id]);
      expect(await loadBoundariesDemo(demo.database.db, { id: board!.id, code: 'TB' }, actor)).toEqual({
        boundaries: 4,
      });
      expect(await loadBoundariesDemo(demo.database.db, { id: board!.id, code: 'TB' }, actor)).toEqual({
        boundaries: 0,
      });
      const rows = await queryRows<{
        code: string;
        source_crs: string;
        computed_area_ha: string;
        note: string;
        geometry: any;
      }>(
        demo.database.db,
        sql`select z.code, b.source_crs, b.computed_area_ha, b.note, b.geometry from zone_boundaries b join zones z on z.id = b.zone_id order by z.code`,
      );
      const expected: Record<string, [number, number, number]> = {
        'TB-NDC': [101.2, 106.352, 20.428],
        'TB-PK': [120.5, 106.322, 20.468],
        'TB-TH': [445.8, 106.515, 20.405],
        'TB-TT': [220.5, 106.505, 20.556],
      };
      expect(rows.map((r) => r.code)).toEqual(['TB-NDC', 'TB-PK', 'TB-TH', 'TB-TT']);
      for (const row of rows) {
        const [area, lon, lat] = expected[row.code]!;
        expect(row.note.startsWith(BOUNDARIES_DEMO_NOTE)).toBe(true);
        // The shape is scaled to the planned area (a local flat approximation: within 1 %).
        expect(Math.abs(Number(row.computed_area_ha) - area) / area).toBeLessThan(0.01);
        const first = row.geometry.coordinates[0][0] as Position;
        expect(Math.abs(first[0] - lon)).toBeLessThan(0.02);
        expect(Math.abs(first[1] - lat)).toBeLessThan(0.02);
      }
      expect(rows.filter((r) => r.source_crs === 'VN-2000').map((r) => r.code)).toEqual(['TB-PK', 'TB-TH']);

      // A zone moved to another board takes its boundaries along (the organisation service calls this).
      const hy = await demo.createBoard('HY');
      const [pk] = await queryRows<{ id: string }>(
        demo.database.db,
        sql`select id from zones where code = 'TB-PK'`,
      );
      expect(await transferBoundariesOfZones(demo.database.db, [pk!.id], hy.id)).toBe(1);
      const boards = await queryRows<{ code: string; board_id: string }>(
        demo.database.db,
        sql`select z.code, b.board_id from zone_boundaries b join zones z on z.id = b.zone_id order by z.code`,
      );
      expect(boards.filter((r) => r.board_id === hy.id).map((r) => r.code)).toEqual(['TB-PK']);
    } finally {
      await demo.close();
    }
  });
});
