import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';

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
  /** The PGlite instance (embedded only), for data-directory dumps in tests and benchmarks. */
  pglite?: PGlite;
}

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../migrations',
);

export interface DatabaseOptions {
  /** postgres://… — a PostgreSQL server. */
  url?: string;
  /** A directory for the embedded database; created on first use. */
  dataDir?: string;
  /** An embedded database loaded from a dump (tests), kept in memory. */
  loadDataDir?: Blob;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options);
}

async function openPglite({ dataDir, loadDataDir }: DatabaseOptions): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
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
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  // JIT off: it compiles each report query for tens of milliseconds to save less (see bench/).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c timezone=UTC -c jit=off' });
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
