import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeError } from '../../src/server/kernel/logging.ts';
import { parseTrustProxy } from '../../src/server/kernel/proxy.ts';
import { insertUser } from '../../src/server/modules/users/users.repository.ts';
import { createTestContext, type TestContext, type TestUser } from '../test-app.ts';

const loginFrom = (ctx: TestContext, remoteAddress: string, forwardedFor: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    payload: JSON.stringify({ username: 'khong.ai', password: 'sai-mat-khau' }),
  });

describe('whose X-Forwarded-For is believed', () => {
  it('parses TRUST_PROXY: addresses, hop counts, nothing — and refuses "true"', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(parseTrustProxy('loopback')).toEqual(['loopback']);
    expect(typeof parseTrustProxy('1')).toBe('function');
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('*')).toThrow(/TRUST_PROXY/);
  });

  it.each([['127.0.0.1'], ['1']])(
    'TRUST_PROXY=%s: 15 sign-ins with made-up addresses through the proxy are rate-limited by the real one',
    async (setting) => {
      const ctx = await createTestContext({ trustProxy: parseTrustProxy(setting), loginRateLimit: 5 });
      const statuses = [];
      for (let i = 0; i < 15; i++)
        statuses.push((await loginFrom(ctx, '127.0.0.1', `10.9.${i}.${i}, 203.0.113.7`)).statusCode);
      expect(statuses.slice(0, 5)).toEqual(Array(5).fill(401));
      expect(statuses.slice(5)).toEqual(Array(10).fill(429));
    },
  );

  it('a client that reaches the server directly cannot forge its address past a named proxy', async () => {
    const ctx = await createTestContext({ trustProxy: parseTrustProxy('10.0.0.1'), loginRateLimit: 5 });
    const statuses = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await loginFrom(ctx, '198.51.100.9', `10.9.${i}.${i}`)).statusCode);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });
});

describe('headers, caching, origins and what the log and errors tell', () => {
  let ctx: TestContext;
  let staff: TestUser;
  const log: string[] = [];

  beforeAll(async () => {
    const webRoot = mkdtempSync(path.join(os.tmpdir(), 'kcn-web-'));
    mkdirSync(path.join(webRoot, 'assets'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>KCN Hub</title>');
    writeFileSync(path.join(webRoot, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
    ctx = await createTestContext({
      webRoot,
      allowedOrigins: ['https://kcn.example.vn'],
      logger: {
        level: 'warn',
        stream: new Writable({
          write(chunk, _encoding, done) {
            log.push(String(chunk));
            done();
          },
        }),
      },
    });
    staff = await ctx.createUser({ role: 'staff', board: 'HG' });
  });

  it('sends no HSTS and no upgrade-insecure-requests on plain http; sends both when served over HTTPS', async () => {
    for (const url of ['/', '/api/v1/health', '/api/docs/static/index.html']) {
      const response = await ctx.app.inject({ method: 'GET', url });
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
      expect(String(response.headers['content-security-policy'] ?? ''), url).not.toContain(
        'upgrade-insecure',
      );
    }
    const secure = await createTestContext({ cookieSecure: true });
    const response = await secure.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(String(response.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
  });

  it("lets Swagger UI's page draw its styles, and nothing else run inline", async () => {
    const directives = (header: unknown) =>
      new Map(
        String(header ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter(([name]) => name)
          .map(([name, ...values]) => [name!, values]),
      );
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    const policy = directives(docs.headers['content-security-policy']);
    // Swagger UI inserts a <style> element: style-src must allow it (hashes would also switch
    // 'unsafe-inline' off); scripts stay its own files only.
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
    expect(policy.get('style-src')!.some((v) => v.startsWith("'sha256-"))).toBe(false);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // The API and the web app keep helmet's policy: no inline script anywhere.
    for (const url of ['/', '/api/v1/health']) {
      const response = await ctx.app.inject({ method: 'GET', url });
      expect(directives(response.headers['content-security-policy']).get('script-src'), url).toEqual([
        "'self'",
      ]);
    }
  });

  it('answers /favicon.ico with the icon, built or not', async () => {
    // This app's web root (a test build) has no icon; the sources' one is served.
    const icon = await ctx.app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/x-icon');
    expect(icon.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    // A build that has one (Vite copies src/web/public): served from the build.
    const webRoot = mkdtempSync(path.join(os.tmpdir(), 'kcn-web-'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>KCN Hub</title>');
    writeFileSync(path.join(webRoot, 'favicon.ico'), Buffer.from([0, 0, 1, 0, 9]));
    const built = await createTestContext({ webRoot });
    const builtIcon = await built.app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(builtIcon.statusCode).toBe(200);
    expect(builtIcon.rawPayload).toEqual(Buffer.from([0, 0, 1, 0, 9]));
  });

  it('serves index.html with no-cache (every address of the app) and hashed assets for a year', async () => {
    for (const url of ['/', '/projects/123', '/index.html']) {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
    const asset = await ctx.app.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('refuses a change sent from another site, and lets the same site, allowed origins and scripts through', async () => {
    const zone = (code: string, headers: Record<string, string>) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/zones',
        headers: {
          cookie: staff.cookie,
          'content-type': 'application/json',
          host: 'kcn.local:3000',
          ...headers,
        },
        payload: JSON.stringify({ code, name: `KCN ${code}`, kind: 'KCN', status: 'planned', areaHa: '10' }),
      });
    const foreign = await zone('HG-X1', { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(JSON.parse(foreign.body).error.code).toBe('CROSS_ORIGIN_REFUSED');
    const crossSite = await zone('HG-X2', { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    const nullOrigin = await zone('HG-X3', { origin: 'null' });
    expect(nullOrigin.statusCode).toBe(403);
    expect((await staff.api.get('/api/v1/zones?q=HG-X')).body.total).toBe(0);

    expect(
      (await zone('HG-1', { origin: 'http://kcn.local:3000', 'sec-fetch-site': 'same-origin' })).statusCode,
    ).toBe(201);
    expect((await zone('HG-2', { origin: 'https://kcn.example.vn' })).statusCode).toBe(201);
    expect((await zone('HG-3', {})).statusCode).toBe(201);
    // Reading is not a change: a foreign page may not read (SameSite cookie, no CORS), but is not refused here.
    const read = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { origin: 'https://evil.example' },
    });
    expect(read.statusCode).toBe(200);
  });

  it('keeps parameters and password hashes out of the log, and constraint names out of answers', async () => {
    // A user insert that fails in the database, as a race would make it fail.
    let failure: unknown;
    try {
      await insertUser(ctx.database.db, {
        username: staff.username,
        fullName: 'Trùng tên',
        passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0LXNhbHQ$aGFzaC1vZi1hLXNlY3JldA',
        role: 'staff',
        scope: 'national',
      });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeDefined();
    expect(String((failure as Error).message)).toContain('$argon2id$');
    const kept = serializeError(failure);
    const serialized = JSON.stringify(kept);
    expect(serialized).not.toContain('$argon2id$');
    expect(serialized).not.toContain('Trùng tên');
    expect(kept.message).toContain('insert into "users"');
    expect(kept.cause?.code).toBe('23505');

    // Over HTTP: concurrent creations of one username on PostgreSQL reach the unique index.
    const admin = await ctx.createUser({ role: 'admin', board: 'HG' });
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        admin.api.post('/api/v1/users', {
          username: 'trung.ten',
          fullName: 'Người Trùng Tên',
          role: 'viewer',
          password: 'Đồng-Lúa-Chín-Vàng-Thái-Bình',
        }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of responses.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(409);
      expect(JSON.stringify(r.body)).not.toMatch(/_key|_idx|_pkey|constraint/);
    }
    const written = log.join('');
    expect(written).not.toContain('$argon2');
    expect(written).not.toContain('Đồng-Lúa');
  });
});
