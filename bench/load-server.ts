/**
 * What the load benchmark (bench/load.ts) needs around the server: the real `kcn` command as a
 * child process (started, bounded, stopped), its memory from /proc, a throwaway PostgreSQL
 * database, and a cleanup list run on every way out (normal end, failure, Ctrl-C, SIGTERM).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Last part of a child's output kept for error messages (the server logs every request at info). */
const OUTPUT_TAIL_CHARS = 64_000;

// --- cleanup ---------------------------------------------------------------------------------

type Cleanup = { label: string; run: () => Promise<void> };
const cleanups: Cleanup[] = [];
/** Children still running and directories still present, for the synchronous last resort on exit. */
const liveChildren = new Set<ChildProcess>();
const liveDirs = new Set<string>();
let cleaning: Promise<void> | null = null;
let interrupted = false;

/** Registers a cleanup; they run last-registered first. */
export function onCleanup(label: string, run: () => Promise<void>): void {
  cleanups.push({ label, run });
}

/** Runs (and forgets) every registered cleanup; a second caller waits for the same run. */
export function runCleanups(): Promise<void> {
  cleaning ??= (async () => {
    for (let next = cleanups.pop(); next; next = cleanups.pop()) {
      try {
        await next.run();
      } catch (error) {
        console.error(`cleanup "${next.label}" failed: ${(error as Error).message}`);
      }
    }
  })().finally(() => {
    cleaning = null;
  });
  return cleaning;
}

export class Interrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

/** Throws when Ctrl-C or SIGTERM arrived: the main flow stops starting new work. */
export function assertNotInterrupted(): void {
  if (interrupted) throw new Interrupted();
}

/**
 * Ctrl-C / SIGTERM: stop the load (`onInterrupt`), run the cleanups (stop the server, drop the
 * database, remove the directory), exit 130/143. The same signal relayed again within 2 s (npm and
 * tsx pass Ctrl-C on to their child, which also got it from the terminal) is ignored; a later one
 * kills the children at once and lets the remaining cleanups finish, a third exits. On any exit,
 * children still alive are killed and temporary directories removed (synchronously).
 */
export function installSignalHandlers(onInterrupt: () => void): void {
  let interruptedAt = 0;
  let forced = false;
  const handle = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGINT' ? 130 : 143;
    if (interrupted) {
      if (Date.now() - interruptedAt < 2_000) return;
      if (forced) process.exit(code);
      forced = true;
      console.error(
        `\n${signal} again: killing the server now; dropping the database (once more to quit at once).`,
      );
      for (const child of liveChildren) child.kill('SIGKILL');
      return;
    }
    interrupted = true;
    interruptedAt = Date.now();
    console.error(`\n${signal}: stopping the load and cleaning up…`);
    onInterrupt();
    setTimeout(() => process.exit(code), 60_000).unref();
    void runCleanups().finally(() => process.exit(code));
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
    for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  });
}

/** A temporary directory removed by the cleanups (or on exit). */
export function trackDir(dir: string): void {
  liveDirs.add(dir);
  onCleanup(`remove ${dir}`, async () => {
    rmSync(dir, { recursive: true, force: true });
    liveDirs.delete(dir);
  });
}

// --- child processes -------------------------------------------------------------------------

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `root`/bin/kcn with `root` as its working directory: this checkout's by default, another
 * checkout's (an older version of the product, `--before-checkout`) when given.
 */
function spawnKcn(args: string[], env: NodeJS.ProcessEnv, root = ROOT): Spawned {
  return spawnCommand(path.join(root, 'bin/kcn'), args, env, root);
}

/** A child process whose output is kept (its tail) and which is killed on any exit. */
export function spawnCommand(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Spawned {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  let output = '';
  const append = (chunk: string) => {
    output += chunk;
    if (output.length > 2 * OUTPUT_TAIL_CHARS) output = output.slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout!.setEncoding('utf8').on('data', append);
  child.stderr!.setEncoding('utf8').on('data', append);
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      append(`\n[spawn error] ${error.message}\n`);
      liveChildren.delete(child);
      resolve(null);
    });
    child.on('close', (code, signal) => {
      liveChildren.delete(child);
      resolve(code ?? (signal ? 128 : null));
    });
  });
  return { child, output: () => output.slice(-OUTPUT_TAIL_CHARS), exited };
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
async function terminate(spawned: Spawned, graceMs = 20_000): Promise<void> {
  if (spawned.child.exitCode !== null || spawned.child.signalCode !== null) return;
  spawned.child.kill('SIGTERM');
  const killed = await Promise.race([
    spawned.exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), graceMs).unref()),
  ]);
  if (killed) {
    spawned.child.kill('SIGKILL');
    await spawned.exited;
  }
}

/** A child's output, indented for an error message. */
export function indent(text: string): string {
  const trimmed = text.trim();
  return trimmed ? trimmed.replace(/^/gm, '    | ') : '    | (no output)';
}

/** Runs a `kcn` command to its end within `timeoutMs`; fails with its output otherwise. */
export async function runKcn(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return runToEnd(spawnKcn(args, env), `kcn ${args.join(' ')}`, timeoutMs);
}

/** Waits for a spawned command's end within `timeoutMs`; fails with its output otherwise. */
export async function runToEnd(spawned: Spawned, label: string, timeoutMs: number): Promise<string> {
  onCleanup(`stop ${label}`, () => terminate(spawned, 5_000));
  const timedOut = await Promise.race([
    spawned.exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref()),
  ]);
  if (timedOut) {
    await terminate(spawned, 5_000);
    throw new Error(
      `${label} did not finish within ${timeoutMs / 1000} s; its output:\n${indent(spawned.output())}`,
    );
  }
  const code = await spawned.exited;
  if (code !== 0) throw new Error(`${label} failed (exit ${code}); its output:\n${indent(spawned.output())}`);
  return spawned.output();
}

export interface RunningServer {
  url: string;
  pid: number;
  /** The first administrator's password, printed once on a first start. */
  adminPassword: string;
  /** The server's output so far (tail). */
  output(): string;
  /** Null while it runs. */
  exitCode(): number | null;
  stop(): Promise<void>;
}

/**
 * `kcn serve` on a free loopback port; waits (up to `timeoutMs`) for "đang chạy" and the first
 * administrator's password. A failed or slow start throws with the server's output.
 */
export async function startServer(
  databaseArgs: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  root = ROOT,
): Promise<RunningServer> {
  assertNotInterrupted();
  const port = await freePort();
  const spawned = spawnKcn(
    ['serve', ...databaseArgs, '--port', String(port), '--host', '127.0.0.1'],
    env,
    root,
  );
  const stop = () => terminate(spawned);
  onCleanup(`stop the server (pid ${spawned.child.pid})`, stop);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const output = spawned.output();
    if (output.includes('đang chạy')) break;
    if (spawned.child.exitCode !== null || spawned.child.signalCode !== null)
      throw new Error(
        `the server exited during its start (exit ${spawned.child.exitCode ?? spawned.child.signalCode}); its output:\n${indent(output)}`,
      );
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `the server did not start within ${timeoutMs / 1000} s; its output:\n${indent(spawned.output())}`,
      );
    }
    assertNotInterrupted();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const password = /Mật khẩu:\s+(\S+)/.exec(spawned.output())?.[1];
  if (!password) {
    await stop();
    throw new Error(
      `the server started but printed no first administrator's password (not a fresh database?); its output:\n${indent(spawned.output())}`,
    );
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: spawned.child.pid!,
    adminPassword: password,
    output: spawned.output,
    exitCode: () => spawned.child.exitCode ?? (spawned.child.signalCode ? 128 : null),
    stop,
  };
}

// --- memory ----------------------------------------------------------------------------------

export interface Memory {
  /** Resident set size now, MiB. */
  rssMiB: number;
  /** Peak resident set size since the process started (VmHWM), MiB. */
  peakMiB: number;
}

/** The process's RSS from /proc/<pid>/status (Linux); null elsewhere or once it is gone. */
export function readMemory(pid: number): Memory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    const rss = kib('VmRSS');
    const hwm = kib('VmHWM');
    if (!Number.isFinite(rss)) return null;
    return { rssMiB: round1(rss / 1024), peakMiB: round1((Number.isFinite(hwm) ? hwm : rss) / 1024) };
  } catch {
    return null;
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

// --- PostgreSQL ------------------------------------------------------------------------------

export interface BenchDatabase {
  url: string;
  serverVersion: string;
}

/**
 * Creates database `name` on the server of `adminUrl` (dropping a leftover of the same name) and
 * registers its drop — forced, once the server using it has stopped (cleanups run in reverse).
 */
export async function createBenchDatabase(adminUrl: string, name: string): Promise<BenchDatabase> {
  assertNotInterrupted();
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const version = await admin.query<{ server_version: string }>('show server_version');
    onCleanup(`drop database ${name}`, () => dropBenchDatabase(adminUrl, name));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { url: url.toString(), serverVersion: version.rows[0]?.server_version ?? '?' };
  } finally {
    await admin.end();
  }
}

async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}
