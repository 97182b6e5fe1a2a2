import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type ApiClient,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { auditLog } from '../../kernel/audit.tables.ts';

const THIS_YEAR = Number(vietnamToday().slice(0, 4));
const DBSH = 'Khối thi đua các Ban Quản lý KCN, KKT vùng Đồng bằng sông Hồng';

/** A client for a user signed in by name and password (bloc users are made through the API). */
async function signIn(ctx: TestContext, username: string, password: string): Promise<ApiClient> {
  const login = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password }),
  });
  if (login.statusCode !== 200) throw new Error(login.body);
  const cookie = `kcn_session=${login.cookies.find((c) => c.name === 'kcn_session')!.value}`;
  const send = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return {
      status: response.statusCode,
      body: response.body ? JSON.parse(response.body) : null,
      headers: response.headers,
    };
  };
  return {
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    delete: (url) => send('DELETE', url),
  };
}

async function createBlocUser(
  ctx: TestContext,
  admin: TestUser,
  blocId: string,
  role: 'admin' | 'viewer',
): Promise<ApiClient> {
  const username = `khoi.${randomUUID().slice(0, 8)}`;
  const created = await admin.api.post('/api/v1/users', {
    username,
    fullName: 'Cán bộ khối',
    role,
    scope: 'bloc',
    blocId,
  });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  return signIn(ctx, username, created.body.generatedPassword);
}

async function auditCount(ctx: TestContext): Promise<number> {
  const [row] = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return row!.n;
}

describe('blocs as data (blocs-v1): a bloc, its years, members, leader and deputy', () => {
  let ctx: TestContext;
  let national: TestUser;
  let blocId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    national = await ctx.createUser({ role: 'admin', username: 'quan.tri.bo' });
    for (const code of ['HY', 'TB', 'HP', 'ND', 'HD', 'AA'])
      await ctx.createBoard(code, `Ban Quản lý ${code}`);
  });

  it('creates a bloc by PUT, renames it by PUT, and the same name again changes nothing', async () => {
    const created = await national.api.put('/api/v1/blocs/DBSH', { name: 'Khối Đồng bằng' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ code: 'DBSH', name: 'Khối Đồng bằng', version: 1, years: [] });
    blocId = created.body.id;
    const renamed = await national.api.put('/api/v1/blocs/DBSH', { name: DBSH });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: DBSH, version: 2 });
    const before = await auditCount(ctx);
    expect((await national.api.put('/api/v1/blocs/DBSH', { name: DBSH })).body.version).toBe(2);
    expect(await auditCount(ctx)).toBe(before);
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, blocId));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it("sets a year's members in order with leader and deputy, reads it back, and audits it", async () => {
    const put = await national.api.put('/api/v1/blocs/DBSH/years/2024', {
      members: ['HY', 'TB', 'HP'],
      leader: 'HY',
      deputy: 'TB',
    });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    expect(put.body).toMatchObject({
      bloc: 'DBSH',
      year: 2024,
      members: ['HY', 'TB', 'HP'],
      leader: 'HY',
      deputy: 'TB',
      version: 1,
    });
    expect(put.body.boards[1]).toEqual({ code: 'TB', name: 'Ban Quản lý TB', dissolvedOn: null });
    // Without a deputy (left out): null.
    const noDeputy = await national.api.put('/api/v1/blocs/DBSH/years/2023', {
      members: ['HP'],
      leader: 'HP',
    });
    expect(noDeputy.body).toMatchObject({ members: ['HP'], leader: 'HP', deputy: null });

    const year = await national.api.get('/api/v1/blocs/DBSH/years/2024');
    expect(year.status).toBe(200);
    expect(year.body.members).toEqual(['HY', 'TB', 'HP']);
    const bloc = await national.api.get('/api/v1/blocs/DBSH');
    expect(bloc.body.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024]);

    // The same again: unchanged, no audit; a new order: version 2.
    const before = await auditCount(ctx);
    const same = await national.api.put('/api/v1/blocs/DBSH/years/2024', {
      members: ['HY', 'TB', 'HP'],
      leader: 'HY',
      deputy: 'TB',
    });
    expect(same).toMatchObject({ status: 200, body: { version: 1 } });
    expect(await auditCount(ctx)).toBe(before);
    const reordered = await national.api.put('/api/v1/blocs/DBSH/years/2024', {
      members: ['TB', 'HY', 'HP'],
      leader: 'HY',
      deputy: 'TB',
      version: 1,
    });
    expect(reordered.body).toMatchObject({ members: ['TB', 'HY', 'HP'], version: 2 });
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityKey, 'DBSH 2024'))
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    expect(entry).toMatchObject({
      action: 'update',
      entityType: 'bloc_year',
      before: { members: ['HY', 'TB', 'HP'] },
      after: { members: ['TB', 'HY', 'HP'] },
    });
    const stale = await national.api.put('/api/v1/blocs/DBSH/years/2024', {
      members: ['HY', 'TB', 'HP'],
      leader: 'HY',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
  });

  it.each([
    ['an unknown board', { members: ['HY', 'ZZ'], leader: 'HY' }, 'BLOC_MEMBER_UNKNOWN', 'body.members[1]'],
    [
      'a member twice',
      { members: ['HY', 'TB', 'HY'], leader: 'HY' },
      'BLOC_MEMBER_DUPLICATE',
      'body.members[2]',
    ],
    [
      'a leader not a member',
      { members: ['HY', 'TB'], leader: 'HP' },
      'BLOC_LEADER_NOT_MEMBER',
      'body.leader',
    ],
    [
      'a deputy not a member',
      { members: ['HY', 'TB'], leader: 'HY', deputy: 'HP' },
      'BLOC_DEPUTY_NOT_MEMBER',
      'body.deputy',
    ],
    [
      'the deputy as leader',
      { members: ['HY', 'TB'], leader: 'HY', deputy: 'HY' },
      'BLOC_DEPUTY_IS_LEADER',
      'body.deputy',
    ],
  ])('refuses %s with its code, changing nothing', async (_name, body, code, path) => {
    const before = {
      bloc: (await national.api.get('/api/v1/blocs/DBSH')).body,
      audit: await auditCount(ctx),
    };
    for (const year of [2024, 2025]) {
      const response = await national.api.put(`/api/v1/blocs/DBSH/years/${year}`, body);
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.details).toEqual([expect.objectContaining({ path, reason: code })]);
    }
    expect((await national.api.get('/api/v1/blocs/DBSH')).body).toEqual(before.bloc);
    expect(await auditCount(ctx)).toBe(before.audit);
  });

  it('refuses a year out of range and a bad code, listing every problem of a year at once', async () => {
    const before = {
      bloc: (await national.api.get('/api/v1/blocs/DBSH')).body,
      audit: await auditCount(ctx),
    };
    const early = await national.api.put('/api/v1/blocs/DBSH/years/1989', { members: ['HY'], leader: 'HY' });
    expect(early.status).toBe(400);
    expect(early.body.error.code).toBe('BLOC_YEAR_OUT_OF_RANGE');
    const late = await national.api.put('/api/v1/blocs/DBSH/years/2201', { members: ['HY'], leader: 'HY' });
    expect(late.body.error.code).toBe('BLOC_YEAR_OUT_OF_RANGE');
    const badCode = await national.api.put('/api/v1/blocs/db-sh', { name: 'Khối chữ thường' });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.code).toBe('BLOC_CODE_INVALID');
    const badYearCode = await national.api.put('/api/v1/blocs/d%20b/years/2024', {
      members: ['HY'],
      leader: 'HY',
    });
    expect(badYearCode.body.error.code).toBe('BLOC_CODE_INVALID');
    const many = await national.api.put('/api/v1/blocs/DBSH/years/2025', {
      members: ['HY', 'ZZ', 'HY'],
      leader: 'XX',
      deputy: 'XX',
    });
    expect(many.body.error.code).toBe('BLOC_MEMBER_UNKNOWN');
    expect(many.body.error.details.map((d: { reason: string }) => d.reason)).toEqual([
      'BLOC_MEMBER_UNKNOWN',
      'BLOC_MEMBER_DUPLICATE',
      'BLOC_LEADER_NOT_MEMBER',
      'BLOC_DEPUTY_NOT_MEMBER',
      'BLOC_DEPUTY_IS_LEADER',
    ]);
    const unknownBloc = await national.api.put('/api/v1/blocs/NOPE/years/2024', {
      members: ['HY'],
      leader: 'HY',
    });
    expect(unknownBloc.status).toBe(404);
    expect(unknownBloc.body.error.code).toBe('BLOC_NOT_FOUND');
    expect((await national.api.get('/api/v1/blocs/DBSH')).body).toEqual(before.bloc);
    expect(await auditCount(ctx)).toBe(before.audit);
  });

  it('lists blocs with their boards this year, for the user form and every reader', async () => {
    await national.api.put('/api/v1/blocs/A-EMPTY', { name: 'Khối chưa có Ban' });
    await national.api.put(`/api/v1/blocs/DBSH/years/${THIS_YEAR}`, { members: ['AA', 'HD'], leader: 'AA' });
    await national.api.put(`/api/v1/blocs/DBSH/years/${THIS_YEAR - 1}`, { members: ['ND'], leader: 'ND' });
    const response = await national.api.get('/api/v1/blocs');
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      { id: expect.any(String), code: 'A-EMPTY', name: 'Khối chưa có Ban', boards: [] },
      {
        id: blocId,
        code: 'DBSH',
        name: DBSH,
        boards: [
          { id: expect.any(String), code: 'AA', name: 'Ban Quản lý AA' },
          { id: expect.any(String), code: 'HD', name: 'Ban Quản lý HD' },
        ],
      },
    ]);
    // A board's users read the blocs their board has been a member of, not the others.
    const boardViewer = await ctx.createUser({ role: 'viewer', board: 'ND' });
    expect(
      (await boardViewer.api.get('/api/v1/blocs')).body.items.map((b: { code: string }) => b.code),
    ).toEqual(['DBSH']);
    expect((await boardViewer.api.get('/api/v1/blocs/A-EMPTY')).status).toBe(404);
    expect((await ctx.anonymous.get('/api/v1/blocs')).status).toBe(401);
  });

  it('lets a bloc administrator manage its own bloc only; board users and viewers manage none', async () => {
    const other = await national.api.put('/api/v1/blocs/TDMNPB', {
      name: 'Khối Trung du và miền núi phía Bắc',
    });
    const otherAdmin = await createBlocUser(ctx, national, other.body.id, 'admin');
    const ownAdmin = await createBlocUser(ctx, national, blocId, 'admin');
    const blocViewer = await createBlocUser(ctx, national, blocId, 'viewer');
    const boardAdmin = await ctx.createUser({ role: 'admin', board: 'HY' });
    const before = {
      bloc: (await national.api.get('/api/v1/blocs/DBSH')).body,
      audit: await auditCount(ctx),
    };
    const body = { members: ['HY', 'TB'], leader: 'HY', deputy: 'TB' };
    for (const client of [otherAdmin, blocViewer, boardAdmin.api]) {
      const year = await client.put('/api/v1/blocs/DBSH/years/2031', body);
      expect(year.status).toBe(403);
      expect(year.body.error.code).toBe('FORBIDDEN');
      expect((await client.put('/api/v1/blocs/DBSH', { name: 'Đổi tên' })).status).toBe(403);
      expect((await client.delete('/api/v1/blocs/DBSH/years/2024')).status).toBe(403);
    }
    // A bloc administrator does not create blocs.
    expect((await ownAdmin.put('/api/v1/blocs/NEW', { name: 'Khối mới' })).status).toBe(403);
    expect((await national.api.get('/api/v1/blocs/DBSH')).body).toEqual(before.bloc);
    expect(await auditCount(ctx)).toBe(before.audit);

    const own = await ownAdmin.put('/api/v1/blocs/DBSH/years/2031', body);
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect((await otherAdmin.get('/api/v1/blocs')).body.items.map((b: { code: string }) => b.code)).toEqual([
      'TDMNPB',
    ]);
    expect((await otherAdmin.get('/api/v1/blocs/DBSH')).status).toBe(404);
    expect((await ownAdmin.delete('/api/v1/blocs/DBSH/years/2031')).status).toBe(204);
    expect((await ownAdmin.get('/api/v1/blocs/DBSH/years/2031')).status).toBe(404);
  });
});

describe('bloc membership follows merges (organisation-v1)', () => {
  let ctx: TestContext;
  let national: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    national = await ctx.createUser({ role: 'admin', username: 'quan.tri.bo' });
    for (const code of ['HY', 'TB', 'HP', 'ND', 'NB', 'HN']) await ctx.createBoard(code);
    await national.api.put('/api/v1/blocs/DBSH', { name: DBSH });
  });

  const year = async (y: number) => (await national.api.get(`/api/v1/blocs/DBSH/years/${y}`)).body;

  it('moves a board dissolved on 01/7/2025 out of 2026 on, its successor taking its place and its role; 2025 keeps it', async () => {
    const set = (y: number, body: unknown) => national.api.put(`/api/v1/blocs/DBSH/years/${y}`, body);
    expect((await set(2024, { members: ['HY', 'TB', 'HP'], leader: 'TB', deputy: 'HY' })).status).toBe(201);
    expect((await set(2025, { members: ['HP', 'TB', 'ND'], leader: 'HP', deputy: 'TB' })).status).toBe(201);
    expect((await set(2026, { members: ['ND', 'TB', 'HP'], leader: 'TB', deputy: 'HP' })).status).toBe(201);
    expect((await set(2027, { members: ['HY', 'TB', 'HP'], leader: 'HP', deputy: 'TB' })).status).toBe(201);

    const merged = await national.api.post('/api/v1/boards/TB/merge', { into: 'HY', on: '2025-07-01' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);

    // Years begun before 01/7/2025 are history.
    expect(await year(2024)).toMatchObject({ members: ['HY', 'TB', 'HP'], leader: 'TB', deputy: 'HY' });
    expect(await year(2025)).toMatchObject({ members: ['HP', 'TB', 'ND'], leader: 'HP', deputy: 'TB' });
    // 2026: HY takes TB's place and its leadership.
    expect(await year(2026)).toMatchObject({
      members: ['ND', 'HY', 'HP'],
      leader: 'HY',
      deputy: 'HP',
      version: 2,
    });
    // 2027: HY already a member; TB leaves, HY takes the deputy's role.
    expect(await year(2027)).toMatchObject({ members: ['HY', 'HP'], leader: 'HP', deputy: 'HY' });
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityKey, 'DBSH 2026'));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);

    // A dissolved board cannot be made a member of a year that begins after it was dissolved…
    const refused = await national.api.put('/api/v1/blocs/DBSH/years/2028', {
      members: ['TB', 'HP'],
      leader: 'HP',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'BLOC_MEMBER_DISSOLVED',
      details: [{ path: 'body.members[0]', reason: 'BLOC_MEMBER_DISSOLVED' }],
    });
    expect((await national.api.get('/api/v1/blocs/DBSH/years/2028')).status).toBe(404);
    // …but stays a member of a year that began before (history can be corrected).
    const history = await national.api.put('/api/v1/blocs/DBSH/years/2025', {
      members: ['HP', 'TB', 'ND', 'NB'],
      leader: 'HP',
      deputy: 'TB',
    });
    expect(history.status).toBe(200);
  });

  it('on 1 January the dissolved board leaves that very year', async () => {
    await national.api.put('/api/v1/blocs/DBSH/years/2030', {
      members: ['NB', 'HN'],
      leader: 'NB',
      deputy: 'HN',
    });
    await national.api.put('/api/v1/blocs/DBSH/years/2029', { members: ['NB', 'HN'], leader: 'NB' });
    const merged = await national.api.post('/api/v1/boards/NB/merge', { into: 'ND', on: '2030-01-01' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(await year(2029)).toMatchObject({ members: ['NB', 'HN'], leader: 'NB' });
    expect(await year(2030)).toMatchObject({ members: ['ND', 'HN'], leader: 'ND', deputy: 'HN' });
  });

  it('a bloc user reads the boards of every year, the dissolved one included', async () => {
    const [bloc] = (await national.api.get('/api/v1/blocs')).body.items;
    const created = await national.api.post('/api/v1/users', {
      username: 'khoi.dbsh',
      fullName: 'Cán bộ khối Đồng bằng',
      role: 'viewer',
      scope: 'bloc',
      blocId: bloc.id,
    });
    const login = await ctx.anonymous.post('/api/v1/auth/login', {
      username: 'khoi.dbsh',
      password: created.body.generatedPassword,
    });
    expect(login.body.visibleBoards.map((b: { code: string }) => b.code).sort()).toEqual([
      'HN',
      'HP',
      'HY',
      'NB',
      'ND',
      'TB',
    ]);
  });
});

describe('bloc users (the user form)', () => {
  let ctx: TestContext;
  let national: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    national = await ctx.createUser({ role: 'admin', username: 'quan.tri.bo' });
  });

  it('refuses a bloc user without a bloc, or with a bloc that does not exist, on the field', async () => {
    for (const [body, reason] of [
      [{}, 'required'],
      [{ blocId: randomUUID() }, 'not_found'],
    ] as const) {
      const response = await national.api.post('/api/v1/users', {
        username: 'khoi.khong.co',
        fullName: 'Không có khối',
        role: 'viewer',
        scope: 'bloc',
        ...body,
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'USER_SCOPE_INVALID',
        details: [{ path: 'body.blocId', reason }],
      });
    }
  });
});
