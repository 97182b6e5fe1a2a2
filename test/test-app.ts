import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { afterAll } from 'vitest';
import { buildApp, type AppOptions } from '../src/server/app.ts';
import { systemActor, type Actor, type Role } from '../src/server/kernel/actor.ts';
import type { Database } from '../src/server/kernel/db/database.ts';
import type { AppInstance } from '../src/server/kernel/http.ts';
import { allBoardIds, findBoardByCode, upsertBoards } from '../src/server/modules/boards/boards.service.ts';
import { importPackage } from '../src/server/modules/packages/package-import.service.ts';
import { createUser } from '../src/server/modules/users/users.service.ts';
import { createTestDatabase, testDatabaseKind } from './test-database.ts';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/** Requests as one signed-in user, through app.inject (no network). */
export interface ApiClient {
  get<T = any>(url: string): Promise<ApiResponse<T>>;
  post<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  put<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  patch<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  delete<T = any>(url: string): Promise<ApiResponse<T>>;
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  /** The session cookie header, for requests the client does not make (other content types). */
  cookie: string;
  api: ApiClient;
}

export interface TestContext {
  kind: 'pglite' | 'postgres';
  app: AppInstance;
  database: Database;
  /** The command line's actor, seeing every board (refreshed on each call). */
  system(): Promise<Actor>;
  /** A client without credentials. */
  anonymous: ApiClient;
  createBoard(code: string, name?: string): Promise<{ id: string; code: string }>;
  createUser(options: {
    role: Role;
    board?: string;
    scope?: 'board' | 'bloc' | 'national';
    username?: string;
  }): Promise<TestUser>;
  /** Signs in an account made through the API (an enterprise's, a bloc's): its session cookie and client. */
  signIn(username: string, password: string): Promise<ApiClient & { cookie: string }>;
  importPackage(pkg: unknown): ReturnType<typeof importPackage>;
  close(): Promise<void>;
}

function client(app: AppInstance, headers: Record<string, string>): ApiClient {
  const send = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<ApiResponse> => {
    const response = await app.inject({
      method,
      url,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      // Text and streams as they are (a body sent in chunks), anything else as JSON.
      ...(body === undefined
        ? {}
        : { payload: typeof body === 'string' || body instanceof Readable ? body : JSON.stringify(body) }),
    });
    let parsed: unknown = response.body;
    try {
      parsed = response.body ? JSON.parse(response.body) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.statusCode, body: parsed, headers: response.headers };
  };
  return {
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    delete: (url) => send('DELETE', url),
  };
}

let userCounter = 0;

/**
 * A fresh database and app for one test file, closed after the file's tests; with `demo`, the
 * database holds the Thái Bình demo data (as `kcn demo` loads it).
 */
export async function createTestContext({
  demo = false,
  ...options
}: Partial<AppOptions> & { demo?: boolean } = {}): Promise<TestContext> {
  const database = await createTestDatabase({ demo });
  const app = await buildApp({
    database,
    loginRateLimit: 10_000,
    // KCN_TEST_LOG=1: the apps print their errors (a 500's cause) to the test output.
    ...(process.env.KCN_TEST_LOG ? { logger: { level: 'error' } } : {}),
    ...options,
  });
  await app.ready();
  const system = async () => systemActor('test', await allBoardIds(database.db));
  const context: TestContext = {
    kind: testDatabaseKind(),
    app,
    database,
    system,
    anonymous: client(app, {}),
    async createBoard(code, name) {
      const existing = await findBoardByCode(database.db, code);
      if (existing) return existing;
      const { ids } = await upsertBoards(database.db, await system(), [
        { code, name: name ?? `Ban Quản lý ${code}` },
      ]);
      return { id: ids.get(code)!, code };
    },
    async createUser({ role, board, scope = board ? 'board' : 'national', username }) {
      const boardRow = board ? await context.createBoard(board) : null;
      const name = username ?? `${role}${++userCounter}${board ? `.${board.toLowerCase()}` : ''}`;
      // Strong and unrelated to the name, as the password policy asks of people.
      const password = `Sen-${randomBytes(6).toString('base64url')}-Vang`;
      const { user } = await createUser(database.db, await system(), {
        username: name,
        fullName: `Người dùng ${name}`,
        role,
        scope,
        ...(boardRow ? { boardId: boardRow.id } : {}),
        password,
      });
      const { cookie, ...api } = await context.signIn(name, password);
      return { id: user.id, username: name, password, cookie, api };
    },
    async signIn(username, password) {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ username, password }),
      });
      if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
      const cookie = `kcn_session=${login.cookies.find((c) => c.name === 'kcn_session')!.value}`;
      return { cookie, ...client(app, { cookie }) };
    },
    async importPackage(pkg) {
      return importPackage(database.db, await system(), pkg);
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
  afterAll(() => context.close());
  return context;
}
