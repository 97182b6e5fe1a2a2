import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';
import {
  toCrossError,
  type CrossError,
  type CrossQueryOptions,
  type Reply,
  type Request,
  type WorkerStart,
} from './pglite-protocol.ts';
import { programFile } from '../program-files.ts';

/**
 * The embedded database in a worker thread of its own (pglite-worker.ts), seen from the main
 * thread through the part of PGlite's interface Drizzle's PGlite driver calls: query, exec and
 * transaction (whose object has query, exec and rollback). The worker alone opens the data
 * directory, so the directory keeps one owner; the main thread keeps answering HTTP requests
 * while a long query runs there.
 *
 * Drizzle passes parsers that keep some types' text as it is (dates, timestamps, intervals,
 * numeric[]…): functions cannot cross threads, so each is checked to be such an identity and
 * crosses as its type OID; the worker rebuilds it. Errors cross as their fields (code, detail,
 * constraint, table…), so the HTTP layer maps them as it maps PGlite's own.
 */
export interface WorkerTransaction {
  query<Row>(query: string, params?: unknown[], options?: QueryOptions): Promise<Results<Row>>;
  exec(query: string, options?: QueryOptions): Promise<Results[]>;
  rollback(): Promise<void>;
  readonly closed: boolean;
}

const ENTRY = programFile(new URL('./pglite-worker-entry.mjs', import.meta.url));

/** The worker's error, rebuilt with the fields PGlite's DatabaseError had. */
export class EmbeddedDatabaseError extends Error {
  [field: string]: unknown;

  constructor(crossed: CrossError) {
    super(crossed.message);
    Object.assign(this, crossed.fields);
    // PGlite's DatabaseError is named after its protocol message ("error"); keep what it said.
    Object.defineProperty(this, 'name', { value: crossed.name, enumerable: false, configurable: true });
    if (crossed.stack) this.stack = crossed.stack;
  }
}

/** What a request fails with once the worker is gone: class 08, so the HTTP answer is 503. */
function workerGone(reason: string): EmbeddedDatabaseError {
  return new EmbeddedDatabaseError({
    name: 'Error',
    message: `Connection terminated: the embedded database's worker ${reason}`,
    fields: { code: '08006' },
  });
}

const identityProbe = '\u0000kcn-probe';

/** Drizzle's parsers as type OIDs; anything but an identity cannot be reproduced in the worker. */
function crossOptions(options: QueryOptions | undefined): CrossQueryOptions {
  if (!options) return {};
  if (options.serializers || options.blob || options.onNotice || options.paramTypes)
    throw new Error('the embedded database worker takes rowMode and identity parsers only');
  const crossed: CrossQueryOptions = {};
  if (options.rowMode) crossed.rowMode = options.rowMode;
  if (options.parsers) {
    const oids = Object.keys(options.parsers).map(Number);
    for (const oid of oids)
      if (options.parsers[oid]!(identityProbe) !== identityProbe)
        throw new Error(`the parser of type ${oid} is not an identity: it cannot run in the worker`);
    crossed.rawTypes = oids;
  }
  return crossed;
}

/** A Request without its id; the union spread so each variant keeps its fields. */
type Outgoing = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

export class PgliteWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;
  private gone: Error | null = null;

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.on('message', (reply: Reply) => {
      if (reply.id === 0) return;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve('result' in reply ? reply.result : undefined);
      else waiting.reject(new EmbeddedDatabaseError(reply.error));
    });
    worker.on('error', (error) => this.fail(workerGone(`failed: ${error.message}`)));
    worker.on('exit', (code) => this.fail(workerGone(`exited (code ${code})`)));
  }

  /** Starts the worker and waits until it has opened the database (its error if it cannot). */
  static async start(start: WorkerStart): Promise<PgliteWorkerClient> {
    const worker = new Worker(ENTRY, {
      workerData: start,
      ...(start.loadDataDir ? { transferList: [start.loadDataDir.buffer as ArrayBuffer] } : {}),
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (reply.id !== 0) return;
        cleanup();
        if (reply.ok) resolve();
        else reject(new EmbeddedDatabaseError(reply.error));
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(workerGone(`exited during its start (code ${code})`));
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    }).catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
    return new PgliteWorkerClient(worker);
  }

  private fail(error: Error) {
    this.gone ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private call<Result>(request: Outgoing): Promise<Result> {
    if (this.gone) return Promise.reject(this.gone);
    const id = ++this.nextId;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        this.worker.postMessage({ ...request, id });
      } catch (error) {
        // A parameter that cannot be cloned (a function, a class instance with private state).
        this.pending.delete(id);
        reject(new EmbeddedDatabaseError(toCrossError(error)));
      }
    });
  }

  private runQuery<Row>(
    tx: number | undefined,
    query: string,
    params: unknown[] = [],
    options?: QueryOptions,
  ): Promise<Results<Row>> {
    return this.call<Results<Row>>({
      op: 'query',
      ...(tx === undefined ? {} : { tx }),
      sql: query,
      params,
      options: crossOptions(options),
    });
  }

  private runExec(tx: number | undefined, query: string, options?: QueryOptions): Promise<Results[]> {
    return this.call<Results[]>({
      op: 'exec',
      ...(tx === undefined ? {} : { tx }),
      sql: query,
      options: crossOptions(options),
    });
  }

  query<Row>(query: string, params?: unknown[], options?: QueryOptions): Promise<Results<Row>> {
    return this.runQuery<Row>(undefined, query, params, options);
  }

  exec(query: string, options?: QueryOptions): Promise<Results[]> {
    return this.runExec(undefined, query, options);
  }

  /**
   * Runs `callback` in a transaction of the worker's: committed when it resolves, rolled back
   * when it throws (the error is rethrown) or when it called rollback(). Until then the worker
   * serves no other request, as PGlite in one thread would not.
   */
  async transaction<T>(callback: (tx: WorkerTransaction) => Promise<T>): Promise<T> {
    const id = await this.call<number>({ op: 'begin' });
    let closed = false;
    const open = () => {
      if (closed) throw new Error('Transaction is closed');
    };
    const tx: WorkerTransaction = {
      query: async <Row>(query: string, params?: unknown[], options?: QueryOptions) => {
        open();
        return this.runQuery<Row>(id, query, params, options);
      },
      exec: async (query: string, options?: QueryOptions) => {
        open();
        return this.runExec(id, query, options);
      },
      rollback: async () => {
        open();
        closed = true;
        await this.call({ op: 'rollback', tx: id });
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      if (!closed) {
        closed = true;
        await this.call({ op: 'rollback', tx: id });
      }
      throw error;
    }
    if (!closed) {
      closed = true;
      await this.call({ op: 'commit', tx: id });
    }
    return result;
  }

  /**
   * Rejects once the worker is gone (it crashed, or the database was closed). Answered here,
   * not by the worker: while a long query runs there, the worker reads no message.
   */
  async ping(): Promise<void> {
    if (this.gone) throw this.gone;
  }

  /** The database as a tarball (PGlite's dumpDataDir), made by the worker. */
  async dumpDataDir(compression: 'none' | 'gzip' | 'auto' = 'auto'): Promise<Blob> {
    const bytes = await this.call<Uint8Array>({ op: 'dump', compression });
    return new Blob([bytes as Uint8Array<ArrayBuffer>]);
  }

  /** Closes the database (rolling back what is still open) and ends the worker. */
  async close(): Promise<void> {
    if (this.gone) return;
    try {
      await this.call({ op: 'close' });
    } finally {
      this.gone ??= workerGone('was closed');
      await this.worker.terminate();
    }
  }
}
