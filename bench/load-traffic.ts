/**
 * The mixed traffic of the load benchmark (bench/load.ts): a board's staff day as a weighted mix of
 * the web app's API calls, played by autocannon clients, with latencies and statuses per route.
 */
import { createRequire } from 'node:module';

// --- autocannon (no type package; the part of its API used here) -----------------------------

type Context = Record<string, unknown>;

interface AcRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AcRequest, context: Context) => AcRequest | null;
  onResponse?: (status: number, body: string, context: Context) => void;
}

interface AcClient {
  setRequests(requests: AcRequest[]): void;
  on(event: 'response', listener: (status: number, bytes: number, responseTimeMs: number) => void): this;
}

interface AcHistogram {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  total: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
}

interface AcResult {
  duration: number;
  requests: AcHistogram & { sent: number };
  latency: AcHistogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}

interface AcInstance extends PromiseLike<AcResult> {
  stop(): void;
  on(event: 'tick', listener: (tick: { counter: number; bytes: number }) => void): this;
}

interface AcOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  title?: string;
  setupClient: (client: AcClient) => void;
}

const autocannon = createRequire(import.meta.url)('autocannon') as (options: AcOptions) => AcInstance;

// --- the data the traffic refers to ----------------------------------------------------------

export const BOARD = 'TB';
const API = '/api/v1';

export interface WritableProject {
  id: string;
  name: string;
  version: number;
}

export interface Fixtures {
  projectIds: string[];
  zoneIds: string[];
  /** One project per client for the writes (distinct while clients ≤ projects). */
  writable: WritableProject[];
}

// --- deterministic choices -------------------------------------------------------------------

type Rng = () => number;

/** mulberry32: a small seeded PRNG, so a run's request sequences are the same for a given seed. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const chance = (rng: Rng, p: number) => rng() < p;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** What staff type in the search boxes: with and without accents, names, countries, codes. */
const PROJECT_TERMS = [
  'nhà máy',
  'nha may',
  'may mặc',
  'may mac',
  'giày',
  'dien tu',
  'điện tử',
  'dệt may',
  'han quoc',
  'cơ khí',
  'viet nam',
  'gỗ',
  'thep',
  'công ty',
  '3212',
];
const ZONE_TERMS = ['kcn', 'tiền hải', 'phuc khanh', 'cầu nghìn', 'thai thuy'];
const ENTERPRISE_TERMS = ['công ty', 'cong ty tnhh', 'an phát', 'viet nam', 'co phan'];
/** The web app's page size. */
const PAGE_SIZE = 20;

// --- the mix ---------------------------------------------------------------------------------

interface Route {
  name: string;
  /** Requests out of 100. */
  weight: number;
  /** A read's path (under /api/v1), chosen afresh for each entry of a client's sequence. */
  path?: (rng: Rng, fixtures: Fixtures) => string;
  /** The write: PATCH of the client's own project's name, with its version. */
  write?: true;
}

/** A board's staff day: browsing projects and registers, reading reports, a few edits. Σ weight = 100. */
export const ROUTES: readonly Route[] = [
  { name: 'GET health', weight: 4, path: () => '/health' },
  { name: 'GET auth/me', weight: 10, path: () => '/auth/me' },
  {
    name: 'GET projects (search, filters)',
    weight: 23,
    path: (rng, f) => {
      const kind = rng();
      const years = () => {
        const year = int(rng, 2005, 2019);
        return { licensedFrom: `${year}-01-01`, licensedTo: `${year + int(rng, 0, 4)}-12-31` };
      };
      if (kind < 0.4)
        return `/projects${query({ q: pick(rng, PROJECT_TERMS), page: chance(rng, 0.8) ? 1 : 2, pageSize: PAGE_SIZE })}`;
      if (kind < 0.6)
        return `/projects${query({ page: int(rng, 1, 15), pageSize: PAGE_SIZE, sort: pick(rng, ['code', 'name', '-licensedOn']) })}`;
      if (kind < 0.8)
        return `/projects${query({
          investmentType: pick(rng, ['FDI', 'DDI']),
          status: chance(rng, 0.7) ? 'active' : 'terminated',
          ...(chance(rng, 0.5) ? years() : {}),
          page: int(rng, 1, 3),
          pageSize: PAGE_SIZE,
        })}`;
      return `/projects${query({
        zoneId: pick(rng, f.zoneIds),
        q: chance(rng, 0.3) ? pick(rng, PROJECT_TERMS) : undefined,
        inForceAt: chance(rng, 0.3) ? '2019-11-30' : undefined,
        page: 1,
        pageSize: PAGE_SIZE,
      })}`;
    },
  },
  { name: 'GET projects/:id', weight: 18, path: (rng, f) => `/projects/${pick(rng, f.projectIds)}` },
  {
    name: 'GET zones',
    weight: 7,
    path: (rng) => {
      const kind = rng();
      if (kind < 0.6) return `/zones${query({ pageSize: 100 })}`;
      if (kind < 0.8) return `/zones${query({ q: pick(rng, ZONE_TERMS), pageSize: PAGE_SIZE })}`;
      return `/zones${query({ status: 'operating', asOf: '2019-11-30', pageSize: PAGE_SIZE })}`;
    },
  },
  {
    name: 'GET licensing-events',
    weight: 8,
    path: (rng) =>
      chance(rng, 0.5)
        ? `/licensing-events${query({ page: int(rng, 1, 40), pageSize: PAGE_SIZE })}`
        : `/licensing-events${query({
            from: '2019-01-01',
            to: '2019-11-30',
            kind: pick(rng, ['new', 'adjustment', undefined]),
            investmentType: pick(rng, ['FDI', 'DDI', undefined]),
            page: 1,
            pageSize: PAGE_SIZE,
          })}`,
  },
  {
    name: 'GET enterprises',
    weight: 8,
    path: (rng, f) => {
      const kind = rng();
      if (kind < 0.5) return `/enterprises${query({ page: int(rng, 1, 15), pageSize: PAGE_SIZE })}`;
      if (kind < 0.75)
        return `/enterprises${query({ q: pick(rng, ENTERPRISE_TERMS), page: 1, pageSize: PAGE_SIZE })}`;
      return `/enterprises${query({
        zoneId: pick(rng, f.zoneIds),
        investmentType: pick(rng, ['FDI', 'DDI', undefined]),
        period: '2019',
        page: 1,
        pageSize: PAGE_SIZE,
      })}`;
    },
  },
  {
    name: 'GET reports/investment',
    weight: 6,
    path: () => `/reports/investment${query({ board: BOARD, from: '2019-01-01', to: '2019-11-30' })}`,
  },
  {
    name: 'GET reports/investment/monthly',
    weight: 3,
    path: () => `/reports/investment/monthly${query({ board: BOARD, from: '2019-01-01', to: '2019-11-30' })}`,
  },
  {
    name: 'GET reports/zones',
    weight: 4,
    path: () => `/reports/zones${query({ board: BOARD, asOf: '2019-11-30' })}`,
  },
  {
    name: 'GET reports/production',
    weight: 4,
    path: () => `/reports/production${query({ board: BOARD, period: '2019' })}`,
  },
  { name: 'PATCH projects/:id (name)', weight: 5, write: true },
];

/** Shown for the GET a client sends instead of its write when it lost its project's version. */
const REREAD = 'GET projects/:id (version before a write)';

/**
 * Entries per weight unit in a client's sequence: a client loops over its 100 × REPEAT requests,
 * so every full loop plays the mix exactly.
 */
const REPEAT = 1;

/** The name a write gives: the original, or the original with a suffix; a client toggles between them. */
const editedName = (name: string) => `${name} (đã sửa)`;

// --- statistics ------------------------------------------------------------------------------

export interface RouteSummary {
  route: string;
  weight: number;
  responses: number;
  sharePct: number;
  perSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  statuses: Record<string, number>;
  non2xx: number;
  /** Up to three bodies per status ≥ 400, cut to 300 characters. */
  errorSamples: Record<string, string[]>;
}

class RouteStats {
  latencies: number[] = [];
  statuses: Record<string, number> = {};
  errorSamples: Record<string, string[]> = {};
  add(status: number, ms: number) {
    this.latencies.push(ms);
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
  }
  sample(status: number, body: string) {
    const samples = (this.errorSamples[status] ??= []);
    if (samples.length < 3) samples.push(body.slice(0, 300));
  }
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

// --- running it ------------------------------------------------------------------------------

export interface TrafficOptions {
  url: string;
  /** Cookie headers (kcn_session=…) of the staff sessions; client i uses session i mod n. */
  sessions: string[];
  fixtures: Fixtures;
  connections: number;
  durationS: number;
  seed: number;
  /** Per-request timeout, seconds (autocannon counts a timeout as an error and reconnects). */
  timeoutS: number;
  title: string;
  /** Called every second with the responses of that second. */
  onTick?: (responses: number) => void;
  /** Receives the function that stops the run early (Ctrl-C). */
  onStart?: (stop: () => void) => void;
}

export interface LoadSummary {
  durationS: number;
  responses: number;
  requestsPerSecond: number;
  latencyMs: { average: number; p50: number; p90: number; p99: number; max: number };
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  /** Writes refused as stale (409), and all writes answered. */
  conflicts: number;
  writes: number;
}

export interface TrafficResult {
  summary: LoadSummary;
  routes: RouteSummary[];
}

/**
 * Plays the mix with `connections` concurrent clients for `durationS` seconds. Each client loops
 * over its own shuffled sequence of the weighted routes (fixed by `seed` and its index), as one
 * of the staff sessions, and edits only its own project, so writes conflict only when there are
 * more clients than projects (a 409 gives the current version, which the next write uses).
 */
export async function runTraffic(options: TrafficOptions): Promise<TrafficResult> {
  const stats = new Map<string, RouteStats>();
  const statsOf = (route: string) => {
    let s = stats.get(route);
    if (!s) stats.set(route, (s = new RouteStats()));
    return s;
  };
  let clientCount = 0;

  const setupClient = (client: AcClient) => {
    const index = clientCount++;
    const rng = mulberry32(options.seed * 7919 + index);
    const cookie = options.sessions[index % options.sessions.length]!;
    const own = options.fixtures.writable[index % options.fixtures.writable.length]!;
    const write = { id: own.id, name: own.name, version: own.version as number | null, edited: false };
    /** The route of the response being recorded: set in onResponse, read by the 'response' listener. */
    let current = '';

    const read = (route: string, path: string): AcRequest => ({
      method: 'GET',
      path: `${API}${path}`,
      headers: { cookie },
      onResponse: (status, body) => {
        current = route;
        if (status >= 400) statsOf(route).sample(status, body);
      },
    });
    const writeRequest = (route: string): AcRequest => {
      let sent: 'patch' | 'read' = 'patch';
      return {
        setupRequest: (request): AcRequest => {
          const path = `${API}/projects/${write.id}`;
          if (write.version === null) {
            sent = 'read';
            return { ...request, method: 'GET', path, headers: { cookie }, body: undefined };
          }
          sent = 'patch';
          return {
            ...request,
            method: 'PATCH',
            path,
            headers: { cookie, 'content-type': 'application/json' },
            body: JSON.stringify({
              version: write.version,
              name: write.edited ? write.name : editedName(write.name),
            }),
          };
        },
        onResponse: (status, body) => {
          current = sent === 'patch' ? route : REREAD;
          if (status >= 400) statsOf(current).sample(status, body);
          let parsed: { version?: unknown; error?: { currentVersion?: unknown } } = {};
          try {
            parsed = JSON.parse(body) as typeof parsed;
          } catch {
            // not JSON: the version is read again before the next write
          }
          if (status === 200) {
            if (sent === 'patch') write.edited = !write.edited;
            write.version = typeof parsed.version === 'number' ? parsed.version : null;
          } else if (status === 409) {
            const v = parsed.error?.currentVersion;
            write.version = typeof v === 'number' ? v : null;
          } else {
            write.version = null;
          }
        },
      };
    };

    const picks: Route[] = [];
    for (const route of ROUTES) for (let i = 0; i < route.weight * REPEAT; i++) picks.push(route);
    for (let i = picks.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [picks[i], picks[j]] = [picks[j]!, picks[i]!];
    }
    client.setRequests(
      picks.map((route) =>
        route.write ? writeRequest(route.name) : read(route.name, route.path!(rng, options.fixtures)),
      ),
    );
    client.on('response', (status, _bytes, ms) => statsOf(current).add(status, ms));
  };

  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    timeout: options.timeoutS,
    title: options.title,
    setupClient,
  });
  options.onStart?.(() => instance.stop());
  if (options.onTick) {
    const onTick = options.onTick;
    instance.on('tick', (tick) => onTick(tick.counter));
  }
  // Bounded: autocannon ends by itself after the duration; if it does not, stop it.
  let watchdog: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    Promise.resolve(instance),
    new Promise<never>((_resolve, reject) => {
      watchdog = setTimeout(
        () => {
          instance.stop();
          setTimeout(() => reject(new Error('autocannon did not finish in time')), 15_000).unref();
        },
        (options.durationS + options.timeoutS + 30) * 1000,
      );
      watchdog.unref();
    }),
  ]).finally(() => clearTimeout(watchdog));

  const totalResponses = [...stats.values()].reduce((n, s) => n + s.latencies.length, 0);
  const routeNames = [...ROUTES.map((r) => r.name), REREAD].filter((name) => stats.has(name));
  const routes: RouteSummary[] = routeNames.map((name) => {
    const s = stats.get(name)!;
    const sorted = [...s.latencies].sort((a, b) => a - b);
    const non2xx = Object.entries(s.statuses)
      .filter(([status]) => !status.startsWith('2'))
      .reduce((n, [, count]) => n + count, 0);
    return {
      route: name,
      weight: ROUTES.find((r) => r.name === name)?.weight ?? 0,
      responses: sorted.length,
      sharePct: round1((100 * sorted.length) / Math.max(1, totalResponses)),
      perSecond: round1(sorted.length / Math.max(0.001, result.duration)),
      p50Ms: round1(percentile(sorted, 0.5)),
      p90Ms: round1(percentile(sorted, 0.9)),
      p99Ms: round1(percentile(sorted, 0.99)),
      maxMs: round1(sorted[sorted.length - 1] ?? 0),
      statuses: s.statuses,
      non2xx,
      errorSamples: s.errorSamples,
    };
  });
  const writeRoute = ROUTES.find((r) => r.write)!.name;
  const writeStats = stats.get(writeRoute);
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
  );
  return {
    summary: {
      durationS: result.duration,
      responses: result.requests.total,
      requestsPerSecond: round1(result.requests.average),
      latencyMs: {
        average: round1(result.latency.average),
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statuses,
      conflicts: writeStats?.statuses['409'] ?? 0,
      writes: writeStats?.latencies.length ?? 0,
    },
    routes,
  };
}

/** A route of the mix that did not answer 2xx when called once before the load. */
export interface SmokeFailure {
  route: string;
  status: number;
  body: string;
}

/**
 * Every route once, in order, before the load; returns the routes that did not answer 2xx (a
 * changed API, a missing permission, a route an older version of the product lacks). The caller
 * decides: the current product's server fails the benchmark here rather than filling the results
 * with errors; an older checkout's is measured anyway, its missing routes counted as non-2xx.
 * The write leaves the first writable project's name as it was and records its new version.
 */
export async function smokeCheck(url: string, cookie: string, fixtures: Fixtures): Promise<SmokeFailure[]> {
  const rng = mulberry32(1);
  const failures: SmokeFailure[] = [];
  for (const route of ROUTES) {
    let response: Response;
    if (route.write) {
      const own = fixtures.writable[0]!;
      response = await fetch(`${url}${API}/projects/${own.id}`, {
        method: 'PATCH',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ version: own.version, name: own.name }),
        signal: AbortSignal.timeout(30_000),
      });
      if (response.ok) own.version = ((await response.clone().json()) as { version: number }).version;
    } else {
      response = await fetch(`${url}${API}${route.path!(rng, fixtures)}`, {
        headers: { cookie },
        signal: AbortSignal.timeout(30_000),
      });
    }
    const body = await response.text();
    if (!response.ok) failures.push({ route: route.name, status: response.status, body: body.slice(0, 300) });
  }
  return failures;
}

// --- responsiveness during heavy work --------------------------------------------------------

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers other than 2xx, and requests that failed or timed out. */
  failures: number;
}

function summarise(latencies: number[], failures: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: round1(percentile(sorted, 0.5)),
    p99Ms: round1(percentile(sorted, 0.99)),
    maxMs: round1(sorted[sorted.length - 1] ?? 0),
    failures,
  };
}

/** A light request and the status it answers with (an unknown address: 404, no database). */
export interface Probe {
  path: string;
  status: number;
}

/** A heavy request: a GET of `path`, or a POST of `body` (JSON) to it. */
export interface HeavyRequest {
  path: string;
  body?: Uint8Array;
}

export interface ProbeOptions {
  url: string;
  /** Cookie of a session that may read every board (the first administrator's). */
  cookie: string;
  /** The heavy requests, sent one after another in a loop. */
  heavy: HeavyRequest[];
  /** API paths probed, each by its own sequential client, one request every `probeEveryMs`. */
  probePaths: Probe[];
  /** Probing alone first (the idle figures), then during the heavy loop. */
  idleS: number;
  heavyS: number;
  probeEveryMs: number;
  timeoutS: number;
}

export interface ProbeResult {
  heavy: LatencySummary & { perPath: Record<string, LatencySummary> };
  probes: { path: string; idle: LatencySummary; duringHeavy: LatencySummary }[];
}

async function timedRequest(
  url: string,
  cookie: string,
  timeoutS: number,
  expected = 200,
  body?: Uint8Array,
): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      ...(body ? { method: 'POST', body, headers: { cookie, 'content-type': 'application/json' } } : {}),
      ...(body ? {} : { headers: { cookie } }),
      signal: AbortSignal.timeout(timeoutS * 1000),
    });
    await response.arrayBuffer();
    return { ok: response.status === expected, ms: performance.now() - started };
  } catch {
    return { ok: false, ms: performance.now() - started };
  }
}

/** One client sending `path` every `everyMs` until `until()`; the latencies of its answers. */
async function probeLoop(
  options: ProbeOptions,
  probe: Probe,
  until: () => boolean,
): Promise<{ latencies: number[]; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  while (!until()) {
    const { ok, ms } = await timedRequest(
      `${options.url}${API}${probe.path}`,
      options.cookie,
      options.timeoutS,
      probe.status,
    );
    latencies.push(ms);
    if (!ok) failures++;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, options.probeEveryMs - ms)));
  }
  return { latencies, failures };
}

/**
 * How the server answers light requests (the health check, a short list) while it computes
 * national reports: the probes run alone for `idleS`, then beside a client that sends the heavy
 * requests back to back for `heavyS`. On one thread, a probe waits for whatever the server is
 * computing; with the database in its own thread it should not.
 */
export async function probeDuringHeavyWork(options: ProbeOptions): Promise<ProbeResult> {
  const idleEnd = performance.now() + options.idleS * 1000;
  const idle = await Promise.all(
    options.probePaths.map((path) => probeLoop(options, path, () => performance.now() >= idleEnd)),
  );
  let heavyDone = false;
  const perPath = new Map<string, { latencies: number[]; failures: number }>();
  const heavyEnd = performance.now() + options.heavyS * 1000;
  const heavy = (async () => {
    for (let i = 0; performance.now() < heavyEnd; i++) {
      const { path, body } = options.heavy[i % options.heavy.length]!;
      const { ok, ms } = await timedRequest(
        `${options.url}${API}${path}`,
        options.cookie,
        options.timeoutS * 6,
        200,
        body,
      );
      const entry = perPath.get(path) ?? { latencies: [], failures: 0 };
      entry.latencies.push(ms);
      if (!ok) entry.failures++;
      perPath.set(path, entry);
    }
    heavyDone = true;
  })();
  const during = await Promise.all(
    options.probePaths.map((path) => probeLoop(options, path, () => heavyDone)),
  );
  await heavy;
  const all = [...perPath.values()];
  return {
    heavy: {
      ...summarise(
        all.flatMap((e) => e.latencies),
        all.reduce((n, e) => n + e.failures, 0),
      ),
      perPath: Object.fromEntries(
        [...perPath].map(([path, e]) => [path, summarise(e.latencies, e.failures)]),
      ),
    },
    probes: options.probePaths.map(({ path }, i) => ({
      path,
      idle: summarise(idle[i]!.latencies, idle[i]!.failures),
      duringHeavy: summarise(during[i]!.latencies, during[i]!.failures),
    })),
  };
}
