import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  chromiumPlan,
  chromiumVersion,
  DEFAULT_CHROMIUM,
  INSTALL_CHROMIUM,
  main,
  postgresTarget,
  redactUrl,
  SCRIPT,
  tcpReachable,
  type ChromiumFacts,
} from './ensure-test-tools.mjs';

const missing: ChromiumFacts = {
  executable: DEFAULT_CHROMIUM,
  overridden: false,
  version: null,
  isRoot: false,
  hasAptGet: true,
  checkOnly: false,
};

/** The script as `npm test` runs it, with only the given environment changed. */
function runScript(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A port nothing listens on (taken, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('ensure-test-tools: what npm test needs before it starts', () => {
  it('is content with a Chromium that answers --version', () => {
    expect(chromiumPlan({ ...missing, version: 'Chromium 156.0' })).toMatchObject({ action: 'ok' });
  });

  it('installs Debian’s chromium only at the default path, as root with apt-get, when allowed to', () => {
    const plan = chromiumPlan({ ...missing, isRoot: true });
    expect(plan.action).toBe('install');
    expect(plan.message).toContain(INSTALL_CHROMIUM);
    expect(chromiumPlan({ ...missing, isRoot: true, checkOnly: true }).action).toBe('fail');
    expect(chromiumPlan({ ...missing, isRoot: true, hasAptGet: false }).action).toBe('fail');
    expect(chromiumPlan({ ...missing, isRoot: true, overridden: true, executable: '/opt/x' }).action).toBe(
      'fail',
    );
  });

  it('otherwise stops with one line naming the command to run and KCN_CHROMIUM', () => {
    const plan = chromiumPlan(missing);
    expect(plan.action).toBe('fail');
    expect(plan.message).not.toContain('\n');
    expect(plan.message).toContain('`sudo apt-get install -y chromium`');
    expect(plan.message).toContain('KCN_CHROMIUM');
    expect(plan.message).toContain(DEFAULT_CHROMIUM);
    const overridden = chromiumPlan({ ...missing, overridden: true, executable: '/opt/chrome' });
    expect(overridden.message).toContain('KCN_CHROMIUM=/opt/chrome');
    expect(overridden.message).toContain('`sudo apt-get install -y chromium`');
  });

  it('as root with apt-get, installs a missing Chromium, says so, and checks it runs afterwards', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-tools-'));
    const executable = path.join(dir, 'chromium');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // The "install" puts a browser where the default path is, as apt-get would.
      const installCommand = `printf '#!/bin/sh\\necho Chromium 999.0\\n' > ${executable} && chmod +x ${executable}`;
      const machine = { defaultChromium: executable, isRoot: true, hasAptGet: true, installCommand };
      expect(await main(['--chromium'], {}, machine)).toBe(0);
      expect(log.mock.calls.flat().join('\n')).toContain(`missing at ${executable}; installing`);
      expect(log.mock.calls.flat().join('\n')).toContain('Chromium: Chromium 999.0');

      // An install that leaves no working browser fails the run, with one line.
      const failing = { ...machine, defaultChromium: path.join(dir, 'other'), installCommand: 'true' };
      expect(await main(['--chromium'], {}, failing)).toBe(1);
      expect(error.mock.calls).toHaveLength(1);
      expect(String(error.mock.calls[0]![0])).toContain('sudo apt-get install -y chromium');

      // Not root: nothing is installed, the run stops at once.
      error.mockClear();
      const user = {
        ...machine,
        defaultChromium: path.join(dir, 'third'),
        isRoot: false,
        installCommand: 'exit 99',
      };
      expect(await main(['--chromium'], {}, user)).toBe(1);
      expect(String(error.mock.calls[0]![0])).toContain('run `sudo apt-get install -y chromium`');
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });

  it('reads the browser’s version, and null for a missing or failing one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-tools-'));
    const fake = path.join(dir, 'chromium');
    writeFileSync(fake, '#!/bin/sh\necho "Chromium 999.0 built on Debian"\n');
    chmodSync(fake, 0o755);
    expect(chromiumVersion(fake)).toBe('Chromium 999.0 built on Debian');
    const broken = path.join(dir, 'broken');
    writeFileSync(broken, '#!/bin/sh\nexit 3\n');
    chmodSync(broken, 0o755);
    expect(chromiumVersion(broken)).toBeNull();
    expect(chromiumVersion(path.join(dir, 'nothing-here'))).toBeNull();
  });

  it('finds the PostgreSQL server a URL names, and never prints its password', () => {
    expect(postgresTarget('postgres://postgres@127.0.0.1:5432/postgres')).toEqual({
      host: '127.0.0.1',
      port: 5432,
    });
    expect(postgresTarget('postgres://u@db.example/x')).toEqual({ host: 'db.example', port: 5432 });
    expect(postgresTarget('postgres:///x?host=/run/postgresql')).toEqual({
      host: '/run/postgresql',
      port: 5432,
    });
    expect(redactUrl('postgres://u:secret@h:5433/x')).toBe('postgres://u:***@h:5433/x');
  });

  it('without pg_isready, knows a listening port from a closed one', async () => {
    const server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      expect(await tcpReachable({ host: '127.0.0.1', port })).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await tcpReachable({ host: '127.0.0.1', port: await closedPort() })).toBe(false);
  });

  it('as a process: exits 1 at once, one line each, for a missing browser and an unreachable server', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-tools-'));
    const chromium = runScript(['--chromium', '--check-only'], {
      KCN_CHROMIUM: path.join(dir, 'no-chromium'),
    });
    expect(chromium.code).toBe(1);
    expect(chromium.stderr.trim().split('\n')).toHaveLength(1);
    expect(chromium.stderr).toContain(`KCN_CHROMIUM=${path.join(dir, 'no-chromium')}`);
    expect(chromium.stderr).toContain('sudo apt-get install -y chromium');

    const url = `postgres://postgres@127.0.0.1:${await closedPort()}/postgres`;
    const postgres = runScript(['--postgres'], { KCN_TEST_PG_URL: url });
    expect(postgres.code).toBe(1);
    expect(postgres.stderr.trim().split('\n')).toHaveLength(1);
    expect(postgres.stderr).toContain(`PostgreSQL is not reachable at ${url}`);
    expect(postgres.stderr).toContain('npm run test:embedded');

    const fake = path.join(dir, 'chromium');
    writeFileSync(fake, '#!/bin/sh\necho "Chromium 999.0"\n');
    chmodSync(fake, 0o755);
    const ok = runScript(['--chromium'], { KCN_CHROMIUM: fake });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Chromium 999.0');
  });
});
