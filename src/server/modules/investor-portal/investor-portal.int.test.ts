import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import {
  createTestContext,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { createInvestorPortalRecords } from '../../../../test/investor-portal-fixtures.ts';
import { loadInvestorPortalDemo } from './investor-portal.demo.ts';

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error;
}

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 3)]);
const PDF = Buffer.from('%PDF-1.4\n% not a photo\n');

const content = (summaryVi: string, summaryEn: string) => ({
  vi: {
    summary: summaryVi,
    infrastructure: {
      roads: 'Đường trục 30 m',
      power: 'Trạm 110/22 kV',
      water: '10.000 m³/ngày',
      drainage: 'Xử lý tập trung',
    },
    advantages: ['Gần cảng'],
  },
  en: {
    summary: summaryEn,
    infrastructure: {
      roads: 'Main road 30 m',
      power: '110/22 kV substation',
      water: '10,000 m³ a day',
      drainage: 'Central plant',
    },
    advantages: ['Near the port'],
  },
  prices: [
    {
      kind: 'landRent',
      value: '95.5',
      unit: 'USD_M2_TERM',
      asOf: '2025-01-01',
      source: 'Bảng giá của chủ đầu tư',
    },
    { kind: 'water', value: '13500', unit: 'VND_M3', asOf: '2025-01-01', source: 'Quyết định giá nước' },
  ],
  leaseTermEnd: '2057',
  minimumPlotM2: '10000',
  wastewaterStandard: 'QCVN 40:2011/BTNMT cột A',
  sectors: ['C2610', 'C27'],
  developer: { name: 'Công ty Hạ tầng Z1', website: 'https://z1.example.vn' },
  contacts: [
    { name: 'Nguyễn Văn A', position: 'Trưởng phòng', phone: '0227 123 456', email: 'a@example.vn' },
  ],
  mapPoint: { lon: 106.55, lat: 20.4 },
});

/**
 * A zone's public page: TB-Z1 with land 80.5 + 10 ha, leased 40.25 + 2.5 ha (available 47.75 ha,
 * Decree 35 occupancy 42.75 ÷ 90.5 = 47.2 %), TB-Z2 never published, HY-Z of another board.
 */
describe('the investor portal zone pages', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let hyStaff: TestUser;
  const z: Record<string, string> = {};
  const page = (zone: string) => `/api/v1/investor-portal/zones/${zone}/page`;
  const upload = (
    user: TestUser,
    zone: string,
    body: Buffer,
    query = '',
    type = 'application/octet-stream',
  ) =>
    ctx.app
      .inject({
        method: 'POST',
        url: `${page(zone)}/photos${query}`,
        headers: { cookie: user.cookie, 'content-type': type },
        payload: body,
      })
      .then((r) => ({ status: r.statusCode, body: r.json() as any, headers: r.headers }));
  const auditCount = async () =>
    Number(
      (
        await queryRows<{ n: number }>(
          ctx.database.db,
          sql`select count(*)::int as n from audit_log where entity_type = 'zone_public_page'`,
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z1', {
          developer: 'Chủ đầu tư theo sổ',
          landHistory: [
            {
              asOf: '2023-12-31',
              industrialLandHa: '80.5',
              serviceLandHa: '10',
              leasedLandHa: '30',
              leasedServiceLandHa: '1',
            },
            {
              asOf: '2024-12-31',
              industrialLandHa: '80.5',
              serviceLandHa: '10',
              leasedLandHa: '40.25',
              leasedServiceLandHa: '2.5',
            },
          ],
        })
        .zone('TB', 'TB-Z2')
        .zone('HY', 'HY-Z')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    for (const zone of ok(await staff.api.get('/api/v1/zones?pageSize=100')).items) z[zone.code] = zone.id;
    for (const zone of ok(await hyStaff.api.get('/api/v1/zones?pageSize=100')).items) z[zone.code] = zone.id;
  });
  afterAll(() => ctx?.close());

  it('starts empty (version 0) and nothing is public', async () => {
    const empty = ok(await staff.api.get(page(z['TB-Z1']!)));
    expect(empty).toMatchObject({ pageId: null, version: 0, published: null, photos: [] });
    expect(empty.content.vi.summary).toBe('');
    refused(
      await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}`),
      404,
      'INVESTOR_PORTAL_ZONE_NOT_FOUND',
    );
    expect(ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB')).items).toEqual([]);
  });

  it('refuses bad content with exact codes, changing nothing', async () => {
    const bad = content('Giới thiệu', 'Intro');
    const before = await auditCount();
    const wrongUnit = refused(
      await staff.api.put(page(z['TB-Z1']!), {
        version: 0,
        content: { ...bad, prices: [{ ...bad.prices[0], unit: 'VND_M3' }] },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(wrongUnit.details.map((d: any) => d.path)).toContain('body.content.prices.0.unit');
    refused(
      await staff.api.put(page(z['TB-Z1']!), {
        version: 0,
        content: { ...bad, prices: [{ ...bad.prices[0], value: 95.5 }] },
      }),
      400,
      'VALIDATION_FAILED',
    );
    refused(
      await staff.api.put(page(z['TB-Z1']!), { version: 0, content: { ...bad, sectors: ['not a code'] } }),
      400,
      'VALIDATION_FAILED',
    );
    refused(
      await staff.api.put(page(z['TB-Z1']!), {
        version: 0,
        content: { ...bad, contacts: Array(11).fill(bad.contacts[0]) },
      }),
      400,
      'VALIDATION_FAILED',
    );
    refused(await staff.api.put(page(z['TB-Z1']!), { version: 3, content: bad }), 409, 'VERSION_CONFLICT');
    refused(await viewer.api.put(page(z['TB-Z1']!), { version: 0, content: bad }), 403, 'FORBIDDEN');
    refused(
      await staff.api.post(`${page(z['TB-Z1']!)}/publish`, { version: 1 }),
      404,
      'INVESTOR_PORTAL_PAGE_NOT_FOUND',
    );
    refused(await upload(staff, z['TB-Z1']!, PNG), 404, 'INVESTOR_PORTAL_PAGE_NOT_FOUND');
    expect(await auditCount()).toBe(before);
    expect(ok(await staff.api.get(page(z['TB-Z1']!))).version).toBe(0);
  });

  it('saves a draft, refuses to publish it incomplete, publishes it and shows it in vi and en', async () => {
    const saved = ok(
      await staff.api.put(page(z['TB-Z1']!), { version: 0, content: content('Giới thiệu KCN Z1', '') }),
    );
    expect(saved).toMatchObject({ version: 1, published: null, draftChanged: false });
    const incomplete = refused(
      await staff.api.post(`${page(z['TB-Z1']!)}/publish`, { version: 1 }),
      422,
      'INVESTOR_PORTAL_PAGE_INCOMPLETE',
    );
    expect(incomplete.details.map((d: any) => d.path)).toEqual(['content.en.summary']);
    refused(
      await staff.api.post(`${page(z['TB-Z1']!)}/unpublish`, { version: 1 }),
      409,
      'INVESTOR_PORTAL_NOT_PUBLISHED',
    );
    refused(
      await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}`),
      404,
      'INVESTOR_PORTAL_ZONE_NOT_FOUND',
    );

    const full = ok(
      await staff.api.put(page(z['TB-Z1']!), {
        version: 1,
        content: content('Giới thiệu KCN Z1', 'About zone Z1'),
      }),
    );
    refused(await staff.api.post(`${page(z['TB-Z1']!)}/publish`, { version: 1 }), 409, 'VERSION_CONFLICT');
    const published = ok(await staff.api.post(`${page(z['TB-Z1']!)}/publish`, { version: full.version }));
    expect(published.version).toBe(3);
    expect(published.published.content.en.summary).toBe('About zone Z1');
    expect(published.published.publishedBy).toBe(staff.username);
    expect(published.draftChanged).toBe(false);

    const vi = ok(await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}?lang=vi`));
    expect(vi).toMatchObject({
      id: z['TB-Z1'],
      boardCode: 'TB',
      code: 'TB-Z1',
      lang: 'vi',
      summary: 'Giới thiệu KCN Z1',
      industrialLandHa: '80.5',
      serviceLandHa: '10',
      leasedLandHa: '40.25',
      leasedServiceLandHa: '2.5',
      // (80.5 + 10) − (40.25 + 2.5) = 47.75 ha; 42.75 ÷ 90.5 = 47.2 %.
      landAvailableHa: '47.75',
      occupancyPct: 47.2,
      figuresAsOf: '2024-12-31',
      leaseTermEnd: '2057',
      wastewaterStandard: 'QCVN 40:2011/BTNMT cột A',
      sectors: ['C2610', 'C27'],
      developer: { name: 'Công ty Hạ tầng Z1', website: 'https://z1.example.vn' },
      mapPoint: { lon: 106.55, lat: 20.4 },
      hasBoundary: false,
      boundary: null,
      photos: [],
    });
    expect(vi.prices[0]).toEqual({
      kind: 'landRent',
      value: '95.5',
      unit: 'USD_M2_TERM',
      asOf: '2025-01-01',
      source: 'Bảng giá của chủ đầu tư',
    });
    expect(vi.infrastructure.roads).toBe('Đường trục 30 m');
    const en = ok(await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}?lang=en`));
    expect(en).toMatchObject({ lang: 'en', summary: 'About zone Z1', advantages: ['Near the port'] });
    expect(en.infrastructure.power).toBe('110/22 kV substation');

    const list = ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB&lang=en'));
    expect(list.board.code).toBe('TB');
    expect(list.items.map((i: any) => [i.code, i.landAvailableHa])).toEqual([['TB-Z1', '47.75']]);
    refused(await ctx.anonymous.get('/api/v1/public/zones?board=XX'), 404, 'INVESTOR_PORTAL_BOARD_NOT_FOUND');
    refused(await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}?lang=fr`), 400, 'VALIDATION_FAILED');
  });

  it('keeps draft edits invisible until published again, and unpublishing hides the page', async () => {
    const current = ok(await staff.api.get(page(z['TB-Z1']!)));
    const edited = ok(
      await staff.api.put(page(z['TB-Z1']!), {
        version: current.version,
        content: content('Bản nháp mới', 'New draft'),
      }),
    );
    expect(edited.draftChanged).toBe(true);
    expect(edited.published.content.vi.summary).toBe('Giới thiệu KCN Z1');
    expect(ok(await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}`)).summary).toBe(
      'Giới thiệu KCN Z1',
    );
    const republished = ok(await staff.api.post(`${page(z['TB-Z1']!)}/publish`, { version: edited.version }));
    expect(republished.draftChanged).toBe(false);
    expect(ok(await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}?lang=en`)).summary).toBe(
      'New draft',
    );

    const hidden = ok(
      await staff.api.post(`${page(z['TB-Z1']!)}/unpublish`, { version: republished.version }),
    );
    expect(hidden.published).toBeNull();
    expect(hidden.content.vi.summary).toBe('Bản nháp mới');
    refused(
      await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}`),
      404,
      'INVESTOR_PORTAL_ZONE_NOT_FOUND',
    );
    expect(ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB')).items).toEqual([]);
    const again = ok(await staff.api.post(`${page(z['TB-Z1']!)}/publish`, { version: hidden.version }));
    expect(again.published).not.toBeNull();
  });

  it('takes photos by their bytes, refuses others, and shows them once published with the page', async () => {
    const before = await auditCount();
    refused(await upload(staff, z['TB-Z1']!, PDF), 415, 'INVESTOR_PORTAL_PHOTO_TYPE');
    refused(await upload(staff, z['TB-Z1']!, PNG, '', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    refused(await upload(staff, z['TB-Z1']!, big, '', 'image/png'), 413, 'PAYLOAD_TOO_LARGE');
    refused(await upload(viewer, z['TB-Z1']!, PNG), 403, 'FORBIDDEN');
    expect(await auditCount()).toBe(before);

    const first = ok(
      await upload(
        staff,
        z['TB-Z1']!,
        PNG,
        `?captionVi=${encodeURIComponent('Cổng KCN')}&captionEn=Gate`,
        'image/png',
      ),
      201,
    );
    expect(first.photos).toMatchObject([
      { position: 1, contentType: 'image/png', size: PNG.length, captionVi: 'Cổng KCN', captionEn: 'Gate' },
    ]);
    const second = ok(
      await upload(staff, z['TB-Z1']!, JPEG, '?captionVi=Nh%C3%A0%20x%C6%B0%E1%BB%9Fng'),
      201,
    );
    expect(second.photos.map((p: any) => [p.position, p.contentType])).toEqual([
      [1, 'image/png'],
      [2, 'image/jpeg'],
    ]);
    for (let i = 2; i < 12; i++) ok(await upload(staff, z['TB-Z1']!, JPEG), 201);
    refused(await upload(staff, z['TB-Z1']!, JPEG), 409, 'INVESTOR_PORTAL_PHOTO_LIMIT');

    // Added after the page was published: unseen until it is published again.
    expect(ok(await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}?lang=en`)).photos).toEqual([]);
    const draft = ok(await staff.api.get(page(z['TB-Z1']!)));
    ok(await staff.api.post(`${page(z['TB-Z1']!)}/publish`, { version: draft.version }));
    const pub = ok(await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}?lang=en`));
    expect(pub.photos).toHaveLength(12);
    expect(pub.photos[0].caption).toBe('Gate');
    expect(pub.photos[1].caption).toBe('Nhà xưởng');
    const bytes = await ctx.app.inject({ method: 'GET', url: pub.photos[0].url });
    expect(bytes.statusCode).toBe(200);
    expect(bytes.headers['content-type']).toBe('image/png');
    expect(bytes.headers['cache-control']).toContain('max-age');
    expect(bytes.rawPayload.equals(PNG)).toBe(true);

    const removed = ok(await staff.api.delete(`${page(z['TB-Z1']!)}/photos/${first.photos[0].id}`));
    expect(removed.photos).toHaveLength(11);
    refused(
      await staff.api.delete(`${page(z['TB-Z1']!)}/photos/${first.photos[0].id}`),
      404,
      'INVESTOR_PORTAL_PHOTO_NOT_FOUND',
    );
    refused(await ctx.anonymous.get(pub.photos[0].url), 404, 'INVESTOR_PORTAL_PHOTO_NOT_FOUND');
  });

  it('answers an unpublished zone, another board’s zone and an unknown id alike', async () => {
    ok(await staff.api.put(page(z['TB-Z2']!), { version: 0, content: content('Nháp Z2', 'Draft Z2') }));
    const photo = ok(await upload(staff, z['TB-Z2']!, PNG), 201).photos[0];
    for (const id of [z['TB-Z2'], z['HY-Z'], '00000000-0000-4000-8000-000000000000'])
      refused(await ctx.anonymous.get(`/api/v1/public/zones/${id}`), 404, 'INVESTOR_PORTAL_ZONE_NOT_FOUND');
    refused(
      await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z2']}/photos/${photo.id}`),
      404,
      'INVESTOR_PORTAL_ZONE_NOT_FOUND',
    );
    expect(ok(await ctx.anonymous.get('/api/v1/public/zones?board=HY')).items).toEqual([]);
  });

  it('keeps staff routes from the anonymous and from another board', async () => {
    refused(await ctx.anonymous.get(page(z['TB-Z1']!)), 401, 'UNAUTHENTICATED');
    refused(
      await ctx.anonymous.put(page(z['TB-Z1']!), { version: 0, content: content('x', 'y') }),
      401,
      'UNAUTHENTICATED',
    );
    refused(await ctx.anonymous.post(`${page(z['TB-Z1']!)}/publish`, { version: 1 }), 401, 'UNAUTHENTICATED');
    const before = await auditCount();
    refused(await hyStaff.api.get(page(z['TB-Z1']!)), 404, 'INVESTOR_PORTAL_ZONE_NOT_FOUND');
    refused(
      await hyStaff.api.put(page(z['TB-Z1']!), { version: 7, content: content('x', 'y') }),
      404,
      'INVESTOR_PORTAL_ZONE_NOT_FOUND',
    );
    refused(
      await hyStaff.api.post(`${page(z['TB-Z1']!)}/unpublish`, { version: 7 }),
      404,
      'INVESTOR_PORTAL_ZONE_NOT_FOUND',
    );
    refused(await upload(hyStaff, z['TB-Z1']!, PNG), 404, 'INVESTOR_PORTAL_ZONE_NOT_FOUND');
    expect(await auditCount()).toBe(before);
    expect(ok(await ctx.anonymous.get(`/api/v1/public/zones/${z['TB-Z1']}`)).code).toBe('TB-Z1');
  });
});

/** The demo loader (published pages, one draft) and the fixtures other suites use. */
describe('the investor portal demo and fixtures', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('BB')
        .zone('TB', 'TB-PK', { developer: 'Công ty Hạ tầng Phúc Khánh' })
        .zone('TB', 'TB-GL')
        .zone('TB', 'TB-TH')
        .zone('BB', 'BB-Z')
        .build(),
    );
  });
  afterAll(() => ctx?.close());

  it('publishes the demo pages, keeps the draft hidden, and loads once', async () => {
    const [board] = await queryRows<{ id: string; code: string }>(
      ctx.database.db,
      sql`select id, code from boards where code = 'TB'`,
    );
    const first = await loadInvestorPortalDemo(ctx.database.db, board!, await ctx.system());
    expect(first).toEqual({ published: 2, drafts: 1 });
    expect(await loadInvestorPortalDemo(ctx.database.db, board!, await ctx.system())).toEqual({
      published: 0,
      drafts: 0,
    });
    const list = ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB&lang=en'));
    expect(list.items.map((i: any) => i.code)).toEqual(['TB-PK', 'TB-TH']);
    const pk = ok(await ctx.anonymous.get(`/api/v1/public/zones/${list.items[0].id}?lang=vi`));
    expect(pk.prices.every((p: any) => p.source.includes('minh họa'))).toBe(true);
    expect(pk.developer.name).toBe('Công ty Hạ tầng Phúc Khánh');
    expect(pk.wastewaterStandard).toBe('QCVN 40:2011/BTNMT cột B');
  });

  it('shows the boundary of a published zone as a GeoJSON Feature', async () => {
    const staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    const pk = ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB')).items[0];
    expect(pk.hasBoundary).toBe(false);
    const square = [
      [106.34, 20.45],
      [106.35, 20.45],
      [106.35, 20.46],
      [106.34, 20.46],
      [106.34, 20.45],
    ];
    ok(
      await staff.api.put(`/api/v1/boundaries/zones/${pk.id}`, {
        geojson: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } },
        sourceCrs: 'WGS84',
      }),
    );
    expect(ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB')).items[0].hasBoundary).toBe(true);
    const shown = ok(await ctx.anonymous.get(`/api/v1/public/zones/${pk.id}`));
    expect(shown.hasBoundary).toBe(true);
    expect(shown.boundary).toMatchObject({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [square] },
    });
  });

  it('makes a board’s records in both tables through the fixtures', async () => {
    const staff = await ctx.createUser({ role: 'staff', board: 'BB' });
    const records = await createInvestorPortalRecords(ctx, { staff, board: 'BB', label: 'BB' });
    const rows = await queryRows<{ pages: number; photos: number }>(
      ctx.database.db,
      sql`select (select count(*)::int from zone_public_pages where board_id = (select id from boards where code = 'BB')) as pages,
                 (select count(*)::int from zone_public_photos where board_id = (select id from boards where code = 'BB')) as photos`,
    );
    expect(rows[0]).toEqual({ pages: 1, photos: 1 });
    const shown = ok(await ctx.anonymous.get(`/api/v1/public/zones/${records.zone}`));
    expect(shown.summary).toBe(records.summary);
    expect(shown.photos.map((p: any) => p.id)).toEqual([records.photo]);
  });
});
