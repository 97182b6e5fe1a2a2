import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemActor, type Actor } from './kernel/actor.ts';
import {
  embeddedDatabaseExists,
  openDatabase,
  type Database,
  type EmbeddedThread,
} from './kernel/db/database.ts';
import { allBoardIds, dissolvedAmong } from './modules/boards/index.ts';
import { loadDemoData } from './modules/demo/index.ts';
import { ensureFirstAdmin } from './modules/users/index.ts';

/** Where the data lives: a PostgreSQL URL, or a directory for the embedded database. */
export interface DatabaseTarget {
  url: string | null;
  dataDir: string;
  /** True when nothing named a database and ./data is used. */
  isDefault: boolean;
}

/** --data-dir wins, then DATABASE_URL, then KCN_DATA_DIR, then ./data. */
export function resolveTarget(options: {
  dataDir?: string | undefined;
  env?: NodeJS.ProcessEnv;
}): DatabaseTarget {
  const env = options.env ?? process.env;
  if (options.dataDir) return { url: null, dataDir: path.resolve(options.dataDir), isDefault: false };
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, dataDir: '', isDefault: false };
  if (env.KCN_DATA_DIR) return { url: null, dataDir: path.resolve(env.KCN_DATA_DIR), isDefault: false };
  return { url: null, dataDir: path.resolve('data'), isDefault: true };
}

/**
 * The embedded database is one process's: PGlite keeps no lock of its own, and two processes
 * writing one directory would corrupt it. The holder records itself in this file; a running
 * server also records its port and a local secret, so the command line can ask it instead.
 */
export interface EmbeddedLock {
  pid: number;
  /**
   * When that process started (Linux: ticks since boot, from /proc/<pid>/stat): a pid is reused
   * after its process ends, so a live pid alone does not prove the holder is still there.
   */
  processStart?: string | null;
  kind: 'server' | 'cli';
  port?: number;
  secret?: string;
  startedAt: string;
}

const LOCK_FILE = '.kcn-lock.json';

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When a process started, where the system tells (Linux); null elsewhere or when it is gone. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the name in field 2 may hold spaces, so count after its ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * What a lock's process is now: the holder itself, gone, or unknown (alive, but nothing tells
 * whether it is the same process — another system, or a lock written before start times were
 * recorded).
 */
function holderState(lock: EmbeddedLock): 'holder' | 'gone' | 'unknown' {
  if (lock.pid === process.pid || !processAlive(lock.pid)) return 'gone';
  const now = processStart(lock.pid);
  if (!lock.processStart || now === null) return 'unknown';
  return now === lock.processStart ? 'holder' : 'gone';
}

/**
 * The live holder of an embedded database, if any (a stale lock is removed). A lock whose pid
 * now belongs to another process is stale. When that cannot be told (see holderState), a
 * server's lock is kept here and checked by its port in settleEmbeddedLock; a command's is kept.
 */
export function readLock(dataDir: string): EmbeddedLock | null {
  const file = lockFilePath(dataDir);
  if (!existsSync(file)) return null;
  try {
    const lock = JSON.parse(readFileSync(file, 'utf8')) as EmbeddedLock;
    if (holderState(lock) !== 'gone') return lock;
  } catch {
    // unreadable: treat as stale
  }
  rmSync(file, { force: true });
  return null;
}

/** True when a KCN Hub server answers on the lock's port with the lock's secret. */
export async function serverAnswers(lock: EmbeddedLock, timeoutMs = 3_000): Promise<boolean> {
  if (!lock.port || !lock.secret) return false;
  try {
    // Only the server that wrote the lock knows its secret: another program on the port does not.
    const response = await fetch(`http://127.0.0.1:${lock.port}/api/v1/boards`, {
      headers: { authorization: `Bearer ${lock.secret}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.status === 200;
  } catch {
    return false;
  }
}

export class DatabaseInUseError extends Error {
  constructor(
    readonly lock: EmbeddedLock,
    dataDir: string,
  ) {
    super(
      lock.kind === 'server'
        ? `Cơ sở dữ liệu ${dataDir} đang được máy chủ (pid ${lock.pid}, cổng ${lock.port}) sử dụng. Dừng máy chủ hoặc dùng API.`
        : `Cơ sở dữ liệu ${dataDir} đang được một lệnh khác (pid ${lock.pid}) sử dụng. Hãy thử lại sau.`,
    );
  }
}

/**
 * The embedded database's files are the board's data, password hashes included: only the
 * account that runs KCN Hub may read them. New files are made private (umask), and what is
 * there already — written by an older version, or by PGlite with its own modes — is made so.
 */
export function keepPrivate(dataDir: string): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const walk = (dir: string) => {
    chmodSync(dir, 0o700);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) chmodSync(full, 0o600);
    }
  };
  walk(dataDir);
}

function writeLock(dataDir: string, lock: EmbeddedLock): void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx': created only if absent, so two processes cannot both take the database.
      writeFileSync(file, JSON.stringify(lock), { mode: 0o600, flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(dataDir); // removes the file when its holder is gone
      if (holder) throw new DatabaseInUseError(holder, dataDir);
    }
  }
  throw new Error(`cannot take the lock of ${dataDir}`);
}

/**
 * Waits (up to `timeoutMs`) while the embedded database is busy: a server still starting (it
 * announces its port once ready) or another command. Returns the running server to talk to,
 * if one holds the database.
 */
export async function settleEmbeddedLock(
  target: DatabaseTarget,
  timeoutMs = 120_000,
  onWait?: () => void,
): Promise<EmbeddedLock | null> {
  if (target.url) return null;
  const deadline = Date.now() + timeoutMs;
  let waited = false;
  for (;;) {
    const lock = readLock(target.dataDir);
    if (!lock) return null;
    if (lock.kind === 'server' && lock.port && lock.secret) {
      // A holder whose identity cannot be proved is believed only if its server answers.
      if (holderState(lock) === 'unknown' && !(await serverAnswers(lock))) {
        rmSync(lockFilePath(target.dataDir), { force: true });
        continue;
      }
      return lock;
    }
    if (Date.now() > deadline) return lock;
    if (!waited) onWait?.();
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function releaseLock(dataDir: string): void {
  const file = path.join(dataDir, LOCK_FILE);
  try {
    const lock = JSON.parse(readFileSync(file, 'utf8')) as EmbeddedLock;
    if (lock.pid === process.pid) rmSync(file, { force: true });
  } catch {
    // already gone
  }
}

export interface OpenedDatabase {
  database: Database;
  target: DatabaseTarget;
  /** True when this open created the database (first start). */
  created: boolean;
  /** Marks the embedded database as served on a port (for the command line to find). */
  announceServer(port: number, secret: string): void;
  close(): Promise<void>;
}

/**
 * Where the embedded database runs: a server gives it a worker thread of its own, so a national
 * report or a large import computed there never stops the HTTP server; a command runs it in its
 * own thread (nothing else waits on it there, and it starts faster). KCN_EMBEDDED_IN_THREAD=1
 * keeps a server's in its thread too — the baseline of bench/load.ts, and a way back should the
 * worker misbehave. Either way this process alone opens the directory (the lock below).
 */
export function embeddedThread(kind: 'server' | 'cli', env: NodeJS.ProcessEnv = process.env): EmbeddedThread {
  return kind === 'server' && env.KCN_EMBEDDED_IN_THREAD !== '1' ? 'worker' : 'main';
}

/** Opens and migrates the target database, holding the embedded database's lock. */
export async function openTarget(target: DatabaseTarget, kind: 'server' | 'cli'): Promise<OpenedDatabase> {
  const created = target.url ? false : !embeddedDatabaseExists(target.dataDir);
  if (!target.url) {
    keepPrivate(target.dataDir);
    writeLock(target.dataDir, {
      pid: process.pid,
      processStart: processStart(process.pid),
      kind,
      startedAt: new Date().toISOString(),
    });
  }
  let database: Database;
  let opening: Database | undefined;
  try {
    database = opening = await openDatabase(
      target.url
        ? { url: target.url }
        : {
            dataDir: target.dataDir,
            thread: embeddedThread(kind),
            // Off only to measure what the worker's prepared statements bring (bench/load.ts).
            statementCache: process.env.KCN_EMBEDDED_STATEMENT_CACHE !== '0',
          },
    );
    await database.migrate();
    if (!target.url) keepPrivate(target.dataDir);
  } catch (error) {
    // A worker thread left open would keep the process from exiting.
    await opening?.close().catch(() => undefined);
    if (!target.url) releaseLock(target.dataDir);
    throw error;
  }
  return {
    database,
    target,
    created,
    announceServer(port, secret) {
      if (target.url) return;
      writeFileSync(
        path.join(target.dataDir, LOCK_FILE),
        JSON.stringify({
          pid: process.pid,
          processStart: processStart(process.pid),
          kind: 'server',
          port,
          secret,
          startedAt: new Date().toISOString(),
        } satisfies EmbeddedLock),
        { mode: 0o600 },
      );
    },
    async close() {
      await database.close();
      if (!target.url) releaseLock(target.dataDir);
    },
  };
}

/** The command line's actor: trusted like an administrator with shell access, on every board. */
export async function cliActor(database: Database): Promise<Actor> {
  const boards = await allBoardIds(database.db);
  return systemActor(`cli:${os.userInfo().username}`, boards, await dissolvedAmong(database.db, boards));
}

/**
 * First start: the embedded database with no board gets the Thái Bình demo data (unless
 * disabled), and a database with no user gets an administrator with a generated password.
 */
export async function prepareFirstStart(
  database: Database,
  options: { demo: boolean; firstAdmin: boolean; log: (line: string) => void },
): Promise<void> {
  if (options.demo && database.kind === 'pglite' && (await allBoardIds(database.db)).length === 0) {
    options.log('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu Ban Quản lý tỉnh Thái Bình (TB)…');
    await loadDemoData(database.db, await cliActor(database));
  }
  if (options.firstAdmin) {
    const admin = await ensureFirstAdmin(database.db, await cliActor(database));
    if (admin) {
      options.log('');
      options.log('Tài khoản quản trị đầu tiên (chỉ hiện một lần — hãy đổi mật khẩu sau khi đăng nhập):');
      options.log(`  Tên đăng nhập: ${admin.username}`);
      options.log(`  Mật khẩu:      ${admin.password}`);
      options.log('');
    }
  }
}
