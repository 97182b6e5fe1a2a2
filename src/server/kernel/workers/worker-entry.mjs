// The entry of every worker thread (run-in-worker.ts) when the program runs from its sources
// (under Vitest): TypeScript runs through tsx here. The built program (bin/kcn) starts its
// workers from the built worker-entry.js instead (program-files.ts). Plain JavaScript because it
// is what loads TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./worker-tasks.ts');
