import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { blocs, blocYearMembers, blocYears } from './boards.tables.ts';

describe('blocs (khối thi đua): the list a national administrator picks a bloc user’s bloc from', () => {
  let ctx: TestContext;
  let nationalAdmin: TestUser;
  let blocId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    nationalAdmin = await ctx.createUser({ role: 'admin', username: 'quan.tri.bo' });
    const [a, b, c] = [await ctx.createBoard('AA'), await ctx.createBoard('BB'), await ctx.createBoard('CC')];
    const [bloc] = await ctx.database.db
      .insert(blocs)
      .values({ code: 'DBSH', name: 'Khối Đồng bằng sông Hồng' })
      .returning();
    blocId = bloc!.id;
    await ctx.database.db.insert(blocs).values({ code: 'A-EMPTY', name: 'Khối chưa có Ban' });
    const year = Number(vietnamToday().slice(0, 4));
    await ctx.database.db.insert(blocYears).values([
      { blocId, year, leaderBoardId: a.id },
      { blocId, year: year - 1, leaderBoardId: c.id },
    ]);
    await ctx.database.db.insert(blocYearMembers).values([
      { blocId, year, boardId: a.id, position: 0 },
      { blocId, year, boardId: b.id, position: 1 },
      // A member of an earlier year only: not in the bloc this year.
      { blocId, year: year - 1, boardId: c.id, position: 0 },
    ]);
  });

  it('lists every bloc with the boards in it today, in code order', async () => {
    const response = await nationalAdmin.api.get('/api/v1/blocs');
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      { id: expect.any(String), code: 'A-EMPTY', name: 'Khối chưa có Ban', boards: [] },
      {
        id: blocId,
        code: 'DBSH',
        name: 'Khối Đồng bằng sông Hồng',
        boards: [
          { id: expect.any(String), code: 'AA', name: 'Ban Quản lý AA' },
          { id: expect.any(String), code: 'BB', name: 'Ban Quản lý BB' },
        ],
      },
    ]);
  });

  it('is for national administrators only', async () => {
    const boardAdmin = await ctx.createUser({ role: 'admin', board: 'AA' });
    const nationalViewer = await ctx.createUser({ role: 'viewer', username: 'xem.cap.bo' });
    for (const user of [boardAdmin, nationalViewer]) {
      const response = await user.api.get('/api/v1/blocs');
      expect(response.status, user.username).toBe(403);
      expect(response.body.error.code).toBe('FORBIDDEN');
    }
    expect((await ctx.anonymous.get('/api/v1/blocs')).status).toBe(401);
  });

  it('lets a national administrator create a bloc user, who sees the bloc’s boards, and a national user', async () => {
    const created = await nationalAdmin.api.post('/api/v1/users', {
      username: 'khoi.dbsh',
      fullName: 'Cán bộ khối Đồng bằng',
      role: 'viewer',
      scope: 'bloc',
      blocId,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.user).toMatchObject({ scope: 'bloc', blocId, boardId: null });
    const login = await ctx.anonymous.post('/api/v1/auth/login', {
      username: 'khoi.dbsh',
      password: created.body.generatedPassword,
    });
    expect(login.status).toBe(200);
    expect(login.body.visibleBoards.map((b: { code: string }) => b.code)).toEqual(
      expect.arrayContaining(['AA', 'BB']),
    );

    const national = await nationalAdmin.api.post('/api/v1/users', {
      username: 'chuyen.vien.bo',
      fullName: 'Chuyên viên Bộ',
      role: 'staff',
      scope: 'national',
    });
    expect(national.status).toBe(201);
    expect(national.body.user).toMatchObject({ scope: 'national', boardId: null, blocId: null });
  });

  it('refuses a bloc user without a bloc, or with a bloc that does not exist, on the field', async () => {
    for (const [body, reason] of [
      [{}, 'required'],
      [{ blocId: randomUUID() }, 'not_found'],
    ] as const) {
      const response = await nationalAdmin.api.post('/api/v1/users', {
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
