import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../kernel/db/database.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';

async function login(ctx: TestContext, username: string, password: string) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password }),
  });
}

describe('users, sessions and API tokens', () => {
  let ctx: TestContext;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.createUser({ role: 'admin', board: 'TB' });
  });

  it('needs a signed-in user on every route but health and login', async () => {
    expect((await ctx.anonymous.get('/api/v1/health')).body).toMatchObject({
      status: 'ok',
      database: ctx.kind,
    });
    for (const url of [
      '/api/v1/zones',
      '/api/v1/projects',
      '/api/v1/reports/investment?from=2019-01-01&to=2019-12-31',
      '/api/v1/auth/me',
      '/api/v1/audit',
    ]) {
      const response = await ctx.anonymous.get(url);
      expect(response.status, url).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('signs in with an httpOnly, SameSite=Strict cookie and stores only an argon2id hash', async () => {
    const response = await login(ctx, admin.username, admin.password);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'kcn_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(JSON.parse(response.body)).toMatchObject({
      username: admin.username,
      role: 'admin',
      board: { code: 'TB' },
    });
    const [row] = await queryRows<{ password_hash: string }>(
      ctx.database.db,
      sql`select password_hash from users where username = ${admin.username}`,
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(row!.password_hash).not.toContain(admin.password);
  });

  it('refuses a wrong password, then locks the account after five failures', async () => {
    const victim = await ctx.createUser({ role: 'staff', board: 'TB' });
    const wrong = await login(ctx, victim.username, 'wrong-password');
    expect(wrong.statusCode).toBe(401);
    expect(JSON.parse(wrong.body).error.code).toBe('AUTH_INVALID_CREDENTIALS');
    for (let i = 0; i < 4; i++) await login(ctx, victim.username, 'wrong-password');
    const locked = await login(ctx, victim.username, victim.password);
    expect(locked.statusCode).toBe(429);
    expect(JSON.parse(locked.body).error.code).toBe('AUTH_ACCOUNT_LOCKED');
    const unknown = await login(ctx, 'no-such-user', 'whatever-password');
    expect(JSON.parse(unknown.body).error.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('rate-limits login attempts from one address', async () => {
    const limited = await createTestContext({ loginRateLimit: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(limited, 'nobody', 'x')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const body = JSON.parse((await login(limited, 'nobody', 'x')).body);
    expect(body.error.code).toBe('RATE_LIMITED');
  });

  it('ends sessions on logout, on expiry and when the user is disabled', async () => {
    const user = await ctx.createUser({ role: 'staff', board: 'TB' });
    expect((await user.api.get('/api/v1/auth/me')).status).toBe(200);
    await user.api.post('/api/v1/auth/logout');
    expect((await user.api.get('/api/v1/auth/me')).status).toBe(401);

    const expiring = await ctx.createUser({ role: 'staff', board: 'TB' });
    await ctx.database.db.execute(
      sql`update sessions set expires_at = now() - interval '1 minute' where user_id = ${expiring.id}`,
    );
    expect((await expiring.api.get('/api/v1/auth/me')).status).toBe(401);

    const disabled = await ctx.createUser({ role: 'staff', board: 'TB' });
    const { body: current } = await admin.api.get(`/api/v1/users/${disabled.id}`);
    const result = await admin.api.patch(`/api/v1/users/${disabled.id}`, {
      version: current.version,
      disabled: true,
    });
    expect(result.body.disabled).toBe(true);
    expect((await disabled.api.get('/api/v1/auth/me')).status).toBe(401);
    expect((await login(ctx, disabled.username, disabled.password)).statusCode).toBe(403);
  });

  it('gives scripts API tokens that work until revoked', async () => {
    const created = await admin.api.post('/api/v1/auth/tokens', {
      name: 'báo cáo hằng đêm',
      expiresInDays: 30,
    });
    expect(created.status).toBe(201);
    const { secret, token } = created.body;
    expect(secret).toMatch(/^kcn_/);
    const bearer = (url: string) =>
      ctx.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });
    expect((await bearer('/api/v1/auth/me')).statusCode).toBe(200);
    const [stored] = await queryRows<{ token_hash: string }>(
      ctx.database.db,
      sql`select token_hash from api_tokens where id = ${token.id}`,
    );
    expect(stored!.token_hash).not.toBe(secret);
    await admin.api.delete(`/api/v1/auth/tokens/${token.id}`);
    expect((await bearer('/api/v1/auth/me')).statusCode).toBe(401);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: 'Bearer kcn_forged' },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("lets a board administrator manage only its own board's users; passwords are generated and shown once", async () => {
    const created = await admin.api.post('/api/v1/users', {
      username: 'can.bo.dau.tu',
      fullName: 'Cán bộ Phòng Đầu tư',
      role: 'staff',
    });
    expect(created.status).toBe(201);
    expect(created.body.generatedPassword).toHaveLength(20);
    expect(created.body.user).toMatchObject({ scope: 'board', role: 'staff' });
    const signedIn = await login(ctx, 'can.bo.dau.tu', created.body.generatedPassword);
    expect(signedIn.statusCode).toBe(200);
    const reset = await admin.api.post(`/api/v1/users/${created.body.user.id}/reset-password`);
    expect(reset.body.password).not.toBe(created.body.generatedPassword);
    expect((await login(ctx, 'can.bo.dau.tu', created.body.generatedPassword)).statusCode).toBe(401);

    const otherAdmin = await ctx.createUser({ role: 'admin', board: 'HY' });
    expect((await otherAdmin.api.get(`/api/v1/users/${created.body.user.id}`)).status).toBe(404);
    const names = (await otherAdmin.api.get('/api/v1/users')).body.items.map((u: any) => u.username);
    expect(names).not.toContain('can.bo.dau.tu');
    const national = await otherAdmin.api.post('/api/v1/users', {
      username: 'bo.tai.chinh',
      fullName: 'Bộ',
      role: 'viewer',
      scope: 'national',
    });
    expect(national.status).toBe(400);
    const staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    expect((await staff.api.get('/api/v1/users')).status).toBe(403);
  });

  it('lets users change their own password', async () => {
    const user = await ctx.createUser({ role: 'viewer', board: 'TB' });
    const wrong = await user.api.post('/api/v1/auth/password', {
      currentPassword: 'nope',
      newPassword: 'mot-mat-khau-moi-dai',
    });
    expect(wrong.body.error.details[0].path).toBe('body.currentPassword');
    const short = await user.api.post('/api/v1/auth/password', {
      currentPassword: user.password,
      newPassword: 'ngan',
    });
    expect(short.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'body.newPassword' }],
    });
    expect(
      (
        await user.api.post('/api/v1/auth/password', {
          currentPassword: user.password,
          newPassword: 'mot-mat-khau-moi-dai',
        })
      ).status,
    ).toBe(204);
    expect((await login(ctx, user.username, 'mot-mat-khau-moi-dai')).statusCode).toBe(200);
  });

  it('lets anyone change their own name and e-mail, with the version, audited; nothing else', async () => {
    const user = await ctx.createUser({ role: 'viewer', board: 'TB' });
    const me = (await user.api.get('/api/v1/auth/me')).body;
    expect(me.email).toBeNull();
    const bad = await user.api.patch('/api/v1/auth/me', { version: me.version, email: 'không phải địa chỉ' });
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.email' }] });
    const role = await user.api.patch('/api/v1/auth/me', { version: me.version, role: 'admin' });
    expect(role.body.error.code).toBe('VALIDATION_FAILED');
    const changed = await user.api.patch('/api/v1/auth/me', {
      version: me.version,
      fullName: 'Lê Thị Hoa',
      email: 'hoa@bqlkcn.example.vn',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      fullName: 'Lê Thị Hoa',
      email: 'hoa@bqlkcn.example.vn',
      role: 'viewer',
      version: me.version + 1,
    });
    const stale = await user.api.patch('/api/v1/auth/me', { version: me.version, email: null });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const admin = await ctx.createUser({ role: 'admin', scope: 'national' });
    const audit = await admin.api.get(`/api/v1/audit?entityType=user&entityId=${me.id}`);
    const entry = audit.body.items.find((e: any) => e.action === 'update');
    expect(entry.before).toMatchObject({ email: null });
    expect(entry.after).toMatchObject({ email: 'hoa@bqlkcn.example.vn', fullName: 'Lê Thị Hoa' });
    expect(entry.actorLabel).toBe(user.username);
  });
});
