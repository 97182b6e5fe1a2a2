/**
 * Load benchmark: the real server (`kcn serve`, a child process on a loopback port) under a
 * board's staff day of mixed traffic — 16 concurrent clients for 30 s by default — on the
 * embedded database (PGlite) and on PostgreSQL in turn.
 *
 *   npm run bench:load                                   # both databases, 16 clients, 30 s each
 *   npx tsx bench/load.ts --duration 5                   # a quick check
 *   npx tsx bench/load.ts --database postgres --connections 32 --duration 60
 *
 * Options: --duration SECONDS (default 30) · --connections N (default 16) ·
 * --database pglite|postgres|both (default both).
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
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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
  startServer,
  trackDir,
  type Memory,
  type RunningServer,
} from './load-server.ts';
import {
  BOARD,
  ROUTES,
  runTraffic,
  smokeCheck,
  type Fixtures,
  type LoadSummary,
  type RouteSummary,
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

interface Options {
  durationS: number;
  connections: number;
  databases: Kind[];
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
  return {
    durationS: positiveInt(parsed.duration, '--duration'),
    connections: positiveInt(parsed.connections, '--connections'),
    databases: database === 'both' ? ['pglite', 'postgres'] : [database],
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
    'usage: npx tsx bench/load.ts [--duration SECONDS] [--connections N] [--database pglite|postgres|both]',
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
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
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
}

let stopLoad: (() => void) | null = null;

async function benchDatabase(
  kind: Kind,
  options: Options,
  log: (line: string) => void,
): Promise<DatabaseResult> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'KCN_DATA_DIR', 'PORT', 'HOST', 'KCN_DEMO']) delete env[name];
  let databaseArgs: string[] = [];
  let database: string;
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-load-'));
    trackDir(dir);
    databaseArgs = ['--data-dir', dir];
    database = `PGlite in ${dir}`;
    log(`[pglite] kcn serve on a fresh data directory (it loads the demo data on its first start)…`);
  } else {
    const name = `kcn_load_${process.pid}`;
    const created = await createBenchDatabase(PG_ADMIN_URL, name);
    env.DATABASE_URL = created.url;
    database = `PostgreSQL ${created.serverVersion}, database ${name}`;
    log(`[postgres] database ${name} created; kcn demo…`);
    await runKcn(['demo'], env, DEMO_TIMEOUT_MS);
    log(`[postgres] kcn serve…`);
  }
  const server = await startServer(databaseArgs, env, START_TIMEOUT_MS);
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
  await smokeCheck(server.url, sessions[0]!, fixtures);
  const beforeLoad = readMemory(server.pid);
  const setupS = Math.round((performance.now() - started) / 100) / 10;
  log(
    `[${kind}] ready in ${setupS} s (pid ${server.pid}, ${fixtures.projectIds.length} projects, ${sessions.length} staff sessions); ` +
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
    title: `kcn-hub ${kind}`,
    onStart: (stop) => (stopLoad = stop),
    onTick: (responses) => {
      second++;
      window += responses;
      const memory = readMemory(server.pid);
      if (memory && (maxRss === null || memory.rssMiB > maxRss)) maxRss = memory.rssMiB;
      if (second % 5 === 0 || second === options.durationS) {
        log(
          `  [${kind}] ${second} s: ${window} responses in the last ${second % 5 || 5} s, RSS ${memory ? `${memory.rssMiB} MiB` : 'n/a'}`,
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
    database,
    appVersion: health.version,
    setupS,
    memory: { atStart, beforeLoad, maxDuringLoadMiB: maxRss, afterLoad },
    summary: traffic.summary,
    routes: traffic.routes,
  };
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
  return table(
    [
      'database',
      'req/s',
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
        r.kind,
        s.requestsPerSecond.toFixed(1),
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
    (i) => i > 0 && i < 7,
  );
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
  log(
    `KCN Hub load benchmark — ${options.connections} clients × ${options.durationS} s of mixed traffic on ${options.databases.join(', ')}; ` +
      `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  log(`Mix (per 100 requests): ${ROUTES.map((r) => `${r.name} ${r.weight}`).join(' · ')}`);

  const results: DatabaseResult[] = [];
  const failures: { kind: Kind; error: string }[] = [];
  for (const kind of options.databases) {
    try {
      assertNotInterrupted();
      const result = await benchDatabase(kind, options, log);
      results.push(result);
      const s = result.summary;
      log(
        `[${kind}] ${s.requestsPerSecond} req/s, p50 ${ms(s.latencyMs.p50)} ms, p99 ${ms(s.latencyMs.p99)} ms, max ${ms(s.latencyMs.max)} ms; ` +
          `errors ${s.errors} (timeouts ${s.timeouts}); non-2xx ${nonSuccess(s.statuses)}; 409 ${s.conflicts} of ${s.writes} writes`,
      );
      log(`\n${routesTable(result)}\n`);
      const samples = errorSamples(result);
      if (samples.length > 0)
        log(`[${kind}] first error body per route and status:\n${samples.join('\n')}\n`);
    } catch (error) {
      if (error instanceof Interrupted) break;
      const message = (error as Error).message ?? String(error);
      console.error(`[${kind}] FAILED: ${message}`);
      failures.push({ kind, error: message });
    } finally {
      stopLoad = null;
      await runCleanups();
    }
  }

  const summary = results.length > 0 ? summaryTable(results) : '';
  if (summary) log(`${summary}\n`);
  for (const f of failures)
    log(`${f.kind}: not measured (${f.error.split('\n')[0]!.replace(/;? its output:$/, '')})`);

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
          loadAverageAtStart: os.loadavg(),
        },
        options: {
          ...options,
          requestTimeoutS: REQUEST_TIMEOUT_S,
          seed: SEED,
          staffAccounts: STAFF_ACCOUNTS,
        },
        mix: ROUTES.map((r) => ({ route: r.name, weight: r.weight })),
        results,
        failures,
        table: summary,
      },
      null,
      2,
    ),
  );
  log(`Results written to ${path.relative(ROOT, file)}`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
