// The entry of the embedded database's worker thread (pglite-proxy.ts): TypeScript runs through
// tsx here as in the main thread (bin/kcn) and under Vitest, as in kernel/workers/worker-entry.mjs.
// Plain JavaScript because it is what loads TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./pglite-worker.ts');
