import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DatabaseRelay,
  freePort,
  signIn,
  startServer,
  throwawayDatabase,
  type ServerProcess,
} from './server-process.ts';

/**
 * The PostgreSQL-backed server when its database connections drop: an administrator's
 * pg_terminate_backend, a query cut in flight, the server going away and coming back. The
 * process must live on, answer 503 in the envelope while it cannot reach the database, and take
 * new connections as soon as it can.
 */
describe('the server survives its database', () => {
  let database: Awaited<ReturnType<typeof throwawayDatabase>>;
  let relay: DatabaseRelay;
  let server: ServerProcess;
  let cookie: string;
  let admin: pg.Client;

  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, {
      headers: { cookie },
      signal: AbortSignal.timeout(15_000),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const terminateServerConnections = () =>
    admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
      [database.name],
    );

  beforeAll(async () => {
    database = await throwawayDatabase('kcn_drop');
    relay = new DatabaseRelay(await freePort());
    await relay.start();
    const url = new URL(database.url);
    url.port = String(relay.port);
    server = await startServer({ url: url.toString() });
    cookie = await signIn(server.url, 'admin', server.adminPassword!);
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  }, 120_000);

  afterAll(async () => {
    await admin?.end();
    await server?.stop();
    await relay?.stop();
    await database?.drop();
  });

  it('lives on when an administrator terminates its connections, and serves the next request', async () => {
    expect((await get('/api/v1/zones')).status).toBe(200);
    const terminated = await terminateServerConnections();
    expect(terminated.rowCount).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(server.alive(), server.output()).toBe(true);
    expect((await get('/api/v1/zones')).status).toBe(200);
    expect((await get('/api/v1/health')).status).toBe(200);
  });

  it('answers 503 in the envelope to a request whose query is cut in flight', async () => {
    await admin.query('begin');
    await admin.query('lock table users in access exclusive mode');
    const inFlight = get('/api/v1/auth/me');
    // The request is now waiting on the lock inside PostgreSQL.
    await new Promise((r) => setTimeout(r, 500));
    await terminateServerConnections();
    const answer = await inFlight;
    await admin.query('rollback');
    expect(answer.status).toBe(503);
    expect(answer.body.error).toMatchObject({ code: 'DATABASE_UNAVAILABLE', details: [] });
    expect(server.alive(), server.output()).toBe(true);
    expect((await get('/api/v1/zones')).status).toBe(200);
  });

  it('answers 503 while the database is away, and recovers by itself when it returns', async () => {
    await relay.cut();
    const started = performance.now();
    const down = await get('/api/v1/zones');
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('DATABASE_UNAVAILABLE');
    expect(performance.now() - started).toBeLessThan(12_000);
    expect((await get('/api/v1/health')).status).toBe(503);
    expect(server.alive(), server.output()).toBe(true);
    await relay.start();
    expect((await get('/api/v1/health')).status).toBe(200);
    expect((await get('/api/v1/zones')).status).toBe(200);
    // Sessions live in the database: the same cookie still works.
    expect((await get('/api/v1/auth/me')).body.username).toBe('admin');
  });

  it('never printed an unhandled error', () => {
    expect(server.output()).not.toMatch(/Unhandled|uncaught/i);
  });
});
