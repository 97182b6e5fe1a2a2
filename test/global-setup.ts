import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/server/kernel/db/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated embedded database, dumped once; each test file loads its own copy. */
    pgliteDump: string;
    /** PostgreSQL: admin URL and the migrated template each test file copies. */
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export const PG_ADMIN_URL = process.env.KCN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Migrates once per run: test files then copy the result instead of migrating again. */
export default async function setup(project: TestProject) {
  const kind = project.name;
  if (kind === 'pglite') {
    const database = await openDatabase({});
    await database.migrate();
    const dump = await database.pglite!.dumpDataDir('none');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kcn-pglite-')), 'migrated.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide('pgliteDump', file);
    return;
  }
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(
        `The integration suite runs on PostgreSQL too, and ${PG_ADMIN_URL} is unreachable (${(error as Error).message}). ` +
          'Start PostgreSQL (or set KCN_TEST_PG_URL); to run without it locally use `npm run test:embedded`. CI never skips it.',
      );
    }
    const template = `kcn_test_template_${process.pid}`;
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${template}`;
    const database = await openDatabase({ url: url.toString(), poolSize: 1 });
    await database.migrate();
    await database.close();
    project.provide('pgAdminUrl', PG_ADMIN_URL);
    project.provide('pgTemplate', template);
    return async () => {
      // Drop the template and any database a crashed test file left behind.
      const leftovers = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'kcn\\_t\\_%' or datname = $1`,
        [template],
      );
      for (const { datname } of leftovers.rows)
        await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }
  throw new Error(`global setup serves the pglite and postgres projects, not ${kind}`);
}
