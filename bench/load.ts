/**
 * Load benchmark: the real server (`kcn serve`, a child process on a loopback port) under a
 * board's staff day of mixed traffic — 16 concurrent clients for 30 s by default — on the
 * embedded database (PGlite) in its worker thread, on PGlite in the HTTP thread (the baseline,
 * KCN_EMBEDDED_IN_THREAD=1) and on PostgreSQL in turn. Then, on each PGlite mode, the server's
 * responsiveness while it computes national reports: /api/v1/health and a short list probed
 * alone, then beside a client that asks for all-board reports back to back, on the national data
 * set of bench/generate.ts (63 boards, 30 000 projects, 100 000 licensing events at scale 1).
 *
 *   npm run bench:load                                   # all three, 16 clients, 30 s each
 *   npx tsx bench/load.ts --duration 5 --heavy-duration 5 --national-scale 0.1   # a quick check
 *   npx tsx bench/load.ts --database postgres --connections 32 --duration 60
 *
 * Options: --duration SECONDS (default 30) · --connections N (default 16) ·
 * --database pglite|postgres|both (default both) ·
 * --embedded worker|thread|worker-unprepared|both|all (default both: PGlite in its worker thread
 * and in the HTTP thread; all adds the worker without its prepared statements,
 * KCN_EMBEDDED_STATEMENT_CACHE=0, to tell the two gains apart) · --heavy-duration SECONDS
 * (default 20; 0 skips the heavy phase) · --national-scale F (default 1) ·
 * --before-checkout DIR (adds "pglite (before: <commit>)": DIR/bin/kcn serve run with cwd DIR, an
 * older checkout of the product — today's product before a change — measured in the same run and
 * the same way; the summary gives every target's throughput as a multiple of it).
 *
 * PGlite: a fresh data directory under os.tmpdir(); `kcn serve` loads the Thái Bình demo data on
 * its first start. PostgreSQL: a fresh database kcn_load_<pid> on KCN_BENCH_PG_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), `kcn demo` into it, then `kcn serve`. Both are
 * removed at the end, also on failure, Ctrl-C or SIGTERM. Accounts (staff of board TB) are created
 * through the API as the first administrator; the clients use their session cookies.
 *
 * Prints per database: requests/s, latency p50/p99/max, errors and non-2xx responses by status
 * (409 write conflicts apart), the server's RSS (/proc/<pid>/status) before, during and after the
 * load, and a table per route; writes bench/results/load-<timestamp>.json. Exit status: 1 when a
 * database could not be measured (start, setup or a route failing before the load), 2 on bad
 * arguments; errors under load are reported, not fatal.
 */
import { parseArgs as parseCommandLine } from 'node:util';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  assertNotInterrupted,
  createBenchDatabase,
  indent,
  installSignalHandlers,
  Interrupted,
  readMemory,
  ROOT,
  runCleanups,
  runKcn,
  runToEnd,
  spawnCommand,
  startServer,
  trackDir,
  type Memory,
  type RunningServer,
} from './load-server.ts';
import { openDatabase } from '../src/server/kernel/db/database.ts';
import { generateNationalData, statesUsdOfFdiCapital } from './generate.ts';
import type { DataPackage } from '../src/server/modules/packages/data-package.schema.ts';
import {
  BOARD,
  probeDuringHeavyWork,
  ROUTES,
  runTraffic,
  smokeCheck,
  type Fixtures,
  type LoadSummary,
  type Probe,
  type ProbeResult,
  type RouteSummary,
  type SmokeFailure,
} from './load-traffic.ts';

/** The PostgreSQL server's admin connection (as in bench/harness.ts). */
const PG_ADMIN_URL = process.env.KCN_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Bounds: a first start (PGlite loads the demo data), `kcn demo` into PostgreSQL, one request. */
const START_TIMEOUT_MS = 180_000;
const DEMO_TIMEOUT_MS = 180_000;
const REQUEST_TIMEOUT_S = 10;
const SETUP_REQUEST_TIMEOUT_MS = 30_000;
/** Staff accounts the clients share (client i uses session i mod n); logins are rate-limited to 10/min. */
const STAFF_ACCOUNTS = 4;
const STAFF_NAMES = ['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Thị Hoa', 'Phạm Văn Hùng'];
const SEED = 2019;

type Kind = 'pglite' | 'postgres';
/** Where the server runs the embedded database: its worker thread, or the HTTP thread. */
type EmbeddedMode = 'worker' | 'thread' | 'worker-unprepared';

/** Another checkout of the product (a git worktree of an older commit), run as it is. */
interface Checkout {
  dir: string;
  /** Short commit id, read from the checkout's git files (no git command is run there). */
  commit: string;
}

/**
 * One server configuration measured: a database, and for PGlite the thread it runs in — or, with
 * `before`, an older checkout's own server on PGlite (its default mode, whatever that was).
 */
interface Target {
  kind: Kind;
  embedded?: EmbeddedMode;
  before?: Checkout;
  label: string;
}

interface Options {
  durationS: number;
  connections: number;
  databases: Kind[];
  embedded: EmbeddedMode[];
  heavyS: number;
  nationalScale: number;
  before: Checkout | null;
}

const LABELS: Record<EmbeddedMode, string> = {
  worker: 'pglite (worker)',
  thread: 'pglite (in thread)',
  'worker-unprepared': 'pglite (worker, no prepared statements)',
};

const beforeLabel = (checkout: Checkout) => `pglite (before: ${checkout.commit})`;

function targetsOf(options: Options): Target[] {
  const targets: Target[] = [];
  for (const kind of options.databases) {
    if (kind === 'postgres') targets.push({ kind, label: 'postgres' });
    // The baselines first (the product before the change, then in thread), so a run cut short
    // still has them.
    else {
      if (options.before) targets.push({ kind, before: options.before, label: beforeLabel(options.before) });
      for (const embedded of (['thread', 'worker-unprepared', 'worker'] as const).filter((m) =>
        options.embedded.includes(m),
      ))
        targets.push({ kind, embedded, label: LABELS[embedded] });
    }
  }
  return targets;
}

/**
 * The commit a checkout is at, from its git files: `.git` is a directory or (a worktree) a file
 * naming one; HEAD holds a commit or a ref, looked up in the worktree's and the common refs and
 * in packed-refs. Running git in the checkout is avoided on purpose: it is someone else's tree.
 */
function checkoutCommit(dir: string): string {
  try {
    const dotGit = path.join(dir, '.git');
    const gitDir = statSync(dotGit).isDirectory()
      ? dotGit
      : path.resolve(
          dir,
          readFileSync(dotGit, 'utf8')
            .replace(/^gitdir:\s*/, '')
            .trim(),
        );
    const commonFile = path.join(gitDir, 'commondir');
    const commonDir = existsSync(commonFile)
      ? path.resolve(gitDir, readFileSync(commonFile, 'utf8').trim())
      : gitDir;
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
    if (!ref) return head.slice(0, 7);
    for (const base of [gitDir, commonDir]) {
      const file = path.join(base, ref);
      if (existsSync(file)) return readFileSync(file, 'utf8').trim().slice(0, 7);
    }
    const packed = path.join(commonDir, 'packed-refs');
    const line = existsSync(packed)
      ? readFileSync(packed, 'utf8')
          .split('\n')
          .find((l) => l.endsWith(` ${ref}`))
      : undefined;
    return line ? line.slice(0, 7) : ref;
  } catch {
    return 'unknown commit';
  }
}

function parseArgs(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseCommandLine({
      args: argv,
      options: {
        duration: { type: 'string', default: '30' },
        connections: { type: 'string', default: '16' },
        database: { type: 'string', default: 'both' },
        embedded: { type: 'string', default: 'both' },
        'heavy-duration': { type: 'string', default: '20' },
        'national-scale': { type: 'string', default: '1' },
        'before-checkout': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return usage((error as Error).message);
  }
  if (parsed.help) usage();
  const database = parsed.database;
  if (database !== 'both' && database !== 'pglite' && database !== 'postgres')
    usage(`--database takes pglite, postgres or both, not ${database}`);
  const embedded = parsed.embedded;
  if (!['both', 'all', 'worker', 'thread', 'worker-unprepared'].includes(embedded))
    usage(`--embedded takes worker, thread, worker-unprepared, both or all, not ${embedded}`);
  const heavyS = Number(parsed['heavy-duration']);
  if (!Number.isInteger(heavyS) || heavyS < 0) usage('--heavy-duration takes a whole number of seconds');
  const nationalScale = Number(parsed['national-scale']);
  if (!(nationalScale > 0 && nationalScale <= 1)) usage('--national-scale takes a fraction in (0, 1]');
  let before: Checkout | null = null;
  if (parsed['before-checkout'] !== undefined) {
    const dir = path.resolve(parsed['before-checkout']);
    if (!existsSync(path.join(dir, 'bin/kcn'))) usage(`--before-checkout: ${dir}/bin/kcn not found`);
    if (database === 'postgres') usage('--before-checkout measures PGlite: not with --database postgres');
    before = { dir, commit: checkoutCommit(dir) };
  }
  return {
    durationS: parsed.duration === '0' ? 0 : positiveInt(parsed.duration, '--duration'),
    connections: positiveInt(parsed.connections, '--connections'),
    databases: database === 'both' ? ['pglite', 'postgres'] : [database],
    embedded:
      embedded === 'all'
        ? ['worker', 'thread', 'worker-unprepared']
        : embedded === 'both'
          ? ['worker', 'thread']
          : [embedded as EmbeddedMode],
    heavyS,
    nationalScale,
    before,
  };
}

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) usage(`${name} takes a positive integer`);
  return n;
}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    'usage: npx tsx bench/load.ts [--duration SECONDS] [--connections N] [--database pglite|postgres|both]\n' +
      '                             [--embedded worker|thread|worker-unprepared|both|all] [--heavy-duration SECONDS] [--national-scale F]\n' +
      '                             [--before-checkout DIR]',
  );
  process.exit(2);
}

// --- talking to the server during the setup ---------------------------------------------------

async function call(
  url: string,
  method: string,
  apiPath: string,
  options: { cookie?: string; body?: unknown } = {},
): Promise<Response> {
  return fetch(`${url}/api/v1${apiPath}`, {
    method,
    headers: {
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body:
      options.body instanceof Uint8Array
        ? options.body
        : options.body !== undefined
          ? JSON.stringify(options.body)
          : undefined,
    signal: AbortSignal.timeout(SETUP_REQUEST_TIMEOUT_MS),
  });
}

async function expectJson<T>(response: Response, expected: number, what: string): Promise<T> {
  const text = await response.text();
  if (response.status !== expected)
    throw new Error(`${what}: expected ${expected}, got ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** Signs in; returns the Cookie header of the session. */
async function login(url: string, username: string, password: string): Promise<string> {
  const response = await call(url, 'POST', '/auth/login', { body: { username, password } });
  await expectJson(response, 200, `login as ${username}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('kcn_session='));
  if (!cookie) throw new Error(`login as ${username}: no kcn_session cookie`);
  return cookie;
}

/** A strong random password that does not contain the username. */
function strongPassword(username: string): string {
  for (;;) {
    const password = randomBytes(24).toString('base64url');
    if (!password.toLowerCase().includes(username.toLowerCase())) return password;
  }
}

/** Staff accounts of board TB, created by the first administrator; returns their sessions. */
async function staffSessions(server: RunningServer, count: number): Promise<string[]> {
  const admin = await login(server.url, 'admin', server.adminPassword);
  const boards = await expectJson<{ items: { id: string; code: string }[] }>(
    await call(server.url, 'GET', '/boards', { cookie: admin }),
    200,
    'list boards',
  );
  const board = boards.items.find((b) => b.code === BOARD);
  if (!board) throw new Error(`board ${BOARD} not found: is the demo data loaded?`);
  const sessions: string[] = [];
  for (let i = 1; i <= count; i++) {
    const username = `can.bo.${i}`;
    const password = strongPassword(username);
    await expectJson(
      await call(server.url, 'POST', '/users', {
        cookie: admin,
        body: {
          username,
          fullName: STAFF_NAMES[(i - 1) % STAFF_NAMES.length],
          role: 'staff',
          boardId: board.id,
          password,
        },
      }),
      201,
      `create staff account ${username}`,
    );
    sessions.push(await login(server.url, username, password));
  }
  return sessions;
}

/** Project and zone ids for the reads; one project per client for the writes, spread over the list. */
async function loadFixtures(url: string, cookie: string, connections: number): Promise<Fixtures> {
  type Project = { id: string; name: string; version: number };
  const projects: Project[] = [];
  for (let page = 1; ; page++) {
    const list = await expectJson<{ items: Project[]; total: number }>(
      await call(url, 'GET', `/projects?pageSize=500&sort=code&page=${page}`, { cookie }),
      200,
      'list projects',
    );
    projects.push(...list.items);
    if (list.items.length === 0 || projects.length >= list.total) break;
  }
  const zones = await expectJson<{ items: { id: string }[] }>(
    await call(url, 'GET', '/zones?pageSize=500', { cookie }),
    200,
    'list zones',
  );
  if (projects.length === 0 || zones.items.length === 0) throw new Error('no projects or zones to load');
  const step = projects.length / Math.min(connections, projects.length);
  const writable = Array.from({ length: connections }, (_, i) => {
    const p =
      connections <= projects.length ? projects[Math.floor(i * step)]! : projects[i % projects.length]!;
    return { id: p.id, name: p.name, version: p.version };
  });
  return { projectIds: projects.map((p) => p.id), zoneIds: zones.items.map((z) => z.id), writable };
}

// --- one database ----------------------------------------------------------------------------

interface DatabaseResult {
  kind: Kind;
  /** pglite (worker), pglite (in thread), pglite (before: <commit>) or postgres. */
  label: string;
  /** The checkout whose server was measured, for the before-checkout target. */
  checkout: Checkout | null;
  database: string;
  appVersion: string;
  setupS: number;
  memory: {
    atStart: Memory | null;
    beforeLoad: Memory | null;
    /** Highest RSS sampled once a second during the load. */
    maxDuringLoadMiB: number | null;
    afterLoad: Memory | null;
  };
  summary: LoadSummary;
  routes: RouteSummary[];
  /**
   * Routes of the mix that did not answer 2xx once before the load: only the before-checkout's
   * server is measured with such routes (they count as its non-2xx); any other target fails.
   */
  routesFailingBeforeLoad: SmokeFailure[];
}

let stopLoad: (() => void) | null = null;

/** The server's environment: nothing inherited names a database; the embedded mode as the target says. */
function serverEnv(target: Target): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'KCN_DATA_DIR', 'PORT', 'HOST', 'KCN_DEMO', 'KCN_EMBEDDED_IN_THREAD'])
    delete env[name];
  if (target.embedded === 'thread') env.KCN_EMBEDDED_IN_THREAD = '1';
  if (target.embedded === 'worker-unprepared') env.KCN_EMBEDDED_STATEMENT_CACHE = '0';
  else delete env.KCN_EMBEDDED_STATEMENT_CACHE;
  return env;
}

/**
 * Fails unless the server says it runs the embedded database where the target wants it (main.ts).
 * The before-checkout's server predates the worker and says nothing of it: not checked.
 */
function assertEmbeddedMode(target: Target, server: RunningServer): void {
  if (!target.embedded || target.before) return;
  const expected = target.embedded === 'thread' ? '(cùng luồng)' : '(luồng riêng)';
  if (!server.output().includes(expected))
    throw new Error(
      `the server does not say it runs PGlite ${expected}; its output:\n${indent(server.output())}`,
    );
}

async function benchDatabase(
  target: Target,
  options: Options,
  log: (line: string) => void,
): Promise<DatabaseResult> {
  const { kind } = target;
  const label = target.label;
  const started = performance.now();
  const env = serverEnv(target);
  let databaseArgs: string[] = [];
  let database: string;
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-load-'));
    trackDir(dir);
    databaseArgs = ['--data-dir', dir];
    database = target.before
      ? `PGlite as the server of ${target.before.dir} (commit ${target.before.commit}) runs it, ${dir}`
      : `PGlite ${target.embedded === 'thread' ? 'in the HTTP thread' : 'in its worker thread'}, ${dir}`;
    log(`[${label}] kcn serve on a fresh data directory (it loads the demo data on its first start)…`);
  } else {
    const name = `kcn_load_${process.pid}`;
    const created = await createBenchDatabase(PG_ADMIN_URL, name);
    env.DATABASE_URL = created.url;
    database = `PostgreSQL ${created.serverVersion}, database ${name}`;
    log(`[postgres] database ${name} created; kcn demo…`);
    await runKcn(['demo'], env, DEMO_TIMEOUT_MS);
    log(`[postgres] kcn serve…`);
  }
  const server = await startServer(databaseArgs, env, START_TIMEOUT_MS, target.before?.dir);
  assertEmbeddedMode(target, server);
  const atStart = readMemory(server.pid);
  const health = await expectJson<{ version: string; database: string }>(
    await call(server.url, 'GET', '/health'),
    200,
    'health',
  );
  if (health.database !== kind) throw new Error(`the server runs on ${health.database}, not ${kind}`);
  assertNotInterrupted();
  const sessions = await staffSessions(server, Math.min(STAFF_ACCOUNTS, options.connections));
  const fixtures = await loadFixtures(server.url, sessions[0]!, options.connections);
  const routesFailingBeforeLoad = await smokeCheck(server.url, sessions[0]!, fixtures);
  if (routesFailingBeforeLoad.length > 0) {
    const list = routesFailingBeforeLoad.map((f) => `  ${f.route}: ${f.status} ${f.body}`).join('\n');
    if (!target.before) throw new Error(`routes failing before any load:\n${list}`);
    log(
      `[${label}] routes of the mix this version does not answer with 2xx (counted as its non-2xx):\n${list}`,
    );
  }
  const beforeLoad = readMemory(server.pid);
  const setupS = Math.round((performance.now() - started) / 100) / 10;
  log(
    `[${label}] ready in ${setupS} s (pid ${server.pid}, ${fixtures.projectIds.length} projects, ${sessions.length} staff sessions); ` +
      `${options.connections} clients for ${options.durationS} s…`,
  );

  assertNotInterrupted();
  let second = 0;
  let window = 0;
  let maxRss = beforeLoad?.rssMiB ?? null;
  const traffic = await runTraffic({
    url: server.url,
    sessions,
    fixtures,
    connections: options.connections,
    durationS: options.durationS,
    seed: SEED,
    timeoutS: REQUEST_TIMEOUT_S,
    title: `kcn-hub ${label}`,
    onStart: (stop) => (stopLoad = stop),
    onTick: (responses) => {
      second++;
      window += responses;
      const memory = readMemory(server.pid);
      if (memory && (maxRss === null || memory.rssMiB > maxRss)) maxRss = memory.rssMiB;
      if (second % 5 === 0 || second === options.durationS) {
        log(
          `  [${label}] ${second} s: ${window} responses in the last ${second % 5 || 5} s, RSS ${memory ? `${memory.rssMiB} MiB` : 'n/a'}`,
        );
        window = 0;
      }
    },
  });
  stopLoad = null;
  const afterLoad = readMemory(server.pid);
  if (server.exitCode() !== null)
    throw new Error(
      `the server exited during the load (exit ${server.exitCode()}); its output:\n${indent(server.output())}`,
    );
  return {
    kind,
    label,
    checkout: target.before ?? null,
    database,
    appVersion: health.version,
    setupS,
    memory: { atStart, beforeLoad, maxDuringLoadMiB: maxRss, afterLoad },
    summary: traffic.summary,
    routes: traffic.routes,
    routesFailingBeforeLoad,
  };
}

// --- the heavy phase: responsiveness while national reports run --------------------------------

/** The national reports the heavy client asks for in turn, over every board (the administrator's). */
const HEAVY_PATHS = [
  '/reports/investment?from=2010-01-01&to=2019-12-31',
  // Boundaries of another date: the report regroups the projects by the zones boards held then.
  '/reports/investment?from=2010-01-01&to=2019-12-31&boundariesAsOf=2012-12-31',
  '/reports/investment/monthly?from=2019-01-01&to=2019-12-31',
  '/reports/zones?asOf=2019-12-31',
  // A search over every board's projects, a page of 500.
  '/projects?q=nha%20may&pageSize=500',
];
/**
 * The light requests probed: the health check, a short list that reads the database, and an
 * unknown address (404: the HTTP thread alone, no database).
 */
const PROBES: Probe[] = [
  { path: '/health', status: 200 },
  { path: '/boards', status: 200 },
  { path: '/no-such-address', status: 404 },
];
const PROBE_EVERY_MS = 20;
const IDLE_PROBE_S = 3;

interface HeavyResult {
  label: string;
  setupS: number;
  /** Beside national reports back to back. */
  probe: ProbeResult;
  /** Beside imports of a package of ≈ IMPORT_PACKAGE_BYTES (of boards the server holds) back to back. */
  importProbe: ProbeResult;
  importBytes: number;
}

/** The size of the package imported again and again in the heavy phase (issue 16: "a 10 MB import"). */
const IMPORT_PACKAGE_BYTES = 10 * 1024 * 1024;

/**
 * A package of the first boards (by code) whose export reaches `bytes`: what the heavy phase imports.
 * The server holds every record of it, so each import checks and writes it all and changes nothing.
 */
async function packageOfSize(url: string, cookie: string, bytes: number): Promise<Uint8Array> {
  const boards = await expectJson<{ items?: { code: string }[] } | { code: string }[]>(
    await call(url, 'GET', '/boards', { cookie }),
    200,
    'GET /boards',
  );
  const codes = (Array.isArray(boards) ? boards : (boards.items ?? [])).map((b) => b.code).sort();
  const chosen: string[] = [];
  let size = 0;
  for (const code of codes) {
    const response = await call(url, 'GET', `/packages/export?board=${encodeURIComponent(code)}`, { cookie });
    if (response.status !== 200) throw new Error(`GET /packages/export?board=${code}: ${response.status}`);
    size += (await response.arrayBuffer()).byteLength;
    chosen.push(code);
    if (size >= bytes) break;
  }
  const query = chosen.map((code) => `board=${encodeURIComponent(code)}`).join('&');
  const response = await call(url, 'GET', `/packages/export?${query}`, { cookie });
  if (response.status !== 200) throw new Error(`GET /packages/export?${query}: ${response.status}`);
  // The generator leaves the USD out of a few FDI capital changes, which a package must state.
  const pkg = (await response.json()) as DataPackage;
  statesUsdOfFdiCapital(pkg);
  return Buffer.from(JSON.stringify(pkg));
}

/** Bound on generating the national data set with an older checkout's generator (a child process). */
const GENERATE_TIMEOUT_MS = 30 * 60_000;

/**
 * The national data set, generated once per run into a data directory that each PGlite mode's
 * server then gets a copy of (the same rows for both). For the before-checkout, a data set of its
 * own, by its own generator (`DIR/bench/generate.ts`, the same seed and scale) on its own
 * migrations: its server finds the schema it knows, not this checkout's.
 */
async function nationalTemplate(
  scale: number,
  log: (line: string) => void,
  checkout?: Checkout,
): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-load-national-'));
  // Not a cleanup (the cleanups run after every target): removed at the end, or on any exit.
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const started = performance.now();
  if (checkout) {
    log(
      `[heavy] generating the national data set (scale ${scale}) with ${checkout.dir}/bench/generate.ts (commit ${checkout.commit}) into ${dir}…`,
    );
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    const output = await runToEnd(
      spawnCommand(
        path.join(ROOT, 'node_modules/.bin/tsx'),
        ['bench/generate.ts', '--data-dir', dir, '--scale', String(scale)],
        env,
        checkout.dir,
      ),
      `${checkout.dir}/bench/generate.ts`,
      GENERATE_TIMEOUT_MS,
    );
    log(
      `[heavy] ${output.split('\n').find((line) => line.startsWith('generated rows')) ?? 'generated'}; written in ${Math.round((performance.now() - started) / 1000)} s`,
    );
    return dir;
  }
  log(`[heavy] generating the national data set (scale ${scale}) into ${dir}…`);
  const database = await openDatabase({ dataDir: dir });
  try {
    await database.migrate();
    const result = await generateNationalData(database, { scale });
    log(`[heavy] ${JSON.stringify(result.counts)} in ${Math.round((performance.now() - started) / 1000)} s`);
  } finally {
    await database.close();
  }
  return dir;
}

async function benchHeavy(
  target: Target,
  template: string,
  options: Options,
  log: (line: string) => void,
): Promise<HeavyResult> {
  const label = target.label;
  const started = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-load-heavy-'));
  trackDir(dir);
  cpSync(template, dir, { recursive: true });
  const env = serverEnv(target);
  // The boards are there: no demo data; the first administrator is created and printed.
  env.KCN_DEMO = '0';
  log(`[${label}] heavy phase: kcn serve on a copy of the national data set…`);
  const server = await startServer(['--data-dir', dir], env, START_TIMEOUT_MS, target.before?.dir);
  assertEmbeddedMode(target, server);
  const admin = await login(server.url, 'admin', server.adminPassword);
  for (const heavyPath of HEAVY_PATHS) {
    const response = await call(server.url, 'GET', heavyPath, { cookie: admin });
    const body = await expectJson<{ boards?: unknown[] }>(response, 200, `GET ${heavyPath}`);
    if (Array.isArray(body.boards) && body.boards.length < 2)
      throw new Error(`GET ${heavyPath} covers ${body.boards.length} board(s), not the nation`);
  }
  const setupS = Math.round((performance.now() - started) / 100) / 10;
  assertNotInterrupted();
  log(
    `[${label}] probing ${PROBES.map((p) => p.path).join(', ')} every ${PROBE_EVERY_MS} ms: ${IDLE_PROBE_S} s alone, then ${options.heavyS} s beside national reports back to back…`,
  );
  const probing = {
    url: server.url,
    cookie: admin,
    probePaths: PROBES,
    idleS: IDLE_PROBE_S,
    heavyS: options.heavyS,
    probeEveryMs: PROBE_EVERY_MS,
    timeoutS: REQUEST_TIMEOUT_S,
  };
  const probe = await probeDuringHeavyWork({ ...probing, heavy: HEAVY_PATHS.map((p) => ({ path: p })) });
  const pkg = await packageOfSize(server.url, admin, IMPORT_PACKAGE_BYTES);
  const importPath = '/packages/import';
  // Once first: it must be taken (and it changes nothing: the server holds all of it).
  await expectJson(
    await call(server.url, 'POST', importPath, { cookie: admin, body: pkg }),
    200,
    `POST ${importPath}`,
  );
  log(
    `[${label}] then ${options.heavyS} s beside imports of a package of ${(pkg.byteLength / 2 ** 20).toFixed(1)} MiB back to back…`,
  );
  const importProbe = await probeDuringHeavyWork({ ...probing, heavy: [{ path: importPath, body: pkg }] });
  if (server.exitCode() !== null)
    throw new Error(
      `the server exited during the heavy phase (exit ${server.exitCode()}); its output:\n${indent(server.output())}`,
    );
  return { label, setupS, probe, importProbe, importBytes: pkg.byteLength };
}

function heavyTable(results: HeavyResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    const phases: [string, ProbeResult][] = [
      ['national reports', r.probe],
      [`imports of ${(r.importBytes / 2 ** 20).toFixed(1)} MiB`, r.importProbe],
    ];
    for (const [work, result] of phases) {
      const h = result.heavy;
      for (const p of result.probes)
        rows.push([
          r.label,
          p.path,
          `${ms(p.idle.p50Ms)} / ${ms(p.idle.p99Ms)}`,
          ms(p.duringHeavy.p50Ms),
          ms(p.duringHeavy.p99Ms),
          ms(p.duringHeavy.maxMs),
          String(p.duringHeavy.count),
          String(p.idle.failures + p.duringHeavy.failures),
          `${work}: ${h.count} × p50 ${ms(h.p50Ms)} ms${h.failures ? `, ${h.failures} failed` : ''}`,
        ]);
    }
  }
  return table(
    [
      'server',
      'probe',
      'alone p50 / p99 ms',
      'beside heavy work p50 ms',
      'p99 ms',
      'max ms',
      'probes',
      'failures',
      'heavy work',
    ],
    rows,
    (i) => i > 1 && i < 8,
  );
}

// --- output ----------------------------------------------------------------------------------

function table(header: string[], rows: string[][], rightAligned: (column: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (rightAligned(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (rightAligned(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mib = (m: Memory | null) => (m ? m.rssMiB.toFixed(0) : 'n/a');

/** "none", or "409×3, 500×1" — every status other than 2xx. */
function nonSuccess(statuses: Record<string, number>): string {
  const entries = Object.entries(statuses)
    .filter(([status]) => !status.startsWith('2'))
    .sort(([a], [b]) => Number(a) - Number(b));
  return entries.length === 0 ? 'none' : entries.map(([status, count]) => `${status}×${count}`).join(', ');
}

function routesTable(result: DatabaseResult): string {
  return table(
    ['route', 'weight', 'responses', 'share %', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'non-2xx'],
    result.routes.map((r) => [
      r.route,
      String(r.weight),
      String(r.responses),
      r.sharePct.toFixed(1),
      ms(r.p50Ms),
      ms(r.p90Ms),
      ms(r.p99Ms),
      ms(r.maxMs),
      nonSuccess(r.statuses),
    ]),
    (i) => i > 0 && i < 8,
  );
}

function summaryTable(results: DatabaseResult[]): string {
  const before = results.find((r) => r.checkout !== null);
  const ratioToBefore = (r: DatabaseResult) =>
    before && before.summary.requestsPerSecond > 0
      ? `${(r.summary.requestsPerSecond / before.summary.requestsPerSecond).toFixed(2)}×`
      : 'n/a';
  return table(
    [
      'database',
      'req/s',
      ...(before ? ['× before'] : []),
      'responses',
      'p50 ms',
      'p99 ms',
      'max ms',
      'errors (timeouts)',
      'non-2xx by status',
      '409 / writes',
      'RSS MiB before → max → after',
    ],
    results.map((r) => {
      const s = r.summary;
      return [
        r.label,
        s.requestsPerSecond.toFixed(1),
        ...(before ? [ratioToBefore(r)] : []),
        String(s.responses),
        ms(s.latencyMs.p50),
        ms(s.latencyMs.p99),
        ms(s.latencyMs.max),
        `${s.errors} (${s.timeouts})`,
        nonSuccess(s.statuses),
        `${s.conflicts} / ${s.writes}`,
        `${mib(r.memory.beforeLoad)} → ${r.memory.maxDuringLoadMiB?.toFixed(0) ?? 'n/a'} → ${mib(r.memory.afterLoad)}`,
      ];
    }),
    (i) => i > 0 && i < (before ? 8 : 7),
  );
}

/** Issue 16, target 2: against the product before the change, in the same run. */
const TARGET_RATIO = 3;
const TARGET_P99_MS = 400;

interface BeforeComparison {
  before: { label: string; commit: string; dir: string; requestsPerSecond: number; p99Ms: number };
  /** Every other target of the run against the before-checkout. */
  targets: {
    label: string;
    requestsPerSecond: number;
    throughputRatio: number;
    p99Ms: number;
    errors: number;
    /** Responses other than 2xx, 409 write conflicts apart. */
    non2xxBesidesConflicts: number;
  }[];
  /** Whether PGlite in its worker reaches the target: ≥ 3× the throughput, p99 ≤ 400 ms, no errors. */
  workerMeetsTarget: boolean | null;
}

/** Each target's mixed-load throughput as a multiple of the before-checkout's, with both p99s. */
function compareToBefore(results: DatabaseResult[]): BeforeComparison | null {
  const before = results.find((r) => r.checkout !== null);
  if (!before || before.summary.requestsPerSecond === 0) return null;
  const targets = results
    .filter((r) => r !== before)
    .map((r) => ({
      label: r.label,
      requestsPerSecond: r.summary.requestsPerSecond,
      throughputRatio:
        Math.round((100 * r.summary.requestsPerSecond) / before.summary.requestsPerSecond) / 100,
      p99Ms: r.summary.latencyMs.p99,
      errors: r.summary.errors,
      non2xxBesidesConflicts: r.summary.non2xx - r.summary.conflicts,
    }));
  const worker = targets.find((t) => t.label === LABELS.worker);
  return {
    before: {
      label: before.label,
      commit: before.checkout!.commit,
      dir: before.checkout!.dir,
      requestsPerSecond: before.summary.requestsPerSecond,
      p99Ms: before.summary.latencyMs.p99,
    },
    targets,
    workerMeetsTarget: worker
      ? worker.throughputRatio >= TARGET_RATIO &&
        worker.p99Ms <= TARGET_P99_MS &&
        worker.errors === 0 &&
        worker.non2xxBesidesConflicts === 0
      : null,
  };
}

function beforeLines(comparison: BeforeComparison): string {
  const b = comparison.before;
  const lines = comparison.targets.map(
    (t) =>
      `${t.label}: ${t.throughputRatio.toFixed(2)}× the throughput of ${b.label} (${t.requestsPerSecond} against ${b.requestsPerSecond} req/s); ` +
      `p99 ${ms(t.p99Ms)} ms against ${ms(b.p99Ms)} ms; errors ${t.errors}.`,
  );
  if (comparison.workerMeetsTarget !== null)
    lines.push(
      `Target (≥ ${TARGET_RATIO}× the before-checkout's throughput, p99 ≤ ${TARGET_P99_MS} ms, errors 0) for ${LABELS.worker}: ${comparison.workerMeetsTarget ? 'met' : 'NOT met'}.`,
    );
  return lines.join('\n');
}

/** The worker's mixed-load throughput against the in-thread baseline of the same run. */
function throughputRatio(results: DatabaseResult[]): string | null {
  const worker = results.find((r) => r.label === LABELS.worker);
  const thread = results.find((r) => r.label === LABELS.thread);
  if (!worker || !thread || thread.summary.requestsPerSecond === 0) return null;
  const ratio = worker.summary.requestsPerSecond / thread.summary.requestsPerSecond;
  return `PGlite in its worker thread: ${ratio.toFixed(2)}× the throughput of PGlite in the HTTP thread (${worker.summary.requestsPerSecond} against ${thread.summary.requestsPerSecond} req/s).`;
}

function errorSamples(result: DatabaseResult): string[] {
  const lines: string[] = [];
  for (const r of result.routes)
    for (const [status, bodies] of Object.entries(r.errorSamples))
      lines.push(`  ${r.route} → ${status}: ${bodies[0]!.replace(/\s+/g, ' ')}`);
  return lines;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  installSignalHandlers(() => stopLoad?.());
  const started = new Date();
  const cpus = os.cpus();
  // Taken now: read when the JSON is written, it would be the load average at the end.
  const loadAverageAtStart = os.loadavg();
  log(
    `KCN Hub load benchmark — ${options.connections} clients × ${options.durationS} s of mixed traffic on ${targetsOf(
      options,
    )
      .map((t) => t.label)
      .join(', ')}; ` +
      `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadAverageAtStart
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  log(`Mix (per 100 requests): ${ROUTES.map((r) => `${r.name} ${r.weight}`).join(' · ')}`);

  const results: DatabaseResult[] = [];
  const heavyResults: HeavyResult[] = [];
  const failures: { label: string; error: string }[] = [];
  const targets = targetsOf(options);
  /** National data sets by generator: '' this checkout's, else the before-checkout's directory. */
  const templates = new Map<string, string>();
  for (const target of targets) {
    const { label } = target;
    if (options.durationS > 0)
      try {
        assertNotInterrupted();
        const result = await benchDatabase(target, options, log);
        results.push(result);
        const s = result.summary;
        log(
          `[${label}] ${s.requestsPerSecond} req/s, p50 ${ms(s.latencyMs.p50)} ms, p99 ${ms(s.latencyMs.p99)} ms, max ${ms(s.latencyMs.max)} ms; ` +
            `errors ${s.errors} (timeouts ${s.timeouts}); non-2xx ${nonSuccess(s.statuses)}; 409 ${s.conflicts} of ${s.writes} writes`,
        );
        log(`\n${routesTable(result)}\n`);
        const samples = errorSamples(result);
        if (samples.length > 0)
          log(`[${label}] first error body per route and status:\n${samples.join('\n')}\n`);
      } catch (error) {
        if (error instanceof Interrupted) break;
        const message = (error as Error).message ?? String(error);
        console.error(`[${label}] FAILED: ${message}`);
        failures.push({ label, error: message });
      } finally {
        stopLoad = null;
        await runCleanups();
      }
    if (target.kind !== 'pglite' || options.heavyS === 0) continue;
    try {
      assertNotInterrupted();
      const generator = target.before?.dir ?? '';
      let template = templates.get(generator);
      if (!template) {
        template = await nationalTemplate(options.nationalScale, log, target.before);
        templates.set(generator, template);
      }
      const heavy = await benchHeavy(target, template, options, log);
      heavyResults.push(heavy);
      for (const [work, result] of [
        ['national reports', heavy.probe],
        ['imports', heavy.importProbe],
      ] as const)
        for (const p of result.probes)
          log(
            `[${label}] ${p.path}: alone p99 ${ms(p.idle.p99Ms)} ms; beside ${work} p50 ${ms(p.duringHeavy.p50Ms)} ms, p99 ${ms(p.duringHeavy.p99Ms)} ms, max ${ms(p.duringHeavy.maxMs)} ms`,
          );
    } catch (error) {
      if (error instanceof Interrupted) break;
      const message = (error as Error).message ?? String(error);
      console.error(`[${label}] heavy phase FAILED: ${message}`);
      failures.push({ label: `${label}, heavy phase`, error: message });
    } finally {
      await runCleanups();
    }
  }

  for (const template of templates.values()) rmSync(template, { recursive: true, force: true });
  const summary = results.length > 0 ? summaryTable(results) : '';
  if (summary) log(`${summary}\n`);
  const ratio = throughputRatio(results);
  if (ratio) log(`${ratio}\n`);
  const comparison = compareToBefore(results);
  if (comparison) log(`${beforeLines(comparison)}\n`);
  if (options.before && options.heavyS > 0 && options.databases.includes('pglite'))
    log(
      `The heavy phase of ${beforeLabel(options.before)} ran on a national data set generated by its own bench/generate.ts.\n`,
    );
  const heavySummary = heavyResults.length > 0 ? heavyTable(heavyResults) : '';
  if (heavySummary) log(`Light requests while national reports or imports run:\n${heavySummary}\n`);
  for (const f of failures)
    log(`${f.label}: not measured (${f.error.split('\n')[0]!.replace(/;? its output:$/, '')})`);

  const resultsDir = path.join(ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const file = path.join(resultsDir, `load-${stamp}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: {
          cpus: cpus.length,
          cpuModel: cpus[0]?.model ?? null,
          memoryGiB: Math.round(os.totalmem() / 2 ** 30),
          platform: `${os.platform()} ${os.release()}`,
          node: process.version,
          loadAverageAtStart,
        },
        options: {
          ...options,
          requestTimeoutS: REQUEST_TIMEOUT_S,
          seed: SEED,
          staffAccounts: STAFF_ACCOUNTS,
        },
        mix: ROUTES.map((r) => ({ route: r.name, weight: r.weight })),
        results,
        comparisonToBefore: comparison,
        heavy: heavyResults,
        failures,
        table: summary,
        heavyTable: heavySummary,
      },
      null,
      2,
    ),
  );
  log(`Results written to ${path.relative(ROOT, file)}`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
