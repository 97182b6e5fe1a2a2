import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Builds the web app once for all browser journeys (only if its inputs changed), before any runs. */
export default function setup() {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync('node', [path.join(root, 'scripts/build-web.mjs')], { cwd: root, stdio: 'inherit' });
}
