/**
 * The worker thread that owns the embedded database (started by pglite-proxy.ts through
 * pglite-worker-entry.mjs). PGlite runs PostgreSQL compiled to WebAssembly on the thread that
 * calls it: a national report or a large import computed there would stop the HTTP server for
 * its whole length. Here it stops only this thread. Requests are served as they come; PGlite's
 * own mutex queues them, and a transaction holds it from `begin` until the main thread's
 * `commit` or `rollback`, as it would in one thread.
 */
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { StatementCache } from './pglite-statements.ts';
import { PGLITE_TYPES } from './pglite-types.ts';
import {
  toCrossError,
  type CrossQueryOptions,
  type Reply,
  type Request,
  type WorkerStart,
} from './pglite-protocol.ts';

const port = parentPort;
if (!port) throw new Error('pglite-worker runs in a worker thread');

const start = workerData as WorkerStart;

/** Returns a value as it came: PostgreSQL's text for the types Drizzle keeps unparsed. */
const raw = (value: string) => value;

/** PGlite's options from the crossed ones; the parsers are rebuilt once per type list. */
const parserCache = new Map<string, Record<number, (value: string) => string>>();
function queryOptions(options: CrossQueryOptions): QueryOptions {
  const result: QueryOptions = {};
  if (options.rowMode) result.rowMode = options.rowMode;
  if (options.rawTypes && options.rawTypes.length > 0) {
    const key = options.rawTypes.join(',');
    let parsers = parserCache.get(key);
    if (!parsers) {
      parsers = Object.fromEntries(options.rawTypes.map((oid) => [oid, raw]));
      parserCache.set(key, parsers);
    }
    result.parsers = parsers;
  }
  return result;
}

interface OpenTransaction {
  tx: Transaction;
  /** Settles the transaction's callback: resolve commits, reject rolls back. */
  commit: () => void;
  rollback: (reason: unknown) => void;
  /** PGlite's transaction(): settles once COMMIT or ROLLBACK ran. */
  finished: Promise<unknown>;
}

/** Thrown into a transaction's callback to make PGlite roll it back; not an error to report. */
const ROLLBACK = Symbol('rollback');

const transactions = new Map<number, OpenTransaction>();
let statements: StatementCache | null = null;
let nextTransaction = 0;

function send(reply: Reply) {
  port!.postMessage(reply);
}

async function open(): Promise<PGlite> {
  if (start.dataDir) mkdirSync(start.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...PGLITE_TYPES,
    ...(start.dataDir ? { dataDir: start.dataDir } : {}),
    ...(start.loadDataDir ? { loadDataDir: new Blob([start.loadDataDir]) } : {}),
  });
  await pglite.exec(`set timezone to 'UTC'`);
  return pglite;
}

function executor(pglite: PGlite, tx: number | undefined): PGlite | Transaction {
  if (tx === undefined) return pglite;
  const open = transactions.get(tx);
  if (!open) throw new Error(`transaction ${tx} is not open`);
  return open.tx;
}

function begin(pglite: PGlite): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const id = ++nextTransaction;
    let began = false;
    const finished = pglite.transaction(
      (tx) =>
        new Promise<void>((commit, rollback) => {
          began = true;
          transactions.set(id, { tx, commit, rollback, finished });
          resolve(id);
        }),
    );
    // BEGIN itself failed: the callback never ran, the caller learns it from `begin`.
    finished.catch((error: unknown) => {
      if (!began) reject(error);
    });
  });
}

async function finish(tx: number, decision: 'commit' | 'rollback'): Promise<void> {
  const open = transactions.get(tx);
  if (!open) throw new Error(`transaction ${tx} is not open`);
  transactions.delete(tx);
  if (decision === 'commit') {
    open.commit();
    await open.finished;
    return;
  }
  open.rollback(ROLLBACK);
  try {
    await open.finished;
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
}

async function handle(pglite: PGlite, request: Request): Promise<unknown> {
  switch (request.op) {
    case 'query': {
      const options = queryOptions(request.options);
      if (!statements || !StatementCache.cacheable(request.sql))
        return executor(pglite, request.tx).query(request.sql, request.params, options);
      const cache = statements;
      // The locks PGlite's own query() takes: inside a transaction its query mutex (the
      // transaction holds the other); outside, both, so no open transaction sees this query.
      if (request.tx !== undefined) {
        executor(pglite, request.tx);
        return pglite._runExclusiveQuery(() => cache.run(request.sql, request.params, options));
      }
      return pglite._runExclusiveTransaction(() =>
        pglite._runExclusiveQuery(async () => {
          const result = await cache.run(request.sql, request.params, options);
          await pglite.syncToFs();
          return result;
        }),
      );
    }
    case 'exec':
      return executor(pglite, request.tx).exec(request.sql, queryOptions(request.options));
    case 'begin':
      return begin(pglite);
    case 'commit':
    case 'rollback':
      return finish(request.tx, request.op);
    case 'dump': {
      const dump = await pglite.dumpDataDir(request.compression);
      return new Uint8Array(await dump.arrayBuffer());
    }
    case 'close':
      for (const id of [...transactions.keys()]) await finish(id, 'rollback').catch(() => undefined);
      await pglite.close();
      return null;
  }
}

try {
  const pglite = await open();
  if (start.statementCache !== false) statements = new StatementCache(pglite);
  port.on('message', (request: Request) => {
    handle(pglite, request).then(
      (result) => {
        send({ id: request.id, ok: true, result });
        if (request.op === 'close') port.close();
      },
      (error: unknown) => send({ id: request.id, ok: false, error: toCrossError(error) }),
    );
  });
  send({ id: 0, ok: true, ready: true });
} catch (error) {
  send({ id: 0, ok: false, error: toCrossError(error), fatal: true });
  port.close();
}
