import { defineConfig } from 'vitest/config';

/**
 * Three projects, one `npm test`:
 *  - unit: pure rules (src/**\/*.test.ts), no database;
 *  - cli: the real processes — `npm start`, `./bin/kcn` — on fresh databases (*.e2e.test.ts);
 *  - browser: user journeys in Debian's Chromium (playwright-core) against the built app — run by
 *    `npm test` after the others, so these heavy journeys do not share two cores with them;
 *  - pglite / postgres: the integration suite (*.int.test.ts) against the embedded database and
 *    again against the PostgreSQL server (127.0.0.1:5432). A missing server fails the run unless
 *    KCN_SKIP_PG=1 is set deliberately (never in CI: .ci/run sets REQUIRE_PG=1).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'cli',
          include: ['test/**/*.e2e.test.ts'],
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          // Each file runs its own server and Chromium: one file at a time on two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'pglite',
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
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          env: { KCN_TEST_DB: 'postgres' },
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
