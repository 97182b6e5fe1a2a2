/**
 * Import benchmark (issue 16, target 3): importing a national data package against a raw COPY
 * of the same rows into the same tables, on the embedded database (PGlite) and on PostgreSQL.
 *
 * The national data set (bench/generate.ts: boards, zones, projects, events, implemented capital,
 * enterprises and their monthly reports) is generated into a scratch PostgreSQL database and
 * exported with the export service as a data package, written to a file record by record (at
 * scale 1 it is ≈ 0,9 GB, more than one string holds). Then, per database kind, on a fresh database:
 *  (a) import: the file read as a stream and parsed chunk by chunk as `kcn import` reads it
 *      (kernel/json-stream.ts), then `importPackage` — both validations, the writes, the audit,
 *      the one transaction;
 *  (b) COPY: the rows that the import wrote (dumped from that database with COPY … TO) copied
 *      into the same tables of another fresh database, in one transaction, foreign keys first.
 * After the import, the row counts must equal the package's (else exit status 1).
 *
 *   npx tsx bench/import.ts [--scale 0.1] [--only pglite|postgres] [--seed N] [--keep-package FILE]
 *   npx tsx bench/import.ts --package FILE   (a package kept by an earlier run: no generation)
 *   npx tsx bench/import.ts --row-by-row      (the row-by-row path, one audit entry per record: "before")
 */
import { createHash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { systemActor } from '../src/server/kernel/actor.ts';
import { openDatabase, queryRows, type Database } from '../src/server/kernel/db/database.ts';
import { jsonDocumentPieces, readJsonDocument } from '../src/server/kernel/json-stream.ts';
import { exportPackage } from '../src/server/modules/packages/package-export.service.ts';
import {
  importPackage,
  type ImportProgress,
  type ImportSummary,
} from '../src/server/modules/packages/package-import.service.ts';
import {
  DEFAULT_SEED,
  generateEnterpriseReports,
  generateNationalData,
  statesUsdOfFdiCapital,
} from './generate.ts';
import { PG_ADMIN_URL, withBenchPostgres } from './harness.ts';

type Kind = 'pglite' | 'postgres';

interface Options {
  scale: number;
  seed: number;
  only?: Kind;
  keepPackage?: string;
  /** A package written by an earlier run's --keep-package, instead of generating one. */
  package?: string;
  /** The row-by-row path (one audit entry per record), as before the bulk path: the "before" figure. */
  rowByRow?: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { scale: 0.1, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${argv[i - 1]} needs a value`);
      return v;
    };
    switch (argv[i]) {
      case '--scale':
        options.scale = Number(value());
        break;
      case '--seed':
        options.seed = Number(value());
        break;
      case '--only': {
        const v = value();
        if (v !== 'pglite' && v !== 'postgres') usage(`--only takes pglite or postgres, not ${v}`);
        options.only = v;
        break;
      }
      case '--row-by-row':
        options.rowByRow = true;
        break;
      case '--package':
        options.package = value();
        break;
      case '--keep-package':
        options.keepPackage = value();
        break;
      default:
        usage(`unknown option ${argv[i]}`);
    }
  }
  if (!(options.scale > 0 && options.scale <= 1)) usage('--scale must be in (0, 1]');
  return options;
}

function usage(message: string): never {
  console.error(message);
  console.error(
    'usage: npx tsx bench/import.ts [--scale F] [--only pglite|postgres] [--seed N] [--keep-package FILE | --package FILE] [--row-by-row]',
  );
  process.exit(2);
}

const log = (line: string) => process.stderr.write(`${line}\n`);

// ── The package ──────────────────────────────────────────────────────────────────────────────

/**
 * Generates the national data set into a scratch PostgreSQL database (a few GB of memory less than
 * PGlite at scale 1) and writes it as a package to `file`, record by record; its size in bytes.
 */
async function buildPackage(options: Options, file: string): Promise<number> {
  return withBenchPostgres(`kcn_bench_import_${process.pid}_source`, async (database) => {
    await database.migrate();
    await generateNationalData(database, { scale: options.scale, seed: options.seed, log });
    await generateEnterpriseReports(database, { scale: options.scale, log });
    const boardIds = (await queryRows<{ id: string }>(database.db, sql`select id from boards`)).map(
      (b) => b.id,
    );
    const started = performance.now();
    const pkg = await exportPackage(database.db, systemActor('bench-import', boardIds));
    statesUsdOfFdiCapital(pkg);
    await pipeline(Readable.from(jsonDocumentPieces(pkg)), createWriteStream(file));
    const bytes = statSync(file).size;
    log(`exported the package in ${Math.round(performance.now() - started)} ms: ${mb(bytes)} MB`);
    return bytes;
  });
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Records of the package by kind (only the kinds it carries). */
function packageCounts(pkg: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(pkg)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => [k, (v as unknown[]).length]),
  );
}

const TABLE_OF_KIND: Record<string, string> = {
  boards: 'boards',
  zones: 'zones',
  projects: 'projects',
  licensingEvents: 'licensing_events',
  capitalImplementations: 'capital_implementations',
  enterprises: 'enterprises',
  enterpriseReports: 'enterprise_reports',
};

// ── COPY on each database ─────────────────────────────────────────────────────────────────────

/**
 * COPY … FROM STDIN / TO STDOUT through node-postgres without pg-copy-streams (not a dependency):
 * a Query that answers the server's CopyInResponse with the data, or collects CopyData.
 */
class CopyQuery extends pg.Query {
  readonly chunks: Buffer[] = [];
  constructor(
    text: string,
    private readonly data?: Buffer,
  ) {
    super(text);
  }
  handleCopyInResponse(connection: { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void }): void {
    const step = 1 << 20;
    for (let i = 0; i < (this.data?.length ?? 0); i += step)
      connection.sendCopyFromChunk(this.data!.subarray(i, i + step));
    connection.endCopyFrom();
  }
  handleCopyData(message: { chunk: Buffer }): void {
    // A copy: the protocol parser reuses its buffer for the next message.
    this.chunks.push(Buffer.from(message.chunk));
  }
}

/** Runs a submittable query (client.query gives it back at once, not a promise) to its end. */
function submit(client: pg.Client, query: CopyQuery): Promise<CopyQuery> {
  return new Promise((resolve, reject) => {
    query.once('end', () => resolve(query));
    query.once('error', reject);
    void client.query(query);
  });
}

/** A raw connection to a database on the benchmark's PostgreSQL server. */
async function pgClient(name: string): Promise<pg.Client> {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

/**
 * Rows per COPY statement. The summary tables' statement triggers see each statement's rows at
 * once: PGlite ran out of memory on the 3,6 million monthly reports of the national package in
 * one statement, so both databases copy in statements of this many rows (the import writes 50 000).
 */
const COPY_BATCH_ROWS = 200_000;

/** A COPY text dump (one row per line) in pieces of at most `rows` rows. */
function rowBatches(data: Buffer, rows: number): Buffer[] {
  const batches: Buffer[] = [];
  let start = 0;
  while (start < data.length) {
    let end = start;
    for (let n = 0; n < rows && end < data.length; n++) {
      const newline = data.indexOf(10, end);
      end = newline === -1 ? data.length : newline + 1;
    }
    batches.push(data.subarray(start, end));
    start = end;
  }
  return batches;
}

interface Copier {
  copyOut(table: string): Promise<Buffer>;
  copyIn(table: string, data: Buffer): Promise<void>;
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

function pgliteCopier(database: Database): Copier {
  const pglite = database.pglite!;
  return {
    copyOut: async (table) => {
      const result = await pglite.query(`copy ${table} to '/dev/blob'`);
      return Buffer.from(await result.blob!.arrayBuffer());
    },
    copyIn: async (table, data) => {
      await pglite.query(`copy ${table} from '/dev/blob'`, [], { blob: new Blob([data]) });
    },
    exec: async (text) => {
      await pglite.exec(text);
    },
    close: async () => {},
  };
}

async function postgresCopier(name: string): Promise<Copier> {
  const client = await pgClient(name);
  return {
    copyOut: async (table) => {
      const query = await submit(client, new CopyQuery(`copy ${table} to stdout`));
      return Buffer.concat(query.chunks);
    },
    copyIn: async (table, data) => {
      await submit(client, new CopyQuery(`copy ${table} from stdin`, data));
    },
    exec: async (text) => {
      await client.query(text);
    },
    close: () => client.end(),
  };
}

/** The tables the import filled (not the audit log), parents before children. */
async function filledTables(database: Database): Promise<string[]> {
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by c.relname`,
  );
  let filled: string[] = [];
  for (const { name } of tables) {
    if (name === 'audit_log') continue;
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql.raw(`select count(*)::int as n from (select 1 from ${name} limit 1) t`),
    );
    if (row && row.n > 0) filled.push(name);
  }
  const edges = await queryRows<{ child: string; parent: string }>(
    database.db,
    sql`select conrelid::regclass::text as child, confrelid::regclass::text as parent
        from pg_constraint where contype = 'f' and conrelid <> confrelid`,
  );
  // Summary tables that triggers keep (the reports' read models; written by the database's own
  // functions) are not copied: the COPY of their sources fills them, as the import does.
  const functions = await queryRows<{ source: string }>(
    database.db,
    sql`select p.prosrc as source from pg_proc p where p.pronamespace = 'public'::regnamespace`,
  );
  const derived = new Set(
    functions.flatMap((f) =>
      [...f.source.matchAll(/insert\s+into\s+([a-z_]+)/gi)].map((m) => m[1]!.toLowerCase()),
    ),
  );
  filled = filled.filter((t) => !derived.has(t));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const e of edges) if (e.child === table && filled.includes(e.parent)) visit(e.parent);
    ordered.push(table);
  };
  for (const table of filled) visit(table);
  return ordered;
}

async function tableCount(database: Database, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql.raw(`select count(*)::int as n from ${table}`),
  );
  return row?.n ?? 0;
}

// ── One database kind ─────────────────────────────────────────────────────────────────────────

interface KindResult {
  database: Kind;
  records: number;
  /** seconds: reading and parsing the file (parseSeconds) and importPackage (importSeconds). */
  import: { seconds: number; recordsPerSecond: number; parseSeconds: number; importSeconds: number };
  /** The process's peak heap and resident memory while reading and importing. */
  memory: { peakHeapMiB: number; peakRssMiB: number };
  copy: { rows: number; seconds: number; recordsPerSecond: number; tables: Record<string, number> };
  ratio: number;
  target: number;
  met: boolean;
  summary: ImportSummary;
  phases: { phase: string; atSeconds: number }[];
  mismatches: string[];
}

async function withFresh<T>(kind: Kind, suffix: string, fn: (database: Database) => Promise<T>): Promise<T> {
  if (kind === 'postgres')
    return withBenchPostgres(`kcn_bench_import_${process.pid}${suffix}`, async (database) => {
      await database.migrate();
      return fn(database);
    });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kcn-bench-import-'));
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Samples the process's heap and resident memory every 200 ms until stopped; the peaks. */
function memoryPeaks() {
  const peak = { heap: 0, rss: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.heap = Math.max(peak.heap, usage.heapUsed);
    peak.rss = Math.max(peak.rss, usage.rss);
  };
  const timer = setInterval(sample, 200);
  return () => {
    clearInterval(timer);
    sample();
    return { peakHeapMiB: Math.round(peak.heap / 2 ** 20), peakRssMiB: Math.round(peak.rss / 2 ** 20) };
  };
}

async function runKind(kind: Kind, file: string, rowByRow: boolean): Promise<KindResult> {
  log(`\n${kind}: import`);
  const dumps = new Map<string, Buffer>();
  const mismatches: string[] = [];
  const phases: { phase: string; atSeconds: number }[] = [];
  let records = 0;
  let summary: ImportSummary | undefined;
  let importSeconds = 0;
  let parseSeconds = 0;
  let memory = { peakHeapMiB: 0, peakRssMiB: 0 };
  await withFresh(kind, '', async (database) => {
    global.gc?.();
    const stopSampling = memoryPeaks();
    // As `kcn import FILE` reads it: a stream, hashed for the audit entry as it is parsed.
    const parseStarted = performance.now();
    const hash = createHash('sha256');
    const input = (await readJsonDocument(
      (async function* () {
        for await (const chunk of createReadStream(file)) {
          hash.update(chunk as Buffer);
          yield chunk as Buffer;
        }
      })(),
    )) as Record<string, unknown>;
    const contentHash = hash.digest('hex');
    parseSeconds = (performance.now() - parseStarted) / 1000;
    log(`  read and parsed the package in ${parseSeconds.toFixed(2)} s`);
    const counts = packageCounts(input);
    records = Object.values(counts).reduce((a, b) => a + b, 0);
    let lastPhase = '';
    const started = performance.now();
    summary = await importPackage(database.db, systemActor('bench-import', []), input, {
      contentHash,
      ...(rowByRow ? { bulk: false } : {}),
      onProgress: (progress: ImportProgress) => {
        const phase = progress.kind ? `${progress.phase}:${progress.kind}` : progress.phase;
        if (phase === lastPhase) return;
        lastPhase = phase;
        phases.push({ phase, atSeconds: round((performance.now() - started) / 1000) });
      },
    });
    importSeconds = (performance.now() - started) / 1000;
    memory = stopSampling();
    log(
      `  imported ${records} records in ${importSeconds.toFixed(2)} s (peak heap ${memory.peakHeapMiB} MiB, RSS ${memory.peakRssMiB} MiB)`,
    );
    log(`  phases: ${phases.map((p) => `${p.phase}@${p.atSeconds}s`).join(', ')}`);
    for (const [kindName, table] of Object.entries(TABLE_OF_KIND)) {
      const expected = counts[kindName] ?? 0;
      const actual = await tableCount(database, table);
      if (actual !== expected) mismatches.push(`${table}: ${actual} rows, package ${expected}`);
    }
    const copier =
      kind === 'pglite' ? pgliteCopier(database) : await postgresCopier(`kcn_bench_import_${process.pid}`);
    try {
      for (const table of await filledTables(database)) dumps.set(table, await copier.copyOut(table));
    } finally {
      await copier.close();
    }
  });

  log(`${kind}: COPY of the same rows`);
  const copyTables: Record<string, number> = {};
  let copySeconds = 0;
  await withFresh(kind, '_copy', async (database) => {
    const copier =
      kind === 'pglite'
        ? pgliteCopier(database)
        : await postgresCopier(`kcn_bench_import_${process.pid}_copy`);
    try {
      const batches = [...dumps].map(([table, data]) => [table, rowBatches(data, COPY_BATCH_ROWS)] as const);
      const started = performance.now();
      await copier.exec('begin');
      for (const [table, pieces] of batches) for (const piece of pieces) await copier.copyIn(table, piece);
      await copier.exec('commit');
      copySeconds = (performance.now() - started) / 1000;
    } finally {
      await copier.close();
    }
    for (const table of dumps.keys()) copyTables[table] = await tableCount(database, table);
  });
  const copyRows = Object.values(copyTables).reduce((a, b) => a + b, 0);
  log(`  copied ${copyRows} rows (${dumps.size} tables) in ${copySeconds.toFixed(2)} s`);
  const target = kind === 'postgres' ? 3 : 5;
  // The import as `kcn import` does it: reading and parsing the file included.
  const seconds = parseSeconds + importSeconds;
  const ratio = seconds / copySeconds;
  return {
    database: kind,
    records,
    import: {
      seconds: round(seconds),
      recordsPerSecond: Math.round(records / seconds),
      parseSeconds: round(parseSeconds),
      importSeconds: round(importSeconds),
    },
    memory,
    copy: {
      rows: copyRows,
      seconds: round(copySeconds),
      recordsPerSecond: Math.round(records / copySeconds),
      tables: copyTables,
    },
    ratio: round(ratio),
    target,
    met: ratio <= target,
    summary: summary!,
    phases,
    mismatches,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

// ── Main ──────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kcn-bench-package-'));
  const file = options.package ?? options.keepPackage ?? path.join(scratch, 'package.json');
  const bytes = options.package ? statSync(file).size : await buildPackage(options, file);
  const kinds: Kind[] = options.only ? [options.only] : ['pglite', 'postgres'];
  const results: KindResult[] = [];
  try {
    for (const kind of kinds) results.push(await runKind(kind, file, options.rowByRow ?? false));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const lines = [
    `${options.package ? `package ${options.package}` : `scale ${options.scale}`}, ${mb(bytes)} MB${options.rowByRow ? ', row-by-row path' : ''}`,
    '| database | records | read+parse s | import s | total s | rec/s | COPY s | COPY rec/s | total / COPY | target | met | peak heap / RSS MiB |',
    '| -------- | ------: | -----------: | -------: | ------: | ----: | -----: | ---------: | -----------: | -----: | --- | ------------------: |',
    ...results.map(
      (r) =>
        `| ${r.database} | ${r.records} | ${r.import.parseSeconds} | ${r.import.importSeconds} | ${r.import.seconds} | ${r.import.recordsPerSecond} | ${r.copy.seconds} | ${r.copy.recordsPerSecond} | ${r.ratio}× | ≤ ${r.target}× | ${r.met ? 'yes' : 'no'} | ${r.memory.peakHeapMiB} / ${r.memory.peakRssMiB} |`,
    ),
  ];
  console.log(lines.join('\n'));
  for (const r of results) {
    console.log(`${r.database} phases: ${r.phases.map((p) => `${p.phase}@${p.atSeconds}s`).join(', ')}`);
    for (const m of r.mismatches) console.log(`${r.database} MISMATCH ${m}`);
  }

  const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = path.join(resultsDir, `import-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    resultsFile,
    JSON.stringify({ scale: options.scale, seed: options.seed, packageBytes: bytes, results }, null, 2),
  );
  console.log(`results: ${path.relative(process.cwd(), resultsFile)}`);
  if (results.some((r) => r.mismatches.length > 0)) process.exitCode = 1;
}

await main();
