// The entry of every worker thread (run-in-worker.ts): TypeScript runs through tsx here as in
// the main thread (bin/kcn). The worker then serves tasks one at a time: a message names the
// task module's exported function and its input; the answer carries its result or its error.
// Plain JavaScript because it is what loads TypeScript.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const task = await import(workerData.module);
parentPort.on('message', async ({ id, exportName, input }) => {
  try {
    parentPort.postMessage({ id, ok: true, result: await task[exportName](input) });
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
