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

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error;
}

const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
const SETTINGS = '/api/v1/investor-portal/settings';
const content = (words: string) => ({
  vi: { summary: `Giới thiệu ${words}` },
  en: { summary: `About ${words}` },
});

/**
 * A board's public site settings (its map's tile layer) and the public list of boards: TB with
 * two zones, HY with one, DR (a draft page only until published).
 */
describe("the public site's settings and boards", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let national: TestUser;
  let hyStaff: TestUser;
  let hyAdmin: TestUser;
  let drStaff: TestUser;
  const board: Record<string, string> = {};
  const z: Record<string, string> = {};
  const page = (zone: string) => `/api/v1/investor-portal/zones/${z[zone]}/page`;

  const auditRows = () =>
    queryRows<{ action: string; entity_id: string; entity_key: string; before: any; after: any }>(
      ctx.database.db,
      sql`select action, entity_id, entity_key, before, after from audit_log
          where entity_type = 'public_site_settings' order by id`,
    );
  const publicBoards = async () => ok(await ctx.anonymous.get('/api/v1/public/boards')).items;

  /** Saves the zone's page (creating it) and publishes it unless `draft`; returns its version. */
  async function savePage(user: TestUser, zone: string, draft = false): Promise<number> {
    const current = ok(await user.api.get(page(zone)));
    const saved = ok(await user.api.put(page(zone), { version: current.version, content: content(zone) }));
    if (draft) return saved.version;
    return ok(await user.api.post(`${page(zone)}/publish`, { version: saved.version })).version;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB', 'Ban Quản lý KKT Thái Bình')
        .board('HY', 'Ban Quản lý các KCN Hưng Yên')
        .board('DR', 'Ban Quản lý KKT Đông Rạng')
        .zone('TB', 'TB-Z1')
        .zone('TB', 'TB-Z2')
        .zone('HY', 'HY-Z')
        .zone('DR', 'DR-Z')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    national = await ctx.createUser({ role: 'admin' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    hyAdmin = await ctx.createUser({ role: 'admin', board: 'HY' });
    drStaff = await ctx.createUser({ role: 'staff', board: 'DR' });
    for (const row of await queryRows<{ id: string; code: string }>(
      ctx.database.db,
      sql`select id, code from boards`,
    ))
      board[row.code] = row.id;
    for (const zone of ok(await national.api.get('/api/v1/zones?pageSize=100')).items) z[zone.code] = zone.id;
  });
  afterAll(() => ctx?.close());

  it('reads the settings before they are set (version null) for whoever reads the board', async () => {
    const empty = {
      boardId: board.TB,
      tileUrlTemplate: null,
      tileAttribution: null,
      version: null,
      updatedAt: null,
    };
    expect(ok(await staff.api.get(SETTINGS))).toEqual(empty);
    expect(ok(await viewer.api.get(SETTINGS))).toEqual(empty);
    expect(ok(await staff.api.get(`${SETTINGS}?boardId=${board.TB}`))).toEqual(empty);
    expect(ok(await national.api.get(`${SETTINGS}?boardId=${board.TB}`))).toEqual(empty);
    const required = refused(await national.api.get(SETTINGS), 400, 'INVESTOR_PORTAL_BOARD_REQUIRED');
    expect(required.details[0].path).toBe('query.boardId');
    refused(await ctx.anonymous.get(SETTINGS), 401, 'UNAUTHENTICATED');
    refused(await staff.api.get(`${SETTINGS}?boardId=not-a-uuid`), 400, 'VALIDATION_FAILED');
    expect(ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB')).map).toBeNull();
  });

  it('refuses each invalid setting with its field and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ tileUrlTemplate: 'http://tile.openstreetmap.org/{z}/{x}/{y}.png' }, 'body.tileUrlTemplate'],
      [{ tileUrlTemplate: 'https://tile.openstreetmap.org/{z}/{y}.png' }, 'body.tileUrlTemplate'],
      [{ tileUrlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}/{foo}.png' }, 'body.tileUrlTemplate'],
      [{ tileUrlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png?a="b"' }, 'body.tileUrlTemplate'],
      [{ tileUrlTemplate: 'https://tile.openstreetmap.org/{z}/{x} /{y}.png' }, 'body.tileUrlTemplate'],
      [{ tileUrlTemplate: 'https://tile.openstreetmap.org/<b>/{z}/{x}/{y}.png' }, 'body.tileUrlTemplate'],
      [{ tileUrlTemplate: 'https://10.0.0.1/{z}/{x}/{y}.png' }, 'body.tileUrlTemplate'],
      [{ tileUrlTemplate: 'https://localhost/{z}/{x}/{y}.png' }, 'body.tileUrlTemplate'],
      [{ tileUrlTemplate: 'https://user@tile.example.vn/{z}/{x}/{y}.png' }, 'body.tileUrlTemplate'],
      [
        { tileUrlTemplate: `https://tile.example.vn/${'a'.repeat(480)}/{z}/{x}/{y}.png` },
        'body.tileUrlTemplate',
      ],
      [{ tileUrlTemplate: '' }, 'body.tileUrlTemplate'],
      [{ tileAttribution: null }, 'body.tileAttribution'],
      [{ tileAttribution: '   ' }, 'body.tileAttribution'],
      [{ tileAttribution: '<script>alert(1)</script>' }, 'body.tileAttribution'],
      [{ tileAttribution: 'a'.repeat(301) }, 'body.tileAttribution'],
      [{ tileUrlTemplate: null, tileAttribution: OSM_ATTRIBUTION }, 'body.tileAttribution'],
      [{ version: -1 }, 'body.version'],
      [{ boardId: 'TB' }, 'body.boardId'],
    ];
    for (const [change, path] of cases) {
      const body = { version: 0, tileUrlTemplate: OSM, tileAttribution: OSM_ATTRIBUTION, ...change };
      const error = refused(await staff.api.put(SETTINGS, body), 400, 'VALIDATION_FAILED');
      expect(
        error.details.map((d: any) => d.path),
        JSON.stringify(change),
      ).toContain(path);
      expect(error.details.every((d: any) => typeof d.message === 'string' && d.message.length > 0)).toBe(
        true,
      );
    }
    const http = refused(
      await staff.api.put(SETTINGS, {
        version: 0,
        tileUrlTemplate: 'http://tile.openstreetmap.org/{z}/{x}/{y}.png',
        tileAttribution: OSM_ATTRIBUTION,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(http.details[0].message).toContain('https://');
    refused(
      await viewer.api.put(SETTINGS, { version: 0, tileUrlTemplate: OSM, tileAttribution: OSM_ATTRIBUTION }),
      403,
      'FORBIDDEN',
    );
    refused(
      await ctx.anonymous.put(SETTINGS, {
        version: 0,
        tileUrlTemplate: OSM,
        tileAttribution: OSM_ATTRIBUTION,
      }),
      401,
      'UNAUTHENTICATED',
    );
    refused(
      await staff.api.put(SETTINGS, { version: 3, tileUrlTemplate: OSM, tileAttribution: OSM_ATTRIBUTION }),
      409,
      'VERSION_CONFLICT',
    );
    expect(await auditRows()).toEqual([]);
    expect(ok(await staff.api.get(SETTINGS)).version).toBeNull();
  });

  it('sets the tile layer (version 0), updates it with the version read and refuses a stale one', async () => {
    const created = ok(
      await staff.api.put(SETTINGS, {
        version: 0,
        tileUrlTemplate: `  ${OSM} `,
        tileAttribution: ` ${OSM_ATTRIBUTION}`,
      }),
    );
    expect(created).toMatchObject({
      boardId: board.TB,
      tileUrlTemplate: OSM,
      tileAttribution: OSM_ATTRIBUTION,
      version: 1,
    });
    expect(created.updatedAt).toMatch(/\+07:00$/);
    expect(ok(await viewer.api.get(SETTINGS))).toEqual(created);
    const again = refused(
      await staff.api.put(SETTINGS, { version: 0, tileUrlTemplate: OSM, tileAttribution: 'x' }),
      409,
      'VERSION_CONFLICT',
    );
    expect(again.currentVersion).toBe(1);

    const province = 'https://{s}.tiles.example.gov.vn:8443/map/{z}/{x}/{y}{r}.png?style=light';
    const updated = ok(
      await staff.api.put(SETTINGS, {
        boardId: board.TB,
        version: 1,
        tileUrlTemplate: province,
        tileAttribution: '© Sở TN&MT tỉnh, © OpenStreetMap contributors',
      }),
    );
    expect(updated).toMatchObject({ version: 2, tileUrlTemplate: province });
    const stale = refused(
      await staff.api.put(SETTINGS, { version: 1, tileUrlTemplate: OSM, tileAttribution: OSM_ATTRIBUTION }),
      409,
      'VERSION_CONFLICT',
    );
    expect(stale.currentVersion).toBe(2);
    expect(ok(await staff.api.get(SETTINGS))).toEqual(updated);

    const audit = await auditRows();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      action: 'create',
      entity_id: board.TB,
      entity_key: 'TB',
      before: null,
      after: { tileUrlTemplate: OSM, tileAttribution: OSM_ATTRIBUTION, version: 1 },
    });
    expect(audit[1]).toMatchObject({
      action: 'update',
      entity_key: 'TB',
      before: { tileUrlTemplate: OSM, version: 1 },
      after: { tileUrlTemplate: province, version: 2 },
    });
  });

  it('gives the public zone list the map layer, and null once the board uses none', async () => {
    const list = ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB'));
    expect(list.map).toEqual({
      tileUrlTemplate: 'https://{s}.tiles.example.gov.vn:8443/map/{z}/{x}/{y}{r}.png?style=light',
      attribution: '© Sở TN&MT tỉnh, © OpenStreetMap contributors',
    });
    expect(ok(await ctx.anonymous.get('/api/v1/public/zones?board=HY')).map).toBeNull();

    const none = ok(
      await staff.api.put(SETTINGS, { version: 2, tileUrlTemplate: null, tileAttribution: null }),
    );
    expect(none).toMatchObject({ version: 3, tileUrlTemplate: null, tileAttribution: null });
    expect(ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB')).map).toBeNull();
    const back = ok(
      await staff.api.put(SETTINGS, { version: 3, tileUrlTemplate: OSM, tileAttribution: OSM_ATTRIBUTION }),
    );
    expect(back.version).toBe(4);
    expect(ok(await ctx.anonymous.get('/api/v1/public/zones?board=TB&lang=en')).map).toEqual({
      tileUrlTemplate: OSM,
      attribution: OSM_ATTRIBUTION,
    });
    expect(await auditRows()).toHaveLength(4);
  });

  it("keeps another board's settings from its staff and administrators", async () => {
    const before = (await auditRows()).length;
    for (const user of [hyStaff, hyAdmin]) {
      refused(await user.api.get(`${SETTINGS}?boardId=${board.TB}`), 404, 'INVESTOR_PORTAL_BOARD_NOT_FOUND');
      const error = refused(
        await user.api.put(SETTINGS, {
          boardId: board.TB,
          version: 4,
          tileUrlTemplate: 'https://evil.example.com/{z}/{x}/{y}.png',
          tileAttribution: 'Xâm nhập',
        }),
        404,
        'INVESTOR_PORTAL_BOARD_NOT_FOUND',
      );
      expect(error.details[0].path).toBe('body.boardId');
      // Its own board's settings are its own: never set.
      expect(ok(await user.api.get(SETTINGS))).toMatchObject({ boardId: board.HY, version: null });
    }
    expect(await auditRows()).toHaveLength(before);
    expect(ok(await staff.api.get(SETTINGS))).toMatchObject({ version: 4, tileUrlTemplate: OSM });
    // A national administrator sets any board's.
    const hy = ok(
      await national.api.put(SETTINGS, {
        boardId: board.HY,
        version: 0,
        tileUrlTemplate: OSM,
        tileAttribution: OSM_ATTRIBUTION,
      }),
    );
    expect(hy).toMatchObject({ boardId: board.HY, version: 1 });
    expect(ok(await staff.api.get(SETTINGS)).version).toBe(4);
  });

  it('documents the routes and the map layer in the OpenAPI document', () => {
    const spec = ctx.app.swagger() as any;
    expect(Object.keys(spec.paths['/api/v1/investor-portal/settings']).sort()).toEqual(['get', 'put']);
    expect(spec.paths['/api/v1/public/boards'].get).toBeDefined();
    expect(spec.components.schemas.PublicZoneList.required).toContain('map');
    expect(spec.components.schemas.PublicSiteSettings).toBeDefined();
    expect(spec.components.schemas.PublicBoardList).toBeDefined();
  });

  it('lists only boards with a published zone page, by name, without dissolved boards', async () => {
    expect(await publicBoards()).toEqual([]);
    await savePage(drStaff, 'DR-Z', true);
    expect(await publicBoards()).toEqual([]);

    const tbVersion = await savePage(staff, 'TB-Z1');
    expect(await publicBoards()).toEqual([{ code: 'TB', name: 'Ban Quản lý KKT Thái Bình', zoneCount: 1 }]);
    await savePage(staff, 'TB-Z2', true);
    expect((await publicBoards())[0].zoneCount).toBe(1);

    const drVersion = ok(await drStaff.api.post(`${page('DR-Z')}/publish`, { version: 1 })).version;
    await savePage(staff, 'TB-Z2');
    await savePage(hyStaff, 'HY-Z');
    // Vietnamese order of names: "các KCN Hưng Yên" < "KKT Đông Rạng" < "KKT Thái Bình".
    expect(await publicBoards()).toEqual([
      { code: 'HY', name: 'Ban Quản lý các KCN Hưng Yên', zoneCount: 1 },
      { code: 'DR', name: 'Ban Quản lý KKT Đông Rạng', zoneCount: 1 },
      { code: 'TB', name: 'Ban Quản lý KKT Thái Bình', zoneCount: 2 },
    ]);

    ok(await drStaff.api.post(`${page('DR-Z')}/unpublish`, { version: drVersion }));
    expect((await publicBoards()).map((b: any) => b.code)).toEqual(['HY', 'TB']);
    ok(await staff.api.post(`${page('TB-Z1')}/unpublish`, { version: tbVersion }));
    expect((await publicBoards()).map((b: any) => [b.code, b.zoneCount])).toEqual([
      ['HY', 1],
      ['TB', 1],
    ]);

    // HY merged into TB (decision 014): its published page no longer lists it.
    await queryRows(
      ctx.database.db,
      sql`update boards set dissolved_on = '2026-01-01', succeeded_by = ${board.TB} where code = 'HY'`,
    );
    expect((await publicBoards()).map((b: any) => b.code)).toEqual(['TB']);
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/public/boards' });
    expect(response.headers['x-ratelimit-limit']).toBeDefined();
  });
});
