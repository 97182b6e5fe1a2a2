import { Worker } from 'node:worker_threads';
import { programFile } from '../program-files.ts';

/**
 * Runs CPU-heavy work on an upload — unpacking and reading a workbook — in a worker thread, so
 * the server keeps answering everyone else meanwhile, with a time limit and a memory limit: a
 * file built to explode (a zip bomb) ends its worker, not the server.
 *
 * A worker costs about a second to start (it loads TypeScript and the task's libraries), so one
 * stays warm per task module and serves its tasks one at a time; it is ended after a minute
 * unused, or at once when a task runs out of time or memory. Idle workers never keep a process
 * from exiting.
 */
export interface WorkerLimits {
  /** Ends the worker after this long. */
  timeoutMs: number;
  /** The worker's own heap limit. */
  maxHeapMb: number;
}

export type WorkerFailure = 'timeout' | 'out_of_memory' | 'crashed';

export class WorkerTaskError extends Error {
  constructor(
    readonly failure: WorkerFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

const ENTRY = programFile(new URL('./worker-entry.mjs', import.meta.url));
const IDLE_MS = 60_000;

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

/** One warm worker of a task module, and the queue of tasks waiting for it. */
class TaskWorker {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 0;

  constructor(
    private readonly module: URL,
    private readonly limits: WorkerLimits,
  ) {}

  run<Output>(exportName: string, input: unknown, transfer: ArrayBuffer[]): Promise<Output> {
    const turn = this.queue.then(() => this.runNow<Output>(exportName, input, transfer));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private start(): Worker {
    const worker = new Worker(ENTRY, {
      workerData: { module: this.module.href },
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    return worker;
  }

  private stop(worker: Worker) {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }

  private runNow<Output>(exportName: string, input: unknown, transfer: ArrayBuffer[]): Promise<Output> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise<Output>((resolve, reject) => {
      const done = (action: () => void, keep: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (!keep) this.stop(worker);
        else {
          this.idleTimer = setTimeout(() => this.stop(worker), IDLE_MS);
          this.idleTimer.unref();
        }
        action();
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        done(() => (reply.ok ? resolve(reply.result as Output) : reject(new Error(reply.message))), true);
      };
      const onError = (error: Error & { code?: string }) =>
        done(
          () =>
            reject(
              new WorkerTaskError(
                error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out_of_memory' : 'crashed',
                error.message,
              ),
            ),
          false,
        );
      const onExit = (code: number) =>
        done(() => reject(new WorkerTaskError('crashed', `worker exited with code ${code}`)), false);
      const timer = setTimeout(
        () =>
          done(
            () => reject(new WorkerTaskError('timeout', `worker took over ${this.limits.timeoutMs} ms`)),
            false,
          ),
        this.limits.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // While a task runs, the worker keeps the process alive (its answer is awaited).
      worker.ref();
      worker.postMessage({ id, exportName, input }, transfer);
    }).finally(() => worker.unref());
  }
}

const workers = new Map<string, TaskWorker>();

/**
 * Calls `exportName(input)` of the module at `module` in its worker thread and resolves with
 * its result. Buffers in `transfer` move to the worker instead of being copied. A task that
 * throws rejects with its message (plain Error); a worker that runs out of time or memory, or
 * dies, rejects with a WorkerTaskError (and the next task gets a new worker).
 */
export function runInWorker<Output>(
  module: URL,
  exportName: string,
  input: unknown,
  limits: WorkerLimits,
  transfer: ArrayBuffer[] = [],
): Promise<Output> {
  module = programFile(module);
  let worker = workers.get(module.href);
  if (!worker) workers.set(module.href, (worker = new TaskWorker(module, limits)));
  return worker.run<Output>(exportName, input, transfer);
}
