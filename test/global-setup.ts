import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { systemActor } from '../src/server/kernel/actor.ts';
import { openDatabase, type Database } from '../src/server/kernel/db/database.ts';
import { allBoardIds } from '../src/server/modules/boards/boards.service.ts';
import { loadDemoData } from '../src/server/modules/demo/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated embedded database, dumped once; each test file loads its own copy. */
    pgliteDump: string;
    /** The migrated embedded database as a closed data directory, for a file to copy. */
    pgliteDataDir: string;
    /** The same with the Thái Bình demo data loaded (`createTestDatabase({ demo: true })`). */
    pgliteDemoDump: string;
    /** PostgreSQL: admin URL and the migrated template each test file copies. */
    pgAdminUrl: string;
    pgTemplate: string;
    /** The same with the Thái Bình demo data loaded. */
    pgDemoTemplate: string;
  }
}

export const PG_ADMIN_URL = process.env.KCN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The demo data as `kcn demo` loads it. The files that work over the demo start from a copy; the
 * demo module's own tests load it themselves (demo/*.demo.int.test.ts), and so does `kcn demo`.
 */
async function loadDemo(database: Database) {
  await loadDemoData(database.db, systemActor('test', await allBoardIds(database.db)));
}

/**
 * Migrates once per run, and loads the demo data once into a second copy: test files then copy
 * the result instead of migrating (or loading the demo) again.
 */
export default async function setup(project: TestProject) {
  const kind = project.name;
  if (kind === 'pglite') {
    const database = await openDatabase({});
    await database.migrate();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-pglite-'));
    const dumpTo = async (name: string) => {
      const file = path.join(dir, name);
      const dump = await database.pglite!.dumpDataDir('none');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      return { file, dump };
    };
    const migrated = await dumpTo('migrated.tar');
    project.provide('pgliteDump', migrated.file);
    // The same on disk, for the command line's in-process tests (test/kcn-in-process.ts).
    const dataDir = path.join(dir, 'migrated-data');
    const onDisk = await openDatabase({ dataDir, loadDataDir: migrated.dump });
    await onDisk.close();
    project.provide('pgliteDataDir', dataDir);
    await loadDemo(database);
    project.provide('pgliteDemoDump', (await dumpTo('demo.tar')).file);
    await database.close();
    return () => rmSync(dir, { recursive: true, force: true });
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
    const demoTemplate = `${template}_demo`;
    await admin.query(`drop database if exists ${demoTemplate}`);
    await admin.query(`create database ${demoTemplate} template ${template}`);
    url.pathname = `/${demoTemplate}`;
    const demo = await openDatabase({ url: url.toString(), poolSize: 1 });
    await loadDemo(demo);
    await demo.close();
    project.provide('pgAdminUrl', PG_ADMIN_URL);
    project.provide('pgTemplate', template);
    project.provide('pgDemoTemplate', demoTemplate);
    return async () => {
      // Drop the template and any database a crashed test file left behind.
      const leftovers = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'kcn\\_t\\_%' or datname in ($1, $2)`,
        [template, demoTemplate],
      );
      for (const { datname } of leftovers.rows)
        await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }
  throw new Error(`global setup serves the pglite and postgres projects, not ${kind}`);
}
