/**
 * The command line run in-process (as src/cli/main.ts runs it) on an embedded database of a
 * test's own: what it prints to standard output, its errors thrown as they are (an AppError with
 * its code), with what it printed before failing on the error as `printed`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, inject, vi } from 'vitest';
import { buildProgram } from '../src/cli/program.ts';

/**
 * A data directory of the file's own holding a copy of the run's migrated embedded database
 * (test/global-setup.ts: creating and migrating one takes seconds), removed after the file's tests.
 */
function migratedDataDir(name: string): string {
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), `kcn-${name}-`)), 'data');
  cpSync(inject('pgliteDataDir'), dataDir, { recursive: true });
  afterAll(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));
  return dataDir;
}

/** A migrated data directory of the file's own (migratedDataDir), and `kcn` running on it. */
export function kcnInProcess(name: string) {
  const dataDir = migratedDataDir(name);
  async function kcn(...args: string[]): Promise<string> {
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
    const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await buildProgram().parseAsync(['node', 'kcn', ...args, '--data-dir', dataDir]);
    } catch (error) {
      (error as { printed?: string }).printed = out;
      throw error;
    } finally {
      write.mockRestore();
      quiet.mockRestore();
    }
    return out;
  }
  return { dataDir, kcn };
}
