/**
 * What the report benchmarks share: timing statistics, comparing a read model's figures with a
 * baseline's, recording a service's SQL for EXPLAIN, and a throwaway PostgreSQL database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database, type Db } from '../src/server/kernel/db/database.ts';
import { sameDecimal, type Figures } from './baseline-queries.ts';

/** The PostgreSQL server's admin connection; the benchmarks create their databases there. */
export const PG_ADMIN_URL = process.env.KCN_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Timing {
  medianMs: number;
  p90Ms: number;
  minMs: number;
  maxMs: number;
  samplesMs: number[];
}

export function stats(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    medianMs: round(median),
    p90Ms: round(at(0.9)),
    minMs: round(sorted[0]!),
    maxMs: round(sorted[sorted.length - 1]!),
    samplesMs: samples.map(round),
  };
}

export async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Leaf values of a report by JSON path. */
export function flatten(value: unknown, prefix = '', out: Figures = {}): Figures {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (typeof value === 'string' || typeof value === 'number' || value === null) {
    out[prefix] = value;
  }
  return out;
}

export type Difference = { figure: string; readModel: unknown; baseline: unknown };

const isDecimal = (v: unknown): v is string => typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v);

/**
 * Every figure the baseline computes must equal the read model's (decimals by value), and every
 * figure of the read model must be computed by the baseline unless `notCompared` says otherwise.
 */
export function compareFigures(
  readModel: Figures,
  baseline: Figures,
  notCompared: (figure: string) => boolean,
): Difference[] {
  const differences: Difference[] = [];
  for (const [figure, expected] of Object.entries(baseline)) {
    const actual = readModel[figure];
    const equal =
      actual === expected || (isDecimal(actual) && isDecimal(expected) && sameDecimal(actual, expected));
    if (!equal) differences.push({ figure, readModel: actual, baseline: expected });
  }
  for (const figure of Object.keys(readModel)) {
    if (!(figure in baseline) && !notCompared(figure))
      differences.push({ figure, readModel: readModel[figure], baseline: '(not computed)' });
  }
  return differences;
}

/** A Db whose raw queries are recorded (a service's SQL, for EXPLAIN), everything else passed through. */
export function recordingDb(db: Db, recorded: SQL[]): Db {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'execute') {
        return (query: SQL) => {
          recorded.push(query);
          return target.execute(query);
        };
      }
      const member = Reflect.get(target, prop, target) as unknown;
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
    },
  });
}

/** The URL of database `name` on the benchmark's PostgreSQL server. */
function benchDatabaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `fn` on a fresh embedded database in a temporary directory, removed afterwards. */
export async function withBenchPglite<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kcn-bench-pglite-'));
  const database = await openDatabase({ dataDir });
  try {
    return await fn(database);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs `fn` on a fresh PostgreSQL database `name` (migrated by openDatabase), dropped afterwards —
 * also on failure, Ctrl-C or SIGTERM.
 */
export async function withBenchPostgres<T>(name: string, fn: (database: Database) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  const forceDrop = () => admin.query(`drop database if exists ${name} with (force)`);
  /**
   * Drops the benchmark's database once the pool's sessions are gone: a forced drop while a
   * pool client is still closing would deliver it a FATAL error and crash the process.
   */
  const drop = async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        await admin.query(`drop database if exists ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006') throw error; // object in use
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await forceDrop();
  };
  await forceDrop();
  await admin.query(`create database ${name}`);
  const onSignal = () => {
    void forceDrop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const database = await openDatabase({ url: benchDatabaseUrl(name), poolSize: 4 });
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await drop();
    await admin.end();
  }
}

/** A write and the report read right after it, against the same write and the full computation. */
export interface RoundTrip {
  /** Write + report from the summary tables. */
  readModel: Timing;
  /** The same kind of write + the baseline (the full computation from the records). */
  baseline: Timing;
  /** Every report read after a write included it. */
  fresh: boolean;
}

/**
 * Times `runs` round trips of each kind, alternating: a write (committed) then the read model's
 * report, and a write then the baseline. `included(figures, i)` says whether the report read
 * after write i shows it; every round trip's report must.
 */
export async function roundTrips(options: {
  runs: number;
  write: (i: number) => Promise<void>;
  readModel: () => Promise<Figures>;
  baseline: () => Promise<Figures>;
  included: (figures: Figures, i: number) => boolean;
}): Promise<RoundTrip> {
  const readModelSamples: number[] = [];
  const baselineSamples: number[] = [];
  let fresh = true;
  for (let i = 0; i < options.runs * 2; i++) {
    const started = performance.now();
    await options.write(i);
    const figures = await (i % 2 === 0 ? options.readModel() : options.baseline());
    (i % 2 === 0 ? readModelSamples : baselineSamples).push(performance.now() - started);
    if (!options.included(figures, i)) fresh = false;
  }
  return { readModel: stats(readModelSamples), baseline: stats(baselineSamples), fresh };
}
