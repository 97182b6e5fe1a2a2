/**
 * Benchmark of the production-and-business report (reports-v1 "Production and business") at
 * national scale on the embedded database and on PostgreSQL: 30 000 enterprises × 120 monthly
 * reports (≈3,6 million rows), against a hand-written baseline query — the full computation from
 * the reports. Before any timing the baseline's figures must equal the read model's (which reads
 * the summary table production_totals, decision 024), so it is also a correctness check of the
 * summaries at scale. Then: an accepted filing, and the all-boards report at once must include it.
 *
 *   npm run bench:production                         # national scale, 3 warm-up + 15 runs
 *   npx tsx bench/production.ts --scale 0.1          # a quick check (3 000 enterprises)
 *   npx tsx bench/production.ts --runs 30 --explain  # + EXPLAIN (ANALYZE, BUFFERS) of both (PostgreSQL)
 *   npx tsx bench/production.ts --only postgres      # one database
 *
 * Options: --runs N (default 15) · --warmup N (default 3) · --scale F (fraction of the national
 * sizes, default 1) · --seed N (zones and boards) · --explain · --only pglite|postgres.
 * KCN_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) is the server's admin
 * connection; the benchmark creates kcn_bench_prod_<pid> there and drops it at the end.
 *
 * Exit status: 1 when the baseline's figures differ from the read model's, 2 on bad arguments;
 * a missed speed target is reported, never fatal.
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
import { productionReport } from '../src/server/modules/reports/production-report.service.ts';
// For the breakdown only (the read model's statement alone); never for the baseline.
import { productionGroups } from '../src/server/modules/reports/production-report.repository.ts';
import { periodEnd, periodStart, previousYearPeriod } from '../src/domain/periods.ts';
import { baselineProduction, productionBaselineSql, type Figures } from './baseline-queries.ts';
import {
  BENCH_BOARD_CODE,
  DEFAULT_SEED,
  generateEnterpriseReports,
  generateNationalData,
  type EnterpriseGenerateResult,
  type GenerateResult,
} from './generate.ts';
import {
  compareFigures,
  flatten,
  PG_ADMIN_URL,
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
const TARGET_RATIO = 1.5;
/** Issue 16: the all-boards report from the summary table, fresh after every write. */
const TARGET_ALL_BOARDS_MS: Record<Kind, number> = { postgres: 50, pglite: 150 };
type Kind = 'pglite' | 'postgres';

/** The cases: period and scope (undefined: every board). */
const CASES: { period: string; boards: string[] | undefined }[] = [
  { period: '2019', boards: undefined },
  { period: '2019', boards: [BENCH_BOARD_CODE] },
  { period: '2019-Q3', boards: undefined },
  { period: '2019-H1', boards: [BENCH_BOARD_CODE] },
];

interface Options {
  only: Kind | null;
  runs: number;
  warmup: number;
  scale: number;
  seed: number;
  explain: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    only: null,
    runs: 15,
    warmup: 3,
    scale: 1,
    seed: DEFAULT_SEED,
    explain: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const take = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) usage(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--runs':
        options.runs = integer(take(), name, 1);
        break;
      case '--warmup':
        options.warmup = integer(take(), name, 0);
        break;
      case '--scale': {
        const v = Number(take());
        if (!(v > 0 && v <= 10)) usage('--scale takes a number in (0, 10]');
        options.scale = v;
        break;
      }
      case '--seed':
        options.seed = integer(take(), name, 0);
        break;
      case '--explain':
        options.explain = true;
        break;
      case '--only': {
        const v = take();
        if (v !== 'pglite' && v !== 'postgres') usage('--only takes pglite or postgres');
        options.only = v;
        break;
      }
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

function integer(v: string, name: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) usage(`${name} takes an integer ≥ ${min}`);
  return n;
}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    'usage: npx tsx bench/production.ts [--only pglite|postgres] [--runs N] [--warmup N] [--scale F] [--seed N] [--explain]',
  );
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------

/**
 * Identity keys, the one-board extras (targets, province shares) the baseline does not compute, and
 * what came after it: the boundaries' date (organisation-v1) and FDI revenue and budget in USD
 * (blocs-v1; the generator files none).
 */
const NOT_COMPARED =
  /^(report|period|previousPeriod|boundariesAsOf|targets(\.|$)|province(\.|$)|indicators\.(revenueUsd|budgetPaidUsd)\.)/;
const notCompared = (figure: string) => NOT_COMPARED.test(figure);

// ---------------------------------------------------------------------------------------------

interface Case {
  name: string;
  period: string;
  scope: string;
  readModel: () => Promise<Figures>;
  baseline: () => Promise<Figures>;
  /** The read model's statement alone (productionGroups, same parameters). */
  statement: () => Promise<unknown>;
  baselineSql: SQL;
  recorded: SQL[];
}

interface ResultRow {
  database: Kind;
  period: string;
  scope: string;
  readModel: Timing;
  baseline: Timing;
  statement: Timing;
  ratio: number;
  statementRatio: number;
  ratioTargetMet: boolean;
}

interface Run {
  kind: Kind;
  serverVersion: string;
  generation: { national: GenerateResult; enterprises: EnterpriseGenerateResult };
  checks: { period: string; scope: string; headline: string; differences: Difference[] }[];
  rows: ResultRow[];
  explain: string | null;
  /** An accepted filing, then the all-boards report (null when figures differed). */
  freshness: RoundTrip | null;
}

/**
 * Freshness: a new enterprise of the one board files its yearly report for 2019 and it is
 * accepted (committed), then the all-boards 2019 report at once — it must count it — against the
 * same filing followed by the full computation.
 */
async function acceptedFilingRoundTrips(
  db: Db,
  actor: Actor,
  boardId: string,
  allIds: string[],
  runs: number,
) {
  const [zone] = await queryRows<{ id: string }>(
    db,
    sql`select id from zones where board_id = ${boardId} limit 1`,
  );
  const query = { boards: undefined, period: '2019' };
  const reported = (figures: Figures) => Number(figures['coverage.reported']);
  const before = reported(flatten(await productionReport(db, actor, query)));
  return roundTrips({
    runs,
    write: (i) =>
      db.transaction(async (tx) => {
        const taxCode = `99${String(process.pid).padStart(6, '0')}${String(i).padStart(4, '0')}`;
        const [enterprise] = await queryRows<{ id: string }>(
          tx,
          sql`insert into enterprises (board_id, zone_id, tax_code, name, investment_type, search_text)
              values (${boardId}, ${zone!.id}, ${taxCode}, ${`Công ty ${taxCode}`}, 'DDI', ${`cong ty ${taxCode}`})
              returning id`,
        );
        await tx.execute(
          sql`insert into enterprise_reports (board_id, enterprise_id, period, production_value_vnd, revenue_vnd, workers, status)
              values (${boardId}, ${enterprise!.id}, '2019', 5000000000, 6000000000, 120, 'accepted')`,
        );
      }),
    readModel: async () => flatten(await productionReport(db, actor, query)),
    baseline: () => baselineProduction(db, { boardIds: allIds, period: '2019' }),
    included: (figures, i) => reported(figures) === before + i + 1,
  });
}

async function bench(
  kind: Kind,
  database: Database,
  options: Options,
  log: (line: string) => void,
): Promise<Run> {
  const db = database.db;
  await database.migrate();
  const serverVersion = (await queryRows<{ v: string }>(db, sql`select version() as v`))[0]?.v ?? '?';
  log(serverVersion);
  const national = await generateNationalData(database, { scale: options.scale, seed: options.seed });
  log(
    `boards and zones (and the investment data set): ${national.counts.boards} boards, ${national.counts.zones} zones, in ${national.timingMs.total} ms`,
  );
  const enterprises = await generateEnterpriseReports(database, { scale: options.scale, log });
  log(
    `enterprises ${enterprises.counts.enterprises} (${enterprises.counts.fdi} FDI), reports ${enterprises.counts.reports} ` +
      `(${JSON.stringify(enterprises.counts.byKind)}, ${enterprises.counts.notAccepted} not accepted), ` +
      `generated in ${(enterprises.timingMs.total / 1000).toFixed(1)} s`,
  );

  const boards = await queryRows<{ id: string; code: string }>(
    db,
    sql`select id, code from boards order by code`,
  );
  const allIds = boards.map((b) => b.id);
  const actor: Actor = systemActor('bench', allIds);
  const idsOf = (codes: string[] | undefined) =>
    codes ? boards.filter((b) => codes.includes(b.code)).map((b) => b.id) : allIds;

  const cases: Case[] = CASES.map(({ period, boards: codes }) => {
    const boardIds = idsOf(codes);
    const scope = codes ? `one board (${codes.join(', ')})` : `all ${boards.length} boards`;
    const query = { boards: codes ? [...codes] : undefined, period };
    const recorded: SQL[] = [];
    const statementScope = {
      boardIds,
      zoneIds: null,
      period,
      previousPeriod: previousYearPeriod(period),
      periodStart: periodStart(period),
      periodEnd: periodEnd(period),
    };
    return {
      name: `${period} ${scope}`,
      period,
      scope,
      readModel: async () => flatten(await productionReport(db, actor, query)),
      baseline: () => baselineProduction(db, { boardIds, period }),
      statement: () => productionGroups(db, statementScope),
      baselineSql: productionBaselineSql({ boardIds, period }),
      recorded,
    };
  });

  // Correctness first.
  const checks: Run['checks'] = [];
  for (const c of cases) {
    const [readModel, baseline] = [await c.readModel(), await c.baseline()];
    const differences = compareFigures(readModel, baseline, notCompared);
    const headline =
      `enterprises ${readModel['coverage.enterprises']}, reported ${readModel['coverage.reported']}, ` +
      `production ${readModel['indicators.productionValueVnd.total.value']} VND (${readModel['indicators.productionValueVnd.total.growthPct']} %), ` +
      `workers ${readModel['labour.workers.total.value']}, income ${readModel['labour.averageIncomeVnd']}`;
    log(
      `check ${c.name}: ${differences.length === 0 ? 'figures equal' : `${differences.length} FIGURES DIFFER`} (${headline})`,
    );
    checks.push({ period: c.period, scope: c.scope, headline, differences });
  }
  if (checks.some((c) => c.differences.length > 0))
    return {
      kind,
      serverVersion,
      generation: { national, enterprises },
      checks,
      rows: [],
      explain: null,
      freshness: null,
    };

  // Timings: warm-up, then read model and baseline interleaved, the order alternating.
  const rows: ResultRow[] = [];
  for (const c of cases) {
    for (let i = 0; i < options.warmup; i++) {
      await c.readModel();
      await c.baseline();
    }
    const readModelSamples: number[] = [];
    const baselineSamples: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const pair = i % 2 === 0 ? [c.readModel, c.baseline] : [c.baseline, c.readModel];
      for (const fn of pair) (fn === c.readModel ? readModelSamples : baselineSamples).push(await time(fn));
    }
    await c.statement();
    const statementSamples: number[] = [];
    for (let i = 0; i < options.runs; i++) statementSamples.push(await time(c.statement));
    const readModel = stats(readModelSamples);
    const baseline = stats(baselineSamples);
    const statement = stats(statementSamples);
    const ratio = Math.round((readModel.medianMs / baseline.medianMs) * 100) / 100;
    const statementRatio = Math.round((statement.medianMs / baseline.medianMs) * 100) / 100;
    rows.push({
      database: kind,
      period: c.period,
      scope: c.scope,
      readModel,
      baseline,
      statement,
      ratio,
      statementRatio,
      ratioTargetMet: ratio <= TARGET_RATIO,
    });
    log(
      `${c.name}: read model ${readModel.medianMs} ms (its statement alone ${statement.medianMs} ms), baseline ${baseline.medianMs} ms, ×${ratio}`,
    );
  }

  const board = boards.find((b) => b.code === BENCH_BOARD_CODE)!;
  const freshness = await acceptedFilingRoundTrips(db, actor, board.id, allIds, options.runs);
  log(
    `an accepted filing, then the all-boards 2019 report: ${freshness.readModel.medianMs} ms ` +
      `(filing + full computation ${freshness.baseline.medianMs} ms)${freshness.fresh ? ', counted every time' : ' — NOT COUNTED'}`,
  );

  let explain: string | null = null;
  if (options.explain && kind === 'postgres') {
    for (const c of cases) {
      await productionReport(recordingDb(db, c.recorded), actor, {
        boards: c.scope.startsWith('one') ? [BENCH_BOARD_CODE] : undefined,
        period: c.period,
      });
    }
    explain = await explainAll(database, cases);
  }
  return { kind, serverVersion, generation: { national, enterprises }, checks, rows, explain, freshness };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the read model's production statement and of the baseline. */
async function explainAll(database: Database, cases: Case[]): Promise<string> {
  const dialect = new PgDialect({ casing: 'snake_case' });
  const url = new URL(PG_ADMIN_URL);
  url.pathname = new URL(database.location).pathname;
  const client = new pg.Client({ connectionString: url.toString(), options: '-c timezone=UTC -c jit=off' });
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
        `=== ${title}\n${text.trim()}\n-- params: ${JSON.stringify(params).slice(0, 300)}\n${result.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`,
      );
    };
    for (const c of cases) {
      // The production statement is the one reading enterprise_reports; the others are scope,
      // targets and the investment figures of the one-board extras.
      const statement = c.recorded.find((q) => dialect.sqlToQuery(q).sql.includes('enterprise_reports'));
      if (statement) await explainOne(`read model · ${c.name}`, statement);
      await explainOne(`baseline · ${c.name}`, c.baselineSql);
    }
  } finally {
    await client.end();
  }
  return parts.join('\n');
}

function printTable(rows: ResultRow[]): string {
  const header = [
    'database',
    'period',
    'scope',
    'read model median (p90) ms',
    'its statement alone ms',
    'baseline median (p90) ms',
    'ratio',
    `ratio ≤ ${TARGET_RATIO}`,
    'statement / baseline',
  ];
  const lines = rows.map((r) => [
    r.database,
    r.period,
    r.scope,
    `${r.readModel.medianMs.toFixed(1)} (${r.readModel.p90Ms.toFixed(1)})`,
    `${r.statement.medianMs.toFixed(1)} (${r.statement.p90Ms.toFixed(1)})`,
    `${r.baseline.medianMs.toFixed(1)} (${r.baseline.p90Ms.toFixed(1)})`,
    r.ratio.toFixed(2),
    r.ratioTargetMet ? 'met' : 'MISSED',
    r.statementRatio.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  const started = new Date();
  const kinds: Kind[] = options.only ? [options.only] : ['pglite', 'postgres'];
  log(
    `KCN Hub production-report benchmark (${kinds.join(', ')}) — scale ${options.scale}, ${options.warmup} warm-up + ${options.runs} measured runs; ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  );
  const runs: Run[] = [];
  for (const kind of kinds) {
    const t0 = performance.now();
    const prefixed = (line: string) => log(`[${kind}] ${line}`);
    runs.push(
      kind === 'pglite'
        ? await withBenchPglite((database) => bench(kind, database, options, prefixed))
        : await withBenchPostgres(`kcn_bench_prod_${process.pid}`, (database) =>
            bench(kind, database, options, prefixed),
          ),
    );
    log(`[${kind}] done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const rows = runs.flatMap((r) => r.rows);
  const table = rows.length > 0 ? printTable(rows) : '';
  if (table) log(`\n${table}`);
  const targets = [
    ...rows.map((r) => ({
      target: `${r.database} ${r.period} ${r.scope}: read model ≤ ${TARGET_RATIO} × baseline`,
      value: `×${r.ratio}`,
      met: r.ratioTargetMet,
    })),
    ...rows
      .filter((r) => r.scope.startsWith('all '))
      .map((r) => ({
        target: `${r.database} ${r.period} ${r.scope}: ≤ ${TARGET_ALL_BOARDS_MS[r.database]} ms from the summary table${options.scale === 1 ? '' : ' (scale < 1: not national scale)'}`,
        value: `${r.readModel.medianMs} ms`,
        met: r.readModel.medianMs <= TARGET_ALL_BOARDS_MS[r.database],
      })),
    ...runs.flatMap((r) =>
      r.freshness
        ? [
            {
              target: `${r.kind} an accepted filing, then the all-boards report counts it: ≤ ${TARGET_ALL_BOARDS_MS[r.kind]} ms`,
              value: `${r.freshness.readModel.medianMs} ms, filing + full computation ${r.freshness.baseline.medianMs} ms`,
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
  const mismatches = runs.flatMap((r) =>
    r.checks.filter((c) => c.differences.length > 0).map((c) => ({ ...c, database: r.kind })),
  );
  for (const m of mismatches) {
    console.error(
      `\nFIGURE MISMATCH — ${m.database} ${m.period} ${m.scope}: the read model and the baseline disagree`,
    );
    for (const d of m.differences)
      console.error(
        `  ${d.figure}: read model ${JSON.stringify(d.readModel)} ≠ baseline ${JSON.stringify(d.baseline)}`,
      );
  }

  const resultsDir = path.join(BENCH_DIR, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const explain = runs.find((r) => r.explain)?.explain;
  if (explain) {
    writeFileSync(path.join(resultsDir, `production-${stamp}-explain.txt`), explain);
    log(`EXPLAIN ANALYZE written to bench/results/production-${stamp}-explain.txt`);
  }
  writeFileSync(
    path.join(resultsDir, `production-${stamp}.json`),
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
          loadAverage: os.loadavg(),
        },
        options,
        cases: CASES,
        target: { ratio: TARGET_RATIO, allBoardsMs: TARGET_ALL_BOARDS_MS },
        databases: runs.map((r) => ({
          kind: r.kind,
          serverVersion: r.serverVersion,
          generation: r.generation,
          checks: r.checks,
          freshness: r.freshness,
        })),
        results: rows,
        targetChecks: targets,
        table,
      },
      null,
      2,
    ),
  );
  log(`Results written to bench/results/production-${stamp}.json`);
  if (mismatches.length > 0) process.exitCode = 1;
}

await main();
