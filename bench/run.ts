/**
 * Benchmark of the investment and zones reports at national scale (issue "Core"), on the
 * embedded database (PGlite) and on PostgreSQL, each against a hand-written baseline query.
 *
 *   npm run bench                                  # both databases, national scale, 15 runs
 *   npx tsx bench/run.ts --scale 0.1               # a quick check
 *   npx tsx bench/run.ts --only postgres --runs 30 --explain
 *
 * Options: --only pglite|postgres · --runs N (measured runs, default 15) · --warmup N (default 3)
 * · --scale F (fraction of the national sizes, default 1) · --seed N · --explain (PostgreSQL:
 * EXPLAIN ANALYZE of the read model's and the baseline's SQL, written next to the results).
 * PostgreSQL: KCN_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) is the
 * server's admin connection; the benchmark creates kcn_bench_<pid> there and drops it at the end.
 *
 * Exit status: 1 when a baseline's figures differ from the read model's (the figures are
 * compared before any timing), 2 on bad arguments; missed speed targets are reported, not fatal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { systemActor, type Actor } from '../src/server/kernel/actor.ts';
import { queryRows, type Database, type Db } from '../src/server/kernel/db/database.ts';
import { investmentReport } from '../src/server/modules/reports/investment-report.service.ts';
import { zonesReport } from '../src/server/modules/reports/zones-report.service.ts';
// For the breakdown only (which of the read model's statements dominates); never for a baseline.
import { investmentFigures } from '../src/server/modules/reports/investment-report.repository.ts';
import { zoneStatusGroups } from '../src/server/modules/reports/zones-report.repository.ts';
import {
  baselineInvestment,
  baselineZones,
  investmentBaselineSql,
  zonesBaselineSql,
  type Figures,
} from './baseline-queries.ts';
import { BENCH_BOARD_CODE, DEFAULT_SEED, generateNationalData, type GenerateResult } from './generate.ts';
import {
  compareFigures,
  flatten,
  recordingDb,
  roundTrips,
  stats,
  time,
  withBenchPglite,
  withBenchPostgres,
  type Difference,
  type RoundTrip,
  type Timing,
} from './harness.ts';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The report parameters of the issue. */
const PERIOD = { from: '2019-01-01', to: '2019-11-30' } as const;
const AS_OF = '2019-11-30';
/** Targets of the issue. */
const TARGET_RATIO = 1.5;
const TARGET_INVESTMENT_PG_MS = 250;
/** Issue 16: the all-boards reports from summary tables, fresh after every write. */
const TARGET_ALL_BOARDS_MS: Record<Kind, number> = { postgres: 50, pglite: 150 };

type Kind = 'pglite' | 'postgres';

interface Options {
  only: Kind | null;
  runs: number;
  warmup: number;
  scale: number;
  seed: number;
  explain: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { only: null, runs: 15, warmup: 3, scale: 1, seed: DEFAULT_SEED, explain: false };
  const value = (i: number, name: string) => {
    const v = argv[i + 1];
    if (v === undefined) usage(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const take = () => inline ?? value(i++, name);
    switch (name) {
      case '--only': {
        const v = take();
        if (v !== 'pglite' && v !== 'postgres') usage(`--only takes pglite or postgres, not ${v}`);
        options.only = v;
        break;
      }
      case '--runs':
        options.runs = positiveInt(take(), name);
        break;
      case '--warmup':
        options.warmup = positiveInt(take(), name, true);
        break;
      case '--scale': {
        const v = Number(take());
        if (!(v > 0 && v <= 10)) usage('--scale takes a number in (0, 10]');
        options.scale = v;
        break;
      }
      case '--seed':
        options.seed = positiveInt(take(), name, true);
        break;
      case '--explain':
        options.explain = true;
        break;
      case '--help':
      case '-h':
        usage();
        break;
      default:
        usage(`unknown argument ${arg}`);
    }
  }
  return options;
}

function positiveInt(v: string, name: string, zeroOk = false): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1))
    usage(`${name} takes a ${zeroOk ? 'non-negative' : 'positive'} integer`);
  return n;
}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    'usage: npx tsx bench/run.ts [--only pglite|postgres] [--runs N] [--warmup N] [--scale F] [--seed N] [--explain]',
  );
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------

interface Case {
  report: 'investment' | 'zones';
  scope: string;
  readModel: () => Promise<Figures>;
  baseline: () => Promise<Figures>;
  /** The baseline's SQL, for EXPLAIN. */
  baselineSql: SQL;
  /** The read model's repository statement(s) run alone, without assembling the JSON. */
  parts: { name: string; run: () => Promise<unknown> }[];
}

interface ResultRow {
  database: Kind;
  report: Case['report'];
  scope: string;
  readModel: Timing;
  baseline: Timing;
  ratio: number;
  ratioTargetMet: boolean;
  /** Investment on PostgreSQL only: median ≤ 250 ms. */
  absoluteTargetMet: boolean | null;
  /** Medians of the read model's steps, run separately. */
  breakdown: { step: string; medianMs: number; p90Ms: number }[];
}

interface Mismatch {
  database: Kind;
  report: string;
  scope: string;
  differences: Difference[];
}

/** Leaf values of a report, by JSON path (its identity keys left out). */
const IDENTITY_KEYS = new Set(['report', 'from', 'to', 'asOf', 'cumulative.asOf', 'boundariesAsOf']);
/**
 * zones-v1's land figures (a zone's own area net of its parts, service land, the Decree 35
 * occupancy) came after the baseline was written; the baseline does not compute them.
 */
const NOT_IN_BASELINE =
  /^(total\.ownAreaHa|byStatus\.\w+\.(serviceLandHa|leasedServiceLandHa|occupancyDecree35Pct))$/;
const isIdentity = (figure: string) => IDENTITY_KEYS.has(figure) || NOT_IN_BASELINE.test(figure);

// ---------------------------------------------------------------------------------------------

interface DatabaseRun {
  kind: Kind;
  serverVersion: string;
  generation: GenerateResult;
  rows: ResultRow[];
  mismatches: Mismatch[];
  explain: string | null;
  planner: PlannerNote[];
  /** A new certificate, then the all-boards investment report at once (null when figures differed). */
  freshness: RoundTrip | null;
}

/**
 * Freshness: a project licensed on the period's last day (a new certificate), committed, then the
 * all-boards investment report at once — it must count it — against the same write followed by
 * the full computation.
 */
async function newCertificateRoundTrips(
  db: Db,
  actor: Actor,
  board: { id: string },
  allIds: string[],
  runs: number,
): Promise<RoundTrip> {
  const [zone] = await queryRows<{ id: string }>(
    db,
    sql`select id from zones where board_id = ${board.id} limit 1`,
  );
  const newCount = async () =>
    Number(
      flatten(await investmentReport(db, actor, { boards: undefined, ...PERIOD }))['licensing.new.count'],
    );
  const before = await newCount();
  return roundTrips({
    runs,
    write: (i) =>
      db.transaction(async (tx) => {
        const code = `FRESH-${process.pid}-${i}`;
        const [project] = await queryRows<{ id: string }>(
          tx,
          sql`insert into projects (board_id, zone_id, code, name, investment_type, status, licensed_on, search_text)
              values (${board.id}, ${zone!.id}, ${code}, ${`Dự án ${code}`}, 'DDI', 'active', ${PERIOD.to}, ${code.toLowerCase()})
              returning id`,
        );
        await tx.execute(
          sql`insert into licensing_events (board_id, project_id, kind, event_date, seq, document_no, capital_vnd)
              values (${board.id}, ${project!.id}, 'new', ${PERIOD.to}, 1, ${`GCN-${code}`}, 100000000000)`,
        );
      }),
    readModel: async () => flatten(await investmentReport(db, actor, { boards: undefined, ...PERIOD })),
    baseline: () => baselineInvestment(db, { boardIds: allIds, ...PERIOD }),
    included: (figures, i) => Number(figures['licensing.new.count']) === before + i + 1,
  });
}

async function benchDatabase(
  kind: Kind,
  database: Database,
  options: Options,
  log: (line: string) => void,
): Promise<DatabaseRun> {
  const db = database.db;
  await database.migrate();
  const serverVersion = (await queryRows<{ v: string }>(db, sql`select version() as v`))[0]?.v ?? '?';
  log(`[${kind}] ${serverVersion}`);
  const generation = await generateNationalData(database, {
    scale: options.scale,
    seed: options.seed,
    log: (l) => log(`[${kind}] ${l}`),
  });

  const boards = await queryRows<{ id: string; code: string }>(
    db,
    sql`select id, code from boards order by code`,
  );
  const allIds = boards.map((b) => b.id);
  const oneBoard = boards.find((b) => b.code === BENCH_BOARD_CODE);
  if (!oneBoard) throw new Error(`no board ${BENCH_BOARD_CODE}`);
  const actor: Actor = systemActor('bench', allIds);

  const recorded = new Map<string, SQL[]>();
  const cases: Case[] = [];
  for (const [scope, codes, ids] of [
    [`one board (${BENCH_BOARD_CODE})`, [BENCH_BOARD_CODE], [oneBoard.id]],
    [`all ${boards.length} boards`, undefined, allIds],
  ] as const) {
    const investmentKey = `investment|${scope}`;
    const zonesKey = `zones|${scope}`;
    recorded.set(investmentKey, []);
    recorded.set(zonesKey, []);
    const investmentQuery = { boards: codes ? [...codes] : undefined, ...PERIOD };
    const zonesQuery = { boards: codes ? [...codes] : undefined, asOf: AS_OF };
    const investmentScope = { boardIds: [...ids], ...PERIOD };
    const zonesScope = { boardIds: [...ids], asOf: AS_OF };
    const readModelScope = { boardIds: [...ids], zoneIds: null };
    cases.push({
      report: 'investment',
      scope,
      readModel: async () => flatten(await investmentReport(db, actor, investmentQuery)),
      baseline: () => baselineInvestment(db, investmentScope),
      baselineSql: investmentBaselineSql(investmentScope),
      parts: [
        { name: 'investmentFigures', run: () => investmentFigures(db, { ...readModelScope, ...PERIOD }) },
      ],
    });
    cases.push({
      report: 'zones',
      scope,
      readModel: async () => flatten(await zonesReport(db, actor, zonesQuery)),
      baseline: () => baselineZones(db, zonesScope),
      baselineSql: zonesBaselineSql(zonesScope),
      parts: [
        { name: 'zoneStatusGroups', run: () => zoneStatusGroups(db, { ...readModelScope, asOf: AS_OF }) },
      ],
    });
    // Recorded once, for EXPLAIN: the same calls through a recording handle.
    await investmentReport(recordingDb(db, recorded.get(investmentKey)!), actor, investmentQuery);
    await zonesReport(recordingDb(db, recorded.get(zonesKey)!), actor, zonesQuery);
  }

  // Correctness first: the read model's figures must equal the baseline's.
  const mismatches: Mismatch[] = [];
  for (const c of cases) {
    const [readModel, baseline] = [await c.readModel(), await c.baseline()];
    const differences = compareFigures(readModel, baseline, isIdentity);
    const headline =
      c.report === 'investment'
        ? `turns ${readModel['licensing.turns']}, in force ${readModel['cumulative.total.projects']}, registered ${readModel['cumulative.total.registeredVnd']} VND`
        : `zones ${readModel['total.count']}, operating ${readModel['byStatus.operating.count']}, occupancy ${readModel['byStatus.operating.occupancyPct']} %`;
    log(
      `[${kind}] check ${c.report} ${c.scope}: ${differences.length === 0 ? 'figures equal' : `${differences.length} FIGURES DIFFER`} (${headline})`,
    );
    if (differences.length > 0)
      mismatches.push({ database: kind, report: c.report, scope: c.scope, differences });
  }
  if (mismatches.length > 0)
    return {
      kind,
      serverVersion,
      generation,
      rows: [],
      mismatches,
      explain: null,
      planner: [],
      freshness: null,
    };

  // Timings: warm-up, then measured runs, read model and baseline interleaved (order alternating).
  const rows: ResultRow[] = [];
  for (const c of cases) {
    for (let i = 0; i < options.warmup; i++) {
      await c.readModel();
      await c.baseline();
    }
    const readModelSamples: number[] = [];
    const baselineSamples: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      if (i % 2 === 0) {
        readModelSamples.push(await time(c.readModel));
        baselineSamples.push(await time(c.baseline));
      } else {
        baselineSamples.push(await time(c.baseline));
        readModelSamples.push(await time(c.readModel));
      }
    }
    const readModel = stats(readModelSamples);
    const baseline = stats(baselineSamples);
    const breakdown: ResultRow['breakdown'] = [];
    for (const part of c.parts) {
      await part.run();
      const samples: number[] = [];
      for (let i = 0; i < options.runs; i++) samples.push(await time(part.run));
      const { medianMs, p90Ms } = stats(samples);
      breakdown.push({ step: part.name, medianMs, p90Ms });
    }
    const ratio = Math.round((readModel.medianMs / baseline.medianMs) * 100) / 100;
    const row: ResultRow = {
      database: kind,
      report: c.report,
      scope: c.scope,
      readModel,
      baseline,
      ratio,
      ratioTargetMet: ratio <= TARGET_RATIO,
      absoluteTargetMet:
        kind === 'postgres' && c.report === 'investment'
          ? readModel.medianMs <= TARGET_INVESTMENT_PG_MS
          : null,
      breakdown,
    };
    rows.push(row);
    log(
      `[${kind}] ${c.report} ${c.scope}: read model ${readModel.medianMs} ms, baseline ${baseline.medianMs} ms, ×${ratio}` +
        ` — steps: ${breakdown.map((b) => `${b.step} ${b.medianMs} ms`).join(', ')}`,
    );
  }

  const freshness = await newCertificateRoundTrips(db, actor, oneBoard, allIds, options.runs);
  log(
    `[${kind}] a new certificate, then the all-boards investment report: ${freshness.readModel.medianMs} ms ` +
      `(write + full computation ${freshness.baseline.medianMs} ms)${freshness.fresh ? ', counted every time' : ' — NOT COUNTED'}`,
  );

  let explain: string | null = null;
  let planner: PlannerNote[] = [];
  if (kind === 'postgres') {
    planner = await plannerCosts(database, cases, recorded);
    for (const note of planner) log(`[${kind}] planner: ${describePlannerNote(note)}`);
    if (options.explain) explain = await explainAll(database, cases, recorded);
  }
  return { kind, serverVersion, generation, rows, mismatches, explain, planner, freshness };
}

interface PlannerNote {
  report: string;
  scope: string;
  statement: string;
  totalCost: number;
  /** What PostgreSQL's JIT does for a plan of this cost under the server's settings. */
  jit: 'off' | 'none' | 'compile' | 'compile+inline+optimise';
}

function describePlannerNote(note: PlannerNote): string {
  const jit = {
    off: 'JIT off',
    none: 'below jit_above_cost',
    compile: 'JIT compiles',
    'compile+inline+optimise': 'JIT compiles, inlines and optimises',
  }[note.jit];
  return `${note.report} ${note.scope} · ${note.statement}: estimated cost ${note.totalCost} (${jit})`;
}

/**
 * The planner's estimated cost of each read-model statement and of each baseline, and what
 * the server's JIT settings do with it: a cost above jit_above_cost compiles the plan, above
 * jit_inline_above_cost / jit_optimize_above_cost it also inlines and optimises (slow to do).
 * The estimates come from ANALYZE's random sample, so they vary between fresh databases.
 */
async function plannerCosts(
  database: Database,
  cases: Case[],
  recorded: Map<string, SQL[]>,
): Promise<PlannerNote[]> {
  const dialect = new PgDialect({ casing: 'snake_case' });
  const client = new pg.Client({ connectionString: database.location });
  await client.connect();
  try {
    const settings = new Map(
      (
        await client.query<{ name: string; setting: string }>(
          `select name, setting from pg_settings where name like 'jit%'`,
        )
      ).rows.map((r) => [r.name, r.setting]),
    );
    const threshold = (name: string) => Number(settings.get(name) ?? Infinity);
    const notes: PlannerNote[] = [];
    const note = async (c: Case, statement: string, query: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      const result = await client.query<{ 'QUERY PLAN': [{ Plan: { 'Total Cost': number } }] }>(
        `explain (format json) ${text}`,
        params as unknown[],
      );
      const totalCost = Math.round(result.rows[0]!['QUERY PLAN'][0].Plan['Total Cost']);
      const jit: PlannerNote['jit'] =
        settings.get('jit') !== 'on'
          ? 'off'
          : totalCost < threshold('jit_above_cost')
            ? 'none'
            : totalCost >= Math.min(threshold('jit_inline_above_cost'), threshold('jit_optimize_above_cost'))
              ? 'compile+inline+optimise'
              : 'compile';
      notes.push({ report: c.report, scope: c.scope, statement, totalCost, jit });
    };
    for (const c of cases) {
      for (const [i, query] of (recorded.get(`${c.report}|${c.scope}`) ?? []).entries())
        await note(c, `read model statement ${i + 1}`, query);
      await note(c, 'baseline', c.baselineSql);
    }
    return notes;
  } finally {
    await client.end();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of every read-model statement and of the baselines (PostgreSQL). */
async function explainAll(database: Database, cases: Case[], recorded: Map<string, SQL[]>): Promise<string> {
  const dialect = new PgDialect({ casing: 'snake_case' });
  const client = new pg.Client({ connectionString: database.location });
  await client.connect();
  const parts: string[] = [];
  try {
    const explainOne = async (title: string, query: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      const result = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${text}`,
        params as unknown[],
      );
      parts.push(
        `=== ${title}\n${text.trim()}\n-- params: ${JSON.stringify(params).slice(0, 200)}\n${result.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`,
      );
    };
    for (const c of cases) {
      for (const [i, query] of (recorded.get(`${c.report}|${c.scope}`) ?? []).entries()) {
        await explainOne(`read model · ${c.report} · ${c.scope} · statement ${i + 1}`, query);
      }
      await explainOne(`baseline · ${c.report} · ${c.scope}`, c.baselineSql);
    }
  } finally {
    await client.end();
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------

function withPostgres<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  return withBenchPostgres(`kcn_bench_${process.pid}`, fn);
}

function printTable(rows: ResultRow[], scale: number): string {
  const header = [
    'database',
    'report',
    'scope',
    'read model median (p90) ms',
    'baseline median (p90) ms',
    'ratio',
    `ratio ≤ ${TARGET_RATIO}`,
    `≤ ${TARGET_INVESTMENT_PG_MS} ms`,
  ];
  const lines = rows.map((r) => [
    r.database,
    r.report,
    r.scope,
    `${r.readModel.medianMs.toFixed(1)} (${r.readModel.p90Ms.toFixed(1)})`,
    `${r.baseline.medianMs.toFixed(1)} (${r.baseline.p90Ms.toFixed(1)})`,
    `${r.ratio.toFixed(2)}`,
    r.ratioTargetMet ? 'met' : 'MISSED',
    r.absoluteTargetMet === null ? '–' : r.absoluteTargetMet ? (scale === 1 ? 'met' : 'met*') : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}

function printBreakdown(rows: ResultRow[]): string {
  return rows
    .map(
      (r) =>
        `  ${r.database} ${r.report} ${r.scope}: ${r.breakdown.map((b) => `${b.step} ${b.medianMs.toFixed(1)}`).join(' · ')}`,
    )
    .join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  const started = new Date();
  const kinds: Kind[] = options.only ? [options.only] : ['pglite', 'postgres'];
  log(
    `KCN Hub report benchmark — scale ${options.scale}, seed ${options.seed}, ${options.warmup} warm-up + ${options.runs} measured runs; ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  );

  const runs: DatabaseRun[] = [];
  for (const kind of kinds) {
    const t0 = performance.now();
    runs.push(
      await (kind === 'pglite' ? withBenchPglite : withPostgres)((database) =>
        benchDatabase(kind, database, options, log),
      ),
    );
    log(`[${kind}] done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const rows = runs.flatMap((r) => r.rows);
  const mismatches = runs.flatMap((r) => r.mismatches);
  const table = rows.length > 0 ? printTable(rows, options.scale) : '';
  if (table) log(`\n${table}`);
  const breakdownTable = rows.length > 0 ? printBreakdown(rows) : '';
  if (breakdownTable) log(`\nThe read model's steps, each timed alone (median ms):\n${breakdownTable}`);
  const targets = [
    ...rows.map((r) => ({
      target: `${r.database} ${r.report} ${r.scope}: read model ≤ ${TARGET_RATIO} × baseline`,
      value: `×${r.ratio}`,
      met: r.ratioTargetMet,
    })),
    ...rows
      .filter((r) => r.absoluteTargetMet !== null)
      .map((r) => ({
        target: `${r.database} ${r.report} ${r.scope}: ≤ ${TARGET_INVESTMENT_PG_MS} ms${options.scale === 1 ? '' : ' (scale < 1: not national scale)'}`,
        value: `${r.readModel.medianMs} ms`,
        met: r.absoluteTargetMet === true,
      })),
    ...rows
      .filter((r) => r.scope.startsWith('all '))
      .map((r) => ({
        target: `${r.database} ${r.report} ${r.scope}: ≤ ${TARGET_ALL_BOARDS_MS[r.database]} ms from the summary tables${options.scale === 1 ? '' : ' (scale < 1: not national scale)'}`,
        value: `${r.readModel.medianMs} ms`,
        met: r.readModel.medianMs <= TARGET_ALL_BOARDS_MS[r.database],
      })),
    ...runs.flatMap((r) =>
      r.freshness
        ? [
            {
              target: `${r.kind} a new certificate, then the all-boards investment report counts it: ≤ ${TARGET_ALL_BOARDS_MS[r.kind]} ms`,
              value: `${r.freshness.readModel.medianMs} ms, write + full computation ${r.freshness.baseline.medianMs} ms`,
              met: r.freshness.fresh && r.freshness.readModel.medianMs <= TARGET_ALL_BOARDS_MS[r.kind],
            },
          ]
        : [],
    ),
  ];
  if (rows.length > 0) {
    log('\nTargets:');
    for (const t of targets) log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.target} (${t.value})`);
  }

  for (const m of mismatches) {
    console.error(
      `\nFIGURE MISMATCH — ${m.database} ${m.report} ${m.scope}: the read model and the baseline disagree`,
    );
    for (const d of m.differences)
      console.error(
        `  ${d.figure}: read model ${JSON.stringify(d.readModel)} ≠ baseline ${JSON.stringify(d.baseline)}`,
      );
  }

  const resultsDir = path.join(BENCH_DIR, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const file = path.join(resultsDir, `${stamp}.json`);
  const explain = runs
    .map((r) => r.explain)
    .filter((e): e is string => e !== null)
    .join('\n');
  if (explain) {
    writeFileSync(path.join(resultsDir, `${stamp}-explain.txt`), explain);
    log(`\nEXPLAIN ANALYZE written to bench/results/${stamp}-explain.txt`);
  }
  writeFileSync(
    file,
    JSON.stringify(
      {
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model ?? null,
          memoryGiB: Math.round(os.totalmem() / 2 ** 30),
          platform: `${os.platform()} ${os.release()}`,
          node: process.version,
        },
        options,
        parameters: { oneBoard: BENCH_BOARD_CODE, ...PERIOD, asOf: AS_OF },
        targets: { ratio: TARGET_RATIO, investmentPostgresMs: TARGET_INVESTMENT_PG_MS },
        databases: runs.map((r) => ({
          kind: r.kind,
          serverVersion: r.serverVersion,
          generation: r.generation,
          planner: r.planner,
          freshness: r.freshness,
        })),
        results: rows,
        targetChecks: targets,
        mismatches,
        table,
        breakdownTable,
      },
      null,
      2,
    ),
  );
  log(`Results written to bench/results/${stamp}.json`);
  if (mismatches.length > 0) process.exitCode = 1;
}

await main();
