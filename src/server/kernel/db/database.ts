import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { PROJECT_ROOT } from '../program-files.ts';
import { PgliteWorkerClient } from './pglite-proxy.ts';
import { PGLITE_TYPES } from './pglite-types.ts';

/** The Drizzle handle every repository takes: the same type for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<PgQueryResultHKT>;
/** Something that runs queries: the database or a transaction inside it. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives, for logs: a directory or a URL without password. */
  location: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Throws (an error isDatabaseUnavailable knows) when the database cannot be reached. The
   * embedded database in its worker answers from this thread, without queueing behind a long
   * query there: the worker is alive and holds the database open, or it is not. Elsewhere a
   * `select 1`.
   */
  ping(): Promise<void>;
  /**
   * The PGlite instance (embedded, in this thread only), for data-directory dumps in tests and
   * benchmarks. Absent when the embedded database runs in its worker thread: dumpDataDir then.
   */
  pglite?: PGlite;
  /** The embedded database as a tarball (PGlite's dumpDataDir), in either thread. */
  dumpDataDir?: (compression?: 'none' | 'gzip' | 'auto') => Promise<Blob>;
  /** Where the embedded database runs: 'worker' (its own thread) or 'main'. */
  thread?: EmbeddedThread;
}

export type EmbeddedThread = 'worker' | 'main';

export const MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, 'migrations');

export interface DatabaseOptions {
  /** postgres://… — a PostgreSQL server. */
  url?: string;
  /** A directory for the embedded database; created on first use. */
  dataDir?: string;
  /** An embedded database loaded from a dump (tests), kept in memory. */
  loadDataDir?: Blob;
  /**
   * Where the embedded database runs. 'worker': a worker thread owns it and the calling thread
   * only sends it queries, so a long query never stops the HTTP server (kcn serve). 'main'
   * (default): in the calling thread, which starts faster (commands, tests).
   */
  thread?: EmbeddedThread;
  /**
   * In the worker: repeated queries run as named prepared statements (pglite-statements.ts).
   * On unless false; off only to measure what it brings (bench/load.ts).
   */
  statementCache?: boolean;
  poolSize?: number;
  /**
   * Told of every connection the PostgreSQL server ends (the pool survives it). By default a
   * warning on stderr; the server passes its logger.
   */
  onConnectionError?: (error: Error) => void;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url)
    return openPostgres(
      options.url,
      options.poolSize ?? 10,
      options.onConnectionError ??
        ((error) => process.stderr.write(`PostgreSQL: kết nối bị đóng (${error.message})\n`)),
    );
  return openPglite(options);
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  if (options.thread === 'worker') return openPgliteWorker(options);
  const { dataDir, loadDataDir } = options;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    ...PGLITE_TYPES,
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  await client.exec(`set timezone to 'UTC'`);
  const db = drizzlePglite({ client, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location: dataDir ?? 'memory',
    pglite: client,
    thread: 'main',
    dumpDataDir: (compression) => client.dumpDataDir(compression),
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

/** The embedded database in its own worker thread (pglite-proxy.ts), behind the same Drizzle driver. */
async function openPgliteWorker({
  dataDir,
  loadDataDir,
  statementCache,
}: DatabaseOptions): Promise<Database> {
  const client = await PgliteWorkerClient.start({
    ...(dataDir ? { dataDir } : {}),
    statementCache: statementCache !== false,
    ...(loadDataDir ? { loadDataDir: new Uint8Array(await loadDataDir.arrayBuffer()) } : {}),
  });
  // The proxy has the part of PGlite's interface the driver calls (query, exec, transaction).
  const db = drizzlePglite({ client: client as unknown as PGlite, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location: dataDir ?? 'memory',
    thread: 'worker',
    dumpDataDir: (compression) => client.dumpDataDir(compression),
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    ping: async () => client.ping(),
    close: () => client.close(),
  };
}

/**
 * A pool that outlives its server's connections. The server may end any connection at any time
 * (an administrator's pg_terminate_backend, a restart, a network cut): pg then emits 'error' on
 * the client, and an 'error' event without a listener ends the Node process. Every client gets a
 * listener when it connects, and the pool one for its idle clients; the broken client is dropped
 * and the next request gets a new connection. Queries that were running fail with the server's
 * error, which the HTTP layer answers 503 (isDatabaseUnavailable).
 *
 * Drizzle opens a transaction with pool.connect() then `begin`, and releases the client only if
 * `begin` succeeded: a client that breaks before `begin` would never go back to the pool, and a
 * few such would exhaust it. Such a client is released here, marked broken, on its first failure.
 */
type ConnectCallback = (
  err: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

export class ResilientPool extends pg.Pool {
  constructor(config: pg.PoolConfig, onConnectionError: (error: Error) => void) {
    super(config);
    this.on('error', onConnectionError);
    this.on('connect', (client) => client.on('error', onConnectionError));
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (callback) return super.connect(callback);
    return super.connect().then((client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      let first = true;
      (client as { query: unknown }).query = (...args: unknown[]) => {
        const result = query(...args);
        if (!first || !(result instanceof Promise)) return result;
        first = false;
        return result.catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) client.release(error as Error);
          throw error;
        });
      };
      return client;
    });
  }
}

/** SQLSTATE classes and codes that say the server or the connection is gone, not the query. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'timeout exceeded when trying to connect',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end',
];

/**
 * True when an error (or one it wraps, as Drizzle's DrizzleQueryError wraps the driver's) means
 * the database cannot be reached now — the request may succeed later, so it is a 503.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      // Class 08 is the connection's state, but for 08P01 (the client broke the protocol).
      const connectionClass = code.startsWith('08') && code !== '08P01';
      if (connectionClass || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code)) return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

async function openPostgres(
  url: string,
  poolSize: number,
  onConnectionError: (error: Error) => void,
): Promise<Database> {
  const pool = new ResilientPool(
    {
      connectionString: url,
      max: poolSize,
      // JIT off: it compiles each report query for tens of milliseconds to save less (see bench/).
      options: '-c timezone=UTC -c jit=off',
      // A server that does not answer fails the request (503) instead of holding it forever.
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
    },
    onConnectionError,
  );
  // Fail early with the server's own message when it is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzleNodePostgres({ client: pool, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    location: redactUrl(url),
    migrate: async () => {
      await migrateNodePostgres(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

/** Rows of a raw query, the same shape from both drivers. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** True when a directory holds an embedded database already. */
export function embeddedDatabaseExists(dataDir: string): boolean {
  return (
    existsSync(path.join(dataDir, 'PG_VERSION')) || (existsSync(dataDir) && readdirSync(dataDir).length > 0)
  );
}

/** A uuid[] parameter (drizzle would expand a JS array into a parenthesised list). */
export function uuidArray(ids: readonly string[]): SQL {
  for (const id of ids) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new RangeError(`not a uuid: ${id}`);
  }
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/**
 * A multi-row write in chunks, so no statement passes the wire protocol's 65 535 parameters
 * (500 rows of a wide table); returns what the chunks returned, in order.
 */
export async function inChunks<Value, Row>(
  values: readonly Value[],
  write: (chunk: Value[]) => Promise<Row[]>,
  size = 500,
): Promise<Row[]> {
  const written: Row[] = [];
  for (let start = 0; start < values.length; start += size)
    written.push(...(await write(values.slice(start, start + size))));
  return written;
}
