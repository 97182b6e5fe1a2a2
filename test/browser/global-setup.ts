import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * A closed embedded database holding the Thái Bình demo data (no users), loaded once per
     * run: each journey file's server starts on its own copy (harness.ts).
     */
    browserDemoDataDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

/** Runs a command to its end; a quiet one shows its output only when it fails. */
function run(command: string, args: string[], { quiet }: { quiet: boolean }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * Before any journey: builds the web app (only if its inputs changed) and, at the same time,
 * loads the demo data once with `kcn demo` — as a board would — into a database every journey
 * file then copies, instead of each loading it again through the importer.
 */
export default async function setup(project: TestProject) {
  const demoDir = mkdtempSync(path.join(os.tmpdir(), 'kcn-browser-demo-'));
  const dataDir = path.join(demoDir, 'data');
  const started = Date.now();
  const results = await Promise.allSettled([
    run('node', [path.join(root, 'scripts/build-web.mjs')], { quiet: false }),
    run(path.join(root, 'bin/kcn'), ['demo', '--data-dir', dataDir], { quiet: true }),
  ]);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) {
    rmSync(demoDir, { recursive: true, force: true });
    throw failure.reason;
  }
  console.log(`browser journeys: web app built and demo database loaded in ${Date.now() - started} ms`);
  project.provide('browserDemoDataDir', dataDir);
  return () => rmSync(demoDir, { recursive: true, force: true });
}
