import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the program runs from: its TypeScript sources (under Vitest, through tsx) or the build
 * of scripts/build-server.mjs that `./bin/kcn` runs, where every module sits in one directory.
 */
const BUILT = !import.meta.url.endsWith('.ts');

/**
 * The file a worker thread starts from, named as in the sources (`new URL('./x.mjs',
 * import.meta.url)`): that file itself, or in the build the entry of the same name beside this
 * module (`x.js`).
 */
export function programFile(source: URL): URL {
  if (!BUILT) return source;
  const name = path.basename(fileURLToPath(source)).replace(/\.(ts|mjs)$/, '.js');
  return new URL(`./${name}`, import.meta.url);
}

/**
 * The project's root directory (migrations/, dist/web…): three levels up from this module in the
 * sources (src/server/kernel) as in the build (dist/server/<stamp>).
 */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
