// The entry of the embedded database's worker thread (pglite-proxy.ts) when the program runs from
// its sources (under Vitest): TypeScript runs through tsx here. The built program (bin/kcn)
// starts the worker from the built pglite-worker-entry.js instead (program-files.ts). Plain
// JavaScript because it is what loads TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./pglite-worker.ts');
