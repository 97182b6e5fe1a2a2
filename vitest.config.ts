import os from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, one `npm test`:
 *  - unit: pure rules (src/**\/*.test.ts), no database;
 *  - cli: the real processes — `npm start`, `./bin/kcn` — on fresh databases (*.e2e.test.ts);
 *  - browser: user journeys in Debian's Chromium (playwright-core) against the built app — run by
 *    `npm test` after the others, so these heavy journeys do not share two cores with them;
 *  - pglite / postgres: the integration suite (*.int.test.ts) against the embedded database and
 *    again against the PostgreSQL server (127.0.0.1:5432), plus what only PostgreSQL has
 *    (*.pg.test.ts). A missing server fails the run (scripts/ensure-test-tools.mjs says so first).
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on a two-core machine,
    // which then sits idle while an e2e file waits on the processes it started. Two workers keep
    // both cores busy.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'cli',
          include: ['test/**/*.e2e.test.ts'],
          testTimeout: 260_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          // Each file runs its own server and Chromium, and waits on them much of the time: one
          // file alone uses about 0,7 of a core, so three at once (`--maxWorkers=3` in package.json's
          // scripts; the option is the run's, not a project's) keep two cores busy. A journey
          // waits for the page as a person would, up to 5 s, not the 1 s default of expect.poll.
          expect: { poll: { timeout: 5_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'pglite',
          // One module graph per worker, not per file: the suite's own state lives in each file's
          // database and app, never in modules (decision 012).
          isolate: false,
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          env: { KCN_TEST_DB: 'pglite' },
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'postgres',
          // One module graph per worker, not per file: the suite's own state lives in each file's
          // database and app, never in modules (decision 012).
          isolate: false,
          // *.pg.test.ts: what only PostgreSQL has (a pool of connections that can drop). The
          // command line's in-process tests (src/cli) open an embedded data directory of their own
          // whatever KCN_TEST_DB says: they run once, in the pglite project.
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts', 'test/**/*.pg.test.ts'],
          exclude: ['src/cli/**', 'node_modules/**'],
          env: { KCN_TEST_DB: 'postgres' },
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
