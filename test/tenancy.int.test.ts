import { beforeAll, describe, expect, it } from 'vitest';
import { blocMembers, blocs } from '../src/server/db-schema.ts';
import { PackageBuilder } from './package-builder.ts';
import { createTestContext, type TestContext, type TestUser } from './test-app.ts';

/** Board A's users never see board B's records: 404 on B's ids, absent from lists and reports. */
describe('tenancy: every query is scoped to the boards a user may see', () => {
  let ctx: TestContext;
  let staffA: TestUser;
  const b: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('AA')
        .board('BB')
        .zone('AA', 'A-Z')
        .zone('BB', 'B-Z')
        .project('AA', 'A-Z', 'PA', 'DDI')
        .event('PA', 'new', '2019-01-01', '10')
        .project('BB', 'B-Z', 'PB', 'FDI')
        .event('PB', 'new', '2019-01-01', '20', '1000000.00')
        .event('PB', 'adjustment', '2019-02-01', '25', '1200000.00')
        .implemented('PB', '2019-06-30', '5')
        .build(),
    );
    staffA = await ctx.createUser({ role: 'staff', board: 'AA' });
    const staffB = await ctx.createUser({ role: 'staff', board: 'BB' });
    const project = (await staffB.api.get('/api/v1/projects')).body.items[0];
    const detail = (await staffB.api.get(`/api/v1/projects/${project.id}`)).body;
    b.project = project.id;
    b.zone = project.zone.id;
    b.investor = project.investors[0].id;
    b.event = detail.licensingEvents[1].id;
    b.implementation = detail.capitalImplementations[0].id;
    b.board = project.boardId;
    b.user = staffB.id;
  });

  it("answers 404 for board B's records, read or written", async () => {
    const requests: [string, () => Promise<{ status: number; body: any }>][] = [
      ['board', () => staffA.api.get(`/api/v1/boards/${b.board}`)],
      ['zone', () => staffA.api.get(`/api/v1/zones/${b.zone}`)],
      ['zone update', () => staffA.api.patch(`/api/v1/zones/${b.zone}`, { version: 1, name: 'Đổi tên' })],
      [
        'zone status',
        () =>
          staffA.api.post(`/api/v1/zones/${b.zone}/status-changes`, {
            version: 1,
            status: 'operating',
            since: '2020-01-01',
          }),
      ],
      ['project', () => staffA.api.get(`/api/v1/projects/${b.project}`)],
      [
        'project update',
        () => staffA.api.patch(`/api/v1/projects/${b.project}`, { version: 1, name: 'Đổi tên dự án' }),
      ],
      ['project delete', () => staffA.api.delete(`/api/v1/projects/${b.project}?version=1`)],
      [
        'adjust',
        () =>
          staffA.api.post(`/api/v1/projects/${b.project}/licensing-events`, {
            kind: 'adjustment',
            date: '2020-01-01',
            documentNo: 'X',
          }),
      ],
      [
        'event update',
        () => staffA.api.patch(`/api/v1/licensing-events/${b.event}`, { version: 1, capitalVnd: '1' }),
      ],
      ['event delete', () => staffA.api.delete(`/api/v1/licensing-events/${b.event}?version=1`)],
      [
        'implementation',
        () =>
          staffA.api.post(`/api/v1/projects/${b.project}/capital-implementations`, {
            asOf: '2020-01-01',
            implementedVnd: '1',
          }),
      ],
      [
        'implementation update',
        () =>
          staffA.api.patch(`/api/v1/capital-implementations/${b.implementation}`, {
            version: 1,
            implementedVnd: '1',
          }),
      ],
      ['investor', () => staffA.api.get(`/api/v1/investors/${b.investor}`)],
      [
        'investor update',
        () => staffA.api.patch(`/api/v1/investors/${b.investor}`, { version: 1, name: 'Đổi tên' }),
      ],
      ['report', () => staffA.api.get('/api/v1/reports/investment?board=BB&from=2019-01-01&to=2019-12-31')],
      ['zones report', () => staffA.api.get('/api/v1/reports/zones?board=BB&asOf=2019-12-31')],
      ['export', () => staffA.api.get('/api/v1/packages/export?board=BB')],
    ];
    for (const [label, request] of requests) {
      const response = await request();
      expect(response.status, label).toBe(404);
      expect(response.body.error.code, label).toMatch(/_NOT_FOUND$/);
    }
  });

  it("never lists board B's records to board A", async () => {
    const lists = [
      '/api/v1/boards',
      '/api/v1/zones',
      '/api/v1/projects',
      '/api/v1/investors',
      '/api/v1/licensing-events',
    ];
    for (const url of lists) {
      const items = (await staffA.api.get(url)).body.items as {
        boardId?: string;
        id: string;
        project?: unknown;
      }[];
      expect(items.length, url).toBeGreaterThan(0);
      expect(JSON.stringify(items), url).not.toContain(b.board);
    }
    const exported = (await staffA.api.get('/api/v1/packages/export')).body;
    expect(exported.boards.map((x: any) => x.code)).toEqual(['AA']);
    expect(exported.projects.map((x: any) => x.code)).toEqual(['PA']);
    const report = (await staffA.api.get('/api/v1/reports/investment?from=2019-01-01&to=2019-12-31')).body;
    expect(report.boards).toEqual(['AA']);
    expect(report.licensing.new.count).toBe(1);
    const byFilter = (await staffA.api.get(`/api/v1/projects?boardId=${b.board}`)).body;
    expect(byFilter.items).toEqual([]);
  });

  it('lets a bloc user read its member boards together, and write nothing', async () => {
    const system = await ctx.system();
    const [bloc] = await ctx.database.db
      .insert(blocs)
      .values({ code: 'DBSH', name: 'Khối thi đua đồng bằng sông Hồng' })
      .returning();
    await ctx.database.db
      .insert(blocMembers)
      .values(system.visibleBoardIds.map((boardId) => ({ blocId: bloc!.id, boardId })));
    const admin = await ctx.createUser({ role: 'admin' });
    const created = await admin.api.post('/api/v1/users', {
      username: 'lanh.dao.khoi',
      fullName: 'Lãnh đạo khối',
      role: 'leader',
      scope: 'bloc',
      blocId: bloc!.id,
    });
    expect(created.status).toBe(201);
    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'lanh.dao.khoi', password: created.body.generatedPassword }),
    });
    const cookie = `kcn_session=${signIn.cookies.find((c) => c.name === 'kcn_session')!.value}`;
    const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });
    const report = JSON.parse((await get('/api/v1/reports/investment?from=2019-01-01&to=2019-12-31')).body);
    expect(report.boards).toEqual(['AA', 'BB']);
    expect(report.licensing.new.count).toBe(2);
    const write = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/zones/${b.zone}`,
      headers: { cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ version: 1, name: 'Khối sửa' }),
    });
    expect(write.statusCode).toBe(403);
  });
});
