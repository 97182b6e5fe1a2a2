import { parentPort, workerData } from 'node:worker_threads';

/**
 * A worker thread of run-in-worker.ts: it loads the task module it was started for, then serves
 * its tasks one at a time: a message names the module's exported function and its input; the
 * answer carries its result or its error.
 */
const task = (await import(workerData.module as string)) as Record<string, (input: unknown) => unknown>;
const port = parentPort!;
port.on('message', async ({ id, exportName, input }: { id: number; exportName: string; input: unknown }) => {
  try {
    port.postMessage({ id, ok: true, result: await task[exportName]!(input) });
  } catch (error) {
    port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
