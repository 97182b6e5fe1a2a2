import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/server/kernel/db/database.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.KCN_TEST_DB;
  if (kind !== 'pglite' && kind !== 'postgres')
    throw new Error('integration tests run under the pglite or postgres project');
  return kind;
}

/**
 * A fresh, migrated database of its own for one test file: an in-memory PGlite loaded from the
 * run's dump, or a PostgreSQL database copied from the run's template. Never a mock. With `demo`,
 * the copy holds the Thái Bình demo data, loaded once per run by global-setup.ts.
 */
export async function createTestDatabase(
  options: { demo?: boolean } = {},
): Promise<Database & { dispose(): Promise<void> }> {
  if (testDatabaseKind() === 'pglite') {
    const dump = new Blob([readFileSync(inject(options.demo ? 'pgliteDemoDump' : 'pgliteDump'))]);
    const database = await openDatabase({ loadDataDir: dump });
    return { ...database, dispose: () => database.close() };
  }
  const adminUrl = inject('pgAdminUrl');
  const name = `kcn_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    `create database ${name} template ${inject(options.demo ? 'pgDemoTemplate' : 'pgTemplate')}`,
  );
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 5 });
  return {
    ...database,
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
