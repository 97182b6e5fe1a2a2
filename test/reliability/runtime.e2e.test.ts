import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processStart } from '../../src/server/runtime.ts';
import { freePort, runKcn } from '../processes.ts';

/** Runs a command with umask 000: the most careless setting an operator may have. */
const kcn = (args: string[]) => runKcn(args, { umask: '000' });

/** Every file and folder under a directory, with its permission bits. */
function modes(dir: string): { path: string; mode: number; isDirectory: boolean }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const own = { path: full, mode: statSync(full).mode & 0o777, isDirectory: entry.isDirectory() };
    return entry.isDirectory() ? [own, ...modes(full)] : [own];
  });
}

describe('the embedded database on disk: private files, and a lock that cannot be fooled', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kcn-runtime-'));
  let stranger: ChildProcess;

  beforeAll(async () => {
    const migrated = await kcn(['migrate', '--data-dir', dataDir]);
    expect(migrated.code, migrated.stderr).toBe(0);
    // A process that now holds a pid a dead KCN Hub once had.
    stranger = spawn('sleep', ['120']);
  }, 120_000);
  afterAll(() => stranger?.kill('SIGKILL'));

  it('keeps the data directory 0700 and its files 0600, even under umask 000', () => {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const entries = modes(dataDir);
    expect(entries.length).toBeGreaterThan(50);
    const open = entries.filter((e) => (e.mode & 0o077) !== 0);
    expect(open.map((e) => `${e.path} ${e.mode.toString(8)}`)).toEqual([]);
  });

  /** A copy of the migrated database with the given lock in it (each test its own: they run at once). */
  const lockedCopy = (lock: Record<string, unknown>) => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'kcn-runtime-'));
    cpSync(dataDir, copy, { recursive: true });
    writeFileSync(
      path.join(copy, '.kcn-lock.json'),
      JSON.stringify({
        kind: 'server',
        secret: 'local_not-a-secret',
        startedAt: new Date().toISOString(),
        ...lock,
      }),
    );
    return copy;
  };

  it.concurrent('sees through a lock whose pid another process has taken, and goes on', async () => {
    const copy = lockedCopy({ pid: stranger.pid, processStart: '1', port: await freePort() });
    const exported = await kcn(['export', '--data-dir', copy]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ format: 'kcn-data-package' });
  });

  it.concurrent('sees through an older lock (no start time) whose port answers nothing', async () => {
    const copy = lockedCopy({ pid: stranger.pid, port: await freePort() });
    const exported = await kcn(['export', '--data-dir', copy]);
    expect(exported.code, exported.stderr).toBe(0);
  });

  it.concurrent('says what to do when the holding server is alive but does not answer', async () => {
    const copy = lockedCopy({
      pid: stranger.pid,
      processStart: processStart(stranger.pid!),
      port: await freePort(),
    });
    const exported = await kcn(['export', '--data-dir', copy]);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain(`pid ${stranger.pid}`);
    expect(exported.stderr).toContain('không trả lời');
    expect(exported.stderr).toContain('.kcn-lock.json');
    expect(exported.stderr).not.toMatch(/^Lỗi: fetch failed$/m);
  });
});
